"""Fixtures of the application shell's tests: the console session on the test database, in French."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.ui.context import AppContext
from reception.ui.language import install_language
from reception.ui.main_window import MainWindow
from reception.ui.operations import OperationRunner
from reception.ui.session import ConsoleSession


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """The interface language the app installs at start-up: Qt's French catalogue and the French locale."""
    translators = install_language(qapp, "fr")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def runner() -> Iterator[OperationRunner]:
    """The operation runner; every operation has finished when the test ends."""
    built = OperationRunner()
    yield built
    built.wait()


@pytest.fixture
def session(qtbot: QtBot, services: Services, runner: OperationRunner, admin: Actor,
            receptionist: Actor) -> Iterator[ConsoleSession]:
    """The console showing its login window; admin/admin1234 and accueil/accueil-secret exist."""
    console = ConsoleSession(services, runner, services.site.info(), maximize=False)
    qtbot.addWidget(console.login)
    console.start()
    qtbot.waitExposed(console.login)
    yield console
    if console.window is not None:
        console.window.close_for_logout()
    runner.wait()


def log_in(qtbot: QtBot, console: ConsoleSession, username: str, password: str) -> MainWindow:
    """Types the credentials like a person would and waits for the main window."""
    console.login.username.clear()
    qtbot.keyClicks(console.login.username, username)
    qtbot.keyClicks(console.login.password, password)
    console.login.attempt()
    qtbot.waitUntil(lambda: console.window is not None, timeout=5000)
    window = console.window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def admin_ctx(services: Services, admin: Actor, runner: OperationRunner) -> AppContext:
    """The admin's context, for pages tested on their own."""
    return AppContext(services, admin, runner)


@pytest.fixture
def admin_window(qtbot: QtBot, admin_ctx: AppContext, services: Services) -> Iterator[MainWindow]:
    """The admin's main window (every page), 1366 × 768."""
    main = MainWindow(admin_ctx, services.site.info(), 10)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    yield main
    admin_ctx.runner.wait()
