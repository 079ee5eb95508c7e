"""How one typed report value reads on paper (the reader's language, core/formats.py) and in a CSV file (French
conventions, for a French Excel), by column kind."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from reception.core import formats
from reception.core.clock import to_local
from reception.core.reports import ColumnKind
from reception.printing.formats import format_dh, fr_date, fr_datetime

NUMERIC_KINDS: frozenset[str] = frozenset({"int", "money", "percent", "hours"})


def _clock_time(value: Any) -> str:
    if isinstance(value, datetime):
        return to_local(value).strftime("%H:%M")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


def format_cell(value: Any, kind: ColumnKind) -> str:
    """The printed form: '1 234,50 DH', '26/11/2026', '26/11/2026 10:00' (Casablanca), '12,5 %'."""
    return _formatted(value, kind)


def _formatted(value: Any, kind: ColumnKind) -> str:
    if value is None or value == "":
        return ""
    if kind == "money" and isinstance(value, int):
        return format_dh(value)
    if kind == "int" and isinstance(value, int):
        return formats.integer(value)
    if kind == "percent" and isinstance(value, int | float):
        return formats.percent(float(value))
    if kind == "hours" and isinstance(value, int | float):
        return f"{formats.decimal(float(value), 1)} h"
    if kind == "date" and isinstance(value, date):
        return fr_date(value)
    if kind == "datetime" and isinstance(value, datetime):
        return fr_datetime(value)
    if kind == "time":
        return _clock_time(value)
    return str(value)


def csv_cell(value: Any, kind: ColumnKind) -> str:
    """What French Excel reads back as the right type: '1234,50' for money, '0,125' for a percent."""
    if value is None or value == "":
        return ""
    if kind == "money" and isinstance(value, int):
        sign = "-" if value < 0 else ""
        units, cents = divmod(abs(value), 100)
        return f"{sign}{units},{cents:02d}"
    if kind in ("int", "percent", "hours") and isinstance(value, int | float):
        return str(value).replace(".", ",")
    if kind in ("date", "datetime", "time"):
        return _formatted(value, kind)
    return str(value)
