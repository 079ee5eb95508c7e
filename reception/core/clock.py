"""Time sources. Services take a clock so tests can move time without sleeping."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from reception.core.limits import check_day

LOCAL_TZ = ZoneInfo("Africa/Casablanca")


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        ...


class SystemClock:
    """The real wall clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock that only moves when told to (tests, the demo generator)."""

    current: datetime = field(default_factory=lambda: datetime(2026, 11, 26, 9, 0, tzinfo=UTC))

    def now(self) -> datetime:
        return self.current

    def advance(self, delta: timedelta) -> None:
        self.current += delta

    def set(self, when: datetime) -> None:
        self.current = when.astimezone(UTC)


def to_local(moment: datetime) -> datetime:
    """A UTC moment as Casablanca wall-clock time (the offset changes around Ramadan)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(LOCAL_TZ)


def local_today(clock: Clock) -> date:
    return to_local(clock.now()).date()


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC instants at which a Casablanca calendar day starts and ends (a day far outside the console's
    years is a domain error: limits.check_day)."""
    check_day(day)
    start = datetime(day.year, day.month, day.day, tzinfo=LOCAL_TZ)
    end = start + timedelta(days=1)
    end = datetime(end.year, end.month, end.day, tzinfo=LOCAL_TZ)
    return start.astimezone(UTC), end.astimezone(UTC)


def local_to_utc(day: date, hour: int, minute: int = 0) -> datetime:
    check_day(day)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=LOCAL_TZ).astimezone(UTC)
