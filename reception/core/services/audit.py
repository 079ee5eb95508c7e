"""The audit trail: record a change in the caller's transaction, and verify the hash chain."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reception.core.database import Database
from reception.core.models import AuditEvent, LocalIdentity
from reception.core.outbox import row_payload
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
) -> AuditEvent:
    """Appends one event to this desk's chain, inside the caller's write transaction."""
    identity = session.execute(select(LocalIdentity)).scalar_one_or_none()
    desk = identity.desk_code if identity else ""
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash)
        .where(AuditEvent.desk_code == desk)
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    ).first()
    seq, prev = (last.seq + 1, last.hash) if last else (1, GENESIS)
    name = username if username is not None else (actor.username if actor else "")
    user_id = actor.user_id if actor and actor.user_id else None
    before_s, after_s = _as_json(before), _as_json(after)
    event = AuditEvent(
        desk_code=desk, seq=seq, at=at, user_id=user_id, username=name, action=action,
        entity=entity, entity_id=entity_id, before=before_s, after=after_s, prev_hash=prev,
        hash=chain_hash(desk, seq, at, user_id, name, action, entity, entity_id, before_s, after_s, prev),
    )
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    desk_code: str = ""
    seq: int = 0
    problem: str = ""

    def describe(self) -> str:
        if self.ok:
            return f"Journal intègre : {self.checked} événements vérifiés."
        return f"Chaîne rompue au poste {self.desk_code}, événement n° {self.seq} : {self.problem}."


def _walk(rows: Iterator[Any], progress: Callable[[int], bool] | None) -> ChainReport:
    checked = 0
    desk, expected_seq, prev = "", 0, GENESIS
    for row in rows:
        if expected_seq == 0 or row.desk_code != desk:
            desk, expected_seq, prev = row.desk_code, 1, GENESIS
        if row.seq != expected_seq:
            return ChainReport(False, checked, desk, expected_seq, "événement manquant ou supprimé")
        if row.prev_hash != prev:
            return ChainReport(False, checked, desk, row.seq, "lien avec l'événement précédent rompu")
        digest = chain_hash(desk, row.seq, row.at, row.user_id, row.username, row.action, row.entity,
                            row.entity_id, row.before, row.after, row.prev_hash)
        if digest != row.hash:
            return ChainReport(False, checked, desk, row.seq, "contenu modifié après coup")
        checked += 1
        expected_seq, prev = expected_seq + 1, row.hash
        if progress and checked % 20_000 == 0 and not progress(checked):
            return ChainReport(False, checked, desk, row.seq, "vérification annulée")
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
        """The check itself, for the CLI (run by whoever holds the database file)."""
        columns = [AuditEvent.desk_code, AuditEvent.seq, AuditEvent.at, AuditEvent.user_id,
                   AuditEvent.username, AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id,
                   AuditEvent.before, AuditEvent.after, AuditEvent.prev_hash, AuditEvent.hash]
        with self.db.engine.connect() as conn:
            result = conn.execution_options(yield_per=5000).execute(
                select(*columns).order_by(AuditEvent.desk_code, AuditEvent.seq)
            )
            return _walk(iter(result), progress)
