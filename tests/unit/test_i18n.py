"""The core's gettext catalogue: French source, English and Arabic complete, formats per language, labels translated."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from reception.cli.common import open_services
from reception.core import formats, i18n
from reception.core.models.visits import VISIT_TYPES
from reception.core.paths import resources_dir
from reception.core.services.container import Services
from reception.core.services.journal_text import ACTION_LABELS
from reception.core.services.permissions import ROLE_LABELS, Actor, Role
from reception.core.services.visits_rules import check_person

CATALOGUES = {language: resources_dir() / "locale" / language / "LC_MESSAGES" / "reception.po"
              for language in ("en", "ar")}
PLACEHOLDER = re.compile(r"\{[^}]*\}|%(?:\(\w+\))?[sd]")
ROOT = Path(__file__).parents[2]


def _flat(value: object) -> tuple[str, ...]:
    return tuple(value) if isinstance(value, list | tuple) else (str(value),)


@pytest.fixture
def english() -> Iterator[None]:
    """The core speaks English for the test, French again after it."""
    i18n.set_language("en")
    yield
    i18n.set_language("fr")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_catalogue_holds_every_marked_message_translated(language: str) -> None:
    with open(CATALOGUES[language], "rb") as po:
        catalogue = read_po(po)
    shipped = {m.id if isinstance(m.id, str) else m.id[0]: m for m in catalogue if m.id}
    marked = set()
    for folder in ("reception/core", "reception/printing", "reception/cli", "reception/sync"):
        for _name, _line, message, _comments, _context in extract_from_dir(
                ROOT / folder, keywords={"_": None, "N_": None, "ngettext": (1, 2)}):
            marked.add(message if isinstance(message, str) else message[0])

    assert sorted(marked - set(shipped)) == [], "run `make messages` and translate the new entries"
    untranslated = [k for k, m in shipped.items() if not (all(m.string) if isinstance(m.string, tuple) else m.string)]
    assert untranslated == []
    assert not [k for k, m in shipped.items() if m.fuzzy]
    with open(CATALOGUES[language].with_suffix(".mo"), "rb") as mo:
        compiled = {_flat(m.id): _flat(m.string) for m in read_mo(mo) if m.id}
    assert compiled == {_flat(m.id): _flat(m.string) for m in catalogue if m.id}, "stale .mo: run `make messages`"


def test_labels_and_messages_follow_the_language(english: None) -> None:
    assert VISIT_TYPES["meeting"] == "Meeting" and dict(VISIT_TYPES.items())["delivery"] == "Delivery"
    assert ROLE_LABELS[Role.MANAGER] == "Manager"
    assert ACTION_LABELS.get("visits.check_in") == "Visitor checked in"
    assert i18n._("Badge inconnu.") == "Unknown badge."
    assert i18n.ngettext("{count} vente", "{count} ventes", 1).format(count=1) == "1 sale"
    i18n.set_language("fr")
    assert VISIT_TYPES["meeting"] == "Réunion" and ROLE_LABELS[Role.MANAGER] == "Responsable"
    assert i18n.ngettext("{count} vente", "{count} ventes", 0).format(count=0) == "0 vente"


def test_dates_numbers_and_money_per_language() -> None:
    moment = datetime(2026, 11, 27, 7, 42, tzinfo=UTC)  # 08:42 in Casablanca
    assert (formats.money(123_450), formats.percent(0.125), formats.when(moment)) == (
        "1\u00a0234,50 DH", "12,5 %", "le 27/11/2026 à 08:42")
    assert (formats.duration(65), formats.duration(12)) == ("1 h 05", "12 min")
    i18n.set_language("en")
    try:
        assert (formats.money(123_450), formats.percent(0.125), formats.when(moment)) == (
            "1,234.50 DH", "12.5 %", "on 27/11/2026 at 08:42")
        assert formats.money(-500) == "-5.00 DH" and formats.integer(1500) == "1,500"
    finally:
        i18n.set_language("fr")


def test_the_command_line_speaks_the_desk_language(services: Services, admin: Actor, db_path: Path) -> None:
    services.settings.update(admin, {"ui.language": "en"}, at=services.clock.now())
    try:
        open_services(argparse.Namespace(db=str(db_path)))
        assert i18n.language() == "en" and i18n._("Visite introuvable.") == "Visit not found."
    finally:
        i18n.set_language("fr")


def test_a_check_in_form_error_reads_in_english(english: None) -> None:
    assert check_person("", "Salma", "", "salma@") == {
        "last_name": "The last name is required.", "email": "Invalid e-mail address (example: name@company.ma)."}


@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_translation_keeps_the_placeholders_of_its_source(language: str) -> None:
    """{name} and %s are filled in by the code: a translation that loses or renames one breaks the message."""
    with open(CATALOGUES[language], "rb") as po:
        catalogue = read_po(po)
    lost = []
    for message in catalogue:
        if not message.id:
            continue
        sources = _flat(message.id)
        for index, translation in enumerate(_flat(message.string)):
            source = sources[min(index, len(sources) - 1) if language == "en" else (0 if index == 1 else -1)]
            if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(translation))):
                lost.append((source, translation))
    assert lost == []


def test_dates_numbers_and_money_in_arabic() -> None:
    """Latin digits and the French separators, as Moroccan offices write them; the dirham written درهم;
    months by their Moroccan names."""
    moment = datetime(2026, 11, 27, 7, 42, tzinfo=UTC)  # 08:42 in Casablanca
    i18n.set_language("ar")
    try:
        assert (formats.money(123_450), formats.percent(0.125), formats.when(moment)) == (
            "1\u00a0234,50 درهم", "12,5 %", "يوم 27/11/2026 على الساعة 08:42")
        assert formats.month(moment.date()) == "نونبر 2026" and formats.amount(-500) == "-5,00"
        assert (formats.duration(65), formats.duration(12)) == ("\u200f1 س 05", "\u200f12 د")
        assert VISIT_TYPES["meeting"] == "اجتماع" and i18n._("Badge inconnu.") == "شارة غير معروفة."
    finally:
        i18n.set_language("fr")
