"""English ships complete: with ui.language = "en" the shell speaks English, and the catalogue has no gaps."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reception.core.paths import resources_dir
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.ui.language import install_language
from reception.ui.operations import OperationRunner
from reception.ui.session import ConsoleSession
from reception.ui.visitors.page import VisitorsPage
from tests.ui.shell.conftest import log_in

CATALOGUES = {language: resources_dir() / "translations" / f"reception_{language}.ts" for language in ("en", "ar")}
UI_SOURCES = Path(__file__).parents[2] / "reception"


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, French source, translation element) of every message in a .ts file."""
    root = ET.parse(ts).getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "", message.find("translation"))
            for context in root.iter("context") for message in context.iter("message")]


@pytest.fixture
def english(qapp: QApplication, services: Services, admin: Actor) -> Iterator[None]:
    """The desk's setting says English; the app's own install_language reads it, as at start-up."""
    services.settings.update(admin, {"ui.language": "en"}, at=services.clock.now())
    translators = install_language(qapp, services.settings.get("ui.language"))
    assert translators, "reception_en.qm did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def console(qtbot: QtBot, english: None, services: Services) -> Iterator[ConsoleSession]:
    """The console's login window, after the English catalogue is installed; admin/admin1234 exists."""
    runner = OperationRunner()
    session = ConsoleSession(services, runner, services.site.info(), maximize=False)
    qtbot.addWidget(session.login)
    session.start()
    qtbot.waitExposed(session.login)
    yield session
    if session.window is not None:
        session.window.close_for_logout()
    runner.wait()


def test_login_and_main_window_speak_english(qtbot: QtBot, console: ConsoleSession) -> None:
    login = console.login
    assert login.submit.text() == "Log in"
    assert login.username.placeholderText() == "Username"
    assert login.windowTitle() == "Reception console — Technopark Casablanca"

    window = log_in(qtbot, console, "admin", "admin1234")

    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == ["Home", "Visitors", "Rooms", "Cafeteria", "Reports", "Audit log", "Settings"]
    assert window.page_title.text() == "Home"
    assert window.lock_action.text() == "Lock"
    assert [action.text() for action in window.menuBar().actions()] == ["&Console", "&View", "&Help"]
    assert window.sync_label.text() == "Last sync: never"

    page = window.show_page("visitors")
    assert isinstance(page, VisitorsPage)
    assert window.page_title.text() == "Visitors"
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Chec&k-in", "On &site", "Expec&ted", "Histo&ry"]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_catalogue_has_no_unfinished_or_empty_translation(language: str) -> None:
    entries = messages(CATALOGUES[language])

    assert len(entries) > 400
    unfinished = [(c, s) for c, s, t in entries if t.get("type") in ("unfinished", "vanished", "obsolete")]
    assert unfinished == []
    empty = [(c, s) for c, s, t in entries if not (t.text or "").strip() and not t.findall("numerusform")]
    assert empty == []


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_catalogue_holds_every_string_the_ui_marks(tmp_path: Path, language: str) -> None:
    """lupdate run afresh finds no source text the shipped catalogue lacks (someone forgot `make translations`)."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    sources = [*sorted(str(p) for p in (UI_SOURCES / "ui").rglob("*.py")), str(UI_SOURCES / "app.py")]
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)

    shipped = {(c, s) for c, s, _t in messages(CATALOGUES[language])}
    missing = sorted({(c, s) for c, s, _t in messages(fresh)} - shipped)
    assert missing == []
