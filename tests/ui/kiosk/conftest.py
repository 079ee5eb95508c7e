"""Fixtures of the kiosk tests: the real kiosk window on the test database, a camera fed by the test, badges
printed into a folder (the "pdf:" printer), and the app-wide scan router."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.ui.camera import CameraFeed
from reception.ui.kiosk.window import KioskSetup, KioskWindow
from reception.ui.operations import OperationRunner
from reception.ui.scan import ScanRouter


@pytest.fixture
def badge_folder(tmp_path: Path, services: Services, admin: Actor) -> Path:
    """Where the kiosk's badges are printed (a "pdf:" printer set in the desk's settings)."""
    folder = tmp_path / "badges"
    folder.mkdir()
    services.settings.update(admin, {"printing.badge_printer": f"pdf:{folder}"}, at=services.clock.now())
    return folder


@pytest.fixture
def camera() -> CameraFeed:
    """A camera whose frames the test feeds (no camera on a test machine)."""
    return CameraFeed()


@pytest.fixture
def kiosk(qtbot: QtBot, services: Services, park: dict[str, str], camera: CameraFeed,
          badge_folder: Path) -> Iterator[KioskWindow]:
    """The kiosk window, shown and active, on the welcome screen, scans routed to it."""
    scans = ScanRouter()
    scans.install(QApplication.instance())  # type: ignore[arg-type]
    runner = OperationRunner()
    window = KioskWindow(services, runner, KioskSetup("Technopark Casablanca", idle_seconds=60), camera)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.reset()
    yield window
    QApplication.instance().removeEventFilter(scans)  # type: ignore[union-attr]
    runner.wait()
    window._may_close = True


def face() -> QImage:
    """A frame as the camera would give it."""
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#94A3B8"))
    return image
