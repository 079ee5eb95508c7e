"""The life of the console once started: login window, then the main window, back to login on log-out."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.site import SiteInfo
from reception.ui.context import AppContext
from reception.ui.login import LoginWindow
from reception.ui.main_window import MainWindow
from reception.ui.operations import OperationRunner
from reception.ui.scan import ScanRouter


@dataclass(frozen=True)
class SessionStart:
    """What the login job reads off the GUI thread along with the password check."""

    actor: Actor
    idle_lock_minutes: int


class ConsoleSession(QObject):
    main_window_opened = Signal(object)
    quit_requested = Signal()

    def __init__(self, services: Services, runner: OperationRunner, site: SiteInfo,
                 scans: ScanRouter | None = None, *, maximize: bool = True, login: LoginWindow | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.site = site
        self.scans = scans
        self.maximize = maximize
        self.window: MainWindow | None = None
        self.login = login or LoginWindow(site, self.authenticate, runner)
        self.login.ready(site, self.authenticate)
        self.login.logged_in.connect(self.open_main_window)

    def start(self) -> None:
        self.login.show()

    def authenticate(self, username: str, password: str) -> SessionStart:
        """Runs on a worker thread: the password check and the reads the main window needs."""
        actor = self.services.auth.login(username, password)
        return SessionStart(actor, int(self.services.settings.get("session.idle_lock_minutes")))

    def open_main_window(self, start: SessionStart) -> None:
        ctx = AppContext(self.services, start.actor, self.runner)
        window = MainWindow(ctx, self.site, start.idle_lock_minutes, self.scans)
        window.logout_requested.connect(self.log_out)
        window.quit_requested.connect(self.quit_requested)
        self.window = window
        if self.maximize:
            window.showMaximized()
        else:
            window.show()
        self.login.hide()
        self.main_window_opened.emit(window)

    def log_out(self) -> None:
        """Back to the login window; the pages of the previous user are destroyed with their window."""
        window, self.window = self.window, None
        self.login.forget_last_person()
        self.login.show()
        if window is not None:
            window.close_for_logout()
            window.deleteLater()
        if self.scans is not None:
            self.scans.enabled, self.scans.locked = True, False
