"""Head office at the scale of six sites: every `reception report … --db postgresql://…` and the nightly sync of
all 18 desks at once, on a central database of 6 sites × 3 desks built from the demo history (central_sites.py).

- Reports: each kind through the CLI's own entry point (`reception.cli.main`, in process: argument parsing,
  opening central, resolving options, the query, the PDF written to a file), over all sites, with the period a
  head-office reader asks for (a year of sales, a day of the visitor log...). After one warm-up run, samples
  until 20 or until SAMPLE_SECONDS have passed (then the row says "max de N"). The reference column gives
  the query alone (the kind's build, no PDF), as the worst of three.
- Nightly sync: 18 desk files, each holding its site's reference data as of last night and one busy day of its
  own (the busiest recent day this desk worked in the central history, moved to tomorrow with new ids and
  numbers) written through the ORM so the outbox is the real one; 18 processes start together and run the
  whole sync (checks, backup, push, pull, conflicts); the figure is the wall time until the last one is done.
  This runs on a scratch copy of the cached database (CREATE DATABASE ... TEMPLATE), dropped afterwards.

PostgreSQL: RECEPTION_BENCH_PG, else RECEPTION_TEST_PG (a superuser URL); without one every row is skipped.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sqlite3
import sys
import time
import uuid
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

import psycopg
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bench.central_sites import SITES, CentralSites, desk_codes, ensure_central_sites, libpq, volumes
from bench.timing import timed, timed_row

Row = dict[str, Any]
SAMPLES, SAMPLE_SECONDS = 20, 40.0
YEAR_SALES_BUDGET_MS = 5_000
SYNC_BUDGET_S = 120.0


@dataclass(frozen=True)
class ReportCase:
    """A report kind as head office runs it: its options (from the data's last day) and its budget."""

    kind: str
    label: str
    options: Callable[[date, str], list[str]]  # (the data's last day, central's URL) -> the options
    budget_ms: int
    over: str = ""  # why the row is over its budget when it is (measured, not fixed yet)


def _span(days: int) -> Callable[[date, str], list[str]]:
    return lambda last, _url: ["--from", (last - timedelta(days=days - 1)).isoformat(), "--to", last.isoformat()]


def _on_day(last: date, _url: str) -> list[str]:
    return ["--date", last.isoformat()]


def _statement(last: date, url: str) -> list[str]:
    """Rabat's company that booked most hours in the last full month, by its full name (the same name exists on
    all six sites: --site picks Rabat's)."""
    month = last.replace(day=1) - timedelta(days=1)
    with psycopg.connect(libpq(url)) as conn:
        name = conn.execute(
            "SELECT t.name FROM bookings b JOIN tenants t ON t.id = b.tenant_id WHERE b.site_code = 'RAB' "
            "AND b.start_at >= %s AND b.start_at < %s GROUP BY t.name ORDER BY sum(b.end_at - b.start_at) DESC "
            "LIMIT 1", (month.replace(day=1), month + timedelta(days=1))).fetchone()[0]  # type: ignore[index]
    return ["--tenant", name, "--site", "RAB", "--month", f"{month:%Y-%m}"]


CASES = (
    ReportCase("sales", "ventes d'un an, 6 sites", _span(365), YEAR_SALES_BUDGET_MS),
    ReportCase("variances", "écarts de caisse d'un an", _span(365), 5_000),
    ReportCase("visits-by-month", "visites par mois sur un an", _span(365), 5_000),
    ReportCase("visits-by-company", "visites par société sur un an", _span(365), 5_000),
    ReportCase("visits-by-type", "visites par type sur un an", _span(365), 5_000),
    ReportCase("rooms", "occupation des salles sur un an", _span(365), 5_000),
    ReportCase("tenant-no-shows", "absences par société sur un an", _span(365), 5_000),
    ReportCase("failed-logins", "échecs de connexion sur un an", _span(365), 2_000),
    ReportCase("watchlist-alerts", "alertes de vigilance sur un an", _span(365), 2_000),
    ReportCase("not-checked-out", "sorties non pointées sur un mois", _span(30), 2_000),
    ReportCase("visitor-log", "registre des visiteurs d'un jour", _span(1), 2_000),
    ReportCase("audit", "journal d'audit d'un jour", _span(1), 2_000),
    ReportCase("room-day", "réservations du jour", _on_day, 1_000),
    ReportCase("outstanding-vouchers", "bons en circulation", _on_day, 5_000),
    ReportCase("evacuation", "liste d'évacuation", lambda _last, _url: [], 1_000,
               "le PDF : 324 présents en 43 groupes, cellules Paragraph de reportlab (2,1 s) ; requête 0,2 ms"),
    ReportCase("sync-conflicts", "conflits ouverts d'un site", lambda _last, _url: ["--site", "RAB"], 1_000),
    ReportCase("digest", "résumé d'une journée, 6 sites", _on_day, 5_000),
    ReportCase("account-statement", "relevé de compte d'une société d'un site, un mois", _statement, 2_000),
    ReportCase("room-statement", "relevé de salles d'une société d'un site, un mois", _statement, 2_000),
)
NOT_AT_CENTRAL = {
    "x": "refusé à la centrale (lecture en direct de la caisse ouverte d'un poste), code 1",
    "z": "une session de caisse d'un poste : non mesuré ici",
}
"""The other kinds, and why they are not timed at central (what `reception report` does with them there)."""


def server_url() -> str | None:
    return os.environ.get("RECEPTION_BENCH_PG") or os.environ.get("RECEPTION_TEST_PG")


def run(db_path: Path) -> list[Row]:
    admin = server_url()
    if not admin:
        return [_skipped("central : 6 sites", "pas de PostgreSQL (RECEPTION_BENCH_PG ou RECEPTION_TEST_PG)")]
    try:
        psycopg.connect(libpq(admin), connect_timeout=3).close()
    except psycopg.OperationalError as exc:
        return [_skipped("central : 6 sites", f"PostgreSQL injoignable : {str(exc).splitlines()[0][:60]}")]
    central = ensure_central_sites(admin, db_path)
    rows = [_build_row(central, db_path)]
    last = _last_day(central.url)
    for case in CASES:
        rows.append(_report_row(central.url, case, last))
    rows += [_skipped(f"central : {kind}", reason) for kind, reason in NOT_AT_CENTRAL.items()]
    rows.append(_sync_row(admin, central.url, last))
    return rows


def _skipped(name: str, reason: str) -> Row:
    return {"name": name, "value": None, "unit": "", "budget": None, "baseline": f"ignoré : {reason}",
            "skipped": reason}


def _build_row(central: CentralSites, template: Path) -> Row:
    counts = volumes(central.url)
    with psycopg.connect(libpq(central.url)) as conn:
        size = conn.execute("SELECT pg_database_size(current_database())").fetchone()[0]  # type: ignore[index]
    summary = (f"{counts['visits']:,} visites, {counts['sales']:,} ventes, {counts['audit_events']:,} événements "
               f"d'audit, {size / 1_073_741_824:.1f} Go").replace(",", " ")
    value = round(central.seconds) if central.built else None
    return {"name": f"central : construction de {len(SITES)} sites × 3 postes ({template.name})",
            "value": value, "unit": "s" if central.built else "", "budget": 1_200, "baseline": summary,
            **({} if central.built else {"skipped": "base en cache"})}


def _last_day(url: str) -> date:
    """The last day with visits at central (the demo history ends on the day it was built)."""
    with psycopg.connect(libpq(url)) as conn:
        last = conn.execute("SELECT max(checked_in_at) FROM visits").fetchone()[0]  # type: ignore[index]
    return (last or datetime.now(UTC)).date()


# --- reports -------------------------------------------------------------------------------------------


def _report_row(url: str, case: ReportCase, last: date) -> Row:
    from reception.cli import main

    with TemporaryDirectory() as folder:
        argv = ["--db", url, "report", case.kind, *case.options(last, url), "--out", str(Path(folder) / "r.pdf")]

        def once() -> None:
            code = main(argv)
            gc.collect()  # each run opens central anew: let its pool go, as the process's exit would
            if code != 0:
                raise RuntimeError(f"reception report {case.kind} : code {code}")

        try:
            once()  # warm-up (imports, catalogue, fonts)
        except Exception as exc:  # a kind that cannot run at central is a finding, not a crash
            return {"name": f"central : {case.kind} ({case.label})", "value": None, "budget": case.budget_ms,
                    "baseline": str(exc)[:80], "error": True}
        samples: list[float] = []
        deadline = time.perf_counter() + SAMPLE_SECONDS
        while len(samples) < SAMPLES and (len(samples) < 3 or time.perf_counter() < deadline):
            samples.append(timed(once))
    query = max(_query_once(url, case, last) for _ in range(3))
    row = timed_row(f"central : {case.kind} ({case.label})", samples, case.budget_ms,
                    f"requête seule {query:.0f} ms", digits=0)
    return {**row, "over": case.over} if case.over and row["value"] > case.budget_ms else row


def _query_once(url: str, case: ReportCase, last: date) -> float:
    """The kind's own query (no PDF), as the report command resolves and runs it."""
    from reception.cli.common import parse_day
    from reception.core.services.container import Services
    from reception.core.services.permissions import SYSTEM
    from reception.core.services.reports import make_params, resolve_options
    from reception.sync.central import CentralDatabase

    options = case.options(last, url)
    values = {k.lstrip("-"): (parse_day(v) if k in ("--from", "--to", "--date") else v)
              for k, v in zip(options[::2], options[1::2], strict=True)}
    db = CentralDatabase(url)
    try:
        services = Services(db)  # type: ignore[arg-type]
        return timed(lambda: services.reports.run(SYSTEM, case.kind, resolve_options(db, make_params(values))))  # type: ignore[arg-type]
    finally:
        db.dispose()


# --- the nightly sync of 18 desks ------------------------------------------------------------------------


def _sync_row(admin: str, url: str, last: date) -> Row:
    scratch = f"reception_sync18_{uuid.uuid4().hex[:8]}"
    source = make_url(url).database
    with psycopg.connect(libpq(admin), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{scratch}" TEMPLATE "{source}" STRATEGY FILE_COPY')
    copy_url = make_url(url).set(database=scratch).render_as_string(hide_password=False)
    roles: list[str] = []
    try:
        with psycopg.connect(libpq(copy_url), autocommit=True) as conn:  # its own id: roles of its own
            conn.execute("UPDATE sync_schema SET value = substr(md5(gen_random_uuid()::text), 1, 8) "
                         "WHERE key = 'database_id'")
        with TemporaryDirectory() as folder:
            desks = prepare_desks(copy_url, Path(folder), last + timedelta(days=1))
            roles = [d.role for d in desks]
            seconds, outcomes, events = sync_all(desks)
    finally:
        with psycopg.connect(libpq(admin), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
            for role in roles:
                conn.execute(f'DROP ROLE IF EXISTS "{role}"')
    failed = [o for o in outcomes if o not in (0, 10)]
    return {"name": f"central : synchronisation nocturne de {len(desks)} postes en même temps "
                    f"({events:,} événements)".replace(",", " "),
            "value": round(seconds, 1), "unit": "s", "budget": SYNC_BUDGET_S,
            "baseline": f"codes de sortie : {sorted(set(outcomes))}",
            **({"error": True} if failed else {})}


@dataclass(frozen=True)
class PreparedDesk:
    path: Path
    url: str
    role: str
    events: int


def prepare_desks(url: str, folder: Path, day: date) -> list[PreparedDesk]:
    """One desk file per desk of every site: enrolled, reference data as of last night, a busy day pending."""
    from bench.central_desks import busy_days, desk_file
    from reception.core.database import Database

    template = Database(folder / "template.db")
    template.upgrade()
    template.dispose()
    prepared = []
    busy = busy_days(url, [desk for code, _name, _city in SITES for desk in desk_codes(code)])
    for code, _name, _city in SITES:
        for desk in desk_codes(code):
            path = folder / f"{desk}.db"
            with closing(sqlite3.connect(template.path)) as source, closing(sqlite3.connect(path)) as target:
                source.backup(target)
            credentials, events = desk_file(url, path, code, desk, day, busy[desk])
            prepared.append(PreparedDesk(path, credentials.url, credentials.role, events))
    return prepared


def _sync_one(path: str, url: str, ready: Any, results: Any) -> None:
    from reception.core.clock import SystemClock
    from reception.sync.engine import run_sync

    ready.wait()
    report = run_sync(Path(path), url, SystemClock(), trigger="bench")
    results.put((path, report.outcome, report.pushed, time.perf_counter()))


def sync_all(desks: list[PreparedDesk]) -> tuple[float, list[int], int]:
    """All desks at once, one process each (as 18 PCs would): (seconds to the last one done, outcomes, events)."""
    context = multiprocessing.get_context("spawn")
    ready = context.Barrier(len(desks) + 1)
    results = context.Queue()
    workers = [context.Process(target=_sync_one, args=(str(d.path), d.url, ready, results)) for d in desks]
    for worker in workers:
        worker.start()
    ready.wait()  # every process has imported what it needs: the clock starts with the syncs
    start = time.perf_counter()
    done = [results.get(timeout=600) for _ in workers]
    for worker in workers:
        worker.join()
    return max(r[3] for r in done) - start, [r[1] for r in done], sum(r[2] for r in done)


def explain(url: str, sql: str, params: dict[str, Any] | None = None) -> str:
    """EXPLAIN (ANALYZE, BUFFERS) of one statement: for the docs' evidence."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            plan = conn.execute(text(f"EXPLAIN (ANALYZE, BUFFERS) {sql}"), params or {}).scalars()
            return "\n".join(plan)
    finally:
        engine.dispose()


if __name__ == "__main__":
    for line in run(Path(sys.argv[1])):
        print(line)
