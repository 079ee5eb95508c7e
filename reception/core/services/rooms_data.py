"""What the rooms service hands out: plain frozen records, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Literal

from reception.core.clock import to_local


def hhmm(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


@dataclass(frozen=True)
class RoomRow:
    id: str
    name: str
    floor: str
    capacity: int
    equipment: tuple[str, ...]
    hourly_price_centimes: int
    opens_at: str | None  # None: the site's hours
    closes_at: str | None
    buffer_minutes: int
    active: bool

    @property
    def equipment_text(self) -> str:
        return ", ".join(self.equipment)

    def hours(self, site_opens: str, site_closes: str) -> tuple[time, time]:
        """The room's bookable hours: its own override, else the site's."""
        return hhmm(self.opens_at or site_opens), hhmm(self.closes_at or site_closes)


@dataclass(frozen=True)
class SlotRoom:
    """What checking a slot needs of a room: its buffer and its bookable hours (the site's unless its own)."""

    id: str
    buffer_minutes: int
    opens: time
    closes: time


@dataclass(frozen=True)
class BookingRow:
    id: str
    room_id: str
    room_name: str
    tenant_id: str
    tenant_name: str
    organiser_employee_id: str | None
    organiser_name: str
    title: str
    start_at: datetime
    end_at: datetime
    attendees: int
    notes: str
    status: str
    arrived_at: datetime | None
    series_id: str | None
    detached: bool
    capacity_override_by: str | None = None
    conflict: bool = False  # the sync found another desk's booking of the room at the same time

    @property
    def minutes(self) -> int:
        return int((self.end_at - self.start_at).total_seconds() // 60)

    @property
    def local_span(self) -> str:
        """'10:00–11:30' in Casablanca time."""
        return f"{to_local(self.start_at):%H:%M}–{to_local(self.end_at):%H:%M}"


@dataclass(frozen=True)
class BookingDraft:
    """What a person fills in to book (or edit) one slot; times are aware datetimes."""

    room_id: str
    tenant_id: str
    start_at: datetime
    end_at: datetime
    title: str
    organiser_employee_id: str | None = None
    attendees: int = 1
    notes: str = ""


@dataclass(frozen=True)
class SeriesRule:
    """How a series repeats. `weekdays` uses 0 = Monday; monthly either on the date or on the 'nth weekday'."""

    freq: Literal["daily", "weekly", "monthly"]
    interval: int = 1
    weekdays: tuple[int, ...] = ()
    monthly_by_weekday: bool = False
    until: date | None = None
    count: int | None = None


@dataclass(frozen=True)
class Occurrence:
    """One occurrence of a series as previewed: `problem` says why it cannot be booked, if it cannot."""

    key: datetime  # local wall-clock start, naive
    start_at: datetime
    end_at: datetime
    problem: str | None = None


@dataclass(frozen=True)
class SeriesPreview:
    occurrences: tuple[Occurrence, ...]

    @property
    def conflicts(self) -> tuple[Occurrence, ...]:
        return tuple(o for o in self.occurrences if o.problem)

    @property
    def free(self) -> tuple[Occurrence, ...]:
        return tuple(o for o in self.occurrences if not o.problem)


@dataclass(frozen=True)
class SeriesResult:
    series_id: str
    booked: tuple[BookingRow, ...]
    skipped: tuple[Occurrence, ...]


@dataclass(frozen=True)
class SeriesChanges:
    """A whole-series edit; None leaves a field as it is. Occurrences edited one by one are kept."""

    title: str | None = None
    attendees: int | None = None
    notes: str | None = None
    start_time: time | None = None
    duration_minutes: int | None = None
    room_id: str | None = None


@dataclass(frozen=True)
class DayGrid:
    day: date
    opens: time  # earliest opening of any room
    closes: time  # latest closing
    rooms: tuple[RoomRow, ...]
    room_hours: dict[str, tuple[time, time]]
    bookings: tuple[BookingRow, ...]


@dataclass(frozen=True)
class WeekView:
    room: RoomRow
    monday: date
    days: tuple[date, ...]
    opens: time
    closes: time
    bookings: tuple[BookingRow, ...]


@dataclass(frozen=True)
class StatementLine:
    booking: BookingRow
    minutes: int
    free_minutes: int
    billable_minutes: int


@dataclass(frozen=True)
class RoomCharge:
    room_name: str
    hourly_price_centimes: int
    billable_minutes: int
    amount_centimes: int


@dataclass(frozen=True)
class Statement:
    tenant_id: str
    tenant_name: str
    month: date
    lines: tuple[StatementLine, ...]
    charges: tuple[RoomCharge, ...]
    quota_minutes: int

    @property
    def booked_minutes(self) -> int:
        return sum(line.minutes for line in self.lines)

    @property
    def free_minutes_used(self) -> int:
        return sum(line.free_minutes for line in self.lines)

    @property
    def billable_minutes(self) -> int:
        return sum(line.billable_minutes for line in self.lines)

    @property
    def amount_centimes(self) -> int:
        return sum(charge.amount_centimes for charge in self.charges)


@dataclass(frozen=True)
class RoomUtilisation:
    room_name: str
    bookable_minutes: int
    booked_minutes: int
    bookings: int
    no_shows: int

    @property
    def occupancy(self) -> float:
        return self.booked_minutes / self.bookable_minutes if self.bookable_minutes else 0.0

    @property
    def no_show_rate(self) -> float:
        return self.no_shows / self.bookings if self.bookings else 0.0


@dataclass(frozen=True)
class Utilisation:
    date_from: date
    date_to: date
    rooms: tuple[RoomUtilisation, ...]
    minutes_by_hour: dict[int, int] = field(default_factory=dict)  # local hour -> booked minutes, all rooms

    @property
    def busiest_hours(self) -> list[int]:
        ranked = sorted(self.minutes_by_hour.items(), key=lambda item: (-item[1], item[0]))
        return [hour for hour, minutes in ranked[:3] if minutes]
