"""What Paramètres shows of this desk's backups (the last attempt, the last good one, what is kept), and
a backup on demand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reception.core.backups import BackupFailed, backup_status, backup_time, backups_dir, list_backups, take_backup
from reception.core.clock import to_local
from reception.core.database import Database
from reception.core.i18n import _
from reception.core.services.permissions import Actor, Permission, require


@dataclass(frozen=True)
class BackupSummary:
    folder: Path
    kept: int
    last_attempt_at: datetime | None  # Casablanca time
    outcome: str  # "ok", "skipped", "failed" or "" before the first backup
    message: str  # why the last attempt was skipped or failed
    last_ok_at: datetime | None  # Casablanca time
    last_ok_size: int
    oldest_kept_at: datetime | None


class BackupStatusService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def summary(self, actor: Actor) -> BackupSummary:
        require(actor, Permission.SETTINGS_MANAGE)
        status = backup_status(self.db.path)
        kept = list_backups(self.db.path)
        last_ok = status.last_ok_at if status else ""
        return BackupSummary(
            folder=backups_dir(self.db.path),
            kept=len(kept),
            last_attempt_at=to_local(datetime.fromisoformat(status.at)) if status else None,
            outcome=status.outcome if status else "",
            message=status.message if status else "",
            last_ok_at=to_local(datetime.fromisoformat(last_ok)) if last_ok else None,
            last_ok_size=status.last_ok_size if status else 0,
            oldest_kept_at=to_local(backup_time(kept[-1])) if kept else None,
        )

    def back_up_now(self, actor: Actor) -> Path:
        """A manual backup (Paramètres, `reception backup`); raises BackupFailed when not made, with why."""
        require(actor, Permission.SETTINGS_MANAGE)
        target = take_backup(self.db.path, reason="manuelle")
        if target is None:
            status = backup_status(self.db.path)
            raise BackupFailed(_("Sauvegarde non faite : {reason}.").format(
                reason=status.message if status else _("base vide")))
        return target
