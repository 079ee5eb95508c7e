"""`reception-console --kiosk`: the database opened on a worker, then the kiosk full screen, scans routed to it,
no login window and no console behind it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reception.app import KioskStart, parse_args
from reception.core.clock import SystemClock, local_today
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.visits import CheckInForm
from reception.ui.kiosk.window import KioskWindow
from reception.ui.login import LoginWindow
from reception.ui.main_window import MainWindow
from reception.ui.operations import OperationRunner
from tests.scanner_keys import scanner_types


def test_the_kiosk_process_opens_full_screen_on_the_desk_database_and_takes_scans(
        qtbot: QtBot, qapp: QApplication, services: Services, receptionist: Actor, park: dict[str, str],
        db_path: Path) -> None:
    assert parse_args(["--kiosk", "--db", str(db_path)]).kiosk
    today = local_today(SystemClock())  # the kiosk process runs on the system's clock
    expected = services.visits.preregister(receptionist, CheckInForm(
        "El Amrani", "Yasmine", host_employee_id=park["atlas.bennani"]), today)
    runner = OperationRunner()
    start = KioskStart(qapp, db_path, runner)
    start.opening.start()
    qtbot.waitUntil(lambda: start.window is not None, timeout=15_000)
    window = start.window
    assert isinstance(window, KioskWindow)
    qtbot.addWidget(window)
    try:
        assert window.isFullScreen() and window.current() is window.welcome
        assert not any(isinstance(w, LoginWindow | MainWindow) and w.isVisible() for w in qapp.topLevelWidgets())
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.welcome.start.emit()
        window.privacy.accepted.emit()
        window.setFocus()
        scanner_types(qtbot, expected.badge_code, 5)
        qtbot.waitUntil(lambda: window.current() is window.confirm, timeout=10_000)
        assert "Yasmine" in window.confirm.greeting.text()
    finally:
        assert start.scans is not None
        qapp.removeEventFilter(start.scans)
        runner.wait()
        window._may_close = True
