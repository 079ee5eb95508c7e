"""Opening the desk's database at start-up, with French dialogs for a damaged or too new file."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from reception.core.database import (
    Database,
    StartupReport,
    latest_good_backup,
    open_for_startup,
    restore_backup,
)
from reception.core.errors import DatabaseCorrupt, DatabaseTooNew

log = logging.getLogger(__name__)


def upgrade_due(path: Path) -> bool:
    """A backup must precede a migration; a database already at head is backed up after the login shows."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    db = Database(path)
    try:
        db.check_not_newer()
        return not db.is_at_head()
    finally:
        db.dispose()


def open_database(path: Path) -> tuple[Database, StartupReport] | None:
    """The upgraded database, or None when it cannot be used (the person has been told why)."""
    while True:
        try:
            db, report = open_for_startup(path, backup=upgrade_due(path))
        except DatabaseTooNew as exc:
            QMessageBox.critical(None, QCoreApplication.translate("Startup", "Version trop ancienne"), exc.message)
            return None
        except DatabaseCorrupt as exc:
            if not _offer_restore(path, exc):
                return None
            continue
        log.info("SQLite %s; database %s opened", report.sqlite_version, path)
        return db, report


def _offer_restore(path: Path, problem: DatabaseCorrupt) -> bool:
    backup = latest_good_backup(path)
    if backup is None:
        QMessageBox.critical(None, QCoreApplication.translate("Startup", "Base de données endommagée"),
                             problem.message + "\n\n" + QCoreApplication.translate(
                                 "Startup", "Aucune sauvegarde valide n'a été trouvée. "
                                            "Appelez le support informatique."))
        return False
    answer = QMessageBox.question(
        None, QCoreApplication.translate("Startup", "Base de données endommagée"),
        problem.message + "\n\n" + QCoreApplication.translate(
            "Startup", "Restaurer la dernière sauvegarde valide ({name}) ? Les saisies faites "
                       "depuis cette sauvegarde seront perdues sur ce poste.").format(
            name=backup.name),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    restore_backup(path, backup)
    return True
