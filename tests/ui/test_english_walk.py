"""An English desk shows no French: every page and tab is walked and every visible text must be English.

A text passes when it is the English translation of a message of one of the two catalogues (Qt's .ts for the
widgets, gettext's .po for the core), placeholders filled with anything, or when it is data: a name from the
database, a number, a date, an amount, a code.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator

import pytest
from babel.messages.pofile import read_po
from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabBar,
    QTabWidget,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reception.core import i18n
from reception.core.paths import resources_dir
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.reports import load_report_kinds
from reception.core.services.visits import CheckInForm
from reception.ui.context import AppContext
from reception.ui.journal.page import JournalPage
from reception.ui.language import install_language
from reception.ui.operations import OperationRunner
from reception.ui.reports.page import ReportsPage
from reception.ui.rooms.booking_dialog import BookingDialog
from reception.ui.session import ConsoleSession
from reception.ui.settings.preferences_tab import PreferencesTab
from tests.cafeteria_helpers import stock_products
from tests.rooms_support import make_rooms
from tests.ui.shell.conftest import log_in

PLACEHOLDER = re.compile(r"%(?:\(\w+\))?[sdn]|%L?\d|\{[^}]*\}")
DATA = re.compile(r"^[\d\s.,:/%+\-–—()×·…]*(DH|h|min|mm|%)?[\d\s.,:/%+\-–—()×·…]*$")
CODE = re.compile(r"^[A-Z0-9][A-Z0-9\-]{2,}$")
SHORTCUT = re.compile(r"\s*[\[(]F\d+[\])]$")
ENGLISH_DATE = re.compile(r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)? ?\d{1,2} "
                          r"(January|February|March|April|May|June|July|August|September|October|November|December)"
                          r" \d{4}$")


def _templates() -> list[re.Pattern[str]]:
    """Every English text the two catalogues hold, as a pattern where a placeholder matches anything."""
    english: set[str] = set()
    root = ET.parse(resources_dir() / "translations" / "reception_en.ts").getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        english.update(forms)
    with open(resources_dir() / "locale" / "en" / "LC_MESSAGES" / "reception.po", "rb") as po:
        for entry in read_po(po):
            strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
            english.update(str(s) for s in strings if s)
    patterns = []
    for text in english:
        for line in _clean(text).split("\n"):
            if line.strip():
                parts = PLACEHOLDER.split(line.strip())
                patterns.append(re.compile("^" + "(.*)".join(re.escape(p) for p in parts) + "$", re.S))
    return patterns


def _clean(text: str) -> str:
    """Visible text: markup and mnemonics removed."""
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text).replace("&nbsp;", " ").replace("&amp;", "&")
    return re.sub(r"&(?=\S)", "", text)


def visible_texts(root: QWidget) -> set[str]:
    """Every text a person can read on the widgets shown under `root`: labels, buttons, tabs, placeholders, combo
    and list items, tree items (the report list), column headers; table cells are data and are not read."""
    texts: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QTabBar):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QListWidget):
            texts.update(widget.item(i).text() for i in range(widget.count()))
        elif isinstance(widget, QTreeWidget):
            items = [item for i in range(widget.topLevelItemCount()) if (item := widget.topLevelItem(i))]
            items += [child for item in list(items) for c in range(item.childCount()) if (child := item.child(c))]
            texts.update(item.text(0) for item in items)
            texts.update(item.toolTip(0) for item in items)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = model.columnCount(QModelIndex()) if not isinstance(model, QAbstractListModel) else 1
            texts.update(str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns))
        if widget.toolTip():
            texts.add(widget.toolTip())
    lines = {line.strip() for text in texts for line in _clean(text).split("\n")}
    return {line for line in lines if line}


@pytest.fixture
def english(qapp: QApplication, services: Services, admin: Actor) -> Iterator[None]:
    """English chosen in the settings, installed for Qt and for the core as at start-up."""
    services.settings.update(admin, {"ui.language": "en"}, at=services.clock.now())
    translators = install_language(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())
    i18n.set_language("fr")


def _data_words(services: Services, admin: Actor) -> set[str]:
    """Names and data the console may show in any language (the park's own names)."""
    return {*(t.name for t in services.directory.tenants(admin)),
            *(e.full_name for e in services.directory.employees(admin)),
            "Salma Alaoui", "Orange Maroc", "Technopark Casablanca", "Karim Tazi", "admin", "CAS", "CAS-A1",
            "Accueil principal", "Casablanca", "Informatique", "Café", "Thé", "Eau 50 cl", "Carnet 10 cafés"}


def english_checker(data: set[str]) -> Callable[[str], bool]:
    """Whether a visible text is English: a catalogue's English entry (placeholders filled with anything),
    data, a number, a date, an amount or a code; a text made of such parts joined by separators too."""
    templates = _templates()
    words = {word for name in data for word in name.split()}

    def is_english(text: str) -> bool:
        text = SHORTCUT.sub("", text)
        return (text in data or text in words or not re.search(r"[^\W\d_]", text) or DATA.match(text) is not None
                or len(text) == 1  # a weekday's initial, from the locale's own data
                or CODE.match(text) is not None or ENGLISH_DATE.match(text) is not None
                or any(p.match(text) for p in templates))

    return lambda text: is_english(text) or all(is_english(part) for part in re.split(r", | — | · ", text))


def walk(qtbot: QtBot, services: Services, park: dict[str, str], check: Callable[[str, QWidget], None]) -> None:
    """With products on sale and a visitor inside, logs in as admin and shows every page and tab of the
    console to `check`."""
    admin = services.auth.login("admin", "admin1234")
    stock_products(services, admin)
    services.visits.check_in(admin, CheckInForm("Alaoui", "Salma", "Orange Maroc",
                                                host_employee_id=park["atlas.bennani"]))
    runner = OperationRunner()
    console = ConsoleSession(services, runner, services.site.info(), maximize=False)
    qtbot.addWidget(console.login)
    console.start()
    check("login", console.login)
    window = log_in(qtbot, console, "admin", "admin1234")
    try:
        for row in range(window.navigation.count()):
            window.navigation.setCurrentRow(row)
            runner.wait()  # the page's data (Accueil's tiles, lists) has arrived
            qtbot.wait(50)
            page = window.stack.currentWidget()
            assert page is not None
            tabs = page.findChildren(QTabWidget)
            check(window.navigation.item(row).text(), window)
            for tab_widget in tabs:
                for index in range(tab_widget.count()):
                    tab_widget.setCurrentIndex(index)
                    runner.wait()
                    qtbot.wait(30)
                    check(f"{window.navigation.item(row).text()} › {tab_widget.tabText(index)}", window)
    finally:
        window.close_for_logout()
        runner.wait()


def test_every_page_of_the_english_console_is_in_english(qtbot: QtBot, services: Services, admin: Actor,
                                                        park: dict[str, str], english: None) -> None:
    is_english = english_checker(_data_words(services, admin))
    french: dict[str, set[str]] = {}

    def check(where: str, root: QWidget) -> None:
        for text in visible_texts(root):
            if not is_english(text):
                french.setdefault(where, set()).add(text)

    walk(qtbot, services, park, check)
    report = "\n".join(f"{where}: {sorted(texts)}" for where, texts in french.items())
    assert french == {}, report


def test_every_report_form_and_the_journal_detail_are_in_english(qtbot: QtBot, services: Services, admin: Actor,
                                                                 park: dict[str, str], english: None) -> None:
    """What the page walk does not open: each report's parameters, a Journal event's before/after, the
    booking dialog (its repeat days: M T W T F S S, not L M M J V S D)."""
    is_english = english_checker(_data_words(services, admin))
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
])
def test_changing_the_language_says_it_applies_at_the_next_start(
        qtbot: QtBot, qapp: QApplication, services: Services, admin: Actor, language: str, notice: str) -> None:
    translators = install_language(qapp, language)
    try:
        runner = OperationRunner()
        tab = PreferencesTab(AppContext(services, admin, runner))
        qtbot.addWidget(tab)
        tab.refresh()
        runner.wait()
        qtbot.wait(10)
        combo = tab.editors["ui.language"]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData("en"))  # the desk was French
        with qtbot.waitSignal(tab.saved, timeout=10_000) as saved:
            tab.save_button.click()
        assert "ui.language" in saved.args[0] and tab.notice.text() == notice
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale.c())
        i18n.set_language("fr")


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
