"""A desk file for the nightly-sync benchmark: enrolled at central, synced up to last night, one busy day pending.

- Reference data (every table central owns) is the site's rows at central, written without outbox events, and
  every pull cursor stands at central's current horizon: tonight's pull only brings what changed since.
- The busy day is the busiest of the last weeks this desk worked in the central history, every row it wrote
  that day (visits, visitors, sales and their lines and vouchers, the drawer, bookings, expected visits, the
  audit trail) with new ids, moved to `day`, with new receipt, badge, drawer and audit numbers. The rows go
  through the ORM, so the outbox holds exactly the events a desk's own writes would have made.
- Rows of the desk's history that the day refers to (a returning visitor, a booking series) are written
  first without outbox events, as the desk's own history would hold them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, and_, or_, select, text

from bench.central_sites import _is_id
from reception.core.database import Database
from reception.core.models.base import Base, sync_owner_of, syncable_tables, table_of
from reception.sync.central import CENTRAL_ONLY, DeskCredentials, add_desk, central_engine, replicated
from reception.sync.initial_load import mark_history_loaded
from reception.sync.local import save_cursor
from reception.sync.policy import pulled_tables

RECENT_DAYS = 42
NUMBERS = {"receipt_number": "J", "badge_number": "B"}
OFFSETS = {"seq": 10_000_000, "number": 100_000}
"""Audit sequence and drawer session numbers of the new day, past any the history used."""


@dataclass(frozen=True)
class BusyDay:
    """A desk's busiest recent day in the central history, and every row the desk wrote that day, by table."""

    day: date
    rows: dict[str, list[dict[str, Any]]]


def busy_days(url: str, desks: list[str]) -> dict[str, BusyDay]:
    """Every desk's busy day, read in one pass over each desk-owned table (no index leads with `created_at`: at
    ten years a scan per desk and table was 18 times the database read)."""
    owned = [t for t in syncable_tables() if sync_owner_of(t.name) != "central"]
    central = central_engine(url)
    try:
        with central.connect() as conn:
            days = {desk: conn.execute(text(
                "SELECT checked_in_at::date AS d FROM visits WHERE origin_desk = :desk AND checked_in_at >= "
                "(SELECT max(checked_in_at) FROM visits) - make_interval(days => :recent) "
                "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"), {"desk": desk, "recent": RECENT_DAYS}).scalar_one()
                for desk in desks}
            found: dict[str, BusyDay] = {desk: BusyDay(day, {t.name: [] for t in owned}) for desk, day in days.items()}
            for table in owned:
                for row in _written(conn, table.name, days):
                    found[row["origin_desk"]].rows[table.name].append(row)
    finally:
        central.dispose()
    return found


def desk_file(url: str, path: Path, site: str, desk: str, day: date, busy: BusyDay) -> tuple[DeskCredentials, int]:
    """Prepares the desk file at `path` (a freshly migrated copy); returns its central login and its events."""
    credentials = add_desk(url, site, desk)
    db = Database(path)
    central = central_engine(url)
    try:
        db.set_identity(site, desk)
        _reference_data(central, db, site)
        mark_history_loaded(db)
        events = _busy_day(central, db, desk, day, busy)
    finally:
        central.dispose()
        db.dispose()
    return credentials, events


def _local(name: str) -> Table:
    return next(t for t in syncable_tables() if t.name == name)


def _plain_rows(rows: list[Any]) -> list[dict[str, Any]]:
    return [{k: v for k, v in dict(r).items() if k not in CENTRAL_ONLY} for r in rows]


def _reference_data(central: Engine, db: Database, site: str) -> None:
    with central.connect() as conn:
        horizon = conn.execute(text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")).scalar_one()
        tables = {t.name: _plain_rows(list(conn.execute(select(replicated()[t.name])
                                                        .where(replicated()[t.name].c.site_code == site)).mappings()))
                  for t, shared in pulled_tables() if not shared}
    with db.write() as session:
        session.info["sync_applying"] = True  # already at central: no outbox event
        for name, rows in tables.items():
            if rows:
                session.execute(_local(name).insert(), rows)
        for table, _shared in pulled_tables():
            save_cursor(session, table.name, (horizon, ""))


def _busy_day(central: Engine, db: Database, desk: str, day: date, busy: BusyDay) -> int:
    owned = [t for t in syncable_tables() if sync_owner_of(t.name) != "central"]
    day_rows = busy.rows
    with central.connect() as conn:
        history = _referenced_history(conn, owned, day_rows)
    with db.write() as session:
        session.info["sync_applying"] = True
        for name, rows in history.items():
            session.execute(_local(name).insert(), rows)
    moved = _moved(day_rows, day - busy.day, desk)
    with db.write() as session:
        for table in owned:
            model = next(m.class_ for m in Base.registry.mappers if table_of(m.class_) is table)
            for row in moved[table.name]:
                obj = model()
                for attr in model.__mapper__.column_attrs:
                    setattr(obj, attr.key, row[attr.columns[0].name])
                session.add(obj)
            session.flush()
    return sum(len(rows) for rows in moved.values())


def _written(conn: Any, name: str, days: dict[str, date]) -> list[dict[str, Any]]:
    """The rows of `name` each desk wrote on its day (`days`: desk -> day)."""
    table = replicated()[name]
    wanted = [and_(table.c.origin_desk == desk, table.c.created_at >= _start(day),
                   table.c.created_at < _start(day) + timedelta(days=1)) for desk, day in days.items()]
    return _plain_rows(list(conn.execute(select(table).where(or_(*wanted))).mappings()))


def _start(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time(), tzinfo=UTC)


def _referenced_history(conn: Any, owned: list[Table], day_rows: dict[str, list[dict[str, Any]]]
                        ) -> dict[str, list[dict[str, Any]]]:
    """Desk-owned rows from before the day that the day's rows point at (its foreign keys), oldest level first."""
    have = {r["id"] for rows in day_rows.values() for r in rows}
    found: dict[str, list[dict[str, Any]]] = {}
    wanted = day_rows
    while True:
        missing: dict[str, set[str]] = {}
        for table in owned:
            for column in table.columns:
                for fk in column.foreign_keys:
                    target = fk.column.table.name
                    if sync_owner_of(target) == "central":
                        continue
                    ids = {r[column.name] for r in wanted.get(table.name, []) if r[column.name]} - have
                    if ids:
                        missing.setdefault(target, set()).update(ids)
        if not missing:
            return found
        wanted = {}
        for target, ids in missing.items():
            central = replicated()[target]
            rows = _plain_rows(list(conn.execute(select(central).where(central.c.id.in_(ids))).mappings()))
            wanted[target] = rows
            found[target] = rows + found.get(target, [])
            have |= {r["id"] for r in rows}


def _moved(day_rows: dict[str, list[dict[str, Any]]], delta: timedelta, desk: str) -> dict[str, list[dict[str, Any]]]:
    """New ids (references among the day's rows follow), dates moved by `delta`, new numbers."""
    new_ids = {r["id"]: str(uuid.uuid4()) for rows in day_rows.values() for r in rows}
    short = desk.rsplit("-", 1)[1]
    moved: dict[str, list[dict[str, Any]]] = {}
    for name, rows in day_rows.items():
        table = _local(name)
        out = []
        for n, row in enumerate(rows, start=1):
            new = dict(row)
            for column in table.columns:
                value = new.get(column.name)
                if value is None:
                    continue
                if _is_id(column) and value in new_ids:
                    new[column.name] = new_ids[value]
                elif isinstance(value, date):  # datetimes too
                    new[column.name] = value + delta
                elif column.name in NUMBERS:
                    new[column.name] = f"{short}-{NUMBERS[column.name]}{n:06d}"
                elif column.name in OFFSETS:
                    new[column.name] = value + OFFSETS[column.name]
            out.append(new)
        moved[name] = out
    return moved
