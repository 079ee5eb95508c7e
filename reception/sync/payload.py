"""Outbox payloads (JSON by column name) turned back into typed column values, and their hash."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Table

from reception.core.models.base import UTCDateTime
from reception.sync.central import CENTRAL_ONLY

Decoder = Callable[[Any], Any]


def payload_hash(payload: str) -> str:
    """The payload text is canonical (sorted keys), so equal content gives an equal hash."""
    return hashlib.sha256(payload.encode()).hexdigest()


def _aware(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _naive(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=None)


def _decoder(column_type: Any) -> Decoder | None:
    if isinstance(column_type, UTCDateTime):
        return _aware
    if isinstance(column_type, DateTime):
        return _naive
    if isinstance(column_type, Date):
        return date.fromisoformat
    if isinstance(column_type, Boolean):
        return bool
    return None


@cache
def _decoders(table: Table) -> tuple[tuple[str, Decoder | None], ...]:
    return tuple((c.name, _decoder(c.type)) for c in table.columns if c.name not in CENTRAL_ONLY)


def decode(table: Table, payload: str | dict[str, Any]) -> dict[str, Any]:
    """Every column of the table (missing ones as None), typed; keys the table does not know are dropped."""
    data = json.loads(payload) if isinstance(payload, str) else payload
    row: dict[str, Any] = {}
    for name, convert in _decoders(table):
        value = data.get(name)
        row[name] = convert(value) if (convert is not None and value is not None) else value
    return row
