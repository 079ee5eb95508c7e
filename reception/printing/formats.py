"""French formats for documents: dates dd/mm/yyyy, 24-hour times in Casablanca time, money in DH."""

from __future__ import annotations

from datetime import date, datetime

from reception.core.clock import to_local
from reception.core.money import THOUSANDS, format_dh

__all__ = ["format_dh", "fr_date", "fr_datetime", "fr_int", "fr_percent", "fr_time"]


def fr_date(value: date | datetime) -> str:
    if isinstance(value, datetime):
        value = to_local(value)
    return value.strftime("%d/%m/%Y")


def fr_time(moment: datetime) -> str:
    return to_local(moment).strftime("%H:%M")


def fr_datetime(moment: datetime) -> str:
    return to_local(moment).strftime("%d/%m/%Y %H:%M")


def fr_int(value: int) -> str:
    return f"{value:,}".replace(",", THOUSANDS)


def fr_percent(ratio: float, digits: int = 1) -> str:
    return f"{ratio * 100:.{digits}f}".replace(".", ",") + " %"
