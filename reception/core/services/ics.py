"""iCalendar (.ics) files for Outlook, Thunderbird and Google Calendar: room bookings and invitations.

Times are written in Africa/Casablanca with its VTIMEZONE (built by icalendar from zoneinfo), so a
calendar shows 10:00 on both sides of the Ramadan offset change.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reception.core.clock import LOCAL_TZ

if TYPE_CHECKING:  # icalendar (0.3-0.6 s of imports) loads with the first calendar file, not at every start
    from icalendar import Event

PRODID = "-//Technopark//Console d'accueil//FR"
UID_DOMAIN = "reception.technopark.ma"


def calendar_file(events: Sequence[Event], name: str, method: str = "PUBLISH") -> bytes:
    """A VCALENDAR with the Casablanca VTIMEZONE and the events; `method` CANCEL withdraws them."""
    from icalendar import Calendar, Timezone

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", LOCAL_TZ.key)
    calendar.add_component(Timezone.from_tzid(LOCAL_TZ.key))
    for event in events:
        calendar.add_component(event)
    return calendar.to_ical()
