"""The local SQLite database: engine, pragmas, units of work, migrations at start-up and backups."""

from __future__ import annotations

import ast
import logging
import re
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from reception.core import outbox  # noqa: F401  (registers the outbox listeners)
from reception.core.backups import BackupFailed, latest_restorable, take_backup
from reception.core.errors import DatabaseCorrupt, DatabaseMissing, DatabaseTooNew, MigrationFailed
from reception.core.file_checks import checked_recently, record_sound
from reception.core.i18n import _
from reception.core.identity import forget
from reception.core.models import LocalIdentity
from reception.core.numbering import series_for_epoch
from reception.core.paths import migrations_dir
from reception.core.private_files import private_file, private_folder

if TYPE_CHECKING:  # Alembic is imported where a migration or a revision walk needs it: a start at head never does
    from alembic.config import Config

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15_000


def alembic_config(url: str, scripts: Path | None = None) -> Config:
    """Alembic over `url` and the desk migrations (or `scripts`).

    Alembic's options go through configparser, which reads '%' as interpolation: a path or a URL with
    percent-escapes (a password with '@', a socket folder) must be doubled to reach the migrations unchanged.
    """
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(scripts or migrations_dir()).replace("%", "%%"))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def _on_connect(path: Path) -> Callable[[sqlite3.Connection, Any], None]:
    def connected(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        private_file(path)  # before the WAL and SHM exist: SQLite gives them the database file's mode
        _set_pragmas(dbapi_connection)
    return connected


def _set_pragmas(dbapi_connection: sqlite3.Connection) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _on_begin)
    cursor = dbapi_connection.cursor()
    for pragma in (
        "journal_mode=WAL",
        "foreign_keys=ON",
        f"busy_timeout={BUSY_TIMEOUT_MS}",
        "synchronous=FULL",
        "secure_delete=ON",  # erased personal data is zeroed, not left in free pages (law 09-08)
    ):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _on_begin(connection: Any) -> None:
    """Writers take the write lock at BEGIN, so two writers wait instead of failing with 'locked'."""
    immediate = connection.get_execution_options().get("sqlite_immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect(path))
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """One local database file. Sessions are short: one per unit of work, never shared across threads."""

    head_office = False
    """A desk's own file (CentralDatabase says True): what only a desk knows (its open drawer, its syncs)
    is read here, and head office reads central's own records instead."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        private_folder(self.path.parent)
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

    def checkpoint(self) -> None:
        """Copies the WAL into the file and empties it, so pages from before an erasure do not linger
        there; best effort (a long reader elsewhere leaves the rest for SQLite's next checkpoint)."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    # --- schema -------------------------------------------------------------------------------------

    def current_revisions(self) -> set[str]:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return set(MigrationContext.configure(conn).get_current_heads())

    def check_not_newer(self) -> None:
        """Refuse a database stamped with a revision this version of the app does not know."""
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(alembic_config(self.url))
        known = {rev.revision for rev in script.walk_revisions()}
        unknown = self.current_revisions() - known
        if unknown:
            raise DatabaseTooNew(
                _("Cette base de données a été créée par une version plus récente de la console "
                  "(révision {revisions}). Installez la dernière version pour l'ouvrir.").format(
                    revisions=", ".join(sorted(unknown)))
            )

    def is_at_head(self) -> bool:
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(alembic_config(self.url))
        return self.current_revisions() == set(script.get_heads())

    def upgrade(self) -> None:
        from alembic import command

        self.check_not_newer()
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            # SQLite's own procedure for rebuilding a table others point to (batch mode copies, drops, renames):
            # references off outside the transaction (SQLite ignores the pragma inside one), checked at the end
            raw.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
            try:
                with conn.begin():
                    config = alembic_config(self.url)
                    config.attributes["connection"] = conn
                    command.upgrade(config, "heads")
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise sqlite3.IntegrityError(f"references broken by the migration: {broken[:5]}")
            finally:
                raw.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
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
                session.add(LocalIdentity(id=1, site_code=site_code, desk_code=desk_code, epoch=new_epoch_id()))
            else:
                row.site_code, row.desk_code = site_code, desk_code
        forget(self.engine.url)

    def new_epoch(self) -> None:
        """After a restore or re-install: events from now on belong to a new history, and (once the desk has
        synced) numbers to a provisional series until the next sync has brought back what central holds
        (core/numbering.py)."""
        with self.write() as session:
            row = session.get(LocalIdentity, 1)
            if row is not None:
                row.epoch = new_epoch_id()
                synced = sync_marker_path(self.path).exists()  # else no number of this desk is at central
                row.series = series_for_epoch(row.epoch) if synced else ""
        forget(self.engine.url)


def sync_marker_path(db_path: Path) -> Path:
    """Where the sync notes the last event central acknowledged (core/restore_marker.py)."""
    return db_path.with_name(db_path.name + ".sync-ack")


def new_epoch_id() -> str:
    return str(uuid.uuid4())


# --- restore ----------------------------------------------------------------------------------------------


def known_revisions() -> set[str]:
    """Every schema revision this version of the console can open (and upgrade)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return {rev.revision for rev in script.walk_revisions()}


_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


def script_heads(scripts: Path | None = None) -> set[str]:
    """The heads of the desk migrations, read from each version file's `revision` and `down_revision` lines.

    Alembic's ScriptDirectory imports and walks every script (with Alembic's own import, about a second of a
    start under load) to answer the question every start asks: is the file already at head? This answers it
    from the text; any other answer goes on to Alembic (tests/unit/test_database_startup.py keeps both equal).
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in sorted((scripts or migrations_dir()).joinpath("versions").glob("*.py")):
        found = {match[1]: match[2] for match in _REVISION_LINE.finditer(script.read_text(encoding="utf-8"))}
        if "revision" not in found:
            continue
        revisions.add(ast.literal_eval(found["revision"]))
        down = ast.literal_eval(found.get("down_revision", "None"))
        parents.update((down,) if isinstance(down, str) else (down or ()))
    return revisions - parents


def stored_revisions(db_path: Path) -> set[str]:
    """The revisions stamped in the file (alembic_version), read with sqlite3 alone; empty when unstamped."""
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as raw:
        stamped = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        if raw.execute(stamped).fetchone() is None:
            return set()
        return {row[0] for row in raw.execute("SELECT version_num FROM alembic_version")}


def latest_good_backup(db_path: Path) -> Path | None:
    """The newest verified backup of this very database (its own folder), or None."""
    return latest_restorable(db_path, known_revisions())


def restore_backup(db_path: Path, backup: Path) -> None:
    """Puts a backup in place of a damaged file (kept aside as .corrupt) and starts a new epoch."""
    _replace_with_copy(db_path, backup, f".corrupt-{datetime.now(UTC):%Y%m%dT%H%M%S}")
    restored = Database(db_path)
    restored.new_epoch()
    restored.dispose()
    log.warning("database restored from %s", backup)


def _replace_with_copy(db_path: Path, backup: Path, aside_suffix: str) -> None:
    """The backup's copy takes the file's place in one rename; the file itself is kept under `aside_suffix`."""
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    if db_path.exists():
        db_path.replace(db_path.with_suffix(aside_suffix))
    incoming = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(backup, incoming)
    private_file(incoming)
    incoming.replace(db_path)


# --- start-up ----------------------------------------------------------------------------------------------


class StartupReport:
    """What open_for_startup found, for the app to show (or not)."""

    def __init__(self) -> None:
        self.backup: Path | None = None
        self.copied_back = False  # older than its last sync: numbering in a provisional series
        self.sqlite_version = sqlite3.sqlite_version
        self.whole_file_checked = False  # False when a check within the day let the start-up skip it (file_checks)


def refuse_unusable_file(db_path: Path, *, may_create: bool) -> None:
    """Refuses what is not a database before SQLite would silently make it one.

    A missing file is created only when the caller says so (the app's first start in the data folder,
    `reception demo`); a 0-byte, truncated or unreadable file, or one whose first page is damaged, is
    refused as damaged so that the restore is offered (app) or exit 3 is returned (CLI).
    """
    if db_path.is_dir():
        raise DatabaseCorrupt(_("{path} est un dossier : indiquez le fichier de la base "
                                "(par exemple {example}).").format(path=db_path, example=db_path / "reception.db"))
    if not db_path.exists():
        if may_create:
            return
        if db_path.parent.is_dir():
            raise DatabaseMissing(_("Base de données introuvable : {path}.").format(path=db_path))
        raise DatabaseMissing(_("Base de données introuvable : {path} (le dossier {folder} n'existe pas).").format(
            path=db_path, folder=db_path.parent))
    try:
        with db_path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise DatabaseCorrupt(_("Le fichier {path} est illisible ({reason}).").format(
            path=db_path, reason=exc.strerror)) from exc
    size = db_path.stat().st_size
    if size == 0:
        raise DatabaseCorrupt(_("Le fichier {path} est vide (0 octet) : ce n'est pas une base de données.").format(
            path=db_path))
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        raise DatabaseCorrupt(_("Le fichier {path} n'est pas une base de données lisible (en-tête endommagé).").format(
            path=db_path))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages, counter, valid_for = (int.from_bytes(header[i:i + 4], "big") for i in (28, 24, 92))
    wal = Path(f"{db_path}-wal")
    in_use = wal.exists() and wal.stat().st_size > 0  # a checkpoint writes page 1 before it grows the file
    if page_size < 512 or size % page_size or (not in_use and counter == valid_for and size < pages * page_size):
        raise DatabaseCorrupt(_("La base de données {path} est tronquée ({size} octets sur {expected} attendus)."
                                ).format(path=db_path, size=size, expected=pages * page_size))


Stage = Callable[[str], None]


def open_for_startup(db_path: Path, *, may_create: bool = False,
                     stage: Stage = lambda _name: None) -> tuple[Database, StartupReport]:
    """File checks, integrity, version check, backup before a migration, upgrade: every start does this.

    `stage` hears "check", "backup" and "upgrade" as they begin (the app shows them on the login window).
    Raises DatabaseCorrupt (the caller offers a restore), DatabaseMissing or DatabaseTooNew (refused), or
    MigrationFailed once the backup taken before a failed migration is back in place.
    """
    report = StartupReport()
    log.info("SQLite library %s, database %s", report.sqlite_version, db_path)
    stage("check")
    refuse_unusable_file(db_path, may_create=may_create)
    existed = db_path.exists()
    upgrade_due = not existed
    if upgrade_due:
        private_folder(db_path.parent)
    else:
        if not checked_recently(db_path):
            problems = Database(db_path).quick_check()
            if problems:
                raise DatabaseCorrupt(_("La base de données est endommagée ({problem}).").format(
                    problem=problems[0][:120]))
            record_sound(db_path)
            report.whole_file_checked = True
        upgrade_due = _needs_upgrade(db_path)
        if upgrade_due:
            stage("backup")
            report.backup = _backup_before_migration(db_path)
    if upgrade_due:
        stage("upgrade")
    db = Database(db_path)
    try:
        if upgrade_due:
            db.upgrade()
    except Exception as exc:
        db.dispose()
        if not existed:
            raise
        log.exception("migration of %s failed", db_path)
        raise _undo_failed_migration(db_path, report.backup) from exc
    from reception.core.restore_marker import start_provisional_if_copied_back  # it builds on Database

    report.copied_back = start_provisional_if_copied_back(db)
    return db, report


def _needs_upgrade(db_path: Path) -> bool:
    """Whether the file needs a migration; a file stamped with a revision this version does not know is refused.

    A file already at this version's heads (every start but the first after an update) is answered from
    its alembic_version table and the version files' text, without loading Alembic; otherwise Alembic decides.
    """
    try:
        if stored_revisions(db_path) == script_heads():
            return False
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(_("La base de données est illisible ({reason}).").format(reason=exc)) from exc
    db = Database(db_path)
    try:
        db.check_not_newer()
        return not db.is_at_head()
    except DBAPIError as exc:
        raise DatabaseCorrupt(_("La base de données est illisible ({reason}).").format(reason=exc.orig)) from exc
    finally:
        db.dispose()


def _undo_failed_migration(db_path: Path, backup: Path | None) -> MigrationFailed:
    """The backup taken just before the migration goes back in place (no new epoch: it is the same state);
    the half-migrated file is kept aside for the support."""
    if backup is None:
        return MigrationFailed(_("La mise à jour de la base a échoué et aucune sauvegarde n'avait pu être prise "
                                 "avant : la base est laissée telle quelle. Appelez le support informatique (le "
                                 "détail est dans le journal)."))
    _replace_with_copy(db_path, backup, f".failed-migration-{datetime.now(UTC):%Y%m%dT%H%M%S}")
    log.warning("database put back from %s after the failed migration", backup)
    return MigrationFailed(_("La mise à jour de la base a échoué ; la base a été remise telle qu'avant la mise à "
                             "jour (sauvegarde {backup}), rien n'est perdu. Cette version ne peut pas l'ouvrir : "
                             "réinstallez la version précédente et appelez le support informatique (le détail est "
                             "dans le journal).").format(backup=backup.name))


def _backup_before_migration(db_path: Path) -> Path | None:
    """Skipped or failed, the outcome is recorded and shown in Paramètres; the upgrade itself is atomic."""
    try:
        return take_backup(db_path, reason="migration")
    except BackupFailed:
        return None
