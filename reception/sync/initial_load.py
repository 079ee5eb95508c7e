"""The first push of a desk with years of history that never went through the outbox (demo, old system).

Streams each Syncable table of this site from SQLite into a temporary staging table with PostgreSQL COPY,
then INSERT ... ON CONFLICT (id) DO NOTHING into the replicated table: rows central already has are kept
as they are, so running it twice, or after a normal sync, changes nothing.

It runs inside the sync (engine.py: under the desk's lock, after the schema and identity checks, with the
same exit codes), in chunks of CHUNK_ROWS rows in id order, each committed at central and then recorded
locally as a cursor `load:<table>`: a load cut by the network or a restart resumes at the next chunk.
A desk that holds rows of its own without outbox events runs it on its own (`history_gap`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from typing import Any, cast

import psycopg
from sqlalchemy import Engine, delete, func, select, update

from reception.core.database import Database
from reception.core.i18n import _
from reception.core.models import LocalIdentity, OutboxEvent, SyncCursor
from reception.core.models.base import syncable_tables, table_of
from reception.sync.central import CENTRAL_EPOCH, CENTRAL_ONLY, CURRENT_TXID, TXID, replicated
from reception.sync.local import load_cursor, save_cursor

STREAM_ROWS = 5000
CHUNK_ROWS = 50_000
DONE = "\uffff"  # a cursor past every id: the table is loaded
CURSOR_PREFIX = "load:"

Progress = Callable[[str], None]


def history_gap(db: Database) -> bool:
    """Rows of this desk that no outbox insert ever announced (bulk-written history), not yet loaded."""
    identity = db.identity()
    if identity is None or identity.history_loaded:
        return False
    with db.read() as session:
        inserts: dict[str, int] = {entity: count for entity, count in session.execute(
            select(OutboxEvent.entity, func.count()).where(OutboxEvent.op == "insert").group_by(OutboxEvent.entity))}
        for table in syncable_tables():
            own = session.scalar(select(func.count()).select_from(table)
                                 .where(table.c.origin_desk == identity.desk_code)) or 0
            if own > inserts.get(table.name, 0):
                return True
    mark_history_loaded(db)  # every row went through the outbox: nothing to load, ever
    return False


def mark_history_loaded(db: Database) -> None:
    with db.write() as session:
        session.execute(update(table_of(LocalIdentity)).values(history_loaded=True))


def restart(db: Database) -> None:
    """An explicit `--initial-load`: every table again from its first row."""
    with db.write() as session:
        session.execute(delete(SyncCursor).where(SyncCursor.entity.like(f"{CURSOR_PREFIX}%")))


def initial_load(db: Database, central: Engine, progress: Progress | None = None) -> int:
    """Loads what is left to load; returns the rows streamed. Network errors propagate (engine: exit 14)."""
    identity = db.identity()
    if identity is None:
        return 0
    loaded = 0
    with closing(sqlite3.connect(db.path)) as source, central.connect() as conn:
        pg = cast(psycopg.Connection[Any], conn.connection.driver_connection)
        for name, table in replicated().items():
            columns = [c.name for c in table.columns if c.name not in CENTRAL_ONLY]
            while (after := load_cursor(db, CURSOR_PREFIX + name)[1]) != DONE:
                if progress:
                    progress(_("Historique : {table} ({count} lignes)…").format(table=name, count=loaded))
                count, last = _load_chunk(source, pg, name, columns, identity.site_code, identity.epoch, after)
                pg.commit()
                with db.write() as session:
                    save_cursor(session, CURSOR_PREFIX + name, (0, last if count == CHUNK_ROWS else DONE))
                loaded += count
    mark_history_loaded(db)
    return loaded


def copy_rows(source: sqlite3.Connection, pg: psycopg.Connection[Any], table: str, target: str, columns: list[str],
              site_code: str, after: str = "", limit: int = -1) -> int:
    """COPY the site's rows of a local table (ids after `after`, in id order) into `target`."""
    names = ", ".join(f'"{c}"' for c in columns)
    rows = source.execute(f'SELECT {names} FROM "{table}" WHERE site_code = ? AND id > ? ORDER BY id LIMIT ?',
                          (site_code, after, limit))
    count = 0
    with pg.cursor() as cursor, cursor.copy(f'COPY "{target}" ({names}) FROM STDIN') as copy:
        while chunk := rows.fetchmany(STREAM_ROWS):
            for row in chunk:
                copy.write_row(row)
            count += len(chunk)
    return count


def _load_chunk(source: sqlite3.Connection, pg: psycopg.Connection[Any], name: str, columns: list[str],
                site_code: str, epoch: str, after: str) -> tuple[int, str]:
    """One chunk through a staging table; returns (rows, last id)."""
    names = ", ".join(f'"{c}"' for c in columns)
    with pg.cursor() as cursor:
        cursor.execute(f'CREATE TEMP TABLE "stage_{name}" (LIKE "{name}" INCLUDING DEFAULTS) ON COMMIT DROP')
    count = copy_rows(source, pg, name, f"stage_{name}", columns, site_code, after, CHUNK_ROWS)
    last = source.execute(f'SELECT max(id) FROM (SELECT id FROM "{name}" WHERE site_code = ? AND id > ? '
                          f'ORDER BY id LIMIT ?)', (site_code, after, CHUNK_ROWS)).fetchone()[0]
    with pg.cursor() as cursor:
        cursor.execute(f'INSERT INTO "{name}" ({names}, {TXID}, {CENTRAL_EPOCH}) SELECT {names}, {CURRENT_TXID}, '
                       f'%s FROM "stage_{name}" ON CONFLICT (id) DO NOTHING', (epoch,))
    return count, last or after
