"""iCalendar export: parsed back with the icalendar library, the Casablanca time zone included."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from reception.core.errors import ValidationError
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.rooms_data import SeriesRule
from tests.rooms_support import draft, make_rooms


@pytest.fixture
def rooms(services: Services, facilities: Actor) -> dict[str, str]:
    """Atlas (8 places, 15-min buffer), Rif (4) and Sahara (20, 07:00–22:00)."""
    return make_rooms(services, facilities)


def test_a_room_s_bookings_round_trip_with_their_time_zone(services: Services, receptionist: Actor,
                                                           rooms: dict[str, str], park: dict[str, str]) -> None:
    # a weekly series across the Ramadan change of 2027 (+01 -> +00 on 07/02/2027)
    services.rooms.book_series(receptionist, draft(rooms["rif"], park["atlas"], date(2027, 2, 1), "10:00", "11:30",
                                                   "Hebdo", organiser=park["atlas.bennani"]),
                               SeriesRule("weekly", count=3))
    services.rooms.book(receptionist, draft(rooms["atlas"], park["noor"], date(2027, 2, 2), "09:00", "10:00"))
    content = services.rooms.export_ics(receptionist, room_id=rooms["rif"], date_from=date(2027, 2, 1),
                                        date_to=date(2027, 2, 28))
    calendar = Calendar.from_ical(content)
    zones = calendar.walk("VTIMEZONE")
    assert [z["TZID"] for z in zones] == ["Africa/Casablanca"]
    events = calendar.walk("VEVENT")
    assert len(events) == 3
    starts = [e.decoded("DTSTART") for e in events]
    assert {s.tzinfo.key for s in starts} == {"Africa/Casablanca"}  # type: ignore[union-attr]
    assert [f"{s:%d/%m %H:%M}" for s in starts] == ["01/02 10:00", "08/02 10:00", "15/02 10:00"]
    assert [s.utcoffset().total_seconds() for s in starts] == [3600, 0, 0]  # type: ignore[union-attr]
    first = events[0]
    assert str(first["SUMMARY"]) == "Hebdo — Atlas Digital SARL"
    assert str(first["LOCATION"]) == "Salle Rif"
    assert "Organisateur : Mohamed Bennani" in str(first["DESCRIPTION"])
    assert f"{first.decoded('DTEND'):%H:%M}" == "11:30"
    assert len({str(e["UID"]) for e in events}) == 3
    assert b"TZID=Africa/Casablanca" in content
    assert starts[1].astimezone(ZoneInfo("UTC")).hour == 10


def test_one_booking_or_a_tenant_s_bookings(services: Services, receptionist: Actor, rooms: dict[str, str],
                                            park: dict[str, str]) -> None:
    one = services.rooms.book(receptionist, draft(rooms["rif"], park["noor"], date(2026, 12, 1), "14:00", "15:00",
                                                  "Jury"))
    services.rooms.book(receptionist, draft(rooms["atlas"], park["atlas"], date(2026, 12, 1), "14:00", "15:00"))
    single = Calendar.from_ical(services.rooms.export_ics(receptionist, booking_id=one.id))
    assert [str(e["SUMMARY"]) for e in single.walk("VEVENT")] == ["Jury — Noor Green Energy SA"]
    tenant = Calendar.from_ical(services.rooms.export_ics(receptionist, tenant_id=park["noor"],
                                                          date_from=date(2026, 12, 1), date_to=date(2026, 12, 31)))
    assert str(tenant["X-WR-CALNAME"]) == "Salles — Noor Green Energy SA"
    assert len(tenant.walk("VEVENT")) == 1
    with pytest.raises(ValidationError, match="période"):
        services.rooms.export_ics(receptionist, room_id=rooms["rif"])
