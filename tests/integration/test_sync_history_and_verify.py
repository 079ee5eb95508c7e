"""History is never skipped in silence, faults give the same exit codes in every phase, and `--verify`
names what differs (issue 12, items 5-7). Each test ends with THE check (assert_converged)."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select

from reception.cli import main
from reception.sync import initial_load
from reception.sync.engine import EXIT_DIVERGED, EXIT_NETWORK, EXIT_OK
from reception.sync.verify import FULL
from tests.integration.sync_harness import (
    Desk,
    assert_converged,
    central_rows,
    central_url,
    check_in,
    open_desk,
    seed_site,
    write_history,
)
from tests.postgres_server import libpq

pytestmark = pytest.mark.postgres
__all__ = ["central_url"]
HISTORY = 120


def _desk_with_history(tmp_path: Path, central_url: str) -> Desk:
    """A seeded desk that also holds 120 old tenants written like the demo generator (no outbox event)."""
    desk = open_desk(tmp_path, central_url, "CAS", "CAS-A1")
    seed_site(desk)
    write_history(desk, HISTORY)
    return desk


def _site_rows(desk: Desk) -> int:
    from reception.core.models.base import syncable_tables

    with desk.db.read() as session:
        return sum(session.scalar(select(func.count()).select_from(t)) or 0 for t in syncable_tables())


def test_a_desk_with_history_loads_it_on_its_own(tmp_path: Path, central_url: str) -> None:
    desk = _desk_with_history(tmp_path, central_url)
    report = desk.sync()  # no --initial-load: the history goes up anyway
    assert report.outcome == EXIT_OK, report.message
    assert report.loaded == _site_rows(desk)
    assert len(central_rows(central_url, "tenants", "CAS")) == HISTORY + 2  # and the 2 of seed_site
    again = desk.sync()
    assert (again.outcome, again.loaded) == (EXIT_OK, 0)  # loaded once
    assert_converged(central_url, [desk])


def test_a_connection_cut_during_the_initial_load_is_a_network_failure_and_resumes(
        tmp_path: Path, central_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(initial_load, "CHUNK_ROWS", 40)
    desk = _desk_with_history(tmp_path, central_url)
    calls: list[str] = []

    def cut_after_the_first_chunks(message: str) -> None:
        calls.append(message)
        if sum(m.startswith("Historique : tenants") for m in calls) == 2:  # one chunk of tenants is in
            with psycopg.connect(libpq(central_url), autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = current_database() AND pid <> pg_backend_pid()")

    cut = desk.sync(progress=cut_after_the_first_chunks)
    assert cut.outcome == EXIT_NETWORK and "connexion coupée" in cut.message
    before = len(central_rows(central_url, "tenants", "CAS"))
    assert 0 < before < HISTORY  # some chunks went up, not all

    resumed = desk.sync()
    assert resumed.outcome == EXIT_OK, resumed.message
    assert resumed.loaded < _site_rows(desk)  # chunks already at central were not streamed again
    assert len(central_rows(central_url, "tenants", "CAS")) == HISTORY + 2
    assert_converged(central_url, [desk])


def test_verify_names_what_differs_and_fails(tmp_path: Path, central_url: str) -> None:
    desk = open_desk(tmp_path, central_url, "CAS", "CAS-A1")
    ids = seed_site(desk)
    visits = check_in(desk, ids["atlas.host"], 4)
    args = ["--db", str(desk.path), "sync", "--central", desk.url, "--verify"]
    assert main(args) == EXIT_OK
    with psycopg.connect(libpq(central_url), autocommit=True) as admin:  # a row lost at central
        admin.execute("DELETE FROM visits WHERE id = %s", (visits[0],))
    report = desk.sync(verify=FULL)
    assert report.outcome == EXIT_DIVERGED
    day = desk.clock.now().date().isoformat()
    assert f"visits du {day} : 4 lignes au poste, 3 à la centrale" in report.message
    assert main(args) == EXIT_DIVERGED  # the nightly, quick check sees it too
    assert main(["--db", str(desk.path), "sync", "--central", desk.url, "--initial-load", "--verify"]) == EXIT_OK
    assert_converged(central_url, [desk])
