"""Opening the desk's database at start-up on a worker thread, while the login window takes typing.

The integrity check, the backup before a migration and the migration run off the GUI thread; each stage
is announced on the login window. A damaged file gets the restore offered, a too new one is refused,
both in French dialogs. The database layer (SQLAlchemy, Alembic) is imported by the worker too, so the
GUI thread answers keystrokes from the first paint.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from reception.core.errors import DatabaseCorrupt, DatabaseMissing, DatabaseTooNew, MigrationFailed
from reception.ui.errors import apology_text
from reception.ui.operations import OperationRunner

if TYPE_CHECKING:
    from reception.core.database import Database, StartupReport

log = logging.getLogger(__name__)

Opener = Callable[..., "tuple[Database, StartupReport]"]


@dataclass(frozen=True)
class Damaged:
    """What the worker found instead of a usable database, with the backup it could restore."""

    problem: DatabaseCorrupt
    backup: Path | None


class DatabaseOpening(QObject):
    """Opens the database on the runner; emits `stage` texts, then `opened(db, report)` or `refused()`.

    `opener` defaults to open_for_startup; a test injects a slower one to type while it runs.
    """

    stage = Signal(str)
    opened = Signal(object, object)
    refused = Signal()
    _stage_reached = Signal(str)  # from the worker thread, delivered on the GUI thread

    def __init__(self, path: Path, runner: OperationRunner, *, may_create: bool,
                 opener: Opener | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._runner = runner
        self._may_create = may_create
        self._opener = opener
        self._stage = ""
        self._stage_reached.connect(self._announce)

    def start(self) -> None:
        self._announce("check")
        self._runner.run(self._open, self._finished, self._crashed)

    def _open(self) -> tuple[Database, StartupReport] | Damaged:
        from reception.core.database import latest_good_backup, open_for_startup

        opener = self._opener or open_for_startup
        try:
            return opener(self.path, may_create=self._may_create, stage=self._stage_reached.emit)
        except DatabaseCorrupt as exc:  # DatabaseTooNew goes on to _crashed: there is nothing to restore
            return Damaged(exc, latest_good_backup(self.path))

    def _restore_then_open(self, backup: Path) -> tuple[Database, StartupReport] | Damaged:
        from reception.core.database import restore_backup

        restore_backup(self.path, backup)
        return self._open()

    def _announce(self, name: str) -> None:
        """Shown once per stage: start() announces the check before the worker even begins."""
        if name == self._stage:
            return
        self._stage = name
        texts = {"check": self.tr("Vérification de la base…"),
                 "backup": self.tr("Sauvegarde avant la mise à jour…"),
                 "upgrade": self.tr("Mise à jour de la base…"),
                 "restore": self.tr("Restauration de la sauvegarde…")}
        self.stage.emit(texts.get(name, ""))

    def _finished(self, result: Any) -> None:
        if isinstance(result, Damaged):
            self._offer_restore(result)
            return
        db, report = result
        log.info("SQLite %s; database %s opened", report.sqlite_version, self.path)
        self.opened.emit(db, report)

    def _crashed(self, error: Exception) -> None:
        if isinstance(error, DatabaseTooNew):
            QMessageBox.critical(None, self.tr("Version trop ancienne"), error.message)
        elif isinstance(error, MigrationFailed):
            QMessageBox.critical(None, self.tr("Mise à jour de la base impossible"), error.message)
        else:  # already logged with its traceback by the operation
            QMessageBox.critical(None, self.tr("Console d'accueil"), apology_text())
        self.refused.emit()

    def _offer_restore(self, damaged: Damaged) -> None:
        title = (self.tr("Base de données introuvable") if isinstance(damaged.problem, DatabaseMissing)
                 else self.tr("Base de données endommagée"))
        if damaged.backup is None:
            QMessageBox.critical(None, title, damaged.problem.message + "\n\n" + self.tr(
                "Aucune sauvegarde valide n'a été trouvée. Appelez le support informatique."))
            self.refused.emit()
            return
        answer = QMessageBox.question(None, title, damaged.problem.message + "\n\n" + self.tr(
            "Restaurer la dernière sauvegarde valide ({name}) ? Les saisies faites depuis cette sauvegarde "
            "seront perdues sur ce poste.").format(name=damaged.backup.name))
        if answer != QMessageBox.StandardButton.Yes:
            self.refused.emit()
            return
        self._announce("restore")
        backup = damaged.backup
        self._runner.run(lambda: self._restore_then_open(backup), self._finished, self._crashed)
