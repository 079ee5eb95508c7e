"""Forgetting a person beyond their rows (law 09-08): the desk's change log, its conflicts and central.

Anonymising a visitor's rows is not enough: every earlier version of those rows sits in the outbox (sent or
pending) as JSON, a refused edit keeps its payload for a manager, and central holds its own copy. `forget`
rewrites the personal columns (ERASED_VALUES, the one list of them) in every outbox payload and conflict of
the rows, and queues one "erase" event that central applies to its copy (reception/sync/erasure.py).

The erase event is the one outbox event written by hand, because it is no row change: entity "visitors", op
"erase", row_id a fresh id of its own, payload {"site_code": ..., "rows": {table: [ids]}}: ids only.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import CursorResult, delete, insert, select, update
from sqlalchemy.orm import Session

from reception.core.identity import desk_stamp
from reception.core.models import OutboxEvent, SyncConflict
from reception.core.models.base import Syncable, table_of
from reception.core.models.visits import ERASED_VALUES

ERASE_OP = "erase"
ERASE_ENTITY = "visitors"


def erase_payload(entity: str, payload: str) -> str:
    """The same JSON with the table's personal columns overwritten; other tables' payloads unchanged."""
    erased = ERASED_VALUES.get(entity)
    if not erased or not payload:
        return payload
    try:
        data = json.loads(payload)
    except ValueError:
        return ""  # not JSON: nothing in it can be kept safely
    if not isinstance(data, dict):
        return ""
    data.update({column: value for column, value in erased.items() if column in data})
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def forget(session: Session, rows: Iterable[Syncable]) -> None:
    """Scrubs the change log and conflicts of these (already anonymised) rows and tells central."""
    by_site: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        by_site[row.site_code or ""][table_of(type(row)).name].append(row.id)
    for site_code, tables in by_site.items():
        for entity, ids in tables.items():
            _rewrite_outbox(session, entity, ids)
            _rewrite_conflicts(session, entity, ids)
        _queue_erase_event(session, site_code, {entity: sorted(ids) for entity, ids in tables.items()})


def prune_sent_events(session: Session, before: datetime) -> int:
    """Deletes outbox events central acknowledged before `before`; pending ones are never touched."""
    result = session.execute(delete(OutboxEvent).where(OutboxEvent.sent_at.is_not(None),
                                                       OutboxEvent.sent_at < before))
    return cast(CursorResult[Any], result).rowcount


def _rewrite_outbox(session: Session, entity: str, ids: list[str]) -> None:
    session.flush()  # the anonymised versions join the outbox first
    found = session.execute(select(OutboxEvent.seq, OutboxEvent.payload).where(
        OutboxEvent.entity == entity, OutboxEvent.op != ERASE_OP, OutboxEvent.row_id.in_(ids))).all()
    changed = [{"seq": seq, "payload": new} for seq, old in found if (new := erase_payload(entity, old)) != old]
    if changed:
        session.execute(update(OutboxEvent), changed)  # bulk update by primary key


def _rewrite_conflicts(session: Session, entity: str, ids: list[str]) -> None:
    for conflict in session.execute(select(SyncConflict).where(SyncConflict.entity == entity,
                                                               SyncConflict.row_id.in_(ids))).scalars():
        conflict.payload = erase_payload(entity, conflict.payload)


def _queue_erase_event(session: Session, site_code: str, rows: dict[str, list[str]]) -> None:
    stamp = desk_stamp(session)
    session.connection().execute(insert(OutboxEvent), [{
        "event_id": str(uuid.uuid4()), "desk_code": stamp.desk_code, "epoch": stamp.epoch,
        "entity": ERASE_ENTITY, "op": ERASE_OP, "row_id": str(uuid.uuid4()),
        "payload": json.dumps({"site_code": site_code, "rows": rows}, sort_keys=True),
        "schema_rev": stamp.schema_rev, "created_at": datetime.now(UTC),
    }])
