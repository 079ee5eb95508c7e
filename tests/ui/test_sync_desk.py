"""'Synchroniser maintenant', its progress in the status bar, and the last sync shown there."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from reception.core.models import SyncRun
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.ui.context import AppContext
from reception.ui.main_window import MainWindow
from reception.ui.operations import OperationRunner
from reception.ui.sync.desk import SyncDesk


@pytest.fixture
def window(qtbot: QtBot, services: Services, admin: Actor) -> Iterator[MainWindow]:
    """The admin's main window on the test database."""
    runner = OperationRunner()
    built = MainWindow(AppContext(services, admin, runner), services.site.info(), 10)
    qtbot.addWidget(built)
    yield built
    runner.wait()


def _sync_desk(window: MainWindow) -> SyncDesk:
    return next(f for f in window.desk_features if isinstance(f, SyncDesk))


def test_the_action_is_in_the_console_menu_and_asks_for_a_central_url(window: MainWindow) -> None:
    console_menu = window.menuBar().actions()[0].menu()
    assert "Synchroniser maintenant" in [a.text() for a in console_menu.actions()]
    _sync_desk(window).action.trigger()
    assert "Aucune base centrale configurée" in window.statusBar().currentMessage()


def test_an_unreachable_central_is_reported_and_shown_as_the_last_sync(
        qtbot: QtBot, window: MainWindow, services: Services, admin: Actor) -> None:
    services.settings.update(admin, {"sync.central_url": "postgresql://nobody:x@127.0.0.1:1/central"},
                             at=services.clock.now())
    desk = _sync_desk(window)
    with qtbot.waitSignal(desk.sync_finished, timeout=20_000) as finished:
        desk.action.trigger()
        assert not desk.action.isEnabled()  # one run at a time
    assert finished.args[0].outcome == 14
    assert "base centrale injoignable" in window.sync_label.text()
    assert "Synchronisation interrompue" in window.statusBar().currentMessage()
    assert desk.action.isEnabled()


def test_the_status_bar_shows_the_last_successful_run(qtbot: QtBot, services: Services, admin: Actor) -> None:
    with services.db.write() as session:
        now = services.clock.now()
        session.add(SyncRun(trigger="nightly", started_at=now, finished_at=now, pushed=12, pulled=3, conflicts=0,
                            outcome=0, error="", warning=""))
    runner = OperationRunner()
    built = MainWindow(AppContext(services, admin, runner), services.site.info(), 10)
    qtbot.addWidget(built)
    assert built.sync_label.text() == "Dernière synchro : 26/11/2026 10:00 — ↑12 ↓3"
    runner.wait()


def test_without_a_credential_store_the_status_bar_says_why(
        qtbot: QtBot, window: MainWindow, services: Services, admin: Actor) -> None:
    from tests.file_keyring import installed, no_store

    services.settings.update(admin, {"sync.central_url": "postgresql://nobody:x@127.0.0.1:1/central"},
                             at=services.clock.now())
    desk = _sync_desk(window)
    with installed(no_store()):
        desk.action.trigger()
        qtbot.waitUntil(lambda: desk.action.isEnabled(), timeout=20_000)
    assert "Aucun coffre de mots de passe" in window.notice.text()
