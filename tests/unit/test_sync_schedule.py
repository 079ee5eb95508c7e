"""When the in-app schedule syncs: the nightly run, the catch-up after a night off, the periodic upload."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from reception.core.clock import local_to_utc
from reception.sync.schedule import NIGHTLY, UPLOAD, due, last_slot, next_slot

DAY = date(2026, 11, 26)


def at(hhmm: str, day: date = DAY) -> datetime:
    hours, minutes = hhmm.split(":")
    return local_to_utc(day, int(hours), int(minutes))


def test_the_last_slot_is_tonight_or_last_night() -> None:
    assert last_slot(at("02:00"), "02:00") == at("02:00")
    assert last_slot(at("01:59"), "02:00") == at("02:00", DAY - timedelta(days=1))
    assert next_slot(at("10:00"), "02:00") == at("02:00", DAY + timedelta(days=1))


def test_nightly_is_due_once_the_slot_has_passed_and_not_again_after_success() -> None:
    last_night = at("02:05", DAY - timedelta(days=1))
    assert due(at("01:30"), "02:00", 0, last_night, last_night) is None
    assert due(at("02:00"), "02:00", 0, last_night, last_night) == NIGHTLY
    assert due(at("02:10"), "02:00", 0, at("02:01"), at("02:01")) is None


def test_a_missed_night_is_caught_up_at_start_up() -> None:
    two_nights_ago = at("02:03", DAY - timedelta(days=2))
    assert due(at("08:30"), "02:00", 0, two_nights_ago, two_nights_ago) == NIGHTLY
    assert due(at("08:30"), "02:00", 0, None, None) == NIGHTLY


def test_a_failed_night_is_retried_hourly_when_uploads_are_off() -> None:
    last_night = at("02:05", DAY - timedelta(days=1))
    assert due(at("02:30"), "02:00", 0, last_night, at("02:00")) is None
    assert due(at("03:00"), "02:00", 0, last_night, at("02:00")) == NIGHTLY


def test_periodic_upload_only_when_set() -> None:
    assert due(at("10:00"), "02:00", 0, at("02:01"), at("09:00")) is None
    assert due(at("10:00"), "02:00", 30, at("02:01"), at("09:45")) is None
    assert due(at("10:00"), "02:00", 30, at("02:01"), at("09:30")) == UPLOAD
