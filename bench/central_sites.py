"""A central database of six sites × three desks, built from one desk's demo history with set-based SQL.

The demo generator writes one site (Technopark Casablanca, one desk). Its rows are COPYed once into staging
tables, then copied six times with INSERT ... SELECT: every id column remapped (md5 of the site code and the
old id, so each site's ids are distinct and its references still meet), the site code replaced, and each
desk-owned row given to one of the site's three desks by the day it was written (so a sale, its lines, its
vouchers and its drawer session share a desk; receipt and badge numbers take the desk's short code, A1 to
A3, and stay unique per desk). Casablanca keeps the template's own ids. Nothing goes through the ORM row by row.

What the copy does not reproduce: the audit hash chains (each desk's chain has the other desks' links
removed), the per-site voucher signing keys (codes and signatures are the template's), and the sync
bookkeeping of ten years (sync_events holds no history: the demo history never went through an outbox).

The database is cached: its name carries a hash of this generator, both migration folders and the template
file, and a row in sync_schema marks a finished build.
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import String, Table
from sqlalchemy.engine import make_url

from reception.core.models.base import sync_owner_of
from reception.sync.central import CENTRAL_ONLY, CURRENT_TXID, TXID, init_central, replicated
from reception.sync.initial_load import STREAM_ROWS

SITES: tuple[tuple[str, str, str], ...] = (
    ("CAS", "Technopark Casablanca", "Casablanca"),
    ("RAB", "Technopark Rabat", "Rabat"),
    ("MAR", "Technopark Marrakech", "Marrakech"),
    ("FES", "Technopark Fès", "Fès"),
    ("OUJ", "Technopark Oujda", "Oujda"),
    ("MEK", "Technopark Meknès", "Meknès"),
)
DESKS_PER_SITE = 3
TEMPLATE_SITE = "CAS"
READY_KEY = "sites6_ready"
CACHE_PREFIX = "reception_sites6_"
WORKERS = 3
"""Connections the build's copies, VACUUMs and index builds use at once (the bench server has two cores)."""
DESK_COLUMNS = ("origin_desk", "desk_code", "redeemed_desk")
NUMBER_COLUMNS = ("receipt_number", "badge_number")
_ROOT = Path(__file__).resolve().parent.parent


def desk_codes(site: str) -> list[str]:
    return [f"{site}-A{n}" for n in range(1, DESKS_PER_SITE + 1)]


@dataclass(frozen=True)
class CentralSites:
    """The built (or cached) database: its URL, whether this call built it, and how long the build took."""

    url: str
    built: bool
    seconds: float


def libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def cache_key(template: Path) -> str:
    """Generator, desk and central migrations, and the template file (size and time: it is never edited)."""
    digest = hashlib.sha256()
    sources = [Path(__file__), *sorted((_ROOT / "db" / "versions").glob("*.py")),
               *sorted((_ROOT / "db" / "central" / "versions").glob("*.py"))]
    for source in sources:
        digest.update(source.name.encode() + source.read_bytes())
    stat = template.stat()
    digest.update(f"{template.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:12]


def ensure_central_sites(admin_url: str, template: Path, name: str | None = None) -> CentralSites:
    """The six-site database for `template`, built unless a finished one is cached on this server; building
    the cache anew drops the builds of older generators or templates (gigabytes each)."""
    stale = name is None
    name = name or f"{CACHE_PREFIX}{cache_key(template)}"
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(libpq(admin_url), autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
    if exists and _ready(url):
        return CentralSites(url, False, 0.0)
    started = time.perf_counter()
    with psycopg.connect(libpq(admin_url), autocommit=True) as admin:
        older = [r[0] for r in admin.execute("SELECT datname FROM pg_database WHERE datname LIKE %s",
                                             (CACHE_PREFIX + "%",))] if stale else []
        for database in {*older, name}:  # older builds, and this one if unfinished
            admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    init_central(url)
    load_sites(url, template)
    return CentralSites(url, True, time.perf_counter() - started)


def _ready(url: str) -> bool:
    with psycopg.connect(libpq(url)) as conn:
        found = conn.execute("SELECT 1 FROM sync_schema WHERE key = %s", (READY_KEY,)).fetchone()
    return found is not None


def load_sites(url: str, template: Path) -> None:
    """Stages the template's rows, copies them once per site into tables stripped of their indexes, adds the
    desks, vacuums and analyses (the visibility map the reports' index-only scans need), then builds the
    indexes back and marks the build done.

    At ten years (25 million rows) the order is what keeps it within its budget: every row inserted into an
    indexed table updates its random-uuid primary key and five or six other b-trees page by page, while an
    index built afterwards is one sort; VACUUM before the indexes has only the heap to read. The site copies,
    the per-table VACUUMs and the index builds each run on WORKERS connections at once (one statement uses one
    core), without the txid trigger (each row is stamped in the statement) and without autovacuum racing them.
    """
    timings: dict[str, float] = {}
    with _phase(timings, "stage"), closing(_read_only(template)) as source, psycopg.connect(libpq(url)) as pg:
        for table in replicated().values():
            pg.execute(f'CREATE UNLOGGED TABLE "stage_{table.name}" (LIKE "{table.name}" INCLUDING DEFAULTS)')
            _stage(source, pg, table)
        pg.commit()
    with psycopg.connect(libpq(url), autocommit=True) as pg:
        rebuild = _drop_indexes(pg)
        _autovacuum(pg, False)
        with _phase(timings, "copies"):
            _in_parallel(url, [_site_copier(index, site) for index, site in enumerate(SITES)])
        for table in replicated().values():
            pg.execute(f'DROP TABLE "stage_{table.name}"')
        with _phase(timings, "vacuum"):
            _in_parallel(url, [f'VACUUM (ANALYZE) "{name}"' for name in _largest_first(pg)])
        with _phase(timings, "indexes"):
            _in_parallel(url, rebuild)
        _autovacuum(pg, True)
        pg.execute("INSERT INTO sync_schema (key, value) VALUES (%s, %s)", (READY_KEY, f"{len(SITES)} sites"))
    print("central_sites:", ", ".join(f"{k} {v:.0f} s" for k, v in timings.items()), file=sys.stderr)


Job = str | Callable[[psycopg.Connection[Any]], None]


def _in_parallel(url: str, jobs: Sequence[Job]) -> None:
    """Each job (a statement, or a function of a connection) on its own connection, WORKERS at a time, in order."""
    def run(job: Job) -> None:
        with psycopg.connect(libpq(url), autocommit=True) as conn:
            conn.execute("SET session_replication_role = replica")  # no txid trigger: the copies stamp it
            if isinstance(job, str):
                conn.execute(job)
            else:
                job(conn)

    with ThreadPoolExecutor(WORKERS) as pool:
        for done in [pool.submit(run, job) for job in jobs]:
            done.result()


def _site_copier(index: int, site: tuple[str, str, str]) -> Callable[[psycopg.Connection[Any]], None]:
    code, name, city = site

    def copy(conn: psycopg.Connection[Any]) -> None:
        with conn.transaction():
            for table in replicated().values():
                conn.execute(_copy_statement(table, index, code), {"name": name, "city": city})
            _add_desks(conn, code)
    return copy


def _autovacuum(pg: psycopg.Connection[Any], enabled: bool) -> None:
    for name in replicated():
        pg.execute(f'ALTER TABLE "{name}" SET (autovacuum_enabled = {str(enabled).lower()})')


def _largest_first(pg: psycopg.Connection[Any]) -> list[str]:
    sizes = {name: pg.execute("SELECT pg_table_size(%s::regclass)", (f'"{name}"',)).fetchone()[0]  # type: ignore[index]
             for name in replicated()}
    return sorted(sizes, key=lambda name: -sizes[name])


@contextmanager
def _phase(timings: dict[str, float], name: str) -> Iterator[None]:
    started = time.perf_counter()
    yield
    timings[name] = time.perf_counter() - started


def _read_only(template: Path) -> sqlite3.Connection:
    """The template is read, never written: no journal, no checkpoint on close, even of a WAL file."""
    return sqlite3.connect(f"{template.resolve().as_uri()}?mode=ro", uri=True)


def _stage(source: sqlite3.Connection, pg: psycopg.Connection[Any], table: Table) -> None:
    """COPY the template's rows of `table` in the file's own order (no sort: staging needs none)."""
    names = ", ".join(f'"{c}"' for c in _columns(table))
    rows = source.execute(f'SELECT {names} FROM "{table.name}" WHERE site_code = ?', (TEMPLATE_SITE,))
    with pg.cursor() as cursor, cursor.copy(f'COPY "stage_{table.name}" ({names}) FROM STDIN') as copy:
        while chunk := rows.fetchmany(STREAM_ROWS):
            for row in chunk:
                copy.write_row(row)


def _drop_indexes(pg: psycopg.Connection[Any]) -> list[str]:
    """Drops every index and key of the replicated tables; returns the statements that build them back,
    exactly as they were (names, INCLUDE columns, partial predicates: the migrations' drift check holds)."""
    tables = list(replicated())
    constraints = pg.execute(
        "SELECT quote_ident(t.relname), c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
        "JOIN pg_class t ON t.oid = c.conrelid WHERE t.relname = ANY(%s) AND pg_table_is_visible(t.oid) "
        "AND c.contype IN ('p', 'u')", (tables,)).fetchall()
    indexes = pg.execute(
        "SELECT quote_ident(x.relname), pg_get_indexdef(i.indexrelid) FROM pg_index i "
        "JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class x ON x.oid = i.indexrelid "
        "WHERE t.relname = ANY(%s) AND pg_table_is_visible(t.oid) "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)", (tables,)).fetchall()
    for table, name, _definition in constraints:
        pg.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
    for name, _definition in indexes:
        pg.execute(f"DROP INDEX {name}")
    return [*(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}' for table, name, definition in constraints),
            *(definition for _name, definition in indexes)]


def _columns(table: Table) -> list[str]:
    return [c.name for c in table.columns if c.name not in CENTRAL_ONLY]


def _copy_statement(table: Table, index: int, code: str) -> str:
    """INSERT ... SELECT of the staged template rows as site `code` (the index-th site)."""
    owned = sync_owner_of(table.name) != "central"
    day = "(s.created_at::date - DATE '2000-01-01')"
    short = f"'A' || (1 + mod({day}, {DESKS_PER_SITE}))" if owned else "'A1'"
    desk = f"'{code}-' || {short}"
    values = []
    for column in table.columns:
        name = column.name
        if name == TXID:
            values.append(CURRENT_TXID)
        elif name in CENTRAL_ONLY:
            values.append("NULL")
        elif name == "site_code":
            values.append(f"'{code}'")
        elif name in DESK_COLUMNS:
            values.append(f"CASE WHEN coalesce(s.\"{name}\", '') = '' THEN s.\"{name}\" ELSE {desk} END")
        elif name in NUMBER_COLUMNS:
            values.append(f"regexp_replace(s.\"{name}\", '^A1-', {short} || '-')")
        elif table.name == "desks" and name == "code":
            values.append(f"'{code}-A1'")
        elif table.name == "sites" and name in ("code", "name", "city"):
            values.append({"code": f"'{code}'", "name": "%(name)s", "city": "%(city)s"}[name])
        elif _is_id(column) and index:
            values.append(f"CASE WHEN coalesce(s.\"{name}\", '') = '' THEN s.\"{name}\" "
                          f"ELSE md5('{code}' || s.\"{name}\")::uuid::text END")
        else:
            values.append(f's."{name}"')
    names = ", ".join(f'"{c.name}"' for c in table.columns)
    where = f" WHERE s.code = '{TEMPLATE_SITE}-A1'" if table.name == "desks" else ""
    return f'INSERT INTO "{table.name}" ({names}) SELECT {", ".join(values)} FROM "stage_{table.name}" AS s{where}'


def _is_id(column: Any) -> bool:
    """Every 36-character text column holds a row id (own or referenced): the schema has no other kind."""
    return isinstance(column.type, String) and column.type.length == 36


def _add_desks(pg: psycopg.Connection[Any], code: str) -> None:
    """The template has one desk row: the site's other desks join it (same site, same stamp)."""
    for desk in desk_codes(code)[1:]:
        pg.execute(
            "INSERT INTO desks (id, site_code, origin_desk, created_at, updated_at, row_version, code, name, site_id, "
            f"active, {TXID}) SELECT md5(%(desk)s || id)::uuid::text, site_code, origin_desk, created_at, updated_at, "
            f"row_version, %(desk)s, %(label)s, site_id, active, {CURRENT_TXID} FROM desks WHERE code = %(first)s",
            {"desk": desk, "label": f"Accueil {desk[-2:]}", "first": f"{code}-A1"})


def volumes(url: str) -> dict[str, int]:
    """Rows per replicated table (exact counts: the figures the docs quote)."""
    with psycopg.connect(libpq(url)) as conn:
        return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]  # type: ignore[index]
                for name in replicated()}
