"""Head office: any report runs on the central database, across the sites that synced."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from reception.cli import main
from reception.sync.engine import EXIT_OK
from tests.integration.sync_harness import central_url, check_in, open_desk, seed_site

pytestmark = pytest.mark.postgres
__all__ = ["central_url"]


def test_the_visitor_log_runs_on_the_central_database(tmp_path: Path, central_url: str) -> None:
    desk = open_desk(tmp_path, central_url, "CAS", "CAS-A1")
    ids = seed_site(desk)
    check_in(desk, ids["atlas.host"], 3, "Siège")
    assert desk.sync().outcome == EXIT_OK
    out = tmp_path / "registre.csv"
    day = desk.clock.now().date().isoformat()
    assert main(["report", "visitor-log", "--from", day, "--to", day, "--out", str(out),
                 "--db", central_url]) == 0
    text = out.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    assert sum("Siège" in cell for row in rows for cell in row) == 3


def test_visits_by_month_runs_on_the_central_database(tmp_path: Path, central_url: str) -> None:
    """The month is no SQLite function at central: PostgreSQL groups the same months."""
    desk = open_desk(tmp_path, central_url, "CAS", "CAS-A1")
    ids = seed_site(desk)
    check_in(desk, ids["atlas.host"], 2, "Mensuel")
    assert desk.sync().outcome == EXIT_OK
    out = tmp_path / "mois.csv"
    day = desk.clock.now().date().isoformat()
    assert main(["report", "visits-by-month", "--from", day, "--to", day, "--out", str(out),
                 "--db", central_url]) == 0
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert ["Total", "2"] in rows
