"""What a history writer gets: the database, a seeded random source, the park, and a fast audit writer."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, Table
from sqlalchemy.engine import Dialect

from reception.core.database import Database
from reception.core.models import AuditEvent
from reception.core.models.base import UTCDateTime, new_uuid
from reception.core.services.audit import GENESIS, chain_hash

HistoryWriter = Callable[["DemoContext"], None]
_WRITERS: list[tuple[int, HistoryWriter]] = []


def bulk_values(table: Table, rows: list[dict[str, Any]], dialect: Dialect) -> tuple[str, list[tuple[Any, ...]]]:
    """The INSERT statement and its parameter tuples for `rows` (all with the first row's keys, as Core's
    executemany requires); omitted columns take their Python-side defaults, as Core's insert gives them."""
    keys = list(rows[0])
    defaults = [c for c in table.columns if c.key not in rows[0] and c.default is not None]
    columns = [table.c[k] for k in keys] + defaults
    convert = [_bind_converter(c.type, dialect) for c in columns]
    made = [c.default for c in defaults]

    def value_of(default: Any) -> Any:
        return default.arg(None) if default.is_callable else default.arg

    values = []
    for row in rows:
        raw = [row[k] for k in keys] + [value_of(d) for d in made]
        values.append(tuple(v if f is None or v is None else f(v) for f, v in zip(convert, raw, strict=True)))
    names = ", ".join(dialect.identifier_preparer.quote(c.name) for c in columns)
    marks = ", ".join("?" * len(columns))
    return f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({names}) VALUES ({marks})", values


def _bind_converter(kind: Any, dialect: Dialect) -> Callable[[Any], Any] | None:
    """What SQLAlchemy's SQLite types store, without its generic processing: datetimes as naive UTC text with
    microseconds, dates as ISO text, anything else through the type's own bind processor."""
    if isinstance(kind, UTCDateTime):
        return lambda v: v.astimezone(UTC).isoformat(" ", "microseconds")[:26]
    if isinstance(kind, DateTime):
        return lambda v: v.isoformat(" ", "microseconds")
    if isinstance(kind, Date):
        return lambda v: v.isoformat()
    return kind._cached_bind_processor(dialect)  # type: ignore[no-any-return]


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
        """Bulk insert into a mapped class or table, stored exactly as the ORM would store it.

        History counts as already synced, so it bypasses the outbox on purpose. Ten years are millions of rows:
        the values are converted here by one function per column and handed to the driver's executemany,
        because SQLAlchemy's per-value bind processing took half of the build.
        """
        if rows:
            table = getattr(target, "__table__", target)
            with self.db.engine.begin() as conn:
                sql, values = bulk_values(table, rows, conn.dialect)
                conn.exec_driver_sql(sql, values)

    def flush(self) -> None:
        self.insert(AuditEvent.__table__, self._audit_rows)
        self._audit_rows = []

    def continue_chain(self, seq: int, prev: str) -> None:
        self._seq, self._prev = seq, prev

