"""Check-in plus badge PDF, the desk's peak-hour action, next to a raw reportlab page of the badge's size measured
in the same run (the floor any badge PDF pays). Check-ins write, so they run on a copy of the database file."""

from __future__ import annotations

import io
import random
import sqlite3
import tempfile
import time
from contextlib import closing
from datetime import timedelta
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from bench.timing import figure, scratch_copy, timed, timed_row
from reception.core.clock import FixedClock, SystemClock
from reception.core.database import Database
from reception.core.services.permissions import SYSTEM
from reception.core.services.visits import CheckInForm, VisitService
from reception.printing.badges import MEDIA, BadgeInfo, BadgeSetup

BUDGET_MS = 50
CHECK_INS = 200




def bare_page(name: str) -> bytes:
    """The floor: one raw reportlab page of the badge's size holding the visitor's name, nothing else."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=MEDIA["cr80"].size_pt)
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(5 * mm, 30 * mm, name)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def run(db_path: Path) -> list[dict[str, Any]]:
    rng = random.Random(2026)
    baseline = [timed(lambda: bare_page("Élodie BENNANI")) for _ in range(CHECK_INS)]
    with tempfile.TemporaryDirectory() as folder:
        copy = scratch_copy(db_path, Path(folder))
        db = Database(copy)
        try:
            clock = FixedClock(SystemClock().now())
            service = VisitService(db, clock)
            with closing(sqlite3.connect(copy)) as conn:
                hosts = [r[0] for r in conn.execute("SELECT id FROM employees WHERE active = 1")]
                people = conn.execute("SELECT id, last_name, first_name, organisation FROM visitors "
                                      "WHERE anonymised = 0 ORDER BY last_visit_at DESC LIMIT 5000").fetchall()
            people = people or [(None, "Bennani", "Élodie", "Cabinet Alami")]
            setups = [BadgeSetup(media) for media in MEDIA]
            together, pdf_only = [], []
            for n in range(CHECK_INS):
                visitor_id, last, first, organisation = rng.choice(people)
                form = CheckInForm(last, first, organisation, phone="0612345678", host_employee_id=rng.choice(hosts),
                                   visitor_id=visitor_id if n % 3 else None)
                setup = setups[n % len(setups)]
                start = time.perf_counter()
                visit = service.check_in(SYSTEM, form)
                middle = time.perf_counter()
                setup.pdf([BadgeInfo.of(visit, "Technopark Casablanca")])
                end = time.perf_counter()
                together.append((end - start) * 1000)
                pdf_only.append((end - middle) * 1000)
                clock.advance(timedelta(seconds=20))
        finally:
            db.dispose()
    bare = f"page reportlab brute (nom seul) {figure(baseline)[0]:.2f} {figure(baseline)[1]}"
    return [
        timed_row(f"badges: check-in plus badge PDF, all four media ({CHECK_INS} check-ins)", together, BUDGET_MS,
                  bare),
        timed_row("badges: badge PDF alone", pdf_only, None, bare),
    ]

if __name__ == "__main__":
    import sys

    for row in run(Path(sys.argv[1])):
        print(row)
