"""The local SQLite database: engine, pragmas, units of work, migrations at start-up and backups."""

from __future__ import annotations

import logging
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from reception.core import outbox  # noqa: F401  (registers the outbox listeners)
from reception.core.errors import DatabaseCorrupt, DatabaseTooNew
from reception.core.identity import forget
from reception.core.models import LocalIdentity
from reception.core.paths import migrations_dir

log = logging.getLogger(__name__)

BACKUPS_KEPT = 14
BUSY_TIMEOUT_MS = 15_000


def alembic_config(url: str, scripts: Path | None = None) -> Config:
    """Alembic over `url` and the desk migrations (or `scripts`).

    Alembic's options go through configparser, which reads '%' as interpolation: a path or a URL with
    percent-escapes (a password with '@', a socket folder) must be doubled to reach the migrations unchanged.
    """
    config = Config()
    config.set_main_option("script_location", str(scripts or migrations_dir()).replace("%", "%%"))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _on_begin)
    cursor = dbapi_connection.cursor()
    for pragma in (
        "journal_mode=WAL",
        "foreign_keys=ON",
        f"busy_timeout={BUSY_TIMEOUT_MS}",
        "synchronous=FULL",
    ):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _on_begin(connection: Any) -> None:
    """Writers take the write lock at BEGIN, so two writers wait instead of failing with 'locked'."""
    immediate = connection.get_execution_options().get("sqlite_immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """One local database file. Sessions are short: one per unit of work, never shared across threads."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = sqlite_engine(self.path)
        self._writer = self.engine.execution_options(sqlite_immediate=True)
        self._read_factory = sessionmaker(self.engine, expire_on_commit=False)
        self._write_factory = sessionmaker(self._writer, expire_on_commit=False)

    @property
    def url(self) -> str:
        return f"sqlite:///{self.path}"

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work that changes data: committed at the end, rolled back on any error."""
        with self._write_factory() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only look: a consistent snapshot, nothing committed."""
        with self._read_factory() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()

    # --- schema -------------------------------------------------------------------------------------

    def current_revisions(self) -> set[str]:
        with self.engine.connect() as conn:
            return set(MigrationContext.configure(conn).get_current_heads())

    def check_not_newer(self) -> None:
        """Refuse a database stamped with a revision this version of the app does not know."""
        script = ScriptDirectory.from_config(alembic_config(self.url))
        known = {rev.revision for rev in script.walk_revisions()}
        unknown = self.current_revisions() - known
        if unknown:
            raise DatabaseTooNew(
                "Cette base de données a été créée par une version plus récente de la console "
                f"(révision {', '.join(sorted(unknown))}). Installez la dernière version pour l'ouvrir."
            )

    def is_at_head(self) -> bool:
        script = ScriptDirectory.from_config(alembic_config(self.url))
        return self.current_revisions() == set(script.get_heads())

    def upgrade(self) -> None:
        self.check_not_newer()
        with self.engine.begin() as conn:
            config = alembic_config(self.url)
            config.attributes["connection"] = conn
            command.upgrade(config, "heads")
        forget(self.engine.url)

    def quick_check(self) -> list[str]:
        """SQLite's quick_check; an empty list means the file is sound."""
        try:
            with closing(sqlite3.connect(self.path)) as raw:
                rows = [r[0] for r in raw.execute("PRAGMA quick_check").fetchall()]
        except sqlite3.DatabaseError as exc:
            return [str(exc)]
        return [] if rows == ["ok"] else rows

    # --- identity -------------------------------------------------------------------------------------

    def identity(self) -> LocalIdentity | None:
        with self.read() as session:
            return session.execute(select(LocalIdentity)).scalar_one_or_none()

    def set_identity(self, site_code: str, desk_code: str) -> None:
        with self.write() as session:
            row = session.get(LocalIdentity, 1)
            if row is None:
                session.add(LocalIdentity(id=1, site_code=site_code, desk_code=desk_code, epoch=_new_epoch()))
            else:
                row.site_code, row.desk_code = site_code, desk_code
        forget(self.engine.url)

    def new_epoch(self) -> None:
        """After a restore or re-install: events from now on belong to a new history."""
        with self.write() as session:
            row = session.get(LocalIdentity, 1)
            if row is not None:
                row.epoch = _new_epoch()
        forget(self.engine.url)


def _new_epoch() -> str:
    return str(uuid.uuid4())


# --- backups -----------------------------------------------------------------------------------------


def backups_dir(db_path: Path) -> Path:
    folder = db_path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def take_backup(db_path: Path, *, keep: int = BACKUPS_KEPT, reason: str = "demarrage") -> Path | None:
    """VACUUM INTO a timestamped copy; keeps the newest `keep`. Nothing to back up for a new file."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir(db_path) / f"{db_path.stem}-{stamp}-{reason}.db"
    with closing(sqlite3.connect(db_path)) as raw:
        raw.execute("VACUUM INTO ?", (str(target),))
    for old in list_backups(db_path)[keep:]:
        old.unlink(missing_ok=True)
    log.info("backup written: %s", target)
    return target


def list_backups(db_path: Path) -> list[Path]:
    """Newest first."""
    return sorted(backups_dir(db_path).glob(f"{db_path.stem}-*.db"), reverse=True)


def latest_good_backup(db_path: Path) -> Path | None:
    for candidate in list_backups(db_path):
        if not Database(candidate).quick_check():
            return candidate
    return None


def restore_backup(db_path: Path, backup: Path) -> None:
    """Puts a backup in place of a damaged file (kept aside as .corrupt) and starts a new epoch."""
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    if db_path.exists():
        db_path.replace(db_path.with_suffix(f".corrupt-{datetime.now(UTC):%Y%m%dT%H%M%S}"))
    shutil.copy2(backup, db_path)
    restored = Database(db_path)
    restored.new_epoch()
    restored.dispose()
    log.warning("database restored from %s", backup)


class StartupReport:
    """What open_for_startup found, for the app to show (or not)."""

    def __init__(self) -> None:
        self.backup: Path | None = None
        self.sqlite_version = sqlite3.sqlite_version


def open_for_startup(db_path: Path, *, backup: bool = True) -> tuple[Database, StartupReport]:
    """Integrity check, backup, version check and upgrade: what every start of the app or CLI does.

    Raises DatabaseCorrupt (the caller offers a restore) or DatabaseTooNew (the caller refuses).
    """
    report = StartupReport()
    log.info("SQLite library %s, database %s", report.sqlite_version, db_path)
    if db_path.exists() and db_path.stat().st_size > 0:
        problems = Database(db_path).quick_check()
        if problems:
            raise DatabaseCorrupt(
                "La base de données est endommagée (" + problems[0][:120] + ")."
            )
        db = Database(db_path)
        db.check_not_newer()
        db.dispose()
        if backup:
            report.backup = take_backup(db_path)
    db = Database(db_path)
    db.upgrade()
    return db, report
