"""The first push of a desk with years of history that never went through the outbox (demo, old system).

Streams each Syncable table of this site from SQLite into a temporary staging table with PostgreSQL COPY,
then INSERT ... ON CONFLICT (id) DO NOTHING into the replicated table: rows central already has are kept
as they are, so running it twice, or after a normal sync, changes nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from typing import Any, cast

import psycopg

from reception.core.database import Database
from reception.sync.central import CENTRAL_EPOCH, CENTRAL_ONLY, CURRENT_TXID, TXID, central_engine, replicated

STREAM_ROWS = 5000


def initial_load(db: Database, central_url: str, progress: Callable[[str], None] | None = None) -> int:
    identity = db.identity()
    if identity is None:
        return 0
    loaded = 0
    engine = central_engine(central_url)
    try:
        with closing(sqlite3.connect(db.path)) as source, engine.connect() as conn:
            pg = cast(psycopg.Connection[Any], conn.connection.driver_connection)
            for name, table in replicated().items():
                if progress:
                    progress(f"Historique : {name}…")
                columns = [c.name for c in table.columns if c.name not in CENTRAL_ONLY]
                loaded += _load_table(source, pg, name, columns, identity.site_code, identity.epoch)
                pg.commit()
    finally:
        engine.dispose()
    return loaded


def copy_rows(source: sqlite3.Connection, pg: psycopg.Connection[Any], table: str, target: str, columns: list[str],
              site_code: str) -> int:
    """COPY the site's rows of a local table into `target` (the benchmark's baseline is this alone)."""
    names = ", ".join(f'"{c}"' for c in columns)
    rows = source.execute(f'SELECT {names} FROM "{table}" WHERE site_code = ?', (site_code,))
    count = 0
    with pg.cursor() as cursor, cursor.copy(f'COPY "{target}" ({names}) FROM STDIN') as copy:
        while chunk := rows.fetchmany(STREAM_ROWS):
            for row in chunk:
                copy.write_row(row)
            count += len(chunk)
    return count


def _load_table(source: sqlite3.Connection, pg: psycopg.Connection[Any], name: str, columns: list[str],
                site_code: str, epoch: str) -> int:
    names = ", ".join(f'"{c}"' for c in columns)
    with pg.cursor() as cursor:
        cursor.execute(f'CREATE TEMP TABLE "stage_{name}" (LIKE "{name}" INCLUDING DEFAULTS) ON COMMIT DROP')
    count = copy_rows(source, pg, name, f"stage_{name}", columns, site_code)
    with pg.cursor() as cursor:
        cursor.execute(f'INSERT INTO "{name}" ({names}, {TXID}, {CENTRAL_EPOCH}) SELECT {names}, {CURRENT_TXID}, '
                       f'%s FROM "stage_{name}" ON CONFLICT (id) DO NOTHING', (epoch,))
    return count
