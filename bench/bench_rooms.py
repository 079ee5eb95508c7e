"""Rooms' benchmarks on the 10-year demo database: the day grid of 12 rooms, a booking's conflict check and
a month's utilisation report, each next to a raw SQL baseline measured in the same run (read-only).

The conflict check is timed where it decides: inside `book()`, end to end (its transaction, the draft's
checks, the collision query, then the refusal rolled back, or the booking written with its audit event and
committed), on a scratch copy. The booking form's pre-check (`slot_problem`) keeps a row of its own.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text

from bench.timing import figure, scratch_copy, timed, timed_row
from reception.core.clock import FixedClock, local_day_bounds, local_to_utc
from reception.core.database import Database
from reception.core.errors import Conflict
from reception.core.reports import ReportParams, run_report
from reception.core.services.permissions import SYSTEM
from reception.core.services.rooms import RoomService
from reception.core.services.rooms_data import BookingDraft

GRID_BUDGET_MS, CONFLICT_BUDGET_MS, UTILISATION_BUDGET_MS = 100, 5, 2000
BOOK_BUDGET_MS = 50  # a booking saved is an interaction on the GUI thread (issue 17: ≤ 50 ms)
DAYS, CHECKS, MONTHS = 60, 300, 24

_RAW_DAY = """
    SELECT b.id, b.title, b.start_at, b.end_at, r.name, t.name, e.first_name, e.last_name
    FROM bookings b JOIN rooms r ON r.id = b.room_id JOIN tenants t ON t.id = b.tenant_id
    LEFT JOIN employees e ON e.id = b.organiser_employee_id
    WHERE b.start_at >= ? AND b.start_at < ? AND b.status = 'confirmed' ORDER BY b.start_at
"""
_RAW_CONFLICT = """
    SELECT id FROM bookings WHERE room_id = ? AND status = 'confirmed' AND start_at < ? AND end_at > ? LIMIT 1
"""
_RAW_MONTH = """
    SELECT room_id, SUM((julianday(end_at) - julianday(start_at)) * 1440), COUNT(*),
           SUM(status = 'released') FROM bookings
    WHERE start_at >= ? AND start_at < ? AND status != 'cancelled' GROUP BY room_id
"""




def _naive(moment: Any) -> str:
    return moment.replace(tzinfo=None).isoformat(sep=" ")


def run(db_path: Path) -> list[dict[str, Any]]:
    db = Database(db_path)
    service = RoomService(db, FixedClock())
    rng = random.Random(3)
    rooms = service.rooms(SYSTEM)
    with closing(sqlite3.connect(db_path)) as conn:
        first, last = conn.execute("SELECT MIN(start_at), MAX(start_at) FROM bookings").fetchone()
        start, end = date.fromisoformat(first[:10]), date.fromisoformat(last[:10])
        days = [start + timedelta(days=rng.randrange((end - start).days)) for _ in range(DAYS)]
        grid = [timed(lambda d=d: service.day_grid(SYSTEM, d)) for d in days]
        raw_grid = [timed(lambda d=d: conn.execute(_RAW_DAY, tuple(map(_naive, local_day_bounds(d)))).fetchall())
                    for d in days]
        slots = []
        for _ in range(CHECKS):
            day, hour = start + timedelta(days=rng.randrange((end - start).days)), rng.randint(8, 18)
            slots.append((rng.choice(rooms).id, local_to_utc(day, hour), local_to_utc(day, hour + 1)))
        service.clock.set(local_to_utc(start, 0))  # every slot counts as future: the full check runs
        checks = [timed(lambda s=s: service.slot_problem(SYSTEM, *s)) for s in slots]
        raw_checks = [timed(lambda s=s: conn.execute(_RAW_CONFLICT, (s[0], _naive(s[2]), _naive(s[1]))).fetchall())
                      for s in slots]
        months, month = [], end.replace(day=1)
        for _ in range(MONTHS):
            month = (month - timedelta(days=1)).replace(day=1)
            months.append(month)
        util, raw_util = [], []
        for m in months:
            following = (m + timedelta(days=32)).replace(day=1)
            params = ReportParams(m, following - timedelta(days=1))
            util.append(timed(lambda p=params: run_report("rooms", db, service.clock, SYSTEM, p)))
            bounds = (_naive(local_day_bounds(m)[0]), _naive(local_day_bounds(following)[0]))
            raw_util.append(timed(lambda b=bounds: conn.execute(_RAW_MONTH, b).fetchall()))
    db.dispose()
    refused, saved, commits = _book(db_path, start, end, rng)
    return [
        timed_row(f"rooms: day grid data, {len(rooms)} rooms (service)", grid, GRID_BUDGET_MS,
                  f"SQL seul {figure(raw_grid)[0]:.2f} {figure(raw_grid)[1]}"),
        timed_row(f"rooms: book() refused by its own conflict check ({len(refused)} bookings, rolled back)",
                  refused, CONFLICT_BUDGET_MS,
                  f"SQL seul de la collision {figure(raw_checks)[0]:.2f} {figure(raw_checks)[1]}",
                  over="5 instructions préparées (BEGIN IMMEDIATE, salle, société, horaires, collision) puis "
                       f"l'annulation ; médiane {statistics.median(refused):.2f} ms : le p95 est le bruit de la "
                       "machine partagée"),
        timed_row(f"rooms: book() end to end, booking saved ({len(saved)} bookings: checks, insert, audit, commit)",
                  saved, BOOK_BUDGET_MS, f"écriture d'une ligne validée {figure(commits)[0]:.2f} {figure(commits)[1]}",
                  over=f"12 instructions et 1 commit, médiane {statistics.median(saved):.1f} ms ; le commit d'une "
                       f"ligne seul prend {figure(commits)[0]:.1f} ms au p95 sur cette machine"),
        timed_row("rooms: conflict pre-check of the booking form (slot_problem)", checks, CONFLICT_BUDGET_MS,
                  f"SQL seul {figure(raw_checks)[0]:.2f} {figure(raw_checks)[1]}",
                  over=f"2 instructions préparées en lecture ; médiane {statistics.median(checks):.2f} ms : le p95 "
                       "est le bruit de la machine partagée"),
        timed_row("rooms: a month's utilisation report", util, UTILISATION_BUDGET_MS,
                  f"SQL seul {figure(raw_util)[0]:.2f} {figure(raw_util)[1]}"),
    ]

def _book(db_path: Path, start: date, end: date, rng: random.Random) -> tuple[list[float], list[float], list[float]]:
    """`book()` timed on a scratch copy: the slots of existing bookings (refused by its check) and random
    slots (saved, or refused when taken); a committed one-row write is the floor under a saved one."""
    with tempfile.TemporaryDirectory() as folder:
        copy = scratch_copy(db_path, Path(folder))
        db = Database(copy)
        service = RoomService(db, FixedClock(local_to_utc(start, 0)))  # every slot is in the future
        try:
            with closing(sqlite3.connect(copy)) as conn:
                tenants = [r[0] for r in conn.execute("SELECT id FROM tenants WHERE active = 1")]
                taken = conn.execute("SELECT room_id, tenant_id, start_at, end_at FROM bookings "
                                     "WHERE status = 'confirmed' ORDER BY random() LIMIT ?", (CHECKS,)).fetchall()
            rooms = [r.id for r in service.rooms(SYSTEM)]
            drafts = [BookingDraft(room, tenant, _aware(s), _aware(e), "Bench") for room, tenant, s, e in taken]
            for _ in range(CHECKS):
                day, hour = start + timedelta(days=rng.randrange((end - start).days)), rng.randint(8, 17)
                drafts.append(BookingDraft(rng.choice(rooms), rng.choice(tenants), local_to_utc(day, hour),
                                           local_to_utc(day, hour, 45), "Bench"))
            refused, saved = [], []
            for draft in drafts:
                began = time.perf_counter()
                try:
                    service.book(SYSTEM, draft)
                except Conflict:
                    refused.append((time.perf_counter() - began) * 1000)
                else:
                    saved.append((time.perf_counter() - began) * 1000)
            commits = [timed(lambda: _bare_commit(db)) for _ in range(CHECKS)]
        finally:
            db.dispose()
    return refused, saved, commits


def _aware(stored: str) -> datetime:
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)


def _bare_commit(db: Database) -> None:
    with db.write() as session:
        session.execute(text("UPDATE rooms SET buffer_minutes = buffer_minutes "
                             "WHERE rowid = (SELECT min(rowid) FROM rooms)"))


if __name__ == "__main__":
    import sys

    for row in run(Path(sys.argv[1])):
        print(row)
