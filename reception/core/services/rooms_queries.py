"""Reading rooms and bookings into plain records: the one join every rooms module shares."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from reception.core.models import Booking, Employee, Room, Tenant
from reception.core.services.rooms_data import BookingRow, RoomRow

_Organiser = aliased(Employee)


def room_row(room: Room) -> RoomRow:
    equipment = tuple(e.strip() for e in room.equipment.split(",") if e.strip())
    return RoomRow(room.id, room.name, room.floor, room.capacity, equipment, room.hourly_price_centimes,
                   room.opens_at, room.closes_at, room.buffer_minutes, room.active)


def booking_query() -> Any:
    """Bookings with their room, tenant and organiser names, ready for `booking_row`."""
    return (
        select(Booking, Room.name, Tenant.name, _Organiser.first_name, _Organiser.last_name)
        .join(Room, Room.id == Booking.room_id)
        .join(Tenant, Tenant.id == Booking.tenant_id)
        .outerjoin(_Organiser, _Organiser.id == Booking.organiser_employee_id)
    )


def booking_row(row: Any) -> BookingRow:
    b, room_name, tenant_name, first, last = row
    organiser = f"{first} {last}" if last else ""
    return BookingRow(b.id, b.room_id, room_name, b.tenant_id, tenant_name, b.organiser_employee_id, organiser,
                      b.title, b.start_at, b.end_at, b.attendees, b.notes, b.status, b.arrived_at, b.series_id,
                      b.detached, b.capacity_override_by, b.conflict)
