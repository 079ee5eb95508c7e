"""Series: conflicts listed before saving, one-by-one edits that survive a series edit, Ramadan's offset change."""

from __future__ import annotations

from datetime import date, time
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from reception.core.clock import to_local
from reception.core.errors import Conflict, ValidationError
from reception.core.models import AuditEvent
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.rooms_data import SeriesChanges, SeriesRule
from reception.core.services.rooms_rules import expand, rrule_text
from tests.rooms_support import draft, local, make_rooms

CASABLANCA = ZoneInfo("Africa/Casablanca")


@pytest.fixture
def rooms(services: Services, facilities: Actor) -> dict[str, str]:
    """Atlas (8 places, 15-min buffer), Rif (4) and Sahara (20, 07:00–22:00)."""
    return make_rooms(services, facilities)


def test_conflicting_occurrences_are_listed_then_only_the_free_ones_booked(
        services: Services, receptionist: Actor, rooms: dict[str, str], park: dict[str, str]) -> None:
    blocker = services.rooms.book(receptionist, draft(rooms["rif"], park["noor"], date(2026, 12, 8), "10:30",
                                                      "11:00", "Audit"))
    weekly = draft(rooms["rif"], park["atlas"], date(2026, 12, 1), "10:00", "11:00", "Hebdo")
    rule = SeriesRule("weekly", weekdays=(1,), count=4)  # Tuesdays 1, 8, 15, 22 December
    preview = services.rooms.preview_series(receptionist, weekly, rule)
    assert [f"{o.key:%d/%m}" for o in preview.occurrences] == ["01/12", "08/12", "15/12", "22/12"]
    assert [f"{o.key:%d/%m}" for o in preview.conflicts] == ["08/12"]
    assert preview.conflicts[0].problem == "Conflit avec « Audit » (Noor Green Energy SA) de 10:30 à 11:00."
    with pytest.raises(Conflict, match="1 occurrence\\(s\\) en conflit : 08/12/2026 10:00"):
        services.rooms.book_series(receptionist, weekly, rule)
    result = services.rooms.book_series(receptionist, weekly, rule, skip_conflicts=True)
    assert len(result.booked) == 3 and [f"{o.key:%d/%m}" for o in result.skipped] == ["08/12"]
    assert services.rooms.booking(receptionist, blocker.id).status == "confirmed"


def test_monthly_on_the_second_tuesday_and_by_date() -> None:
    second_tuesday = SeriesRule("monthly", monthly_by_weekday=True, count=3)
    start = local(date(2026, 12, 8), "09:00").astimezone(CASABLANCA).replace(tzinfo=None)
    assert rrule_text(second_tuesday, start).endswith("BYDAY=+2TU;COUNT=3")
    assert [f"{d:%d/%m/%Y}" for d in expand(rrule_text(second_tuesday, start), start)] == [
        "08/12/2026", "12/01/2027", "09/02/2027"]
    by_date = SeriesRule("monthly", until=date(2027, 2, 28))
    assert [d.day for d in expand(rrule_text(by_date, start), start)] == [8, 8, 8]


def test_a_series_needs_an_end(services: Services, receptionist: Actor, rooms: dict[str, str],
                               park: dict[str, str]) -> None:
    with pytest.raises(ValidationError, match="date de fin ou un nombre"):
        services.rooms.preview_series(receptionist, draft(rooms["rif"], park["atlas"], date(2026, 12, 1), "10:00",
                                                          "11:00"), SeriesRule("daily"))


def test_single_occurrence_edits_survive_a_series_edit(services: Services, receptionist: Actor,
                                                       rooms: dict[str, str], park: dict[str, str]) -> None:
    weekly = draft(rooms["sahara"], park["atlas"], date(2026, 12, 2), "10:00", "11:00", "Comité")
    result = services.rooms.book_series(receptionist, weekly, SeriesRule("weekly", count=4))
    first, second, third, fourth = result.booked
    moved = services.rooms.move(receptionist, second.id, local(date(2026, 12, 9), "15:00"),
                                local(date(2026, 12, 9), "16:00"))
    assert moved.detached
    services.rooms.cancel(receptionist, third.id)
    updated = services.rooms.edit_series(receptionist, result.series_id,
                                         SeriesChanges(title="Comité de direction", start_time=time(9, 0)))
    assert {b.id for b in updated} == {first.id, fourth.id}
    assert services.rooms.booking(receptionist, first.id).local_span == "09:00–10:00"
    kept = services.rooms.booking(receptionist, second.id)
    assert (kept.local_span, kept.title, kept.status) == ("15:00–16:00", "Comité", "confirmed")
    assert services.rooms.booking(receptionist, third.id).status == "cancelled"
    assert services.rooms.booking(receptionist, fourth.id).title == "Comité de direction"


def test_a_series_edit_that_would_collide_is_refused_whole(services: Services, receptionist: Actor,
                                                          rooms: dict[str, str], park: dict[str, str]) -> None:
    result = services.rooms.book_series(receptionist, draft(rooms["rif"], park["atlas"], date(2026, 12, 1), "10:00",
                                                            "11:00", "Hebdo"), SeriesRule("weekly", count=3))
    services.rooms.book(receptionist, draft(rooms["rif"], park["noor"], date(2026, 12, 15), "14:00", "15:00", "Jury"))
    with pytest.raises(Conflict, match="« Jury »"):
        services.rooms.edit_series(receptionist, result.series_id, SeriesChanges(start_time=time(14, 0)))
    assert [b.local_span for b in services.rooms.bookings(receptionist, date(2026, 12, 1), date(2026, 12, 31),
                                                          tenant_id=park["atlas"])] == ["10:00–11:00"] * 3
    assert services.rooms.cancel_series(receptionist, result.series_id) == 3


def test_a_series_moves_to_another_room_keeping_its_detached_occurrences(
        services: Services, receptionist: Actor, rooms: dict[str, str], park: dict[str, str]) -> None:
    weekly = draft(rooms["rif"], park["atlas"], date(2026, 12, 1), "10:00", "11:00", "Hebdo", attendees=3)
    result = services.rooms.book_series(receptionist, weekly, SeriesRule("weekly", count=4))
    first, second, third, fourth = result.booked
    services.rooms.move(receptionist, second.id, local(date(2026, 12, 8), "15:00"), local(date(2026, 12, 8), "16:00"))
    blocker = services.rooms.book(receptionist, draft(rooms["atlas"], park["noor"], date(2026, 12, 15), "10:30",
                                                      "11:30", "Jury"))
    to_atlas = SeriesChanges(room_id=rooms["atlas"])
    preview = services.rooms.preview_series_edit(receptionist, result.series_id, to_atlas)
    assert [f"{o.key:%d/%m}" for o in preview.occurrences] == ["01/12", "15/12", "22/12"]  # not the detached one
    assert [(f"{o.key:%d/%m}", o.problem) for o in preview.conflicts] == [
        ("15/12", "Conflit avec « Jury » (Noor Green Energy SA) de 10:30 à 11:30.")]
    with pytest.raises(Conflict, match="1 occurrence\\(s\\) en conflit : 15/12/2026 10:00"):
        services.rooms.edit_series(receptionist, result.series_id, to_atlas)
    assert {services.rooms.booking(receptionist, b.id).room_name for b in result.booked} == {"Rif"}
    services.rooms.cancel(receptionist, blocker.id)
    moved = services.rooms.edit_series(receptionist, result.series_id, to_atlas)
    assert {b.id for b in moved} == {first.id, third.id, fourth.id}
    assert {(b.room_name, b.local_span) for b in moved} == {("Atlas", "10:00–11:00")}
    kept = services.rooms.booking(receptionist, second.id)
    assert (kept.room_name, kept.local_span) == ("Rif", "15:00–16:00")
    with pytest.raises(ValidationError, match="accueille 4 personnes au plus"):
        services.rooms.edit_series(receptionist, result.series_id, SeriesChanges(room_id=rooms["rif"], attendees=6))
    with services.db.read() as session:
        event = session.execute(select(AuditEvent).where(AuditEvent.action == "rooms.series_update")).scalar_one()
    assert rooms["rif"] in event.before and rooms["atlas"] in event.after


def test_a_weekly_series_keeps_10_local_across_the_ramadan_change(
        services: Services, receptionist: Actor, rooms: dict[str, str], park: dict[str, str]) -> None:
    # zoneinfo's data: Casablanca goes from +01 to +00 on 07/02/2027 and back to +01 on 14/03/2027.
    before, during = date(2027, 2, 3), date(2027, 2, 10)
    assert to_local(local(before, "10:00")).utcoffset().total_seconds() == 3600
    assert to_local(local(during, "10:00")).utcoffset().total_seconds() == 0
    weekly = draft(rooms["rif"], park["atlas"], date(2027, 1, 27), "10:00", "11:00", "Hebdo")
    result = services.rooms.book_series(receptionist, weekly, SeriesRule("weekly", until=date(2027, 3, 24)))
    starts = [to_local(b.start_at) for b in result.booked]
    assert len(starts) == 9
    assert {f"{s:%H:%M}" for s in starts} == {"10:00"}
    assert {s.utcoffset().total_seconds() for s in starts} == {0, 3600}
    assert {f"{b.start_at:%H:%M}" for b in result.booked} == {"09:00", "10:00"}  # UTC moves, local does not
