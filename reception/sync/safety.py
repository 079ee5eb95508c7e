"""Before a sync touches anything: one run at a time, a sound database, matching schemas, a sane clock."""

from __future__ import annotations

import os
import sqlite3
import sys
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO

from reception.core.file_checks import record_sound
from reception.core.i18n import _
from reception.core.private_files import private_file

CLOCK_TOLERANCE_SECONDS = 120
FULL_CHECK_EVERY = timedelta(days=7)


class AlreadyRunning(Exception):
    """Another sync (the in-app schedule or the CLI) holds the lock."""


class SyncLock:
    """An OS file lock next to the database, holding the PID for whoever looks.

    The operating system releases it when the process ends, even when killed, so no stale lock survives.
    """

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".sync.lock")
        self._file: IO[str] | None = None

    def __enter__(self) -> SyncLock:
        handle = open(self.path, "a+")  # kept open while the lock is held
        private_file(self.path)
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise AlreadyRunning(_("Une synchronisation est déjà en cours ({holder}).").format(
                holder=self.holder())) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._file = handle
        return self

    def __exit__(self, *exc: object) -> None:
        if self._file is not None:
            _unlock(self._file)
            self._file.close()
            self._file = None

    def holder(self) -> str:
        try:
            pid = self.path.read_text().strip()
        except OSError:
            return "processus inconnu"
        return f"processus {pid}" if pid else "processus inconnu"


if sys.platform == "win32":  # pragma: no cover - exercised on the Windows desks
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def integrity_problems(db_path: Path, *, thorough: bool = True) -> list[str]:
    """PRAGMA integrity_check (quick_check unless thorough) and foreign_key_check; [] means it may be synced."""
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as raw:
            problems = [r[0] for r in raw.execute(f"PRAGMA {pragma}").fetchall() if r[0] != "ok"]
            problems += [_("clé étrangère rompue : {table} ligne {row} -> {parent}").format(
                             table=table, row=rowid, parent=parent)
                         for table, rowid, parent, _key in raw.execute("PRAGMA foreign_key_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return problems


def sync_integrity_problems(db_path: Path, now: datetime | None = None) -> list[str]:
    """The check before each sync: quick_check and the foreign keys every time, the full integrity_check
    once a week.

    quick_check reads every page and record (the damage a disk or a killed process does); integrity_check
    also cross-checks every index against its table, O(rows × indexes): 15 s for one year of a desk, most
    of a no-op sync's time on ten years. The last clean full check is noted beside the database.
    """
    now = now or datetime.now(UTC)
    marker = db_path.with_name(db_path.name + ".integrity-checked")
    try:
        thorough = now - datetime.fromisoformat(marker.read_text().strip()) >= FULL_CHECK_EVERY
    except (OSError, ValueError):
        thorough = True
    problems = integrity_problems(db_path, thorough=thorough)
    if not problems:
        record_sound(db_path, now)
    if thorough and not problems:
        marker.write_text(now.isoformat())
        private_file(marker)
    return problems


def schema_mismatch(desk_heads: set[str], accepted: str | None) -> str | None:
    """The reason to stop, or None when the desk writes the schema the central database expects."""
    central = set((accepted or "").split(",")) - {""}
    if desk_heads == central:
        return None
    return _("Mise à jour nécessaire : ce poste et la base centrale n'ont pas la même version du schéma "
             "(poste {desk}, centrale {central}). Les changements restent en attente sur ce poste.").format(
                 desk=", ".join(sorted(desk_heads)) or "-", central=", ".join(sorted(central)) or "-")


def clock_warning(desk_now: datetime, server_now: datetime) -> str:
    """A warning only: no sync decision depends on either clock."""
    skew = (desk_now - server_now).total_seconds()
    if abs(skew) <= CLOCK_TOLERANCE_SECONDS:
        return ""
    minutes = round(abs(skew) / 60)
    if skew > 0:
        return _("L'horloge de ce poste est en avance de {minutes} min sur celle du serveur : "
                 "faites-la régler (les heures affichées en dépendent).").format(minutes=minutes)
    return _("L'horloge de ce poste est en retard de {minutes} min sur celle du serveur : "
             "faites-la régler (les heures affichées en dépendent).").format(minutes=minutes)
