"""The 9:00 rush at the desk: fifteen arrivals through the real main window, measured from the first key to
the last badge written by the badge printer (a `pdf:FOLDER` printer, so no CUPS is needed).

Ten guests pre-registered for today show their invitation's QR code: a keyboard-wedge scanner types the
code (Shift around each capital, SCANNER_GAP_MS between keys) and Enter, with the cursor left in Arrivée's
Nom field. Five returning visitors are typed by the receptionist at a human pace: their name letter by
letter (KEY_GAP_MS between keys) until the visitor is first in the list, READ_MS to read the list, Enter;
READ_MS to read the proposed host, Enter. After each arrival the desk waits for that badge to be printed
and takes READ_MS to read the confirmation. Nothing else is waited for: the figure is desk time.

Runs in its own process (`python -m bench.bench_rush DB FOLDER`), which owns the QApplication.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any, cast

from bench.timing import scratch_copy, timed_row

ROOT = Path(__file__).resolve().parent.parent
GUESTS = 10
RETURNING = 5
KEY_GAP_MS = 200
READ_MS = 1000
SCANNER_GAP_MS = 30
BUDGET_S = 120
WAIT_LIMIT_S = 30
GUEST_NAMES = (("Amrani", "Yasmine"), ("Chraibi", "Anas"), ("Lahlou", "Ghita"), ("Benkirane", "Mehdi"),
               ("Squalli", "Imane"), ("Filali", "Hamza"), ("Kettani", "Salma"), ("Berrechid", "Ayoub"),
               ("Sefrioui", "Nada"), ("Tahiri", "Othmane"))

Row = dict[str, Any]


def run(db_path: Path) -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        work = scratch_copy(db_path, Path(folder))  # the rush checks people in: keep the cached base as it was
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RECEPTION_LOG_DIR": folder,
               "RECEPTION_DATA_DIR": folder}
        done = subprocess.run([sys.executable, "-m", "bench.bench_rush", str(work), folder], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=600, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"rush probe failed: {done.stderr.strip()[-300:]}")
    arrivals: dict[str, list[float]] = {"scan": [], "typed": []}
    total = keys = 0.0
    for line in done.stdout.splitlines():
        word, *values = line.split()
        if word == "arrival":
            arrivals[values[0]].append(float(values[1]))
        elif word == "total":
            total, keys = float(values[0]), float(values[1])
    pace = (f"{KEY_GAP_MS} ms entre deux touches, {READ_MS / 1000:.0f} s pour lire l'écran à chaque choix et "
            f"après chaque badge, lecteur à {SCANNER_GAP_MS} ms par caractère")
    return [
        {"name": f"rush 9:00 : {GUESTS + RETURNING} arrivées ({GUESTS} invitations scannées, {RETURNING} habitués "
                 "tapés au clavier), du premier appui au dernier badge imprimé",
         "value": round(total, 1), "unit": "s", "budget": BUDGET_S, "baseline": pace},
        timed_row("rush 9:00 : une invitation scannée, du scan au badge lu", arrivals["scan"], None,
                  f"{len(arrivals['scan'])} scans", digits=0),
        timed_row("rush 9:00 : un habitué tapé, de la première lettre au badge lu", arrivals["typed"], None,
                  f"{len(arrivals['typed'])} habitués, {keys / RETURNING:.1f} touches en moyenne", digits=0),
    ]


# --- the probe (its own process) --------------------------------------------------------------------------


def probe(db_file: str, folder: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reception.core.clock import local_today
    from reception.core.database import Database
    from reception.core.services.container import Services
    from reception.core.services.visits import CheckInForm
    from reception.ui.context import AppContext
    from reception.ui.main_window import MainWindow
    from reception.ui.operations import OperationRunner
    from reception.ui.scan import ScanRouter
    from reception.ui.visitors.page import VisitorsPage
    from tests.scanner_keys import scanner_types

    app = QApplication(sys.argv[:1])
    services = Services(Database(Path(db_file)))
    admin = services.auth.login("admin", "admin1234")
    badges = Path(folder) / "badges"
    badges.mkdir()
    services.settings.update(admin, {"printing.badge_printer": f"pdf:{badges}", "visits.auto_print_badge": True},
                             at=services.clock.now())
    receptionist = services.auth.login("accueil", "accueil123")
    today = local_today(services.clock)
    hosts = [e for e in services.directory.employees(receptionist, limit=200) if e.email][:GUESTS]
    codes = [services.visits.preregister(receptionist, CheckInForm(
        last, first, "Forum Technopark", email=f"{first.lower()}.{last.lower()}@example.ma",
        host_employee_id=host.id), today).badge_code for (last, first), host in zip(GUEST_NAMES, hosts, strict=False)]
    regulars = _returning_visitors(services, receptionist, today)

    scans = ScanRouter()
    scans.install(app)
    runner = OperationRunner()
    window = MainWindow(AppContext(services, receptionist, runner), services.site.info(), 30, scans)
    window.resize(1366, 768)
    window.show()
    page = window.show_page("visitors")
    assert isinstance(page, VisitorsPage)
    form = page.checkin
    form.last_name.setFocus()
    _until(app, form.last_name.hasFocus)
    keys = 0

    class Pace:
        """What tests.scanner_keys expects of a qtbot: a wait that keeps the event loop running."""

        def wait(self, ms: int) -> None:
            QTest.qWait(ms)

    pace = cast(Any, Pace())

    def press_return() -> None:
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Return)

    def scan(code: str) -> int:
        scanner_types(pace, code, SCANNER_GAP_MS)
        return 0

    def badge_printed(count: int) -> None:
        _until(app, lambda: len(list(badges.glob("*.pdf"))) >= count)
        QTest.qWait(READ_MS)

    def returning(visitor_id: str, name: str) -> int:
        field, typed = form.last_name, 0
        for char in name:
            scanner_types(pace, char, 0, enter=False)  # one key, Shift for a capital
            typed += 1
            QTest.qWait(KEY_GAP_MS)
            if typed >= 3 and field.popup.isVisible() and field.rows and field.rows[0].visitor_id == visitor_id:
                break
        _until(app, lambda: field.popup.isVisible() and bool(field.rows) and field.rows[0].visitor_id == visitor_id)
        QTest.qWait(READ_MS)
        press_return()
        _until(app, form.submit.hasFocus)  # the last host is proposed
        QTest.qWait(READ_MS)
        press_return()
        return typed + 2

    order: list[tuple[str, Callable[[], int]]] = []
    for n, code in enumerate(codes):
        order.append(("scan", partial(scan, code)))
        if n % 2 and regulars:
            order.append(("typed", partial(returning, *regulars.pop(0))))
    started = time.perf_counter()
    for count, (kind, arrive) in enumerate(order, start=1):
        began = time.perf_counter()
        keys += arrive()
        badge_printed(count)
        print(f"arrival {kind} {(time.perf_counter() - began) * 1000:.0f}", flush=True)
    total = time.perf_counter() - started
    inside = {v.badge_code for v in services.visits.on_site(receptionist)}
    missing = [c for c in codes if c not in inside]
    if missing or len(list(badges.glob("*.pdf"))) != len(order):
        raise SystemExit(f"not every guest got in with a badge: {len(missing)} invitations missing")
    print(f"total {total:.2f} {keys}", flush=True)
    runner.wait()


def _returning_visitors(services: Any, actor: Any, today: Any) -> list[tuple[str, str]]:
    """Five people who came before today for a host still in the directory, with different names and
    nobody of the same name on the watch list: (visitor id, 'Last First' as the receptionist types it)."""
    from sqlalchemy import select

    from reception.core.clock import local_day_bounds
    from reception.core.models import Employee, Visit, Visitor, WatchListEntry
    from reception.core.text import fold

    start = local_day_bounds(today)[0]
    with services.db.read() as session:
        watched = set(session.execute(select(WatchListEntry.name_key)).scalars())
        rows = session.execute(
            select(Visitor.id, Visitor.last_name, Visitor.first_name)
            .join(Visit, Visit.visitor_id == Visitor.id).join(Employee, Employee.id == Visit.host_employee_id)
            .where(Visit.checked_in_at < start, Visit.checked_in_at >= start - timedelta(days=60),
                   Visitor.anonymised.is_(False), Employee.active.is_(True))
            .order_by(Visit.checked_in_at.desc()).limit(400)).all()
    chosen: dict[str, tuple[str, str]] = {}
    for visitor_id, last, first in rows:
        if fold(f"{last} {first}") not in watched and last not in chosen:
            chosen[last] = (visitor_id, f"{last} {first}")
    return list(chosen.values())[:RETURNING]


def _until(app: Any, condition: Callable[[], bool]) -> None:
    deadline = time.perf_counter() + WAIT_LIMIT_S
    while not condition():
        if time.perf_counter() > deadline:
            raise SystemExit("the desk did not answer in time")
        app.processEvents()
        time.sleep(0.002)


if __name__ == "__main__":
    probe(sys.argv[1], sys.argv[2])
