"""Bookings as iCalendar (.ics) events (see ics.py for the calendar around them)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from reception.core.clock import to_local
from reception.core.i18n import _
from reception.core.services.ics import UID_DOMAIN, calendar_file
from reception.core.services.rooms_data import BookingRow

if TYPE_CHECKING:
    from icalendar import Event


def booking_event(booking: BookingRow, stamp: datetime) -> Event:
    from icalendar import Event  # with the first calendar file, not at every start (services/ics.py)

    event = Event()
    event.add("uid", f"{booking.id}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", to_local(booking.start_at))
    event.add("dtend", to_local(booking.end_at))
    event.add("summary", f"{booking.title} — {booking.tenant_name}")
    event.add("location", _("Salle {room}").format(room=booking.room_name))
    details = [_("Société : {company}").format(company=booking.tenant_name),
               _("Participants : {count}").format(count=booking.attendees)]
    if booking.organiser_name:
        details.insert(1, _("Organisateur : {name}").format(name=booking.organiser_name))
    if booking.notes:
        details.append(booking.notes)
    event.add("description", "\n".join(details))
    event.add("status", "CONFIRMED")
    return event


def bookings_calendar(bookings: Sequence[BookingRow], name: str, stamp: datetime) -> bytes:
    """A VCALENDAR with the Casablanca VTIMEZONE and one VEVENT per booking."""
    return calendar_file([booking_event(booking, stamp) for booking in bookings], name)
