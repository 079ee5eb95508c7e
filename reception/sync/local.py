"""The desk side of the protocol: reading the outbox, marking events sent, cursors, conflicts, pulled rows.

Every function here works inside a caller's short write transaction (or its own read), so the desk keeps
working while a sync runs: nothing holds SQLite's write lock for long.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, Table, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from reception.core.database import Database
from reception.core.models import OutboxEvent, SyncConflict, SyncCursor
from reception.core.models.base import table_of
from reception.sync.apply import Event, Refusal

_OUTBOX = table_of(OutboxEvent)


def pending_events(db: Database, limit: int, through_seq: int | None = None) -> list[Event]:
    """The oldest unsent events, in the order they were written (up to `through_seq` when given)."""
    query = select(_OUTBOX).where(_OUTBOX.c.sent_at.is_(None)).order_by(_OUTBOX.c.seq).limit(limit)
    if through_seq is not None:
        query = query.where(_OUTBOX.c.seq <= through_seq)
    with db.read() as session:
        rows = session.execute(query).mappings().all()
    return [Event(r["seq"], r["event_id"], r["epoch"], r["entity"], r["op"], r["row_id"], r["payload"],
                  r["schema_rev"]) for r in rows]


def last_seq(db: Database) -> int:
    """The newest outbox event now: a push phase goes this far, so a busy desk cannot keep it running."""
    with db.read() as session:
        return session.scalar(select(func.max(_OUTBOX.c.seq))) or 0


def pending_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(_OUTBOX).where(_OUTBOX.c.sent_at.is_(None))) or 0


def mark_sent(session: Session, events: Sequence[Event], at: datetime) -> None:
    session.execute(update(_OUTBOX).where(_OUTBOX.c.seq.in_([e.seq for e in events])).values(sent_at=at))


def record_conflict(session: Session, *, key: str, kind: str, entity: str, row_id: str, detail: str,
                    at: datetime, payload: str = "", other_row_id: str = "") -> bool:
    """Idempotent by key; True when the conflict is new."""
    stmt = sqlite_insert(table_of(SyncConflict)).values(
        key=key, kind=kind, entity=entity, row_id=row_id, other_row_id=other_row_id, detail=detail,
        payload=payload, detected_at=at, resolved_by="",
    ).on_conflict_do_nothing(index_elements=["key"])
    return bool(cast(CursorResult[Any], session.execute(stmt)).rowcount)


def record_refusals(session: Session, refusals: Sequence[Refusal], at: datetime) -> int:
    return sum(record_conflict(session, key=r.key, kind=r.kind, entity=r.entity, row_id=r.row_id,
                               detail=r.detail, payload=r.payload, at=at, other_row_id=r.other_row_id)
               for r in refusals)


def load_cursor(db: Database, entity: str) -> tuple[int, str]:
    with db.read() as session:
        row = session.get(SyncCursor, entity)
        return (row.txid, row.row_id) if row else (0, "")


def save_cursor(session: Session, entity: str, cursor: tuple[int, str]) -> None:
    stmt = sqlite_insert(table_of(SyncCursor)).values(entity=entity, txid=cursor[0], row_id=cursor[1])
    session.execute(stmt.on_conflict_do_update(index_elements=["entity"],
                                               set_={"txid": cursor[0], "row_id": cursor[1]}))


CENTRAL_WINS = ("stale", "concurrent", "redeemed")
"""Refusals after which central's version of the row comes back to the desk (the desk's stays in the conflict)."""


def unresolved_stale(db: Database) -> dict[str, list[str]]:
    """Rows whose desk edit was refused (stale, concurrent): the central version must come back to the desk."""
    found: dict[str, list[str]] = {}
    with db.read() as session:
        rows = session.execute(select(SyncConflict.entity, SyncConflict.row_id)
                               .where(SyncConflict.kind.in_(CENTRAL_WINS), SyncConflict.resolved_at.is_(None)))
        for entity, row_id in rows:
            found.setdefault(entity, []).append(row_id)
    return found


def save_pulled(session: Session, table: Table, rows: Sequence[Any], at: datetime) -> int:
    """Upserts pulled rows, except those with an unsent local change (pushed first, next time).

    A row this desk cannot take (a local unique rule) becomes a conflict instead of stopping the pull.
    """
    session.info["sync_applying"] = True
    ids = [r["id"] for r in rows]
    pending = set(session.execute(select(_OUTBOX.c.row_id).where(
        _OUTBOX.c.sent_at.is_(None), _OUTBOX.c.entity == table.name, _OUTBOX.c.row_id.in_(ids))).scalars())
    values = [{c.name: r[c.name] for c in table.columns} for r in rows if r["id"] not in pending]
    if not values:
        return 0
    stmt = sqlite_insert(table)
    stmt = stmt.on_conflict_do_update(index_elements=["id"],
                                      set_={c.name: stmt.excluded[c.name] for c in table.columns if c.name != "id"})
    try:
        with session.begin_nested():
            session.execute(stmt, values)
        return len(values)
    except IntegrityError:
        pass
    saved = 0
    for value in values:
        try:
            with session.begin_nested():
                session.execute(stmt, [value])
            saved += 1
        except IntegrityError as exc:
            record_conflict(session, key=f"pull:{value['id']}:{value['row_version']}", kind="pull",
                            entity=table.name, row_id=value["id"], at=at,
                            detail=f"Ligne reçue de la base centrale refusée par ce poste : {exc.orig}")
    return saved
