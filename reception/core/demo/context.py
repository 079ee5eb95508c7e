"""What a history writer gets: the database, a seeded random source, the park, and a fast audit writer."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert

from reception.core.database import Database
from reception.core.models import AuditEvent
from reception.core.models.base import new_uuid
from reception.core.services.audit import GENESIS, chain_hash

HistoryWriter = Callable[["DemoContext"], None]
_WRITERS: list[tuple[int, HistoryWriter]] = []


def history_writer(order: int) -> Callable[[HistoryWriter], HistoryWriter]:
    """Registers a capability's history generator; lower `order` runs first."""

    def decorate(writer: HistoryWriter) -> HistoryWriter:
        _WRITERS.append((order, writer))
        return writer

    return decorate


def registered_writers() -> list[HistoryWriter]:
    return [w for _, w in sorted(_WRITERS, key=lambda pair: pair[0])]


@dataclass
class DemoUser:
    id: str
    username: str
    role: str


@dataclass
class DemoContext:
    db: Database
    rng: random.Random
    start: date
    end: date
    site_code: str
    desk_code: str
    tenants: list[dict[str, Any]]
    employees: list[dict[str, Any]]
    users: dict[str, DemoUser]
    now: datetime | None = None  # the build's moment: today's activity stops there
    _seq: int = 0
    _prev: str = GENESIS
    _audit_rows: list[dict[str, Any]] = field(default_factory=list)

    def stamp(self, at: datetime) -> dict[str, Any]:
        """The syncable columns of a history row, with a fresh uuid."""
        return {"id": new_uuid(), "site_code": self.site_code, "origin_desk": self.desk_code,
                "created_at": at, "updated_at": at, "row_version": 1}

    def audit(self, at: datetime, user: DemoUser | None, action: str, entity: str, entity_id: str,
              after: str = "") -> None:
        """Appends a chained audit event; written in batches by `flush`."""
        self._seq += 1
        user_id, name = (user.id, user.username) if user else (None, "système")
        digest = chain_hash(self.desk_code, self._seq, at, user_id, name, action, entity, entity_id, "", after,
                            self._prev)
        self._audit_rows.append({
            **self.stamp(at), "desk_code": self.desk_code, "seq": self._seq, "at": at, "user_id": user_id,
            "username": name, "action": action, "entity": entity, "entity_id": entity_id, "before": "",
            "after": after, "prev_hash": self._prev, "hash": digest,
        })
        self._prev = digest
        if len(self._audit_rows) >= 20_000:
            self.flush()

    def insert(self, target: Any, rows: list[dict[str, Any]]) -> None:
        """Bulk Core insert into a mapped class or table.

        History counts as already synced, so it bypasses the outbox on purpose.
        """
        if rows:
            with self.db.engine.begin() as conn:
                conn.execute(insert(target), rows)

    def flush(self) -> None:
        self.insert(AuditEvent.__table__, self._audit_rows)
        self._audit_rows = []

    def continue_chain(self, seq: int, prev: str) -> None:
        self._seq, self._prev = seq, prev

