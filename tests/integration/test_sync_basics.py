"""The sync's ordinary night: two desks of a site converge through the central PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from reception.core.models import Tenant, User
from reception.sync.engine import EXIT_OK
from tests.integration.sync_harness import assert_converged, central_url, check_in, open_desk, seed_site

pytestmark = pytest.mark.postgres
__all__ = ["central_url"]


def test_two_desks_of_a_site_converge(tmp_path: Path, central_url: str) -> None:
    first = open_desk(tmp_path, central_url, "CAS", "CAS-A1")
    ids = seed_site(first)
    check_in(first, ids["atlas.host"], 5)
    report = first.sync()
    assert report.outcome == EXIT_OK, report.message
    assert report.pushed > 20 and report.conflicts == 0

    second = open_desk(tmp_path, central_url, "CAS", "CAS-B1")
    assert second.sync().outcome == EXIT_OK
    with second.db.read() as session:
        assert {t.name for t in session.execute(select(Tenant)).scalars()} == {
            "Atlas Digital SARL", "Noor Green Energy SA"}
        assert session.execute(select(User.username).where(User.username == "accueil")).scalar_one()
    check_in(second, ids["noor.host"], 3, "Second")
    assert second.sync().outcome == EXIT_OK
    assert first.sync().outcome == EXIT_OK
    assert_converged(central_url, [first, second])


def test_history_that_bypassed_the_outbox_goes_up_with_initial_load(tmp_path: Path, central_url: str) -> None:
    from reception.cli import main
    from tests.integration.sync_harness import central_rows, write_history

    desk = open_desk(tmp_path, central_url, "CAS", "CAS-A1")
    seed_site(desk)
    history = write_history(desk, 50)
    args = ["--db", str(desk.path), "sync", "--central", desk.url, "--initial-load"]
    assert main(args) == EXIT_OK
    assert history <= set(central_rows(central_url, "tenants", "CAS"))
    assert main(args) == EXIT_OK  # twice: nothing doubled, nothing changed
    assert_converged(central_url, [desk])
