"""The sync outbox: every flushed change of a Syncable row becomes an outbox event in the same transaction.

This is the one mechanism by which tables join the sync; no service writes to the outbox by hand.
Bulk Core inserts (the demo generator's history) bypass it on purpose: that history counts as synced.
The few hot writes done in Core for speed (the audit event of every change, a voucher's redemption) give
their written row to `record_core_write`, which makes the same event the listener would have made.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Insert, Table, event, insert, inspect
from sqlalchemy.orm import Session

from reception.core.identity import DeskStamp, desk_stamp
from reception.core.models.base import Syncable, table_of
from reception.core.models.local import OutboxEvent


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        # naive values are wall-clock times by design (a series' local start): kept as they are
        return value.isoformat() if value.tzinfo is None else value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def row_payload(obj: Syncable) -> dict[str, Any]:
    """The row's columns by column name, JSON-ready."""
    mapper = inspect(obj).mapper
    return {attr.columns[0].name: _plain(getattr(obj, attr.key)) for attr in mapper.column_attrs}


@event.listens_for(Session, "before_flush")
def _stamp_origin(session: Session, flush_context: Any, instances: Any) -> None:
    """New syncable rows get this desk as origin unless the caller set one (a pull keeps the origin)."""
    pending = [o for o in session.new if isinstance(o, Syncable)]
    if not pending:
        return
    stamp = desk_stamp(session)
    for obj in pending:
        if not obj.origin_desk:
            obj.origin_desk = stamp.desk_code
        if obj.site_code is None:
            obj.site_code = stamp.site_code or "CAS"


@event.listens_for(Session, "after_flush")
def _record_changes(session: Session, flush_context: Any) -> None:
    if session.info.get("sync_applying"):
        return  # rows written by a pull are not echoed back to central
    changes: list[tuple[str, Syncable]] = []
    changes += [("insert", o) for o in session.new if isinstance(o, Syncable)]
    changes += [
        ("update", o)
        for o in session.dirty
        if isinstance(o, Syncable) and session.is_modified(o, include_collections=False)
    ]
    changes += [("delete", o) for o in session.deleted if isinstance(o, Syncable)]
    if not changes:
        return
    stamp = desk_stamp(session)
    now = datetime.now(UTC)
    rows = [_event(stamp, now, table_of(type(obj)).name, op, obj.id, row_payload(obj)) for op, obj in changes]
    session.connection().execute(_INSERT, rows)


_INSERT = insert(OutboxEvent)  # built once (see record_core_write)


def record_core_write(session: Session, table: Table, op: str, row: Mapping[Any, Any]) -> None:
    """The outbox event of a row written in Core (`row`: every column by name, as written or RETURNED)."""
    if session.info.get("sync_applying"):
        return
    payload = {column.name: _plain(row[column.name]) for column in table.columns}
    event_row = _event(desk_stamp(session), datetime.now(UTC), table.name, op, row["id"], payload)
    session.connection().execute(_INSERT, event_row)


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """New syncable rows written in Core with their outbox events, in two statements whatever their number.

    Each row gives every column but the bookkeeping ones, which are filled here as the ORM would (a new id,
    this desk as origin, now, version 1); a missing or unknown column is refused, so the event always
    carries the whole row. Returns the rows as written.
    """
    stamp = desk_stamp(session)
    now = datetime.now(UTC)
    bookkeeping = {"site_code": stamp.site_code or "CAS", "origin_desk": stamp.desk_code, "created_at": now,
                   "updated_at": now, "row_version": 1}
    written = [{"id": str(uuid.uuid4()), **bookkeeping, **row} for row in rows]
    columns = {column.name for column in table.columns}
    if any(row.keys() != columns for row in written):
        raise ValueError(f"{table.name}: every column is needed, once ({sorted(columns)})")
    session.connection().execute(_insert_into(table), written)
    if not session.info.get("sync_applying"):
        session.connection().execute(_INSERT, [
            _event(stamp, now, table.name, "insert", row["id"],
                   {name: _plain(value) for name, value in row.items()}) for row in written])
    return written


@cache
def _insert_into(table: Table) -> Insert:
    """Built once per table (a statement's construction and cache key cost more than a short insert)."""
    return insert(table)


def _event(stamp: DeskStamp, now: datetime, entity: str, op: str, row_id: str,
           payload: dict[str, Any]) -> dict[str, Any]:
    return {
        "event_id": str(uuid.uuid4()),
        "desk_code": stamp.desk_code,
        "epoch": stamp.epoch,
        "entity": entity,
        "op": op,
        "row_id": row_id,
        "payload": json.dumps(payload, ensure_ascii=False, sort_keys=True),
        "schema_rev": stamp.schema_rev,
        "created_at": now,
    }
