"""The desktop application: builds the QApplication, opens the database, then hands over to the session."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from reception.core.database import take_backup
from reception.core.logs import configure_logging
from reception.core.paths import database_path
from reception.core.services.container import Services
from reception.ui import theme
from reception.ui.errors import ErrorReporter, apology_text
from reception.ui.first_admin import FirstAdminDialog
from reception.ui.language import install_language
from reception.ui.operations import OperationRunner
from reception.ui.scan import ScanRouter
from reception.ui.session import ConsoleSession
from reception.ui.startup import open_database

log = logging.getLogger("reception.app")

DEFAULT_SITE = ("CAS", "Technopark Casablanca", "Casablanca", "CAS-A1", "Accueil principal")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="reception-console", description="Console d'accueil du technopark")
    parser.add_argument("--db", help="fichier de base de données (sinon RECEPTION_DB, sinon le dossier de données)")
    return parser.parse_args(argv)


def start_console(argv: Sequence[str] | None = None) -> tuple[QApplication, ConsoleSession] | int:
    """Everything up to the login window shown; returns an exit code when the console cannot start."""
    args = parse_args(argv)
    log.info("log file: %s", configure_logging())
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Console d'accueil")
    app.setOrganizationName("Technopark")
    app.setWindowIcon(theme.app_icon())
    app.setStyleSheet(theme.stylesheet())
    reporter = ErrorReporter(app)
    reporter.install()
    translators = install_language(app, "fr")  # the start-up dialogs speak French whatever the setting

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
        translators = install_language(app, "en")

    runner = OperationRunner(app)
    if services.auth.needs_first_admin() and FirstAdminDialog(services, runner).exec() != QDialog.DialogCode.Accepted:
        return 0
    scans = ScanRouter(app)
    scans.install(app)
    session = ConsoleSession(services, runner, services.site.info(), scans, parent=app)
    session.quit_requested.connect(app.quit)
    session.start()
    if report.backup is None:  # the routine start-up backup, once the login window is up
        runner.run(lambda: take_backup(path), lambda _p: None, lambda _e: None)
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
    app, _session = started
    code = app.exec()
    _session.runner.wait()
    return code
