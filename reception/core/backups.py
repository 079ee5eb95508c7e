"""Backups of one desk database, sized for a desk PC.

- Each database has its own folder, `backups/<stem>/` next to it, so two databases side by side
  (`reception.db`, `reception-formation.db`) never share, rotate or restore each other's files.
- One routine backup a day, plus one before a migration, a restore or a sync (a sync reuses a recent one).
- Written with SQLite's online backup API under a temporary name (`.part`), verified (the source's tables
  and Alembic revision, a quick_check), then renamed: a file with a final name is a verified backup, and
  a failed or partial one never counts in the rotation nor pushes a good one out.
- Kept: the newest of each of the last 7 days with a backup, and the newest of each of the last 4 weeks.
- The free disk space is checked first (file size × 1.2 + a margin); a skipped or failed backup says why.
- The outcome of the last attempt is recorded in `status.json` in the folder, for Paramètres.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Callable
from contextlib import closing
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reception.core.errors import DomainError
from reception.core.file_checks import record_sound
from reception.core.formats import decimal
from reception.core.i18n import _
from reception.core.private_files import private_file, private_folder

log = logging.getLogger(__name__)

DAILY_KEPT, WEEKLY_KEPT = 7, 4
SPACE_FACTOR, SPACE_MARGIN = 1.2, 64 * 1024 * 1024
SYNC_REUSE = timedelta(hours=4)
PART_SUFFIX = ".part"
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
STATUS_FILE = "status.json"
REQUIRED_TABLES = frozenset({"alembic_version", "local_identity"})
SQLITE_HEADER = b"SQLite format 3\x00"

FreeBytes = Callable[[Path], int]


def disk_free(folder: Path) -> int:
    return shutil.disk_usage(folder).free


@dataclass(frozen=True)
class BackupStatus:
    """The last attempt and the last success, as Paramètres shows them."""

    at: str  # ISO time (UTC) of the last attempt
    outcome: str  # "ok", "skipped" or "failed"
    reason: str  # why it was taken: demarrage, quotidienne, migration, restauration, synchro, manuelle
    message: str = ""  # why it was skipped or failed, in French
    file: str = ""
    size: int = 0
    last_ok_at: str = ""
    last_ok_size: int = 0
    source_written: float = 0.0  # the database's last write time when the copy ended (see recent_backup)


class BackupFailed(DomainError):
    """The copy could not be written or did not verify; nothing was added to the rotation."""


# --- where ---------------------------------------------------------------------------------------------


def backups_dir(db_path: Path) -> Path:
    """`backups/<stem>/` next to the database: this database's backups and nothing else (created)."""
    folder = private_folder(_folder(db_path))
    _adopt_legacy(db_path, folder)
    return folder


def _folder(db_path: Path) -> Path:
    return db_path.parent / "backups" / db_path.stem


def _existing_folder(db_path: Path) -> Path | None:
    """For reading: nothing is created next to a database that may not even exist."""
    shared, pattern = db_path.parent / "backups", _name_pattern(db_path.stem)
    legacy = shared.is_dir() and any(pattern.match(p.name) for p in shared.glob(f"{db_path.stem}-*.db"))
    return backups_dir(db_path) if legacy or _folder(db_path).is_dir() else None


def _name_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(stem)}-(\d{{8}}T\d{{12}}Z)-([a-z]+)\.db$")


def _adopt_legacy(db_path: Path, folder: Path) -> None:
    """Moves this database's backups out of the shared folder of older versions (exact stem only)."""
    shared = db_path.parent / "backups"
    pattern = _name_pattern(db_path.stem)
    for old in shared.glob(f"{db_path.stem}-*.db"):
        if pattern.match(old.name):
            old.replace(folder / old.name)


def backup_time(path: Path) -> datetime:
    """When the backup was taken, from its name (file times change when a folder is copied)."""
    stamp = re.findall(r"-(\d{8}T\d{12}Z)-", path.name)[-1]
    return datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=UTC)


# --- verification ----------------------------------------------------------------------------------------


def _connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)  # as_uri escapes ?, # and %


def _tables(raw: sqlite3.Connection) -> set[str]:
    return {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _revisions(raw: sqlite3.Connection) -> set[str]:
    return {r[0] for r in raw.execute("SELECT version_num FROM alembic_version")}


def looks_complete(path: Path) -> bool:
    """Cheap (no full read): a SQLite file holding a schema stamped by Alembic; never a 0-byte file."""
    try:
        with path.open("rb") as handle:
            if handle.read(16) != SQLITE_HEADER:
                return False
        with closing(_connect_read_only(path)) as raw:
            return _tables(raw) >= REQUIRED_TABLES and bool(_revisions(raw))
    except (OSError, sqlite3.DatabaseError):
        return False


def verify(path: Path, tables: set[str], revisions: set[str]) -> str:
    """Why `path` is not a faithful copy of a database with these tables and revisions ('' when it is)."""
    if not looks_complete(path):
        return _("copie vide ou incomplète")
    with closing(_connect_read_only(path)) as raw:
        if (problems := [r[0] for r in raw.execute("PRAGMA quick_check")]) != ["ok"]:
            return _("copie endommagée ({problem})").format(problem=problems[0][:80])
        if missing := tables - _tables(raw):
            return _("tables manquantes : {tables}").format(tables=", ".join(sorted(missing)))
        if _revisions(raw) != revisions:
            return _("version du schéma différente de la base")
    return ""


def restorable(path: Path, known_revisions: set[str]) -> bool:
    """Worth restoring: complete, sound, a schema this console knows, and the desk's site and desk in it."""
    if not looks_complete(path):
        return False
    try:
        with closing(_connect_read_only(path)) as raw:
            if not _revisions(raw) <= known_revisions:
                return False
            if not raw.execute("SELECT count(*) FROM local_identity").fetchone()[0]:
                return False
            return [r[0] for r in raw.execute("PRAGMA quick_check")] == ["ok"]
    except sqlite3.DatabaseError:
        return False


# --- the rotation -------------------------------------------------------------------------------------------


def list_backups(db_path: Path) -> list[Path]:
    """This database's complete backups, newest first (partial, empty or foreign files never count)."""
    pattern = _name_pattern(db_path.stem)
    folder = _existing_folder(db_path)
    found = [p for p in folder.iterdir() if pattern.match(p.name)] if folder else []
    return sorted((p for p in found if looks_complete(p)), key=backup_time, reverse=True)


def latest_restorable(db_path: Path, known_revisions: set[str]) -> Path | None:
    """The newest backup of this database that passes a full verification; never an empty or foreign file."""
    return next((p for p in list_backups(db_path) if restorable(p, known_revisions)), None)


def kept(backups: list[Path]) -> set[Path]:
    """Newest of each of the last 7 days with a backup, and newest of each of the last 4 weeks."""
    days: dict[object, Path] = {}
    weeks: dict[object, Path] = {}
    for path in sorted(backups, key=backup_time, reverse=True):
        when = backup_time(path)
        if len(days) < DAILY_KEPT:
            days.setdefault(when.date(), path)
        if len(weeks) < WEEKLY_KEPT:
            weeks.setdefault(when.isocalendar()[:2], path)
    return set(days.values()) | set(weeks.values())


def _rotate(db_path: Path) -> None:
    pattern = _name_pattern(db_path.stem)
    folder = backups_dir(db_path)
    good = list_backups(db_path)
    keep = kept(good)
    for path in good:
        if path not in keep:
            path.unlink(missing_ok=True)
    for path in folder.iterdir():  # junk left by older versions or a killed copy: never counted
        stale_part = path.name.endswith(PART_SUFFIX) and _age(path) > timedelta(hours=1)
        empty_final = pattern.match(path.name) and path not in good
        if stale_part or empty_final:
            path.unlink(missing_ok=True)


def _age(path: Path) -> timedelta:
    return datetime.now(UTC) - datetime.fromtimestamp(path.stat().st_mtime, UTC)


# --- taking one ----------------------------------------------------------------------------------------------


def take_backup(db_path: Path, *, reason: str = "demarrage", now: datetime | None = None,
                free_bytes: FreeBytes = disk_free) -> Path | None:
    """A verified copy in this database's folder, or None when skipped (nothing to copy, not enough disk).

    Raises BackupFailed when the copy cannot be written or does not verify; either way the outcome is
    recorded for Paramètres and the rotation is left as it was.
    """
    now = now or datetime.now(UTC)
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    folder = backups_dir(db_path)
    needed = int(_database_bytes(db_path) * SPACE_FACTOR) + SPACE_MARGIN
    free = free_bytes(folder)
    if free < needed:
        message = _("espace disque insuffisant ({free} libres, {needed} nécessaires)").format(
            free=_mb(free), needed=_mb(needed))
        log.warning("backup of %s skipped: %s", db_path, message)
        _record(db_path, BackupStatus(now.isoformat(), "skipped", reason, message))
        return None
    target = folder / f"{db_path.stem}-{now.strftime(STAMP_FORMAT)}-{reason}.db"
    part = target.with_name(target.name + PART_SUFFIX)
    try:
        _copy(db_path, part)
        problem = _verify_against(db_path, part)
        if problem:
            raise BackupFailed(problem)
        part.replace(target)
    except (OSError, sqlite3.Error, BackupFailed) as exc:
        part.unlink(missing_ok=True)
        log.error("backup of %s failed: %s", db_path, exc)
        _record(db_path, BackupStatus(now.isoformat(), "failed", reason, str(exc)))
        raise BackupFailed(_("sauvegarde échouée : {reason}").format(reason=exc)) from exc
    record_sound(db_path, now)  # the copy was read page by page from the file and passed its quick_check
    size = target.stat().st_size
    _record(db_path, BackupStatus(now.isoformat(), "ok", reason, file=target.name, size=size,
                                  source_written=_last_write(db_path)))
    _rotate(db_path)
    log.info("backup written: %s (%s)", target, _mb(size))
    return target


def _copy(db_path: Path, part: Path) -> None:
    """SQLite's online backup API: a consistent copy while the console keeps writing."""
    part.unlink(missing_ok=True)
    with closing(sqlite3.connect(db_path)) as source, closing(sqlite3.connect(part)) as copy:
        private_file(part)
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")  # a standalone file: no -wal/-shm beside the backup
    with part.open("rb+") as handle:
        os.fsync(handle.fileno())


def _verify_against(db_path: Path, part: Path) -> str:
    with closing(_connect_read_only(db_path)) as raw:
        tables, revisions = _tables(raw), _revisions(raw) if "alembic_version" in _tables(raw) else set()
    return verify(part, tables, revisions)


def _database_bytes(db_path: Path) -> int:
    wal = Path(f"{db_path}-wal")
    return db_path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def _mb(size: int) -> str:
    return _("{size} Mo").format(size=decimal(size / 1_000_000, 1))


# --- when ----------------------------------------------------------------------------------------------------


def backup_due(db_path: Path, now: datetime | None = None) -> bool:
    """The routine backup: at most one a day (UTC day), whatever the number of starts."""
    now = now or datetime.now(UTC)
    newest = next(iter(list_backups(db_path)), None)
    return newest is None or backup_time(newest).date() != now.date()


def daily_backup(db_path: Path) -> Path | None:
    """The day's backup when none was taken today (at start-up and hourly while the console runs)."""
    return take_backup(db_path, reason="quotidienne") if backup_due(db_path) else None


def recent_backup(db_path: Path, now: datetime | None = None) -> Path | None:
    """A backup a sync may rely on: taken less than 4 hours ago, or since the last write to the file."""
    now = now or datetime.now(UTC)
    newest = next(iter(list_backups(db_path)), None)
    if newest is None:
        return None
    if now - backup_time(newest) < SYNC_REUSE:
        return newest
    status = backup_status(db_path)
    unchanged = status is not None and status.file == newest.name and _last_write(db_path) <= status.source_written
    return newest if unchanged else None


def backup_before_sync(db_path: Path) -> Path | None:
    """The sync's safety copy: a recent one when there is one, a new one otherwise.

    A copy that cannot be made does not stop the sync (what it writes locally is central's and can be
    pulled again); the failure is logged and shown in Paramètres.
    """
    try:
        return recent_backup(db_path) or take_backup(db_path, reason="synchro")
    except BackupFailed:
        return None


def _last_write(db_path: Path) -> float:
    """The newest modification time of the file and its WAL (reads change neither)."""
    return max(p.stat().st_mtime for p in (db_path, Path(f"{db_path}-wal")) if p.exists())


# --- what happened -----------------------------------------------------------------------------------------


def _record(db_path: Path, status: BackupStatus) -> None:
    previous = backup_status(db_path)
    if status.outcome == "ok":
        status = BackupStatus(**{**asdict(status), "last_ok_at": status.at, "last_ok_size": status.size})
    elif previous is not None:  # a skip or a failure keeps what is known of the last good one
        status = BackupStatus(**{**asdict(status), "last_ok_at": previous.last_ok_at,
                                 "last_ok_size": previous.last_ok_size, "file": previous.file,
                                 "source_written": previous.source_written})
    target = backups_dir(db_path) / STATUS_FILE
    temporary = target.with_name(f"{STATUS_FILE}.{os.getpid()}-{threading.get_ident()}{PART_SUFFIX}")
    try:  # the app and a command-line sync may record at once: each writes its own file, then renames
        temporary.write_text(json.dumps(asdict(status), ensure_ascii=False), encoding="utf-8")
        private_file(temporary)
        temporary.replace(target)
    except OSError:
        temporary.unlink(missing_ok=True)
        log.exception("backup outcome of %s not recorded: %s", db_path, status)


def backup_status(db_path: Path) -> BackupStatus | None:
    """The last recorded attempt, or None before the first one (or when the record is unreadable)."""
    try:
        return BackupStatus(**json.loads((_folder(db_path) / STATUS_FILE).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None
