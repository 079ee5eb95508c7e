"""What is due when: the nightly run (with catch-up when the PC was off), and the optional periodic upload.

Pure functions of "now", the settings and the last runs, so the in-app timer (a thin QTimer in the UI)
only asks `due()` every minute. Times of day are Casablanca wall-clock times.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from reception.core.clock import local_to_utc, to_local

NIGHTLY, UPLOAD = "nightly", "upload"


def parse_hhmm(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def last_slot(now: datetime, nightly_time: str) -> datetime:
    """The latest scheduled nightly moment at or before `now` (UTC)."""
    at = parse_hhmm(nightly_time)
    today = to_local(now).date()
    slot = local_to_utc(today, at.hour, at.minute)
    return slot if slot <= now else local_to_utc(today - timedelta(days=1), at.hour, at.minute)


def next_slot(now: datetime, nightly_time: str) -> datetime:
    at = parse_hhmm(nightly_time)
    tomorrow = to_local(last_slot(now, nightly_time)).date() + timedelta(days=1)
    return local_to_utc(tomorrow, at.hour, at.minute)


def due(now: datetime, nightly_time: str, upload_every_minutes: int,
        last_success: datetime | None, last_attempt: datetime | None) -> str | None:
    """NIGHTLY when the night's run has not succeeded since its slot (this covers the catch-up at start-up),
    UPLOAD when periodic uploads are on and the last attempt is older than the period, else None.

    A failed nightly run is retried at the upload period, or hourly when uploads are off.
    """
    slot = last_slot(now, nightly_time)
    if last_success is None or last_success < slot:
        retry = timedelta(minutes=upload_every_minutes or 60)
        if last_attempt is None or last_attempt < slot or now - last_attempt >= retry:
            return NIGHTLY
        return None
    if upload_every_minutes > 0 and (last_attempt is None
                                     or now - last_attempt >= timedelta(minutes=upload_every_minutes)):
        return UPLOAD
    return None
