"""The central PostgreSQL database: its schema, its set-up, the desks' roles and row-level security.

The central schema is the desks' own Syncable tables (copied from Base.metadata, so a table joins the
sync by declaring itself Syncable) plus a `central_txid` column stamped by a trigger with the writing
transaction's id, and the bookkeeping tables of the protocol (events, batches, conflicts, desk roles).
Copies keep only their primary key: uniqueness and foreign keys are the desks' business, and the central
database must accept batches in any order.

Security (see docs/security.md): the row-level-security helpers and trigger functions are created by
the migrations, schema-qualified with a pinned search_path; each desk role gets exactly the privileges the
protocol needs (`desk_grants()`); role names carry the database's id, so two central databases of one server
never share (or reset) a desk's role.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from reception.core.database import alembic_config
from reception.core.errors import Conflict, DomainError
from reception.core.i18n import _
from reception.core.models import Desk, Site
from reception.core.models.base import NAMING_CONVENTION, syncable_tables
from reception.core.paths import central_migrations_dir, migrations_dir

TXID = "central_txid"
CURRENT_TXID = "pg_current_xact_id()::text::bigint"
"""The writing transaction's id; a bulk writer may set it itself, which spares the trigger's call."""
DESK_SCHEMA_KEY = "desk_schema"
DATABASE_ID_KEY = "database_id"
MIN_DESK_VERSION_KEY = "min_desk_version"
"""The lowest console version central accepts pushes from (`central require-version`, trigger of c005)."""
DEFAULT_CODE_HOURS = 72
SCHEMA = "public"
APPEND_ONLY = frozenset({"audit_events"})
"""Replicated tables a desk may only add to: no UPDATE, no DELETE (a trigger refuses them to everyone)."""
CENTRAL_EPOCH = "central_epoch"
"""The desk history (epoch) that last wrote a replicated row: tells a late event from a concurrent edit."""
CENTRAL_ONLY = (TXID, CENTRAL_EPOCH)
"""Columns of the central copies that the desks' tables do not have."""

metadata = MetaData(naming_convention=NAMING_CONVENTION)

sync_events = Table(
    "sync_events", metadata,
    Column("event_id", String(36), primary_key=True),
    Column("desk", String(16), nullable=False),
    Column("site_code", String(16), nullable=False),
    Column("epoch", String(36), nullable=False),
    Column("entity", String(60), nullable=False),
    Column("op", String(10), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("payload_hash", String(64), nullable=False),
    Column("schema_rev", String(200), nullable=False),
    Column("batch_id", String(64), nullable=False),
    Column("status", String(12), nullable=False),
    Column("applied_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
    Column("txid", BigInteger, server_default=text(f"({CURRENT_TXID})"), nullable=True),
    Index("ix_sync_events_desk_epoch", "desk", "epoch"),
)
sync_batches = Table(
    "sync_batches", metadata,
    Column("batch_id", String(64), primary_key=True),
    Column("desk", String(16), nullable=False),
    Column("site_code", String(16), nullable=False),
    Column("epoch", String(36), nullable=False),
    Column("events", Integer, nullable=False),
    Column("applied", Integer, nullable=False),
    Column("duplicates", Integer, nullable=False),
    Column("refused", Integer, nullable=False),
    Column("received_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
    Column("app_version", String(40), nullable=True),
)
sync_conflicts = Table(
    "sync_conflicts", metadata,
    Column("key", String(120), primary_key=True),
    Column("event_id", String(36), nullable=False, index=True),
    Column("desk", String(16), nullable=False),
    Column("site_code", String(16), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("entity", String(60), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("detail", Text, nullable=False),
    Column("payload", Text, nullable=False),
    Column("detected_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
    Column("resolved_at", DateTime(timezone=True), nullable=True),
    Column("other_row_id", String(36), server_default="", nullable=False),
    Column("resolved_by", String(60), server_default="", nullable=False),
    Column("resolution", Text, server_default="", nullable=False),
    Index("ix_sync_conflicts_site_open", "site_code", "resolved_at"),
)
sync_desk_roles = Table(
    "sync_desk_roles", metadata,
    Column("role_name", String(63), primary_key=True),
    Column("site_code", String(16), nullable=False),
    Column("desk_code", String(16), nullable=False),
    Column("created_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
)
sync_schema = Table(
    "sync_schema", metadata,
    Column("key", String(40), primary_key=True),
    Column("value", String(400), nullable=False),
)
sync_desk_state = Table(
    "sync_desk_state", metadata,
    Column("desk", String(16), primary_key=True),
    Column("site_code", String(16), nullable=False),
    Column("last_event_id", String(36), nullable=False),
    Column("epoch", String(36), nullable=False),
    Column("updated_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
)
"""Per desk, the last event central committed from it: a desk that no longer knows it was restored."""
sync_enrolments = Table(
    "sync_enrolments", metadata,
    Column("login_role", String(63), primary_key=True),
    Column("desk_role", String(63), nullable=False),
    Column("site_code", String(16), nullable=False),
    Column("desk_code", String(16), nullable=False),
    Column("sealed", Text, nullable=True),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("used_at", DateTime(timezone=True), nullable=True),
    Column("created_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
)
"""One-time enrolment codes (c005): the desk password sealed with the code's key, erased once used or expired."""
BOOKKEEPING = (sync_events, sync_batches, sync_conflicts, sync_desk_state)
"""Protocol tables a desk writes, each with a site_code column guarded by RLS."""


@cache
def replicated() -> dict[str, Table]:
    """The central copy of every Syncable table, by name, in dependency order."""
    tables: dict[str, Table] = {}
    for source in syncable_tables():
        columns = [Column(c.name, c.type, primary_key=c.primary_key, nullable=c.nullable or c.primary_key)
                   for c in source.columns]
        tables[source.name] = Table(
            source.name, metadata, *columns,
            Column(TXID, BigInteger, nullable=True),
            Column(CENTRAL_EPOCH, String(36), nullable=True),
            Index(f"ix_{source.name}_site_txid", "site_code", TXID, "id"),
        )
    return tables


class CentralUrlError(DomainError):
    """The central URL cannot be used: not a URL at all, or not a PostgreSQL one."""


def normalise_url(url: str) -> str:
    """postgresql://... means psycopg 3 here; anything else is refused in French (never echoing a password)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise CentralUrlError(_("URL de la base centrale illisible (attendu : "
                                "postgresql://utilisateur:motdepasse@serveur:5432/base).")) from None
    if parsed.drivername.split("+")[0] not in ("postgresql", "postgres"):
        raise CentralUrlError(_("Base centrale « {driver} » non prise en charge : la base centrale est "
                                "PostgreSQL (postgresql://utilisateur:motdepasse@serveur:5432/base).").format(
                                    driver=parsed.drivername))
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def is_central_url(url: str | None) -> bool:
    return bool(url) and str(url).startswith(("postgresql", "postgres"))


def central_engine(url: str) -> Engine:
    """No pool: each sync run opens and closes its connection (a cut connection is never reused)."""
    from sqlalchemy.pool import NullPool

    return create_engine(normalise_url(url), poolclass=NullPool, connect_args={"connect_timeout": 10})


class CentralDatabase:
    """A Database-like view of the central database, so services and reports can run at head office.

    No SQLite pragmas, no desk migrations, no identity: the central schema is set up by `central init`.
    """

    head_office = True

    def __init__(self, url: str) -> None:
        import reception.sync.head_office_digest  # noqa: F401  # the digest's sync section from central's records

        self.url = normalise_url(url)
        self.engine = create_engine(self.url, pool_pre_ping=True)
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._factory() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._factory() as session, session.begin():
            yield session

    def identity(self) -> None:
        """Head office is no desk."""
        return None

    def dispose(self) -> None:
        self.engine.dispose()


# --- set-up ----------------------------------------------------------------------------------------


def central_alembic_config(url: str) -> Config:
    return alembic_config(normalise_url(url), central_migrations_dir())


def desk_schema_heads() -> str:
    """The desk schema this code writes: the heads of the desk migrations, sorted and joined."""
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return ",".join(sorted(ScriptDirectory.from_config(config).get_heads()))


def init_central(url: str) -> None:
    """Creates or upgrades the central database; re-running it brings in tables declared since."""
    engine = central_engine(url)
    try:
        with engine.begin() as conn:
            config = central_alembic_config(url)
            config.attributes["connection"] = conn
            command.upgrade(config, "heads")
            replicate(conn)
            conn.execute(pg_insert(sync_schema).values(key=DESK_SCHEMA_KEY, value=desk_schema_heads())
                         .on_conflict_do_update(index_elements=["key"], set_={"value": desk_schema_heads()}))
    finally:
        engine.dispose()


def replicate(conn: Connection) -> None:
    """Idempotent: creates missing tables and columns, the txid triggers, RLS policies and desk grants.

    The functions the triggers and policies call belong to the migrations (c001, hardened by c002).
    """
    existing = set(inspect(conn).get_table_names())
    for table in replicated().values():
        if table.name not in existing:
            table.create(conn)
            continue
        present = {c["name"] for c in inspect(conn).get_columns(table.name)}
        for column in table.columns:
            if column.name not in present:
                kind = column.type.compile(dialect=conn.dialect)
                conn.execute(text(f'ALTER TABLE "{table.name}" ADD COLUMN "{column.name}" {kind}'))
    for table in replicated().values():
        conn.execute(text(f'CREATE OR REPLACE TRIGGER trg_{table.name}_txid BEFORE INSERT OR UPDATE ON '
                          f'{SCHEMA}."{table.name}" FOR EACH ROW WHEN (NEW.{TXID} IS DISTINCT FROM {CURRENT_TXID}) '
                          f'EXECUTE FUNCTION {SCHEMA}.sync_stamp_txid()'))
    for table in [*replicated().values(), *bookkeeping_present(conn)]:
        _protect(conn, table.name)
    for role in conn.execute(select(sync_desk_roles.c.role_name)).scalars():
        _grant(conn, role)


def bookkeeping_present(conn: Connection) -> list[Table]:
    """The bookkeeping tables the schema has so far (an early migration replicates before later ones ran)."""
    existing = set(inspect(conn).get_table_names())
    return [t for t in BOOKKEEPING if t.name in existing]


def _protect(conn: Connection, table: str) -> None:
    """A desk role sees and writes only its site's rows; the owner (head office, init) is not bound."""
    site = f"(SELECT {SCHEMA}.sync_desk_site())"
    conn.execute(text(f'ALTER TABLE {SCHEMA}."{table}" ENABLE ROW LEVEL SECURITY'))
    conn.execute(text(f'DROP POLICY IF EXISTS desk_site ON {SCHEMA}."{table}"'))
    conn.execute(text(f'CREATE POLICY desk_site ON {SCHEMA}."{table}" USING (site_code = {site}) '
                      f'WITH CHECK (site_code = {site})'))


def desk_grants(conn: Connection) -> dict[str, str]:
    """Privileges of a desk role by table: what the sync protocol uses, nothing more.

    Desk-owned and reference rows are upserted and may be deleted by a pushed "delete" event; the audit
    trail is append-only; of the bookkeeping, only an event's status, a conflict's payload (scrubbed by an
    erasure) and settlement, and the desk's own acknowledged state are ever updated; the role map and the
    schema stamps are read-only (the role map shows each desk its own line only). Computed from the schema as
    it stands, since an early migration grants before later ones add tables and columns.
    """
    grants = {name: "SELECT, INSERT, UPDATE, DELETE" for name in replicated() if name not in APPEND_ONLY}
    grants |= {name: "SELECT, INSERT" for name in APPEND_ONLY}
    conflict_columns = {c["name"] for c in inspect(conn).get_columns(sync_conflicts.name)}
    settled = ", ".join(c for c in ("payload", "resolved_at", "resolved_by", "resolution") if c in conflict_columns)
    grants |= {sync_events.name: "SELECT, INSERT, UPDATE (status)", sync_batches.name: "SELECT, INSERT",
               sync_conflicts.name: f"SELECT, INSERT, UPDATE ({settled})"}
    if sync_desk_state in bookkeeping_present(conn):
        grants[sync_desk_state.name] = "SELECT, INSERT, UPDATE"
    grants |= {name: "SELECT" for name in (sync_desk_roles.name, sync_schema.name, "alembic_version")}
    return grants


def _grant(conn: Connection, role: str) -> None:
    """Exactly `desk_grants()`: whatever a role held before (older, wider grants) is revoked first."""
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    conn.execute(text(f'REVOKE ALL ON ALL TABLES IN SCHEMA {SCHEMA} FROM "{role}"'))
    conn.execute(text(f'GRANT CONNECT, TEMPORARY ON DATABASE "{database}" TO "{role}"'))
    conn.execute(text(f'GRANT USAGE ON SCHEMA {SCHEMA} TO "{role}"'))
    for table, privileges in desk_grants(conn).items():
        conn.execute(text(f'GRANT {privileges} ON {SCHEMA}."{table}" TO "{role}"'))


# --- desks -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeskCredentials:
    """A desk's login as `add_desk` made it, and the one-time code that hands it to the desk (enrolment.py)."""

    role: str
    password: str
    url: str
    code: str
    expires_at: datetime


def desk_role_name(database_id: str, site_code: str, desk_code: str) -> str:
    """Roles are cluster-wide: the database's id in the name keeps each central database's desks apart."""
    return "desk_" + re.sub(r"[^a-z0-9]+", "_", f"{database_id}_{site_code}_{desk_code}".lower()).strip("_")[:58]


def database_id(conn: Connection) -> str:
    found = conn.execute(select(sync_schema.c.value).where(sync_schema.c.key == DATABASE_ID_KEY)).scalar()
    if found is None:
        raise Conflict(_("Base centrale à mettre à jour : lancez d'abord « reception central init »."))
    return str(found)


def add_desk(url: str, site_code: str, desk_code: str, desk_name: str = "",
             valid_hours: int = DEFAULT_CODE_HOURS) -> DeskCredentials:
    """Provisions a desk: its LOGIN role, its site mapping, its Desk row and a one-time enrolment code.

    The password is handed to the desk through the code only (sealed at central, sync/enrolment.py).
    Again for a desk of this database, it gives the role a new password (and a new code, the older ones
    withdrawn); a role of the same name that this database did not create (another central database on the
    server, or anything else) is left untouched.
    """
    from reception.sync.enrolment import issue_code  # it builds on this module

    password = secrets.token_urlsafe(18)  # letters, digits, - and _: safe inside a quoted literal
    engine = central_engine(url)
    try:
        with engine.begin() as conn:
            role = _desk_role(conn, site_code, desk_code)
            ours = conn.execute(select(sync_desk_roles.c.role_name)
                                .where(sync_desk_roles.c.role_name == role)).first() is not None
            exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
            if exists and not ours:
                raise Conflict(_("Le rôle PostgreSQL {role} existe déjà sur ce serveur mais n'est pas un poste de "
                                 "cette base centrale (autre base ?) : rien n'a été modifié.").format(role=role))
            verb = "ALTER" if exists else "CREATE"
            conn.execute(text(f"{verb} ROLE \"{role}\" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS "
                              f"PASSWORD '{password}'"))
            database = conn.execute(text("SELECT current_database()")).scalar_one()
            comment = f"Poste {desk_code} du site {site_code}, base centrale {database}".replace("'", "''")
            conn.execute(text(f"COMMENT ON ROLE \"{role}\" IS '{comment}'"))
            conn.execute(pg_insert(sync_desk_roles).values(role_name=role, site_code=site_code,
                                                           desk_code=desk_code).on_conflict_do_nothing())
            _grant(conn, role)
            sites = replicated()[Site.__tablename__]
            site_id = conn.execute(select(sites.c.id).where(sites.c.code == site_code)).scalar()
            if site_id is not None:  # else the site's first desk brings its Site and Desk rows itself
                _ensure_desk_row(conn, site_id, site_code, desk_code, desk_name or desk_code)
            code, expires_at = issue_code(conn, role, site_code, desk_code, password, valid_hours)
    finally:
        engine.dispose()
    desk_url = make_url(normalise_url(url)).set(username=role, password=password)
    return DeskCredentials(role, password, desk_url.render_as_string(hide_password=False), code, expires_at)


def _desk_role(conn: Connection, site_code: str, desk_code: str) -> str:
    """The desk's role in this database: the one it already has (older names kept), else a new name."""
    existing = conn.execute(select(sync_desk_roles.c.role_name).where(
        sync_desk_roles.c.site_code == site_code, sync_desk_roles.c.desk_code == desk_code)).scalar()
    return existing or desk_role_name(database_id(conn), site_code, desk_code)


def _ensure_desk_row(conn: Connection, site_id: str, site_code: str, desk_code: str, name: str) -> None:
    from reception.core.models.base import new_uuid

    desks = replicated()[Desk.__tablename__]
    if conn.execute(select(desks.c.id).where(desks.c.code == desk_code)).first():
        return
    now = datetime.now(UTC)
    conn.execute(desks.insert().values(id=new_uuid(), code=desk_code, name=name, site_id=site_id, active=True,
                                       site_code=site_code, origin_desk="", created_at=now, updated_at=now,
                                       row_version=1))


@dataclass(frozen=True)
class RoleDesk:
    """The site and desk central binds to the connected role (None for head office's own role)."""

    site_code: str
    desk_code: str


def role_desk(conn: Connection) -> RoleDesk | None:
    row = conn.execute(select(sync_desk_roles.c.site_code, sync_desk_roles.c.desk_code)
                       .where(sync_desk_roles.c.role_name == func.current_user())).first()
    return RoleDesk(row.site_code, row.desk_code) if row else None


def accepted_desk_schema(conn: Connection) -> str | None:
    return conn.execute(select(sync_schema.c.value).where(sync_schema.c.key == DESK_SCHEMA_KEY)).scalar()
