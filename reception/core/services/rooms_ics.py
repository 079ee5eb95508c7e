"""Bookings as iCalendar (.ics) for Outlook, Thunderbird and Google Calendar.

Times are written in Africa/Casablanca with its VTIMEZONE (built by icalendar from zoneinfo), so a
calendar shows 10:00 on both sides of the Ramadan offset change.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from icalendar import Calendar, Event, Timezone

from reception.core.clock import LOCAL_TZ, to_local
from reception.core.services.rooms_data import BookingRow

PRODID = "-//Technopark//Console d'accueil//FR"
UID_DOMAIN = "reception.technopark.ma"


def booking_event(booking: BookingRow, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"{booking.id}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", to_local(booking.start_at))
    event.add("dtend", to_local(booking.end_at))
    event.add("summary", f"{booking.title} — {booking.tenant_name}")
    event.add("location", f"Salle {booking.room_name}")
    details = [f"Société : {booking.tenant_name}", f"Participants : {booking.attendees}"]
    if booking.organiser_name:
        details.insert(1, f"Organisateur : {booking.organiser_name}")
    if booking.notes:
        details.append(booking.notes)
    event.add("description", "\n".join(details))
    event.add("status", "CONFIRMED")
    return event


def bookings_calendar(bookings: Sequence[BookingRow], name: str, stamp: datetime) -> bytes:
    """A VCALENDAR with the Casablanca VTIMEZONE and one VEVENT per booking."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", LOCAL_TZ.key)
    calendar.add_component(Timezone.from_tzid(LOCAL_TZ.key))
    for booking in bookings:
        calendar.add_component(booking_event(booking, stamp))
    return calendar.to_ical()
