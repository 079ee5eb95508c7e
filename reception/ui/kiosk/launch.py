"""Opening the kiosk: as its own process (`reception-console --kiosk`) or from the desk's Paramètres.

Either way the window goes full screen on the desk PC's second screen when there is one (the touch screen
beside the desk), else on the only one. The kiosk reads its settings once, off the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication

from reception.core.services.container import Services
from reception.ui.errors import show_failure
from reception.ui.kiosk.window import KioskSetup, KioskWindow
from reception.ui.operations import OperationRunner
from reception.ui.scan import set_scanner_affixes

log = logging.getLogger(__name__)


def kiosk_screen() -> QScreen | None:
    """The second screen when there is one: the desk keeps the first."""
    screens = QGuiApplication.screens()
    return screens[1] if len(screens) > 1 else QGuiApplication.primaryScreen()


def read_setup(services: Services) -> KioskSetup:
    values = services.settings.all()
    return KioskSetup(services.site.info().site_name, int(values["kiosk.idle_seconds"]), bool(values["kiosk.photo"]),
                      (str(values["scanner.prefix"]), str(values["scanner.suffix"])))


def show_full_screen(window: KioskWindow, screen: QScreen | None = None) -> None:
    screen = screen or kiosk_screen()
    if screen is not None:
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
    window.showFullScreen()
    window.activateWindow()
    window.reset()


def open_kiosk(services: Services, runner: OperationRunner, opened: Callable[[KioskWindow], None]) -> None:
    """Reads the kiosk's settings on a worker, then shows the window full screen; `opened` gets it."""
    def show(setup: KioskSetup) -> None:
        set_scanner_affixes(*setup.scanner_affixes)
        window = KioskWindow(services, runner, setup)
        show_full_screen(window)
        opened(window)

    def failed(error: Exception) -> None:
        window = QApplication.activeWindow()
        if window is not None:
            show_failure(window, error)
        else:
            log.error("the kiosk could not open", exc_info=error)

    runner.run(lambda: read_setup(services), show, failed)
