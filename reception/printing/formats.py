"""Formats for documents: dates and times from core.formats (one place, Casablanca time); French numbers and DH."""

from __future__ import annotations

from reception.core.formats import clock as fr_time
from reception.core.formats import day as fr_date
from reception.core.formats import moment as fr_datetime
from reception.core.money import THOUSANDS, format_dh

__all__ = ["format_dh", "fr_date", "fr_datetime", "fr_int", "fr_percent", "fr_time"]


def fr_int(value: int) -> str:
    return f"{value:,}".replace(",", THOUSANDS)


def fr_percent(ratio: float, digits: int = 1) -> str:
    return f"{ratio * 100:.{digits}f}".replace(".", ",") + " %"
