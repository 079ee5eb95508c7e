"""Booking one slot: every refusal with its French reason, buffers, capacity overrides, arrivals and no-shows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from reception.core.clock import FixedClock
from reception.core.errors import Conflict, DomainError, PermissionDenied, ValidationError
from reception.core.models import AuditEvent, OutboxEvent
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from tests.rooms_support import FRIDAY, THURSDAY, draft, local, make_rooms


@pytest.fixture
def rooms(services: Services, facilities: Actor) -> dict[str, str]:
    """Atlas (8 places, 15-min buffer), Rif (4) and Sahara (20, 07:00–22:00)."""
    return make_rooms(services, facilities)


def test_a_booking_is_saved_audited_and_queued_for_sync(services: Services, receptionist: Actor,
                                                        rooms: dict[str, str], park: dict[str, str]) -> None:
    row = services.rooms.book(receptionist, draft(rooms["rif"], park["atlas"], FRIDAY, "10:00", "11:30",
                                                   "Point client", organiser=park["atlas.bennani"]))
    assert (row.room_name, row.tenant_name, row.organiser_name) == ("Rif", "Atlas Digital SARL", "Mohamed Bennani")
    assert row.local_span == "10:00–11:30" and row.minutes == 90
    with services.db.read() as session:
        assert session.execute(select(AuditEvent).where(AuditEvent.action == "rooms.book",
                                                        AuditEvent.entity_id == row.id)).scalar_one()
        assert session.execute(select(OutboxEvent).where(OutboxEvent.row_id == row.id)).first()


def test_an_overlap_names_the_booking_it_collides_with(services: Services, receptionist: Actor,
                                                       rooms: dict[str, str], park: dict[str, str]) -> None:
    services.rooms.book(receptionist, draft(rooms["rif"], park["noor"], FRIDAY, "10:00", "11:00", "Comité"))
    with pytest.raises(Conflict) as refused:
        services.rooms.book(receptionist, draft(rooms["rif"], park["atlas"], FRIDAY, "10:30", "12:00"))
    assert refused.value.message == "Conflit avec « Comité » (Noor Green Energy SA) de 10:00 à 11:00."
    assert refused.value.field == "start_at"
    # back to back is fine in a room without buffer
    services.rooms.book(receptionist, draft(rooms["rif"], park["atlas"], FRIDAY, "11:00", "12:00"))


def test_the_buffer_keeps_rooms_apart_and_says_so(services: Services, receptionist: Actor,
                                                  rooms: dict[str, str], park: dict[str, str]) -> None:
    services.rooms.book(receptionist, draft(rooms["atlas"], park["noor"], FRIDAY, "10:00", "11:00", "Comité"))
    with pytest.raises(Conflict, match="15 min de battement"):
        services.rooms.book(receptionist, draft(rooms["atlas"], park["atlas"], FRIDAY, "11:00", "12:00"))
    with pytest.raises(Conflict, match="battement"):
        services.rooms.book(receptionist, draft(rooms["atlas"], park["atlas"], FRIDAY, "09:15", "10:00"))
    services.rooms.book(receptionist, draft(rooms["atlas"], park["atlas"], FRIDAY, "09:00", "09:45"))
    services.rooms.book(receptionist, draft(rooms["atlas"], park["atlas"], FRIDAY, "11:15", "12:00"))


@pytest.mark.parametrize(("start", "end", "field", "words"), [
    ("11:00", "10:00", "end_at", "La fin doit être après le début"),
    ("10:10", "11:00", "start_at", "pas de 15 minutes"),
    ("10:00", "11:05", "end_at", "pas de 15 minutes"),
    ("07:00", "09:00", "start_at", "Hors des heures de réservation de la salle (08:00–20:00)"),
    ("19:00", "20:30", "start_at", "Hors des heures"),
])
def test_bad_times_are_refused_next_to_their_field(services: Services, receptionist: Actor, rooms: dict[str, str],
                                                   park: dict[str, str], start: str, end: str, field: str,
                                                   words: str) -> None:
    with pytest.raises(ValidationError) as refused:
        services.rooms.book(receptionist, draft(rooms["rif"], park["atlas"], FRIDAY, start, end))
    assert words in refused.value.errors[field]


def test_a_slot_in_the_past_is_refused(services: Services, receptionist: Actor, rooms: dict[str, str],
                                       park: dict[str, str]) -> None:
    with pytest.raises(ValidationError, match="déjà passé"):
        services.rooms.book(receptionist, draft(rooms["rif"], park["atlas"], THURSDAY, "09:00", "09:30"))


def test_room_hours_override_the_site_hours(services: Services, receptionist: Actor, rooms: dict[str, str],
                                            park: dict[str, str]) -> None:
    row = services.rooms.book(receptionist, draft(rooms["sahara"], park["atlas"], FRIDAY, "20:00", "21:30"))
    assert row.local_span == "20:00–21:30"


def test_the_organiser_must_work_for_the_tenant(services: Services, receptionist: Actor, rooms: dict[str, str],
                                                park: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as refused:
        services.rooms.book(receptionist, draft(rooms["rif"], park["atlas"], FRIDAY, "10:00", "11:00",
                                                organiser=park["noor.tazi"]))
    assert "salarié de la société" in refused.value.errors["organiser_employee_id"]


def test_capacity_is_enforced_unless_a_manager_approves(services: Services, receptionist: Actor, manager: Actor,
                                                        rooms: dict[str, str], park: dict[str, str]) -> None:
    crowded = draft(rooms["rif"], park["atlas"], FRIDAY, "14:00", "15:00", "Formation", attendees=6)
    with pytest.raises(ValidationError) as refused:
        services.rooms.book(receptionist, crowded)
    assert "« Rif » accueille 4 personnes au plus" in refused.value.errors["attendees"]
    with pytest.raises(ValidationError):
        services.rooms.book(receptionist, crowded, approver=receptionist)  # a receptionist cannot approve
    row = services.rooms.book(receptionist, crowded, approver=manager)
    assert row.capacity_override_by == manager.user_id
    with services.db.read() as session:
        event = session.execute(select(AuditEvent).where(AuditEvent.action == "rooms.capacity_override")).scalar_one()
    assert event.username == "responsable" and '"capacity": 4' in event.after


def test_move_resize_and_cancel(services: Services, receptionist: Actor, rooms: dict[str, str],
                                park: dict[str, str]) -> None:
    first = services.rooms.book(receptionist, draft(rooms["rif"], park["atlas"], FRIDAY, "10:00", "11:00", "A"))
    second = services.rooms.book(receptionist, draft(rooms["rif"], park["noor"], FRIDAY, "12:00", "13:00", "B"))
    with pytest.raises(Conflict, match="« B »"):
        services.rooms.resize(receptionist, first.id, local(FRIDAY, "12:30"))
    moved = services.rooms.move(receptionist, first.id, local(FRIDAY, "11:00"), local(FRIDAY, "12:00"))
    assert moved.local_span == "11:00–12:00"
    other_room = services.rooms.move(receptionist, second.id, local(FRIDAY, "11:00"), local(FRIDAY, "12:00"),
                                     room_id=rooms["atlas"])
    assert other_room.room_name == "Atlas"
    cancelled = services.rooms.cancel(receptionist, first.id)
    assert cancelled.status == "cancelled"
    with pytest.raises(DomainError, match="annulée"):
        services.rooms.move(receptionist, first.id, local(FRIDAY, "15:00"), local(FRIDAY, "16:00"))
    services.rooms.book(receptionist, draft(rooms["rif"], park["noor"], FRIDAY, "11:00", "12:00", "C"))


def test_no_show_is_released_after_the_setting_and_the_slot_is_free_again(
        services: Services, receptionist: Actor, admin: Actor, rooms: dict[str, str], park: dict[str, str],
        clock: FixedClock) -> None:
    services.settings.update(admin, {"rooms.no_show_minutes": 20}, at=clock.now())
    late = services.rooms.book(receptionist, draft(rooms["rif"], park["atlas"], THURSDAY, "10:30", "11:30", "Absent"))
    present = services.rooms.book(receptionist, draft(rooms["atlas"], park["noor"], THURSDAY, "10:30", "11:30"))
    clock.advance(timedelta(minutes=25))  # 10:25
    services.rooms.confirm_arrival(receptionist, present.id)
    clock.advance(timedelta(minutes=24))  # 10:49: 19 minutes after the start
    assert services.rooms.release_no_shows(receptionist) == []
    clock.advance(timedelta(minutes=1))  # 10:50
    released = services.rooms.release_no_shows(receptionist)
    assert [b.id for b in released] == [late.id] and released[0].status == "released"
    again = services.rooms.book(receptionist, draft(rooms["rif"], park["noor"], THURSDAY, "11:00", "11:30", "Reprise"))
    assert again.status == "confirmed"
    assert services.rooms.booking(receptionist, present.id).arrived_at is not None
    with pytest.raises(DomainError, match="libérée"):
        services.rooms.confirm_arrival(receptionist, late.id)
    tiles = {f.key: f for f in services.overview.figures(receptionist)}
    assert tiles["rooms.no_shows"].value == "1" and tiles["rooms.no_shows"].alert
    assert tiles["rooms.today"].value == "2"
    assert tiles["rooms.free"].value == "2/3"  # at 10:50 only Atlas is in use ("Reprise" starts at 11:00)


def test_rooms_are_managed_by_facilities_only(services: Services, receptionist: Actor, facilities: Actor,
                                              rooms: dict[str, str]) -> None:
    with pytest.raises(PermissionDenied):
        services.rooms.save_room(receptionist, {"name": "Toubkal", "capacity": 6})
    with pytest.raises(ValidationError) as refused:
        services.rooms.save_room(facilities, {"name": "atlas", "capacity": 0, "buffer_minutes": 10,
                                              "opens_at": "9h"})
    assert set(refused.value.errors) == {"capacity", "buffer_minutes", "opens_at"}
    with pytest.raises(ValidationError, match="déjà"):
        services.rooms.save_room(facilities, {"name": "ATLAS", "capacity": 4})
    updated = services.rooms.save_room(facilities, {"name": "Atlas", "capacity": 10, "active": False},
                                       room_id=rooms["atlas"])
    assert updated.capacity == 10
    assert [r.name for r in services.rooms.rooms(receptionist)] == ["Rif", "Sahara"]


def test_day_grid_and_week(services: Services, receptionist: Actor, rooms: dict[str, str],
                           park: dict[str, str]) -> None:
    a = services.rooms.book(receptionist, draft(rooms["rif"], park["atlas"], FRIDAY, "10:00", "11:00"))
    b = services.rooms.book(receptionist, draft(rooms["sahara"], park["noor"], FRIDAY, "21:00", "22:00"))
    grid = services.rooms.day_grid(receptionist, FRIDAY)
    assert [r.name for r in grid.rooms] == ["Atlas", "Rif", "Sahara"]
    assert (f"{grid.opens:%H:%M}", f"{grid.closes:%H:%M}") == ("07:00", "22:00")
    assert [x.id for x in grid.bookings] == [a.id, b.id]
    week = services.rooms.week(receptionist, rooms["rif"], FRIDAY)
    assert week.monday.weekday() == 0 and len(week.days) == 7 and [x.id for x in week.bookings] == [a.id]
