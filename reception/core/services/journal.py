"""Reading the audit trail page by page (the Journal page, the audit report kind, its export).

Pages are keyset-paginated on (at, id), newest first: asking for the next 200 events costs the same on
the first page as on the ten-thousandth, which OFFSET would not.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session

from reception.core.clock import Clock, local_day_bounds
from reception.core.database import Database
from reception.core.i18n import _
from reception.core.limits import page_size
from reception.core.models import (
    AuditEvent,
    Booking,
    Employee,
    ExpectedVisit,
    Product,
    Room,
    Sale,
    Site,
    Tenant,
    User,
    Visit,
    Visitor,
)
from reception.core.services.journal_text import sentence, shorten
from reception.core.services.permissions import Actor, Permission, require
from reception.core.services.settings import SPECS

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
    text: str = ""  # the event as a sentence, names looked up (journal_text.sentence)

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


def _full_name(first: Any, last: Any) -> Any:
    return first + " " + last


_NAMES: dict[str, tuple[Any, Any]] = {  # entity -> (its id column, the name to show)
    "visits": (Visit.id, _full_name(Visitor.first_name, Visitor.last_name)),
    "expected_visits": (ExpectedVisit.id, _full_name(ExpectedVisit.first_name, ExpectedVisit.last_name)),
    "users": (User.id, User.full_name),
    "tenants": (Tenant.id, Tenant.name),
    "employees": (Employee.id, _full_name(Employee.first_name, Employee.last_name)),
    "rooms": (Room.id, Room.name),
    "bookings": (Booking.id, Booking.title + " (" + Room.name + ")"),
    "cafeteria_products": (Product.id, Product.name),
    "sales": (Sale.id, Sale.receipt_number),
    "sites": (Site.id, Site.name),
}
_JOINS = {"visits": (Visitor, Visit.visitor_id == Visitor.id), "bookings": (Room, Booking.room_id == Room.id)}


def _names(session: Session, entity: str, ids: set[str]) -> dict[str, str]:
    if entity == "settings":
        return {key: _(SPECS[key].label) for key in ids if key in SPECS}
    if entity not in _NAMES or not ids:
        return {}
    id_column, name = _NAMES[entity]
    query = select(id_column, name).where(id_column.in_(ids))
    if entity in _JOINS:
        query = query.join(*_JOINS[entity])
    return {str(row_id): str(shown) for row_id, shown in session.execute(query)}


def _in_words(session: Session, entries: list[JournalEntry]) -> list[JournalEntry]:
    """Each entry with its sentence: one query for the people who acted, one per kind of object."""
    usernames = {e.username for e in entries if e.username}
    people = {username: full_name for username, full_name in
              session.execute(select(User.username, User.full_name).where(User.username.in_(usernames)))}
    wanted: dict[str, set[str]] = {}
    for entry in entries:
        if entry.entity and _object_key(entry):
            wanted.setdefault(entry.entity, set()).add(_object_key(entry))
    names = {entity: _names(session, entity, ids) for entity, ids in wanted.items()}
    return [replace(e, text=sentence(e.action, people.get(e.username, ""), e.username,
                                     names.get(e.entity, {}).get(_object_key(e)) or shorten(_object_key(e)),
                                     e.before, e.after)) for e in entries]


def _object_key(entry: JournalEntry) -> str:
    """The object's id; a setting's key is in its before/after instead (some keys are longer than an id)."""
    if entry.entity_id or entry.entity != "settings":
        return entry.entity_id
    try:
        changed = json.loads(entry.after or entry.before or "{}")
    except ValueError:
        return ""
    return next(iter(changed), "") if isinstance(changed, dict) and len(changed) == 1 else ""


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
            entries = _in_words(session, [JournalEntry(*row) for row in rows[:limit]])
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
