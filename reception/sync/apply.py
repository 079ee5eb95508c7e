"""What the central database does with one pushed batch, inside the caller's single transaction.

Idempotent by event id: a known id with the same payload hash is a duplicate (no-op, and the same answer
as the first time, refusals included); a known id with a different hash is refused as a mismatch.
New events are recorded, then their rows applied in outbox order:
- desk-owned rows are upserted by id, an older row_version never overwriting a newer one (so batches may
  arrive twice, late or out of order);
- reference rows (sync_owner "central") edited at a desk apply only over the version the desk edited;
  otherwise the edit is refused as "stale", kept with its payload for a manager, and central wins.
Rows are applied in bulk; if the database refuses something, the batch is re-applied event by event
(one savepoint each) so only the offending rows are refused and everything else gets in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Table, delete, func, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

import reception
from reception.core.erasure import ERASE_OP
from reception.core.i18n import _
from reception.core.models.base import sync_owner_of
from reception.sync.central import (
    APPEND_ONLY,
    CENTRAL_EPOCH,
    TXID,
    replicated,
    role_desk,
    sync_batches,
    sync_conflicts,
    sync_desk_state,
    sync_events,
)
from reception.sync.erasure import apply_erasure
from reception.sync.ownership import Verdict, desk_row_verdict
from reception.sync.payload import decode, payload_hash


@dataclass(frozen=True)
class Event:
    """One outbox event as pushed."""

    seq: int
    event_id: str
    epoch: str
    entity: str
    op: str
    row_id: str
    payload: str
    schema_rev: str


@dataclass(frozen=True)
class Refusal:
    """A row the central database did not take; `payload` keeps the desk's version."""

    event_id: str
    kind: str  # mismatch, stale, site, unknown, refused, identity, owner, concurrent, redeemed
    entity: str
    row_id: str
    detail: str
    payload: str
    other_row_id: str = ""  # a row to flag with it (the sale a refused redemption paid for)

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.event_id}"


@dataclass(frozen=True)
class BatchResult:
    batch_id: str
    applied: int
    duplicates: int
    refusals: tuple[Refusal, ...]


@dataclass(frozen=True)
class DeskId:
    site_code: str
    desk_code: str


def batch_id(events: Sequence[Event]) -> str:
    """Same events, same id: a resent batch is recognised."""
    return hashlib.sha256("\n".join(e.event_id for e in events).encode()).hexdigest()


def apply_batch(conn: Connection, desk: DeskId, epoch: str, events: Sequence[Event],
                app_version: str | None = None) -> BatchResult:
    """Records and applies a batch; the caller commits (or the whole batch never happened).

    The batch carries the pushing console's version (this one's unless told): central refuses it when older
    than its minimum (sync/versions.py)."""
    bid = batch_id(events)
    conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:desk))"), {"desk": desk.desk_code})
    hashes = {e.event_id: payload_hash(e.payload) for e in events}
    known = dict(conn.execute(select(sync_events.c.event_id, sync_events.c.payload_hash)
                              .where(sync_events.c.event_id.in_(list(hashes)))).all())
    refusals = [
        Refusal(e.event_id, "mismatch", e.entity, e.row_id,
                "Un événement déjà reçu revient avec un contenu différent : il est mis de côté.", e.payload)
        for e in events if e.event_id in known and known[e.event_id] != hashes[e.event_id]
    ]
    fresh = [e for e in events if e.event_id not in known]
    bound = role_desk(conn)
    claimed = desk
    if bound is not None:  # central, not the desk, says who is writing
        desk = DeskId(bound.site_code, bound.desk_code)
    if fresh:  # the desk's advisory lock makes `known` exact: every fresh event is new here
        conn.execute(sync_events.insert(), [
            {"event_id": e.event_id, "desk": desk.desk_code, "site_code": desk.site_code, "epoch": e.epoch,
             "entity": e.entity, "op": e.op, "row_id": e.row_id, "payload_hash": hashes[e.event_id],
             "schema_rev": e.schema_rev, "batch_id": bid, "status": "applied"} for e in fresh])
        _acknowledge(conn, desk, fresh[-1])
    if claimed != desk:
        refusals += [Refusal(e.event_id, "identity", e.entity, e.row_id, identity_detail(claimed, desk), e.payload)
                     for e in fresh]
    else:
        refusals += apply_rows(conn, desk, fresh)
    duplicates = [e.event_id for e in events if e.event_id in known and known[e.event_id] == hashes[e.event_id]]
    _record_refusals(conn, desk, refusals)
    refused_here = [r.event_id for r in refusals if r.kind != "mismatch"]
    if refused_here:
        conn.execute(update(sync_events).where(sync_events.c.event_id.in_(refused_here)).values(status="refused"))
    earlier = _earlier_refusals(conn, duplicates)
    conn.execute(pg_insert(sync_batches).values(
        batch_id=bid, desk=desk.desk_code, site_code=desk.site_code, epoch=epoch, events=len(events),
        applied=len(fresh), duplicates=len(events) - len(fresh), refused=len(refusals),
        app_version=app_version or reception.__version__,
    ).on_conflict_do_nothing())
    return BatchResult(bid, len(fresh), len(events) - len(fresh), tuple(refusals + earlier))


def apply_rows(conn: Connection, desk: DeskId, events: Sequence[Event]) -> list[Refusal]:
    """Bulk first; on a database refusal, event by event so that only the culprits are refused."""
    if not events:
        return []
    savepoint = conn.begin_nested()
    try:
        refusals = _apply_all(conn, desk, events)
    except DBAPIError as exc:
        savepoint.rollback()
        if exc.connection_invalidated:
            raise
        return _apply_one_by_one(conn, desk, events)
    savepoint.commit()
    return refusals


def _apply_one_by_one(conn: Connection, desk: DeskId, events: Sequence[Event]) -> list[Refusal]:
    refusals: list[Refusal] = []
    for event in events:
        savepoint = conn.begin_nested()
        try:
            refusals += _apply_all(conn, desk, [event])
        except DBAPIError as exc:
            savepoint.rollback()
            if exc.connection_invalidated:
                raise
            reason = str(getattr(exc, "orig", exc)).splitlines()[0][:300]
            refusals.append(Refusal(event.event_id, "refused", event.entity, event.row_id,
                                    f"Refusé par la base centrale : {reason}", event.payload))
        else:
            savepoint.commit()
    return refusals


def _apply_all(conn: Connection, desk: DeskId, events: Sequence[Event]) -> list[Refusal]:
    """Reference edits one by one in order; desk-owned rows in one statement per table.

    Desk-owned upserts commute (the newest row_version wins whatever the order) and central has no
    foreign keys, so grouping them by table is safe; deletes of a table come after its upserts.
    """
    refusals: list[Refusal] = []
    tables = replicated()
    desk_rows: dict[str, list[tuple[Event, dict[str, Any]]]] = {}
    for event in events:
        if event.op == ERASE_OP:  # a person's erasure (law 09-08), not a row change
            reason = apply_erasure(conn, desk.site_code, event.payload)
            refusals += [Refusal(event.event_id, reason[0], event.entity, event.row_id, reason[1],
                                 event.payload)] if reason else []
            continue
        table = tables.get(event.entity)
        if table is None:
            refusals.append(Refusal(event.event_id, "unknown", event.entity, event.row_id,
                                    f"Table inconnue de la base centrale : {event.entity}.", event.payload))
            continue
        row = decode(table, event.payload)
        if row["site_code"] != desk.site_code:
            refusals.append(Refusal(event.event_id, "site", event.entity, event.row_id,
                                    f"Ligne d'un autre site ({row['site_code']}) : refusée.", event.payload))
        elif _owner(event.entity) == "central":
            refused = _apply_reference(conn, table, event, row)
            refusals += [refused] if refused else []
        else:
            desk_rows.setdefault(event.entity, []).append((event, row))
    for entity, items in desk_rows.items():
        refusals += _apply_desk_rows(conn, tables[entity], desk, items)
    return refusals


@cache
def _owner(entity: str) -> str:
    return sync_owner_of(entity)


def _apply_desk_rows(conn: Connection, table: Table, desk: DeskId,
                     items: list[tuple[Event, dict[str, Any]]]) -> list[Refusal]:
    """Desk-owned rows: checked against ownership.py's rules, then upserted (newest version wins) or deleted.

    Per row id, the change starts from the version before the batch's oldest event of that row; all the
    row's events of the batch share the verdict.
    """
    latest: dict[str, tuple[Event, dict[str, Any]]] = {}  # one statement may not touch a row twice
    base: dict[str, int] = {}
    for event, row in items:
        rid = row["id"]
        start = row["row_version"] if event.op == "delete" else row["row_version"] - 1
        base[rid] = min(base.get(rid, start), start)
        if rid not in latest or row["row_version"] >= latest[rid][1]["row_version"]:
            latest[rid] = (event, row)
    current = {r["id"]: r for r in conn.execute(select(table).where(table.c.id.in_(list(latest)))).mappings()}
    refused: dict[str, Verdict] = {}
    for rid, (event, row) in latest.items():
        verdict = desk_row_verdict(desk.desk_code, table.name, event.op, event.epoch, row, current.get(rid),
                                   base[rid])
        if verdict is not None:
            refused[rid] = verdict
    upserts = [{**row, CENTRAL_EPOCH: event.epoch} for rid, (event, row) in latest.items()
               if rid not in refused and event.op != "delete"]
    if upserts and table.name in APPEND_ONLY:  # written once; a desk may not UPDATE them (nor needs to)
        conn.execute(pg_insert(table).on_conflict_do_nothing(index_elements=["id"]), upserts)
    elif upserts:
        stmt = pg_insert(table)
        stmt = stmt.on_conflict_do_update(
            index_elements=["id"],
            set_={c.name: stmt.excluded[c.name] for c in table.columns if c.name not in ("id", TXID)},
            where=stmt.excluded.row_version >= table.c.row_version,
        )
        conn.execute(stmt, upserts)
    deleted = [rid for rid, (event, _row) in latest.items() if rid not in refused and event.op == "delete"]
    if deleted:
        conn.execute(delete(table).where(table.c.id.in_(deleted)))
    return [Refusal(e.event_id, refused[e.row_id].kind, e.entity, e.row_id, refused[e.row_id].detail, e.payload,
                    refused[e.row_id].other_row_id) for e, _row in items if e.row_id in refused]


def identity_detail(claimed: DeskId, bound: DeskId, *, pending: bool = False) -> str:
    """Plain words for a PC configured as another desk than its central login: its changes are refused by
    central, or (`pending`, the desk stopped before pushing) wait on the PC."""
    if pending:
        message = _("Ce PC est configuré comme le poste {desk} (site {site}), mais son accès à la base centrale est "
                    "celui du poste {bound_desk} (site {bound_site}) : ses changements restent en attente sur ce PC.")
    else:
        message = _("Ce PC est configuré comme le poste {desk} (site {site}), mais son accès à la base centrale est "
                    "celui du poste {bound_desk} (site {bound_site}) : ses changements sont refusés.")
    return message.format(desk=claimed.desk_code, site=claimed.site_code, bound_desk=bound.desk_code,
                          bound_site=bound.site_code)


def _acknowledge(conn: Connection, desk: DeskId, last: Event) -> None:
    """The desk's last committed event: a desk file that no longer knows it was restored (recovery.py)."""
    values = {"desk": desk.desk_code, "site_code": desk.site_code, "last_event_id": last.event_id,
              "epoch": last.epoch}
    conn.execute(pg_insert(sync_desk_state).values(**values).on_conflict_do_update(
        index_elements=["desk"], set_={**values, "updated_at": func.now()}))


def _apply_reference(conn: Connection, table: Table, event: Event, row: dict[str, Any]) -> Refusal | None:
    """A desk's edit of reference data applies only over the version it was made from."""
    current = conn.execute(select(table).where(table.c.id == event.row_id)).mappings().first()
    version = row["row_version"]
    if current is None:
        if event.op != "delete":
            conn.execute(table.insert().values(**row))
        return None
    if current["row_version"] == version and _same(current, row):
        if event.op == "delete":
            conn.execute(delete(table).where(table.c.id == event.row_id))
        return None  # already there: a resend, or the initial load brought it
    if event.op == "insert":
        return None  # a row this desk created, already known in a later version
    if event.op == "update" and current["row_version"] == version - 1:
        conn.execute(update(table).where(table.c.id == event.row_id).values(**row))
        return None
    return Refusal(event.event_id, "stale", event.entity, event.row_id,
                   f"Modification faite au poste sur une version dépassée (poste v{version}, centrale "
                   f"v{current['row_version']}) : la version centrale s'applique, la vôtre est conservée ici.",
                   event.payload)


def _same(current: Any, row: dict[str, Any]) -> bool:
    return all(current[k] == v for k, v in row.items() if k not in ("updated_at",))


def _record_refusals(conn: Connection, desk: DeskId, refusals: Iterable[Refusal]) -> None:
    rows = [{"key": r.key, "event_id": r.event_id, "desk": desk.desk_code, "site_code": desk.site_code,
             "kind": r.kind, "entity": r.entity, "row_id": r.row_id, "detail": r.detail, "payload": r.payload,
             "other_row_id": r.other_row_id} for r in refusals]
    if rows:
        conn.execute(pg_insert(sync_conflicts).on_conflict_do_nothing(), rows)


def _earlier_refusals(conn: Connection, event_ids: list[str]) -> list[Refusal]:
    """A resent batch gets the same answer: the refusals recorded the first time."""
    if not event_ids:
        return []
    found = conn.execute(select(sync_conflicts).where(sync_conflicts.c.event_id.in_(event_ids))).mappings()
    return [Refusal(r["event_id"], r["kind"], r["entity"], r["row_id"], r["detail"], r["payload"], r["other_row_id"])
            for r in found]

