"""Walks every page and tab of the console and reads what a person sees, for the language walks (English,
Arabic) and the French one that looks for raw codes.

A text passes a language's check when it is a translation held by that language's two catalogues (Qt's .ts for
the widgets, gettext's .po for the core), placeholders filled with anything, or when it is data: a name from the
database, a number, a date in the locale's words, an amount, a code.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from babel.messages.pofile import read_po
from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, Qt
from PySide6.QtPrintSupport import QPrinterInfo
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
from reception.core.services.visits import CheckInForm
from reception.ui.language import install_language
from reception.ui.operations import OperationRunner
from reception.ui.session import ConsoleSession
from tests.cafeteria_helpers import stock_products
from tests.ui.shell.conftest import log_in

PLACEHOLDER = re.compile(r"%(?:\(\w+\))?[sdn]|%L?\d|\{[^}]*\}")
DATA = re.compile(r"^[\d\s.,:/%+\-–—()×·…]*(DH|درهم|h|min|mm|%)?[\d\s.,:/%+\-–—()×·…]*$")
CODE = re.compile(r"^[A-Z0-9][A-Z0-9\-]{2,}$")
SHORTCUT = re.compile(r"\s*[\[(]F\d+[\])]$")


def catalogue_texts(language: str) -> set[str]:
    """Every translation the two catalogues of `language` hold (each plural form too)."""
    texts: set[str] = set()
    root = ET.parse(resources_dir() / "translations" / f"reception_{language}.ts").getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        texts.update(forms)
    with open(resources_dir() / "locale" / language / "LC_MESSAGES" / "reception.po", "rb") as po:
        for entry in read_po(po):
            strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
            texts.update(str(s) for s in strings if s)
    return texts


def _templates(language: str) -> list[re.Pattern[str]]:
    """The catalogues' texts as patterns where a placeholder matches anything, one per visible line."""
    patterns = []
    for text in catalogue_texts(language):
        for line in clean(text).split("\n"):
            if line.strip():
                parts = PLACEHOLDER.split(line.strip())
                patterns.append(re.compile("^" + "(.*)".join(re.escape(p) for p in parts) + "$", re.S))
    return patterns


def _long_date() -> re.Pattern[str]:
    """'Thursday 26 November 2026' / 'الخميس 26 نونبر 2026': the current QLocale's own day and month names."""
    locale = QLocale()
    days = "|".join(re.escape(locale.dayName(d)) for d in range(1, 8))
    months = "|".join(re.escape(locale.monthName(m)) for m in range(1, 13))
    return re.compile(rf"^({days})? ?\d{{1,2}} ({months}) \d{{4}}$")


def clean(text: str) -> str:
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
    lines = {line.strip() for text in texts for line in clean(text).split("\n")}
    return {line for line in lines if line}


@contextmanager
def console_language(qapp: QApplication, services: Services, admin: Actor, language: str) -> Iterator[None]:
    """`language` chosen in the settings, installed for Qt and for the core as at start-up; French (left to
    right) again afterwards."""
    services.settings.update(admin, {"ui.language": language}, at=services.clock.now())
    translators = install_language(qapp, language)
    try:
        yield
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale.c())
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        i18n.set_language("fr")


def data_words(services: Services, admin: Actor) -> set[str]:
    """Names and data the console may show in any language (the park's own names, this machine's printers)."""
    return {*(t.name for t in services.directory.tenants(admin)), *QPrinterInfo.availablePrinterNames(),
            *(e.full_name for e in services.directory.employees(admin)),
            "Salma Alaoui", "Orange Maroc", "Technopark Casablanca", "Karim Tazi", "admin", "CAS", "CAS-A1",
            "Accueil principal", "Casablanca", "Informatique", "Café", "Thé", "Eau 50 cl", "Carnet 10 cafés"}


def language_checker(language: str, data: set[str]) -> Callable[[str], bool]:
    """Whether a visible text is in `language`: a catalogue's entry (placeholders filled with anything), data,
    a number, a date in the locale's words, an amount or a code; a text made of such parts joined by separators
    too. Call it with the language installed (the dates are the current QLocale's)."""
    templates = _templates(language)
    long_date = _long_date()
    words = {word for name in data for word in name.split()}

    def is_written_in(text: str) -> bool:
        text = SHORTCUT.sub("", text)
        return (text in data or text in words or not re.search(r"[^\W\d_]", text) or DATA.match(text) is not None
                or len(text) == 1  # a weekday's initial, from the locale's own data
                or CODE.match(text) is not None or long_date.match(text) is not None
                or any(p.match(text) for p in templates))

    return lambda text: is_written_in(text) or all(is_written_in(part) for part in re.split(r", |، | — | · ", text))


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


def foreign_texts(qtbot: QtBot, services: Services, park: dict[str, str],
                  is_written_in: Callable[[str], bool]) -> dict[str, set[str]]:
    """Walks the console; per page or tab, the visible texts that `is_written_in` refuses."""
    foreign: dict[str, set[str]] = {}

    def check(where: str, root: QWidget) -> None:
        for text in visible_texts(root):
            if not is_written_in(text):
                foreign.setdefault(where, set()).add(text)

    walk(qtbot, services, park, check)
    return foreign
