"""Shared rows converge at every desk, no update is lost, and conflicts are data at central (issue 12, 3-4).

Each test ends with THE check (assert_converged: no business number twice at central, `--verify` clean).
"""

from __future__ import annotations

import csv
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from reception.cli import main
from reception.core.clock import FixedClock
from reception.core.models import Booking
from reception.core.services.sync_status import conflicts
from reception.sync.apply import DeskId, apply_batch
from reception.sync.central import central_engine, replicated
from reception.sync.engine import EXIT_CONFLICTS, EXIT_OK, EXIT_RUNNING
from reception.sync.local import pending_events, record_refusals
from reception.sync.safety import SyncLock
from tests.integration.sync_harness import (
    Desk,
    assert_converged,
    central_conflicts,
    central_rows,
    central_url,
    check_in,
    open_desk,
    seed_site,
)
from tests.rooms_support import FRIDAY, draft

pytestmark = pytest.mark.postgres
__all__ = ["central_url"]


@pytest.fixture
def two_desks(tmp_path: Path, central_url: str) -> tuple[Desk, Desk, dict[str, str]]:
    """CAS-A1 seeded the site and synced on Thursday; CAS-A2 joined it."""
    thursday = FixedClock(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
    first = open_desk(tmp_path, central_url, "CAS", "CAS-A1", thursday)
    ids = seed_site(first)
    assert first.sync().outcome == EXIT_OK
    second = open_desk(tmp_path, central_url, "CAS", "CAS-A2", FixedClock(thursday.now()))
    assert second.sync().outcome == EXIT_OK
    return first, second, ids


def _receptionist(desk: Desk):  # type: ignore[no-untyped-def]
    return desk.login("accueil", "accueil-secret")


def _booked_at_first_cancelled_at_second(first: Desk, second: Desk, ids: dict[str, str]) -> str:
    """CAS-A1 books, both desks sync, CAS-A2 cancels that booking (version 2) and syncs; the booking's id."""
    booking = first.services.rooms.book(_receptionist(first),
                                        draft(ids["room.rif"], ids["atlas"], FRIDAY, "10:00", "11:00", "Comité"))
    assert first.sync().outcome == EXIT_OK
    assert second.sync().outcome == EXIT_OK
    second.services.rooms.cancel(_receptionist(second), booking.id)
    assert second.sync().outcome == EXIT_OK
    return booking.id


def test_a_booking_cancelled_at_another_desk_reaches_the_desk_that_made_it(
        two_desks: tuple[Desk, Desk, dict[str, str]], central_url: str) -> None:
    first, second, ids = two_desks
    booking_id = _booked_at_first_cancelled_at_second(first, second, ids)
    assert first.sync().outcome == EXIT_OK
    mine = first.services.rooms.booking(first.login(), booking_id)
    assert (mine.status, central_rows(central_url, "bookings", "CAS")[booking_id]["status"]) == ("cancelled",) * 2
    assert first.sync().outcome == EXIT_OK  # the login above was audited
    assert_converged(central_url, [first, second])


def test_a_concurrent_edit_is_a_recorded_conflict_never_a_silent_overwrite(
        two_desks: tuple[Desk, Desk, dict[str, str]], central_url: str) -> None:
    first, second, ids = two_desks
    booking_id = _booked_at_first_cancelled_at_second(first, second, ids)
    first.services.rooms.update(_receptionist(first), booking_id,  # CAS-A1, not synced since, renames its v1
                                draft(ids["room.rif"], ids["atlas"], FRIDAY, "10:00", "11:00", "Comité de direction"))
    assert first.sync().outcome == EXIT_CONFLICTS
    with first.db.read() as session:
        [conflict] = conflicts(session)
    assert conflict.kind == "concurrent" and "Comité de direction" in conflict.payload
    assert first.services.rooms.booking(first.login(), booking_id).status == "cancelled"  # central's version
    assert [c["kind"] for c in central_conflicts(central_url)] == ["concurrent"]
    assert second.sync().outcome == EXIT_OK
    assert first.sync().outcome == EXIT_CONFLICTS  # the login above was audited; the conflict waits
    assert_converged(central_url, [first, second])


def test_a_desk_may_not_change_another_desks_own_rows(two_desks: tuple[Desk, Desk, dict[str, str]],
                                                      central_url: str) -> None:
    first, second, ids = two_desks
    [visit] = check_in(first, ids["atlas.host"], 1)
    assert first.sync().outcome == EXIT_OK
    first.services.visits.check_out(_receptionist(first), visit)
    # CAS-A2's login sending the same change as an event of its own
    events = [replace(e, event_id=str(uuid.uuid4())) for e in pending_events(first.db, 100) if e.entity == "visits"]
    engine = central_engine(second.url)
    try:
        with engine.begin() as conn:
            result = apply_batch(conn, DeskId("CAS", "CAS-A2"), second.db.identity().epoch, events)  # type: ignore[union-attr]
    finally:
        engine.dispose()
    assert [r.kind for r in result.refusals] == ["owner"]
    with second.db.write() as session:  # what CAS-A2's sync does with an answer
        record_refusals(session, result.refusals, second.clock.now())
    assert central_rows(central_url, "visits", "CAS")[visit]["checked_out_at"] is None
    assert first.sync().outcome == EXIT_OK  # the owner's own check-out goes through
    assert central_rows(central_url, "visits", "CAS")[visit]["checked_out_at"] is not None
    assert_converged(central_url, [first, second], lost_locally=frozenset(e.event_id for e in events))


def test_the_initial_load_waits_for_the_sync_lock(two_desks: tuple[Desk, Desk, dict[str, str]],
                                                  central_url: str) -> None:
    first, second, ids = two_desks
    check_in(first, ids["atlas.host"], 2)
    with SyncLock(first.path):  # a sync of this desk is running
        assert main(["--db", str(first.path), "sync", "--central", first.url, "--initial-load"]) == EXIT_RUNNING
    assert len(central_rows(central_url, "visits", "CAS")) == 0  # nothing streamed meanwhile
    assert main(["--db", str(first.path), "sync", "--central", first.url, "--initial-load"]) == EXIT_OK
    assert len(central_rows(central_url, "visits", "CAS")) == 2
    assert_converged(central_url, [first, second])


def test_an_overlap_is_flagged_at_central_listed_at_head_office_and_settled_everywhere(
        two_desks: tuple[Desk, Desk, dict[str, str]], central_url: str, tmp_path: Path) -> None:
    first, second, ids = two_desks
    a = first.services.rooms.book(_receptionist(first),
                                  draft(ids["room.rif"], ids["atlas"], FRIDAY, "10:00", "11:00", "Comité"))
    b = second.services.rooms.book(_receptionist(second),
                                   draft(ids["room.rif"], ids["noor"], FRIDAY, "10:30", "11:30", "Point"))
    assert first.sync().outcome == EXIT_OK
    assert second.sync().outcome == EXIT_CONFLICTS
    assert first.sync().outcome == EXIT_CONFLICTS
    bookings = central_rows(central_url, "bookings", "CAS")
    assert bookings[a.id]["conflict"] is True and bookings[b.id]["conflict"] is True
    [shared] = central_conflicts(central_url)
    assert (shared["kind"], {shared["row_id"], shared["other_row_id"]}, shared["resolved_at"]) == (
        "overlap", {a.id, b.id}, None)

    out = tmp_path / "conflits.csv"
    assert main(["report", "sync-conflicts", "--out", str(out), "--db", central_url]) == 0
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert any("CAS" in row and "Chevauchement" in " ".join(row) for row in rows)

    with first.db.read() as session:
        [conflict] = conflicts(session)
    first.services.sync_status.resolve(first.login(), conflict.id, "Point déplacé en salle Atlas")
    assert first.sync().outcome == EXIT_OK
    [shared] = central_conflicts(central_url)
    assert shared["resolved_at"] is not None and shared["resolution"] == "Point déplacé en salle Atlas"
    assert second.sync().outcome == EXIT_OK  # settled at CAS-A1, closed at CAS-A2 too
    with second.db.read() as session:
        assert conflicts(session) == []
    engine = create_engine(central_url)
    with engine.connect() as conn:
        flags = dict(conn.execute(select(replicated()["bookings"].c.id, replicated()["bookings"].c.conflict)).all())
    engine.dispose()
    assert flags == {a.id: True, b.id: True}
    with first.db.read() as session:
        assert session.get(Booking, b.id).conflict is True  # type: ignore[union-attr]
    assert_converged(central_url, [first, second])
