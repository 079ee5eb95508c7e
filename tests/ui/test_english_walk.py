"""An English desk shows no French: every page and tab is walked and every visible text must be English.

A text passes when it is the English translation of a message of one of the two catalogues (Qt's .ts for the
widgets, gettext's .po for the core), placeholders filled with anything, or when it is data: a name from the
database, a number, a date, an amount, a code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.reports import load_report_kinds
from reception.ui.context import AppContext
from reception.ui.journal.page import JournalPage
from reception.ui.operations import OperationRunner
from reception.ui.reports.page import ReportsPage
from reception.ui.rooms.booking_dialog import BookingDialog
from reception.ui.settings.preferences_tab import PreferencesTab
from tests.rooms_support import make_rooms
from tests.ui.walk_support import (
    console_language,
    data_words,
    foreign_texts,
    language_checker,
    visible_texts,
    walk,
)


@pytest.fixture
def english(qapp: QApplication, services: Services, admin: Actor) -> Iterator[None]:
    """English chosen in the settings, installed for Qt and for the core as at start-up."""
    with console_language(qapp, services, admin, "en"):
        yield


def test_every_page_of_the_english_console_is_in_english(qtbot: QtBot, services: Services, admin: Actor,
                                                        park: dict[str, str], english: None) -> None:
    french = foreign_texts(qtbot, services, park, language_checker("en", data_words(services, admin)))
    report = "\n".join(f"{where}: {sorted(texts)}" for where, texts in french.items())
    assert french == {}, report


def test_every_report_form_and_the_journal_detail_are_in_english(qtbot: QtBot, services: Services, admin: Actor,
                                                                 park: dict[str, str], english: None) -> None:
    """What the page walk does not open: each report's parameters, a Journal event's before/after, the
    booking dialog (its repeat days: M T W T F S S, not L M M J V S D)."""
    is_english = language_checker("en", data_words(services, admin))
    services.settings.update(admin, {"session.idle_lock_minutes": 7}, at=services.clock.now())
    runner = OperationRunner()
    ctx = AppContext(services, admin, runner)
    french: dict[str, set[str]] = {}
    reports = ReportsPage(ctx)
    qtbot.addWidget(reports)
    reports.refresh()
    runner.wait()
    for kind in sorted(load_report_kinds()):
        reports.select_kind(kind)
        qtbot.wait(10)
        french.update({kind: bad} if (bad := {t for t in visible_texts(reports) if not is_english(t)}) else {})
    journal = JournalPage(ctx)
    qtbot.addWidget(journal)
    with qtbot.waitSignal(journal.model.page_loaded, timeout=10_000):
        journal.refresh()
    journal.view.selectRow(0)  # the setting just changed (and, before it, English chosen)
    cells = {item.text() for r in range(journal.changes.rowCount()) for c in range(3)
             if (item := journal.changes.item(r, c)) is not None and "@" not in item.text()}  # an e-mail is data
    french.update({"journal": bad} if (bad := {t for t in {journal.summary.text(), *cells} if not is_english(t)})
                  else {})
    make_rooms(services, admin)
    booking = BookingDialog(ctx, services.rooms.rooms(admin), services.directory.tenants(admin))
    qtbot.addWidget(booking)
    booking.show()
    french.update({"booking": bad} if (bad := {t for t in visible_texts(booking) if not is_english(t)}) else {})
    assert [box.text() for box in booking.weekdays] == ["M", "T", "W", "T", "F", "S", "S"]
    runner.wait()
    assert french == {}, "\n".join(f"{where}: {sorted(texts)}" for where, texts in french.items())


@pytest.mark.parametrize(("language", "notice"), [
    ("fr", "Réglages enregistrés. La nouvelle langue s'applique au prochain démarrage de la console."),
    ("en", "Settings saved. The new language applies the next time the console starts."),
    ("ar", "سُجلت الإعدادات. تُطبَّق اللغة الجديدة عند التشغيل المقبل للمنصة."),
])
def test_changing_the_language_says_it_applies_at_the_next_start(
        qtbot: QtBot, qapp: QApplication, services: Services, admin: Actor, language: str, notice: str) -> None:
    with console_language(qapp, services, admin, language):
        runner = OperationRunner()
        tab = PreferencesTab(AppContext(services, admin, runner))
        qtbot.addWidget(tab)
        tab.refresh()
        runner.wait()
        qtbot.wait(10)
        combo = tab.editors["ui.language"]
        assert isinstance(combo, QComboBox) and combo.currentData() == language
        assert combo.itemText(combo.findData("ar")) == "العربية"  # named in itself, whatever the desk's language
        combo.setCurrentIndex(combo.findData("en" if language == "fr" else "fr"))
        with qtbot.waitSignal(tab.saved, timeout=10_000) as saved:
            tab.save_button.click()
        assert "ui.language" in saved.args[0] and tab.notice.text() == notice


RAW = re.compile(r"\b(True|False|None)\b|\b[a-z]+_[a-z_]+\b|\b[a-z]+\.[a-z_]+\b|\b[0-9a-f]{8}-[0-9a-f]{4}-")


def test_the_french_console_shows_no_code_or_raw_identifier(qtbot: QtBot, services: Services, admin: Actor,
                                                           park: dict[str, str]) -> None:
    """The reverse walk: in French, no action code (auth.login), field name (visitor_name), True/False or id."""
    raw: dict[str, set[str]] = {}

    def check(where: str, root: QWidget) -> None:
        found = {text for text in visible_texts(root) if RAW.search(text) and "@" not in text}
        if found:
            raw.setdefault(where, set()).update(found)

    walk(qtbot, services, park, check)
    assert raw == {}, "\n".join(f"{where}: {sorted(texts)}" for where, texts in raw.items())
