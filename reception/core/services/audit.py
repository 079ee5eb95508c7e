"""The audit trail: record a change in the caller's transaction, and verify the hash chain."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from reception.core.database import Database
from reception.core.i18n import N_, _
from reception.core.identity import desk_stamp
from reception.core.models import AuditEvent
from reception.core.models.base import table_of
from reception.core.outbox import insert_rows, row_payload
from reception.core.services.permissions import Actor, Permission, require

GENESIS = "0" * 64
_SKIPPED = {"created_at", "updated_at", "row_version", "password_hash"}


def snapshot(obj: Any) -> dict[str, Any]:
    """An audit-friendly copy of a row: its columns without bookkeeping or secrets."""
    return {k: v for k, v in row_payload(obj).items() if k not in _SKIPPED}


def chain_hash(
    desk_code: str, seq: int, at: datetime, user_id: str | None, username: str, action: str,
    entity: str, entity_id: str, before: str, after: str, prev_hash: str,
) -> str:
    canonical = json.dumps(
        [desk_code, seq, at.astimezone(UTC).isoformat(timespec="microseconds"), user_id or "", username,
         action, entity, entity_id, before, after, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def _as_json(data: dict[str, Any] | None) -> str:
    return "" if data is None else json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)


# built once: constructing a statement and its cache key at every write cost more than running it
_LAST_LINK = (select(AuditEvent.seq, AuditEvent.hash).where(AuditEvent.desk_code == bindparam("desk"))
              .order_by(AuditEvent.seq.desc()).limit(1))
_TABLE = table_of(AuditEvent)


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    *,
    entity: str = "",
    entity_id: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    at: datetime,
    username: str | None = None,
) -> None:
    """Appends one event to this desk's chain, inside the caller's write transaction.

    Written in Core with its outbox event (outbox.insert_rows: no ORM object to build, track and flush, and
    this runs in every write of the console). The read of the last link flushes the caller's pending rows first, so the
    outbox keeps their events before this one.
    """
    desk = desk_stamp(session).chain_key
    last = session.execute(_LAST_LINK, {"desk": desk}).first()
    seq, prev = (last.seq + 1, last.hash) if last else (1, GENESIS)
    name = username if username is not None else (actor.username if actor else "")
    user_id = actor.user_id if actor and actor.user_id else None
    before_s, after_s = _as_json(before), _as_json(after)
    insert_rows(session, _TABLE, [{
        "desk_code": desk, "seq": seq, "at": at, "user_id": user_id, "username": name, "action": action,
        "entity": entity, "entity_id": entity_id, "before": before_s, "after": after_s, "prev_hash": prev,
        "hash": chain_hash(desk, seq, at, user_id, name, action, entity, entity_id, before_s, after_s, prev),
    }])


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    desk_code: str = ""
    seq: int = 0
    problem: str = ""  # marked with N_, told in the reader's language by describe()

    def describe(self) -> str:
        if self.ok:
            return _("Journal intègre : {count} événements vérifiés.").format(count=self.checked)
        return _("Chaîne rompue au poste {desk}, événement n° {seq} : {problem}.").format(
            desk=self.desk_code, seq=self.seq, problem=_(self.problem))


_encode = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) applies to each string
_VERIFY_SQL = (
    "SELECT desk_code, seq, at, user_id, username, action, entity, entity_id, before, after, prev_hash, hash "
    "FROM audit_events ORDER BY desk_code, seq"
)


def _stored_at_iso(stored: str) -> str:
    """The UTC time as SQLite stores it ('2026-11-26 09:00:00.000000') in the isoformat chain_hash hashes."""
    if len(stored) == 26 and stored[10] == " ":
        return f"{stored[:10]}T{stored[11:]}+00:00"
    return datetime.fromisoformat(stored).replace(tzinfo=UTC).isoformat(timespec="microseconds")


def _stored_hash(desk: str, seq: int, at: str, user_id: str | None, username: str, action: str, entity: str,
                 entity_id: str, before: str, after: str, prev_hash: str) -> str:
    """chain_hash over a row read raw from SQLite, building the same canonical JSON without json.dumps."""
    canonical = (f"[{_encode(desk)},{seq},{_encode(_stored_at_iso(at))},{_encode(user_id or '')},"
                 f"{_encode(username)},{_encode(action)},{_encode(entity)},{_encode(entity_id)},"
                 f"{_encode(before)},{_encode(after)},{_encode(prev_hash)}]")
    return hashlib.sha256(canonical.encode()).hexdigest()


def _walk(rows: Iterable[tuple[Any, ...]], progress: Callable[[int], bool] | None) -> ChainReport:
    """Checks each desk's chain in (desk, seq) order: no gap, each link to the previous hash, each hash."""
    checked = 0
    desk, expected_seq, prev = "", 0, GENESIS  # expected_seq 0: no desk seen yet
    for row in rows:
        row_desk, seq, _at, _user, _name, _action, _entity, _entity_id, _before, _after, prev_hash, digest = row
        if row_desk != desk or expected_seq == 0:
            desk, expected_seq, prev = row_desk, 1, GENESIS
        if seq != expected_seq:
            return ChainReport(False, checked, desk, expected_seq, N_("événement manquant ou supprimé"))
        if prev_hash != prev:
            return ChainReport(False, checked, desk, seq, N_("lien avec l'événement précédent rompu"))
        if _stored_hash(*row[:11]) != digest:
            return ChainReport(False, checked, desk, seq, N_("contenu modifié après coup"))
        checked += 1
        expected_seq, prev = expected_seq + 1, digest
        if progress and checked % 20_000 == 0 and not progress(checked):
            return ChainReport(False, checked, desk, seq, N_("vérification annulée"))
    return ChainReport(True, checked)


class AuditService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def count(self) -> int:
        with self.db.read() as session:
            return session.scalar(select(func.count()).select_from(AuditEvent)) or 0

    def verify(self, actor: Actor, progress: Callable[[int], bool] | None = None) -> ChainReport:
        """Walks every desk's chain in order; `progress` gets the count so far and may return False."""
        require(actor, Permission.JOURNAL_VIEW)
        return self.verify_chain(progress)

    def verify_chain(self, progress: Callable[[int], bool] | None = None) -> ChainReport:
        """The check itself, for the CLI (run by whoever holds the database file).

        Rows are read through the raw sqlite3 cursor: the ORM's row and datetime handling cost more than
        the hashing itself, and the whole chain must verify at tens of thousands of events per second.
        """
        with self.db.engine.connect() as conn:
            sqlite = conn.connection.driver_connection
            assert sqlite is not None  # an open connection always has its sqlite3 one
            cursor = sqlite.execute(_VERIFY_SQL)
            cursor.arraysize = 5000
            return _walk(iter(cursor), progress)
