"""An Arabic desk: the whole console right to left, every visible text Arabic (or data), dates and amounts as
Moroccan offices write them, and a catalogue whose translations keep what the code fills in or listens to."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reception.core import formats
from reception.core.paths import resources_dir
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.ui import theme
from reception.ui.forms import DateEdit
from reception.ui.home.page import long_date
from tests.ui.walk_support import PLACEHOLDER, console_language, data_words, foreign_texts, language_checker

CATALOGUE = resources_dir() / "translations" / "reception_ar.ts"
MNEMONIC = re.compile(r"&([^&\s;])")
FUNCTION_KEY = re.compile(r"\bF\d{1,2}\b")


@pytest.fixture
def arabic(qapp: QApplication, services: Services, admin: Actor) -> Iterator[None]:
    """Arabic chosen in the settings, installed for Qt and for the core as at start-up."""
    with console_language(qapp, services, admin, "ar"):
        yield


def _translations() -> list[tuple[str, str, list[str]]]:
    """(context, French source, translated forms) of every message of the Arabic Qt catalogue."""
    root = ET.parse(CATALOGUE).getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            found.append((context.findtext("name") or "", message.findtext("source") or "", forms))
    return found


@pytest.mark.slow
def test_every_page_of_the_arabic_console_is_in_arabic(qtbot: QtBot, services: Services, admin: Actor,
                                                      park: dict[str, str], arabic: None) -> None:
    foreign = foreign_texts(qtbot, services, park, language_checker("ar", data_words(services, admin)))
    assert foreign == {}, "\n".join(f"{where}: {sorted(texts)}" for where, texts in foreign.items())


def test_the_arabic_console_is_right_to_left_with_moroccan_dates_and_amounts(qapp: QApplication,
                                                                            arabic: None) -> None:
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft and QWidget().isRightToLeft()
    assert (QLocale().language(), QLocale().territory()) == (QLocale.Language.Arabic, QLocale.Country.Morocco)
    assert long_date(QDate(2026, 11, 27)) == "الجمعة 27 نونبر 2026"  # Latin digits, the Moroccan month
    assert formats.money(123_450) == "1\u00a0234,50 درهم"
    assert formats.when(datetime(2026, 11, 27, 7, 42, tzinfo=UTC)) == "يوم 27/11/2026 على الساعة 08:42"
    field = DateEdit()
    field.setDisplayFormat("dd/MM/yyyy")
    field.setDate(QDate(2026, 11, 27))
    assert field.text() == "27/11/2026"  # as on every label, not Qt's right-to-left 2026/11/27


def test_french_again_is_left_to_right(qapp: QApplication, services: Services, admin: Actor) -> None:
    with console_language(qapp, services, admin, "ar"):
        pass
    with console_language(qapp, services, admin, "fr"):
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert formats.money(500) == "5,00 DH"


def test_every_arabic_translation_keeps_placeholders_function_keys_and_alt_keys() -> None:
    """%1, %n and {name} are filled by the code, F-keys are printed on the keyboard, and an Alt+letter the
    French label offers still works: the Arabic label carries it as "(&N)", as right-to-left and CJK
    interfaces do."""
    broken = []
    for context, source, forms in _translations():
        for text in forms:
            placeholders_kept = sorted(set(PLACEHOLDER.findall(source))) == sorted(set(PLACEHOLDER.findall(text)))
            keys_kept = sorted(FUNCTION_KEY.findall(source)) == sorted(FUNCTION_KEY.findall(text))
            mnemonic = MNEMONIC.search(source.replace("&&", "")) if not source.startswith("<") else None
            alt_kept = mnemonic is None or f"&{mnemonic.group(1).upper()}" in text.upper()
            if not (text.strip() and placeholders_kept and keys_kept and alt_kept):
                broken.append((context, source, text))
    assert broken == []


def test_the_compiled_arabic_catalogue_is_the_shipped_one() -> None:
    """reception_ar.qm answers every message as reception_ar.ts says (lrelease was run after the last edit)."""
    translator = QTranslator()
    assert translator.load(str(CATALOGUE.with_suffix(".qm")))
    stale = [(context, source) for context, source, forms in _translations()
             if translator.translate(context, source, None, 1 if len(forms) > 1 else -1)
             != forms[min(1, len(forms) - 1)]]
    assert stale == []


def test_the_style_sheet_is_mirrored_in_arabic_and_back_in_french(qapp: QApplication, services: Services,
                                                                  admin: Actor) -> None:
    """The alert tile's coloured edge and the navigation's border stand on the reader's side."""
    qapp.setStyleSheet(theme.stylesheet())
    try:
        with console_language(qapp, services, admin, "ar"):
            assert "border-right: 4px solid #D97706" in qapp.styleSheet()
            assert "border-left: 4px solid #D97706" not in qapp.styleSheet()
        with console_language(qapp, services, admin, "fr"):
            assert qapp.styleSheet() == theme.stylesheet()
    finally:
        qapp.setStyleSheet("")
