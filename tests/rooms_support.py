"""Helpers the rooms tests share: a few rooms on the test park and drafts built from local times."""

from __future__ import annotations

from datetime import date, datetime, time

from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.rooms import slot
from reception.core.services.rooms_data import BookingDraft

THURSDAY = date(2026, 11, 26)  # the test clock's day (10:00 local)
FRIDAY = date(2026, 11, 27)


def make_rooms(services: Services, facilities: Actor) -> dict[str, str]:
    """Three rooms: 'atlas' (8 places, 15 min buffer, 200 DH/h), 'rif' (4 places), 'sahara' (20, late hours)."""
    specs = {
        "atlas": {"name": "Atlas", "floor": "1", "capacity": 8, "equipment": "Projecteur, Tableau blanc",
                  "hourly_price_centimes": 20_000, "buffer_minutes": 15},
        "rif": {"name": "Rif", "floor": "1", "capacity": 4, "equipment": "Écran",
                "hourly_price_centimes": 12_500},
        "sahara": {"name": "Sahara", "floor": "2", "capacity": 20, "equipment": "Visioconférence",
                   "hourly_price_centimes": 35_000, "opens_at": "07:00", "closes_at": "22:00"},
    }
    return {key: services.rooms.save_room(facilities, values).id for key, values in specs.items()}


def draft(room_id: str, tenant_id: str, day: date, start: str, end: str, title: str = "Réunion",
          attendees: int = 2, organiser: str | None = None) -> BookingDraft:
    start_at, end_at = slot(day, _t(start), _t(end))
    return BookingDraft(room_id, tenant_id, start_at, end_at, title, organiser, attendees)


def local(day: date, hhmm: str) -> datetime:
    return slot(day, _t(hhmm), _t(hhmm))[0]


def _t(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))
