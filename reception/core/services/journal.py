"""Reading the audit trail page by page (the Journal page, the audit report kind, its export).

Pages are keyset-paginated on (at, id), newest first: asking for the next 200 events costs the same on
the first page as on the ten-thousandth, which OFFSET would not.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Select, and_, or_, select

from reception.core.clock import Clock, local_day_bounds
from reception.core.database import Database
from reception.core.limits import page_size
from reception.core.models import AuditEvent
from reception.core.services.permissions import Actor, Permission, require

PAGE_SIZE = 200
PageKey = tuple[datetime, str]


@dataclass(frozen=True)
class JournalFilters:
    """Local calendar days (inclusive), a username, an action (exact, or a prefix ending with '.'), an entity."""

    day_from: date | None = None
    day_to: date | None = None
    username: str = ""
    action: str = ""
    entity: str = ""


@dataclass(frozen=True)
class JournalEntry:
    id: str
    at: datetime
    desk_code: str
    seq: int
    username: str
    action: str
    entity: str
    entity_id: str
    before: str
    after: str

    @property
    def key(self) -> PageKey:
        return (self.at, self.id)


@dataclass(frozen=True)
class JournalPage:
    rows: list[JournalEntry]
    next_key: PageKey | None  # None when this was the last page


_COLUMNS = (AuditEvent.id, AuditEvent.at, AuditEvent.desk_code, AuditEvent.seq, AuditEvent.username,
            AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id, AuditEvent.before, AuditEvent.after)


def filtered_query(filters: JournalFilters) -> Select[Any]:
    """The events matching the filters, newest first; the caller adds the page boundary and limit."""
    query = cast("Select[Any]", select(*_COLUMNS)).order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    if filters.day_from:
        query = query.where(AuditEvent.at >= local_day_bounds(filters.day_from)[0])
    if filters.day_to:
        query = query.where(AuditEvent.at < local_day_bounds(filters.day_to)[1])
    if filters.username:
        query = query.where(AuditEvent.username == filters.username.strip().lower())
    if filters.action.endswith("."):
        query = query.where(AuditEvent.action.startswith(filters.action, autoescape=True))
    elif filters.action:
        query = query.where(AuditEvent.action == filters.action)
    if filters.entity:
        query = query.where(AuditEvent.entity == filters.entity)
    return query


def _after(query: Select[Any], key: PageKey | None) -> Select[Any]:
    if key is None:
        return query
    at, event_id = key
    return query.where(or_(AuditEvent.at < at, and_(AuditEvent.at == at, AuditEvent.id < event_id)))


class JournalService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def page(self, actor: Actor, filters: JournalFilters, after_key: PageKey | None = None,
             limit: int = PAGE_SIZE) -> JournalPage:
        """The `limit` events after `after_key` (None: the newest), and the key to ask for the next page."""
        require(actor, Permission.JOURNAL_VIEW)
        limit = page_size(limit)
        with self.db.read() as session:
            rows = session.execute(_after(filtered_query(filters), after_key).limit(limit + 1)).all()
        entries = [JournalEntry(*row) for row in rows[:limit]]
        return JournalPage(entries, entries[-1].key if len(rows) > limit else None)

    def iterate(self, actor: Actor, filters: JournalFilters, chunk: int = 2000) -> Iterator[JournalEntry]:
        """Every matching event, newest first, read in chunks (exports, the audit report)."""
        key: PageKey | None = None
        while True:
            page = self.page(actor, filters, key, chunk)
            yield from page.rows
            if page.next_key is None:
                return
            key = page.next_key

    def actions(self, actor: Actor) -> list[str]:
        """The actions present in the trail, for the filter's drop-down."""
        require(actor, Permission.JOURNAL_VIEW)
        with self.db.read() as session:
            return list(session.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action)))

    def entities(self, actor: Actor) -> list[str]:
        require(actor, Permission.JOURNAL_VIEW)
        with self.db.read() as session:
            return [e for e in session.scalars(select(AuditEvent.entity).distinct().order_by(AuditEvent.entity)) if e]

    def usernames(self, actor: Actor) -> list[str]:
        require(actor, Permission.JOURNAL_VIEW)
        with self.db.read() as session:
            return [u for u in session.scalars(select(AuditEvent.username).distinct().order_by(AuditEvent.username))
                    if u]
