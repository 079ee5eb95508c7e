"""The desktop application: builds the QApplication, shows the login window at once, opens the database
on a worker thread while the person types, then hands over to the session.

The event loop runs from the first paint: the integrity check, a migration (with its backup) and the
day's backup all run on workers, and a password submitted early is held until the database is ready.
The same worker imports what the first main window needs while the password is typed; the other screens'
modules are preloaded once Accueil shows its figures.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from reception.core.backups import daily_backup
from reception.core.logs import configure_logging
from reception.core.paths import database_path, is_first_start_path
from reception.ui import theme
from reception.ui.errors import BackgroundFailure, ErrorReporter, apology_text
from reception.ui.language import install_language
from reception.ui.login import LoginWindow
from reception.ui.operations import OperationRunner
from reception.ui.qt_runtime import xcb_problem
from reception.ui.startup import DatabaseOpening, Opener

if TYPE_CHECKING:
    from reception.core.database import Database, StartupReport
    from reception.core.services.container import Services
    from reception.ui.session import ConsoleSession

log = logging.getLogger("reception.app")

BACKUP_DELAY_MS = 120_000  # the day's backup waits this long for a first login, never longer


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="reception-console", description="Console d'accueil du technopark")
    parser.add_argument("--db", help="fichier de base de données (sinon RECEPTION_DB, sinon le dossier de données)")
    parser.add_argument("--smoke-test", metavar="BADGE.pdf", type=Path,
                        help="contrôle d'une installation : connexion « accueil », une arrivée, son badge "
                             "imprimé dans ce fichier PDF, puis fin (code 0 si tout a marché)")
    parser.add_argument("--kiosk", action="store_true",
                        help="borne d'accueil en libre-service, en plein écran (sortie : mot de passe d'un "
                             "responsable)")
    return parser.parse_args(argv)


def preload_screens() -> None:
    """Imports every UI module (pages, printing, reports) so the first visit of a page does not wait for them."""
    import reception.ui

    for module in pkgutil.walk_packages(reception.ui.__path__, "reception.ui."):
        importlib.import_module(module.name)


def import_first_window() -> None:
    """Imports what the session and its first main window need (services, Accueil, the desk features)."""
    from reception.ui.pages import FIRST_WINDOW_MODULES

    for name in FIRST_WINDOW_MODULES:
        importlib.import_module(name)


def open_and_prepare(opener: Opener | None) -> Opener:
    """`opener` (open_for_startup by default), then the first window's imports in the same worker job: the GUI
    thread never imports them, and the database layer itself is imported by the worker too."""
    def open_then_import(path: Path, **options: Any) -> tuple[Database, StartupReport]:
        from reception.core.database import open_for_startup

        opened = (opener or open_for_startup)(path, **options)
        import_first_window()
        gc.freeze()  # the modules stay for the whole run: the collector, back on after this job, never scans them
        return opened
    return open_then_import


def freeze_startup_objects(_window: object) -> None:
    """Keeps the GUI responsive while a big report is built on a worker thread.

    Everything alive once the first main window is up (modules, widgets, services) stays for the whole run;
    frozen out of the garbage collector, a full collection triggered by a report scans only the report's
    objects (a few ms) instead of the whole heap (about 100 ms with the GIL held, the GUI frozen meanwhile).
    """
    gc.freeze()


class ConsoleStart(QObject):
    """From the login window shown to the session started: the database opens on a worker meanwhile.

    `session_started` carries the ConsoleSession once the database is ready; a refusal (damaged file not
    restored, too new a file) ends the event loop with exit code 1.
    """

    session_started = Signal(object)

    def __init__(self, app: QApplication, path: Path, runner: OperationRunner, login: LoginWindow,
                 translators: list[QTranslator], opener: Opener | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.path = path
        self.runner = runner
        self.login = login
        self.session: ConsoleSession | None = None
        self._translators = translators
        self.background = OperationRunner(self)  # backups: one at a time, never in the login's way
        self.background.pool.setMaxThreadCount(1)
        self._daily = QTimer(self)  # the day's backup also for a console left open past midnight
        self._daily.setInterval(3_600_000)
        self._daily.timeout.connect(self.back_up_if_due)
        self.opening = DatabaseOpening(path, runner, may_create=is_first_start_path(path),
                                       opener=open_and_prepare(opener), parent=self)
        self.opening.stage.connect(login.show_stage)
        self.opening.opened.connect(self._start_session)
        self.opening.refused.connect(lambda: app.exit(1))

    def start(self) -> None:
        self.opening.start()

    def _start_session(self, db: Database, _report: StartupReport) -> None:
        from reception.core.services.container import Services
        from reception.ui.scan import ScanRouter
        from reception.ui.session import ConsoleSession

        services = Services(db)
        if db.identity() is None and not self._first_start(services):
            self.app.exit(0)
            return
        if (language := services.settings.get("ui.language")) != "fr":
            for translator in self._translators:
                self.app.removeTranslator(translator)
            self._translators = install_language(self.app, language)
        if services.auth.needs_first_admin() and not self._first_admin(services):
            self.app.exit(0)
            return
        scans = ScanRouter(self.app)
        scans.install(self.app)
        session = ConsoleSession(services, self.runner, services.site.info(), scans, login=self.login,
                                 parent=self.app)
        session.quit_requested.connect(self.app.quit)
        session.main_window_opened.connect(freeze_startup_objects, Qt.ConnectionType.SingleShotConnection)
        session.main_window_opened.connect(self._preload_after_first_page, Qt.ConnectionType.SingleShotConnection)
        self.session = session
        self.session_started.emit(session)
        session.main_window_opened.connect(self._start_daily_backups, Qt.ConnectionType.SingleShotConnection)
        QTimer.singleShot(BACKUP_DELAY_MS, self._start_daily_backups)
        session.start()
        # an older desk kept the central password in the settings table: it moves to the credential store
        self.runner.run(services.settings.move_passwords_to_store, lambda _moved: None, BackgroundFailure(
            self.runner.notices, QCoreApplication.translate("Startup", "Mot de passe central non déplacé")))

    def _first_start(self, services: Services) -> bool:
        """A new desk: working alone, or joining the network with head office's code."""
        from reception.ui.first_start import FirstStartDialog

        return FirstStartDialog(services, self.runner, self.login).exec() == QDialog.DialogCode.Accepted

    def _first_admin(self, services: Services) -> bool:
        from reception.ui.first_admin import FirstAdminDialog

        return FirstAdminDialog(services, self.runner, self.login).exec() == QDialog.DialogCode.Accepted

    def _preload_after_first_page(self, window: QWidget) -> None:
        """The other screens' imports wait for the first page's figures: on the worker they would hold
        Python's GIL while Accueil is built and filled; after it, they still precede most first visits."""
        first = getattr(window, "pages", {}).get("home")
        loaded = getattr(first, "figures_loaded", None)
        if loaded is None:
            self._preload_screens()
        else:
            loaded.connect(self._preload_screens, Qt.ConnectionType.SingleShotConnection)

    def _preload_screens(self) -> None:
        self.runner.run(preload_screens, lambda _r: None, BackgroundFailure(
            self.runner.notices, QCoreApplication.translate("Startup", "Préparation des écrans incomplète")))

    def _start_daily_backups(self, *_window: object) -> None:
        """Once the first person is in (or after two minutes without a login): the day's backup, then
        an hourly look for a console left open past midnight."""
        if not self._daily.isActive():
            self._daily.start()
            self.back_up_if_due()

    def back_up_if_due(self) -> None:
        """The day's backup on its own thread: the login and the pages never wait for it.

        Its outcome (skipped for lack of disk space, failed and why) is recorded for Paramètres and logged.
        """
        path = self.path
        self.background.run(lambda: daily_backup(path), lambda _p: None, BackgroundFailure(
            self.runner.notices, QCoreApplication.translate("Startup", "Sauvegarde du jour impossible")))


class KioskStart(QObject):
    """The kiosk as its own process: the database opened on a worker, then the kiosk window, full screen.

    It shares the desk's database (WAL, short transactions, a busy timeout) and never logs anyone in;
    a manager's password closes it, which ends the process.
    """

    def __init__(self, app: QApplication, path: Path, runner: OperationRunner) -> None:
        super().__init__(app)
        self.app, self.runner = app, runner
        self.window: QObject | None = None
        self.scans: QObject | None = None
        self.opening = DatabaseOpening(path, runner, may_create=False, parent=self)
        self.opening.opened.connect(self._open)
        self.opening.refused.connect(lambda: app.exit(1))

    def _open(self, db: Database, _report: StartupReport) -> None:
        from reception.core.services.container import Services
        from reception.ui.kiosk.launch import open_kiosk
        from reception.ui.scan import ScanRouter

        services = Services(db)
        scans = ScanRouter(self.app)
        scans.install(self.app)
        self.scans = scans
        open_kiosk(services, self.runner, self._opened)

    def _opened(self, window: QObject) -> None:
        self.window = window
        window.left.connect(lambda _manager: self.app.quit())  # type: ignore[attr-defined]


def _new_application() -> QApplication:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Console d'accueil")
    app.setOrganizationName("Technopark")
    app.setWindowIcon(theme.app_icon())
    theme.add_bundled_fonts()
    app.setStyleSheet(theme.stylesheet())
    ErrorReporter(app).install()
    return app


def start_console(argv: Sequence[str] | None = None) -> ConsoleStart | KioskStart | int:
    """The login window shown and taking typing; the database opens on a worker once the loop runs.

    Returns an exit code instead when Qt cannot open a window (the missing system package is named)."""
    args = parse_args(argv)
    log.info("log file: %s", configure_logging())
    problem = xcb_problem()  # Qt would abort with no word of which package is missing
    if problem:
        log.error(problem)
        print(problem, file=sys.stderr)
        return 1
    app = _new_application()
    if args.kiosk:
        install_language(app, "fr")
        kiosk = KioskStart(app, database_path(args.db), OperationRunner(app))
        kiosk.opening.start()
        return kiosk
    translators = install_language(app, "fr")  # the start-up dialogs speak French whatever the setting
    runner = OperationRunner(app)
    login = LoginWindow(None, None, runner)
    login.show()
    app.processEvents()  # painted now; keystrokes typed from here on wait in the queue, none is lost
    console = ConsoleStart(app, database_path(args.db), runner, login, translators)
    console.start()
    return console


def main(argv: Sequence[str] | None = None) -> int:
    try:
        console = start_console(argv)
        if isinstance(console, int):
            return console
        smoke_out = parse_args(argv).smoke_test
        if isinstance(console, ConsoleStart) and smoke_out is not None:
            from reception.ui.smoke import SmokeTest

            SmokeTest(console, smoke_out)
    except Exception:  # before the event loop runs: log it and apologise in a blocking box
        log.exception("the console could not start")
        QMessageBox.critical(None, "Console d'accueil", apology_text())
        return 1
    code = console.app.exec()
    console.runner.wait()
    if isinstance(console, ConsoleStart):
        console.background.wait()
    return code
