"""The central PostgreSQL database: its schema, its set-up, the desks' roles and row-level security.

The central schema is the desks' own Syncable tables (copied from Base.metadata, so a table joins the
sync by declaring itself Syncable) plus a `central_txid` column stamped by a trigger with the writing
transaction's id, and the bookkeeping tables of the protocol (events, batches, conflicts, desk roles).
Copies keep only their primary key: uniqueness and foreign keys are the desks' business, and the central
database must accept batches in any order.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
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
from sqlalchemy.orm import Session, sessionmaker

from reception.core.database import alembic_config
from reception.core.models import Desk, Site
from reception.core.models.base import NAMING_CONVENTION, syncable_tables
from reception.core.paths import central_migrations_dir, migrations_dir

TXID = "central_txid"
CURRENT_TXID = "pg_current_xact_id()::text::bigint"
"""The writing transaction's id; a bulk writer may set it itself, which spares the trigger's call."""
DESK_SCHEMA_KEY = "desk_schema"

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
BOOKKEEPING = (sync_events, sync_batches, sync_conflicts)
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
            Index(f"ix_{source.name}_site_txid", "site_code", TXID, "id"),
        )
    return tables


def normalise_url(url: str) -> str:
    """postgresql://... means psycopg 3 here."""
    parsed = make_url(url)
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

    def __init__(self, url: str) -> None:
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
    """Idempotent: creates missing tables and columns, the txid triggers, RLS policies and desk grants."""
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
    conn.execute(text(_FUNCTIONS))
    for table in replicated().values():
        conn.execute(text(f'CREATE OR REPLACE TRIGGER trg_{table.name}_txid BEFORE INSERT OR UPDATE ON '
                          f'"{table.name}" FOR EACH ROW WHEN (NEW.{TXID} IS DISTINCT FROM {CURRENT_TXID}) '
                          f'EXECUTE FUNCTION sync_stamp_txid()'))
    for table in [*replicated().values(), *BOOKKEEPING]:
        _protect(conn, table.name)
    for role in conn.execute(select(sync_desk_roles.c.role_name)).scalars():
        _grant(conn, role)


_FUNCTIONS = """
CREATE OR REPLACE FUNCTION sync_stamp_txid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.central_txid := pg_current_xact_id()::text::bigint; RETURN NEW; END $$;
CREATE OR REPLACE FUNCTION sync_desk_site() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT site_code FROM sync_desk_roles WHERE role_name = current_user $$;
CREATE OR REPLACE FUNCTION sync_desk_code() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT desk_code FROM sync_desk_roles WHERE role_name = current_user $$;
"""


def _protect(conn: Connection, table: str) -> None:
    """A desk role sees and writes only its site's rows; the owner (head office, init) is not bound."""
    conn.execute(text(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY'))
    conn.execute(text(f'DROP POLICY IF EXISTS desk_site ON "{table}"'))
    conn.execute(text(f'CREATE POLICY desk_site ON "{table}" USING (site_code = (SELECT sync_desk_site())) '
                      f'WITH CHECK (site_code = (SELECT sync_desk_site()))'))


def _grant(conn: Connection, role: str) -> None:
    writable = ", ".join(f'"{name}"' for name in [*replicated(), *(t.name for t in BOOKKEEPING)])
    conn.execute(text(f'GRANT USAGE ON SCHEMA public TO "{role}"'))
    conn.execute(text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON {writable} TO "{role}"'))
    conn.execute(text(f'GRANT SELECT ON sync_desk_roles, sync_schema, alembic_version TO "{role}"'))


# --- desks -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeskCredentials:
    role: str
    password: str
    url: str


def role_name(site_code: str, desk_code: str) -> str:
    return "desk_" + re.sub(r"[^a-z0-9]+", "_", f"{site_code}_{desk_code}".lower()).strip("_")


def add_desk(url: str, site_code: str, desk_code: str, desk_name: str = "") -> DeskCredentials:
    """Provisions a desk: its LOGIN role (password shown once), its site mapping and its Desk row."""
    role = role_name(site_code, desk_code)
    password = secrets.token_urlsafe(18)  # letters, digits, - and _: safe inside a quoted literal
    engine = central_engine(url)
    try:
        with engine.begin() as conn:
            exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
            verb = "ALTER" if exists else "CREATE"
            conn.execute(text(f"{verb} ROLE \"{role}\" LOGIN PASSWORD '{password}'"))
            conn.execute(pg_insert(sync_desk_roles).values(role_name=role, site_code=site_code,
                                                           desk_code=desk_code).on_conflict_do_nothing())
            _grant(conn, role)
            sites = replicated()[Site.__tablename__]
            site_id = conn.execute(select(sites.c.id).where(sites.c.code == site_code)).scalar()
            if site_id is not None:  # else the site's first desk brings its Site and Desk rows itself
                _ensure_desk_row(conn, site_id, site_code, desk_code, desk_name or desk_code)
    finally:
        engine.dispose()
    desk_url = make_url(normalise_url(url)).set(username=role, password=password)
    return DeskCredentials(role, password, desk_url.render_as_string(hide_password=False))


def _ensure_desk_row(conn: Connection, site_id: str, site_code: str, desk_code: str, name: str) -> None:
    from datetime import UTC, datetime

    from reception.core.models.base import new_uuid

    desks = replicated()[Desk.__tablename__]
    if conn.execute(select(desks.c.id).where(desks.c.code == desk_code)).first():
        return
    now = datetime.now(UTC)
    conn.execute(desks.insert().values(id=new_uuid(), code=desk_code, name=name, site_id=site_id, active=True,
                                       site_code=site_code, origin_desk="", created_at=now, updated_at=now,
                                       row_version=1))


def accepted_desk_schema(conn: Connection) -> str | None:
    return conn.execute(select(sync_schema.c.value).where(sync_schema.c.key == DESK_SCHEMA_KEY)).scalar()

