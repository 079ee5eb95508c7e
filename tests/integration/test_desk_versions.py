"""The version gate on a real PostgreSQL: head office requires a newer console; an older desk stops pushing,
says so at sync and on Accueil, keeps working and keeps its outbox, and catches up once updated."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from reception.cli import main
from reception.sync.apply import DeskId, apply_batch
from reception.sync.central import central_engine, sync_batches
from reception.sync.engine import EXIT_OK
from reception.sync.local import pending_events
from reception.sync.versions import EXIT_TOO_OLD, app_version
from tests.integration.sync_harness import assert_converged, central_url, check_in, open_desk, seed_site

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
__all__ = ["central_url"]


def test_an_older_desk_keeps_its_outbox_until_it_is_updated(
        tmp_path: Path, central_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    desk = open_desk(tmp_path, central_url, "CAS", "CAS-A1")
    ids = seed_site(desk)
    assert desk.sync().outcome == EXIT_OK
    assert main(["central", "require-version", "--url", central_url, "99.0.0"]) == 0
    assert "99.0.0" in capsys.readouterr().out

    check_in(desk, ids["atlas.host"], 2, "Patient")  # the desk keeps working
    waiting = desk.pending()
    report = desk.sync()
    assert report.outcome == EXIT_TOO_OLD
    assert f"version {app_version()}" in report.message and "99.0.0" in report.message
    assert desk.pending() == waiting

    actor = desk.login("accueil", "accueil-secret")  # (the login is audited: one more change waiting)
    waiting = desk.pending()
    tiles = {f.key: f for f in desk.services.overview.figures(actor)}
    assert tiles["sync.update"].alert and tiles["sync.update"].value == str(waiting)
    assert "continue de fonctionner" in tiles["sync.update"].detail

    desk.close()
    assert main(["--db", str(desk.path), "sync", "--central", desk.url]) == EXIT_TOO_OLD
    assert "trop ancienne" in capsys.readouterr().err
    desk.reopen()

    engine = central_engine(central_url)  # a console too old to know the rule is refused by central itself
    try:
        with pytest.raises(DBAPIError, match="trop ancienne"), engine.begin() as conn:
            apply_batch(conn, DeskId("CAS", "CAS-A1"), desk.db.identity().epoch,  # type: ignore[union-attr]
                        pending_events(desk.db, 100), app_version="1.0.0")
    finally:
        engine.dispose()
    assert desk.pending() == waiting

    updated = desk.sync(app_version="99.0.0")  # the update installed
    assert updated.outcome == EXIT_OK and updated.pushed >= waiting
    assert desk.pending() == 0
    assert "sync.update" not in {f.key for f in desk.services.overview.figures(actor)}
    engine = central_engine(central_url)
    try:
        with engine.connect() as conn:
            versions = set(conn.execute(select(sync_batches.c.app_version)).scalars())
    finally:
        engine.dispose()
    assert versions == {app_version(), "99.0.0"}  # every batch says which console sent it
    assert_converged(central_url, [desk])
    desk.close()
