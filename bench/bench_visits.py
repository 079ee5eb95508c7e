"""Visitors' benchmarks on the 10-year demo database: returning-visitor search per keystroke, check-in and
the history's first page, each next to a raw baseline measured in the same run.

Check-ins write, so they run on a copy of the database file; the searches and history pages read the original.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text

from bench.timing import figure, scratch_copy, timed, timed_row
from reception.core.clock import FixedClock, SystemClock
from reception.core.database import Database
from reception.core.services.permissions import SYSTEM
from reception.core.services.visits import (
    HISTORY_COUNT_CAP,
    CheckInForm,
    HistoryCursor,
    HistoryFilter,
    VisitService,
)
from reception.core.services.visits_rules import prefix_upper_bound, search_words

SEARCH_BUDGET_MS, CHECKIN_BUDGET_MS, HISTORY_BUDGET_MS = 20, 50, 100
PEOPLE = 60
CHECK_INS = 200
PAGE = 100

_RAW_SEARCH = """
    SELECT v.id, v.last_name, v.first_name, v.organisation, v.phone, v.email, v.id_type, v.id_number,
           v.last_visit_at
    FROM visitors v WHERE v.id IN (
        SELECT w.visitor_id FROM visitor_words w WHERE w.word >= ? AND w.word < ?
        ORDER BY w.last_visit_at DESC LIMIT 30)
    ORDER BY v.last_visit_at DESC LIMIT 10
"""
_NAIVE_SEARCH = """
    SELECT id, last_name, first_name, organisation, last_visit_at FROM visitors
    WHERE search_key LIKE '%' || ? || '%' ORDER BY last_visit_at DESC LIMIT 10
"""
_RAW_HISTORY = """
    SELECT vi.id, v.first_name, v.last_name, v.organisation, e.first_name, e.last_name, t.name, t.floor,
           vi.visit_type, vi.checked_in_at, vi.checked_out_at, vi.badge_number
    FROM visits vi LEFT JOIN visitors v ON v.id = vi.visitor_id LEFT JOIN employees e ON e.id = vi.host_employee_id
    LEFT JOIN tenants t ON t.id = vi.host_tenant_id
    ORDER BY vi.checked_in_at DESC LIMIT ?
"""




def keystrokes(db_path: Path, rng: random.Random) -> list[str]:
    """What a receptionist types for returning visitors: 'ben', 'benn'... then 'bennani m', 'bennani mo'."""
    with closing(sqlite3.connect(db_path)) as conn:
        rows = conn.execute("SELECT last_name, first_name FROM visitors WHERE anonymised = 0 "
                            "ORDER BY last_visit_at DESC LIMIT 20000").fetchall()
    typed = []
    for last, first in rng.sample(rows, PEOPLE):
        last_key = " ".join(search_words(last))
        typed += [last_key[:n] for n in range(3, len(last_key) + 1)]
        first_key = search_words(first)[0]
        typed += [f"{last_key} {first_key[:n]}" for n in range(1, min(4, len(first_key)) + 1)]
    return typed


def bench_search(db_path: Path, service: VisitService, typed: list[str]) -> list[dict[str, Any]]:
    service.search_visitors(SYSTEM, typed[0])  # warm the page cache
    ours = [timed(lambda t=t: service.search_visitors(SYSTEM, t)) for t in typed]
    with closing(sqlite3.connect(db_path)) as conn:
        def raw(text: str) -> None:
            word = max(search_words(text), key=len)
            conn.execute(_RAW_SEARCH, (word, prefix_upper_bound(word))).fetchall()

        def naive(text: str) -> None:
            conn.execute(_NAIVE_SEARCH, (" ".join(search_words(text)),)).fetchall()

        baseline = [timed(lambda t=t: raw(t)) for t in typed]
        scan = [timed(lambda t=t: naive(t)) for t in typed[:200]]
    return [
        timed_row(f"visits: returning-visitor search per keystroke ({len(typed)} keystrokes)", ours,
                  SEARCH_BUDGET_MS, f"SQL seul {figure(baseline)[0]:.2f} {figure(baseline)[1]}",
                  over=f"médiane {statistics.median(ours):.1f} ms pour {statistics.median(baseline):.1f} ms de SQL "
                       "seul : le reste est Python (instructions préparées) sur une machine partagée"),
        timed_row("visits: naive LIKE '%text%' scan, for comparison (not used)", scan, None),
    ]


def bench_check_in(db_path: Path, rng: random.Random) -> list[dict[str, Any]]:
    """Check-in alone (returning and new visitors): the badge PDF is measured by the badges benchmark."""
    with tempfile.TemporaryDirectory() as folder:
        copy = scratch_copy(db_path, Path(folder))
        db = Database(copy)
        try:
            clock = FixedClock(SystemClock().now())
            service = VisitService(db, clock)
            with closing(sqlite3.connect(copy)) as conn:
                hosts = [r[0] for r in conn.execute("SELECT id FROM employees WHERE active = 1")]
                regulars = conn.execute("SELECT id, last_name, first_name, organisation FROM visitors "
                                        "WHERE anonymised = 0 ORDER BY last_visit_at DESC LIMIT 5000").fetchall()
            samples = []
            for n in range(CHECK_INS):
                vid, last, first, org = rng.choice(regulars)
                form = CheckInForm(last, first, org, phone="0612345678", host_employee_id=rng.choice(hosts),
                                   visitor_id=vid if n % 3 else None, id_type="CIN", id_number="BE123456")
                samples.append(timed(lambda f=form: service.check_in(SYSTEM, f)))
                clock.advance(timedelta(seconds=20))
            commits = [timed(lambda: _bare_commit(db)) for _ in range(CHECK_INS)]
        finally:
            db.dispose()
    floor = f"écriture d'une ligne validée {figure(commits)[0]:.2f} {figure(commits)[1]}"
    return [timed_row(f"visits: check-in alone, with host e-mail queued ({CHECK_INS} check-ins)", samples,
                      CHECKIN_BUDGET_MS, f"{floor} ; le badge est mesuré à part (badges)",
                      over=f"18 instructions et 1 commit (médiane {statistics.median(samples):.1f} ms) ; le commit "
                           f"d'une ligne seul prend {figure(commits)[0]:.1f} ms au p95 sur cette machine")]


def _bare_commit(db: Database) -> None:
    """One row written and committed: the fsync floor under every check-in on this disk."""
    with db.write() as session:
        session.execute(text("UPDATE badge_counters SET last = last WHERE rowid = (SELECT min(rowid) FROM "
                             "badge_counters)"))


def bench_history(db_path: Path, service: VisitService) -> list[dict[str, Any]]:
    filters = {
        "first page": HistoryFilter(),
        "name 'ben'": HistoryFilter(text="ben"),
        "type delivery": HistoryFilter(visit_type="delivery"),
        "host 'tazi'": HistoryFilter(host="tazi"),
    }
    rows = []
    with closing(sqlite3.connect(db_path)) as conn:
        baseline = figure([timed(lambda: conn.execute(_RAW_HISTORY, (PAGE,)).fetchall()) for _ in range(40)])
    for label, filt in filters.items():
        samples = [timed(lambda f=filt: service.history(SYSTEM, f, None, PAGE)) for _ in range(40)]
        rows.append(timed_row(f"visits: history {label}, {PAGE} rows", samples, HISTORY_BUDGET_MS,
                              f"SQL seul {baseline[0]:.2f} {baseline[1]}" if label == "first page" else None,
                              over=f"médiane {statistics.median(samples):.1f} ms ; la première page seule en SQL "
                                   f"{baseline[0]:.1f} ms au p95 sur cette machine partagée"))
    rows.append(_deep_page(db_path, service))
    for label, filt in (("all visits", HistoryFilter()), ("name 'ben'", HistoryFilter(text="ben")),
                        ("name 'bennani'", HistoryFilter(text="bennani"))):
        counted = service.history_count(SYSTEM, filt)
        samples = [timed(lambda f=filt: service.history_count(SYSTEM, f)) for _ in range(20)]
        shown = f"plus de {HISTORY_COUNT_CAP:,}".replace(",", " ") if counted > HISTORY_COUNT_CAP else str(counted)
        rows.append(timed_row(f"visits: history count, {label} ({shown})", samples, HISTORY_BUDGET_MS,
                              f"compte arrêté à {HISTORY_COUNT_CAP + 1} lignes lues"))
    return rows


def _deep_page(db_path: Path, service: VisitService) -> dict[str, Any]:
    """A page eight years back: the keyset seeks to it through the index; OFFSET walked every newer row."""
    with closing(sqlite3.connect(db_path)) as conn:
        total = conn.execute("SELECT count(*) FROM visits").fetchone()[0]
        depth = total * 8 // 10
        at, visit_id = conn.execute("SELECT checked_in_at, id FROM visits ORDER BY checked_in_at DESC, id DESC "
                                    "LIMIT 1 OFFSET ?", (depth,)).fetchone()
        offset = [timed(lambda: conn.execute(_RAW_HISTORY.replace("LIMIT ?", "LIMIT ? OFFSET ?"),
                                             (PAGE, depth)).fetchall()) for _ in range(3)]
    cursor = HistoryCursor(datetime.fromisoformat(at).replace(tzinfo=UTC), visit_id)
    samples = [timed(lambda: service.history(SYSTEM, HistoryFilter(), cursor, PAGE)) for _ in range(40)]
    deep = f"{depth:,}".replace(",", " ")
    return timed_row(f"visits: history page {deep} rows deep (keyset), {PAGE} rows", samples,
                     HISTORY_BUDGET_MS, f"la même page par OFFSET (SQL seul) : {max(offset):.0f} ms (max de 3)")


def run(db_path: Path) -> list[dict[str, Any]]:
    rng = random.Random(2026)
    db = Database(db_path)
    try:
        service = VisitService(db, SystemClock())
        results = bench_search(db_path, service, keystrokes(db_path, rng))
        results += bench_history(db_path, service)
    finally:
        db.dispose()
    return results + bench_check_in(db_path, rng)


if __name__ == "__main__":
    import sys

    for row in run(Path(sys.argv[1])):
        print(row)
