"""Formats for documents: dates and times from core.formats (one place, Casablanca time) and DH amounts."""

from __future__ import annotations

from reception.core.formats import clock as fr_time
from reception.core.formats import day as fr_date
from reception.core.formats import moment as fr_datetime
from reception.core.money import format_dh

__all__ = ["format_dh", "fr_date", "fr_datetime", "fr_time"]
