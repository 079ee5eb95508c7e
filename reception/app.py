"""The desktop application: builds the QApplication, shows the login window at once, opens the database
while the person starts typing, then hands over to the session.

Only light modules are imported before the login window is painted; the database layer (SQLAlchemy,
Alembic, every service) is imported right after, and the other screens' modules are preloaded on a
worker thread while the password is typed.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from reception.core.logs import configure_logging
from reception.core.paths import database_path
from reception.ui import theme
from reception.ui.errors import ErrorReporter, apology_text
from reception.ui.language import install_language
from reception.ui.login import LoginWindow
from reception.ui.operations import OperationRunner

if TYPE_CHECKING:
    from reception.ui.session import ConsoleSession

log = logging.getLogger("reception.app")

DEFAULT_SITE = ("CAS", "Technopark Casablanca", "Casablanca", "CAS-A1", "Accueil principal")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="reception-console", description="Console d'accueil du technopark")
    parser.add_argument("--db", help="fichier de base de données (sinon RECEPTION_DB, sinon le dossier de données)")
    return parser.parse_args(argv)


def preload_screens() -> None:
    """Imports every UI module (pages, printing, reports) so the first login does not wait for them."""
    import reception.ui

    for module in pkgutil.walk_packages(reception.ui.__path__, "reception.ui."):
        importlib.import_module(module.name)


def freeze_startup_objects(_window: object) -> None:
    """Keeps the GUI responsive while a big report is built on a worker thread.

    Everything alive once the first main window is up (modules, widgets, services) stays for the whole run;
    frozen out of the garbage collector, a full collection triggered by a report scans only the report's
    objects (a few ms) instead of the whole heap (about 100 ms with the GIL held, the GUI frozen meanwhile).
    """
    gc.freeze()


def start_console(argv: Sequence[str] | None = None) -> tuple[QApplication, ConsoleSession] | int:
    """Everything up to the login window ready; returns an exit code when the console cannot start."""
    args = parse_args(argv)
    log.info("log file: %s", configure_logging())
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Console d'accueil")
    app.setOrganizationName("Technopark")
    app.setWindowIcon(theme.app_icon())
    theme.add_bundled_fonts()
    app.setStyleSheet(theme.stylesheet())
    ErrorReporter(app).install()
    translators = install_language(app, "fr")  # the start-up dialogs speak French whatever the setting
    runner = OperationRunner(app)
    login = LoginWindow(None, None, runner)
    login.show()
    app.processEvents()  # painted now; keystrokes typed from here on wait in the queue, none is lost

    from reception.core.database import take_backup
    from reception.core.services.container import Services
    from reception.ui.first_admin import FirstAdminDialog
    from reception.ui.scan import ScanRouter
    from reception.ui.session import ConsoleSession
    from reception.ui.startup import open_database

    path = database_path(args.db)
    opened = open_database(path)
    if opened is None:
        return 1
    db, report = opened
    services = Services(db)
    if db.identity() is None:
        services.site.ensure(*DEFAULT_SITE)
    if services.settings.get("ui.language") == "en":
        for translator in translators:
            app.removeTranslator(translator)
        install_language(app, "en")
    first_admin_refused = services.auth.needs_first_admin() and (
        FirstAdminDialog(services, runner, login).exec() != QDialog.DialogCode.Accepted)
    if first_admin_refused:
        return 0
    scans = ScanRouter(app)
    scans.install(app)
    session = ConsoleSession(services, runner, services.site.info(), scans, login=login, parent=app)
    session.quit_requested.connect(app.quit)
    session.main_window_opened.connect(freeze_startup_objects, Qt.ConnectionType.SingleShotConnection)
    session.start()
    if report.backup is None:  # the routine start-up backup, while the person types
        runner.run(lambda: take_backup(path), lambda _p: None, lambda _e: None)
    runner.run(preload_screens, lambda _r: None, lambda _e: None)
    return app, session


def main(argv: Sequence[str] | None = None) -> int:
    try:
        started = start_console(argv)
    except Exception:  # before the event loop runs: log it and apologise in a blocking box
        log.exception("the console could not start")
        QMessageBox.critical(None, "Console d'accueil", apology_text())
        return 1
    if isinstance(started, int):
        return started
    app, session = started
    code = app.exec()
    session.runner.wait()
    return code
