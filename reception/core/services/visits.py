"""Visitors at the desk: returning-visitor search, check-in, check-out by badge scan, who is inside and the
history. VisitService also carries the expected visitors (visits_expected), the watch list
(visits_watchlist) and personal-data retention (visits_privacy) as mixins, so callers keep one
`services.visits`; the dataclasses it hands out live in visits_types and are re-exported here.

Audit events of this area carry ids, badge numbers and counts, never a visitor's name, phone, e-mail or ID
number: the audit chain cannot be edited, and personal data must be erasable (law 09-08).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Select, bindparam, func, literal_column, select
from sqlalchemy.orm import Session

from reception.core import formats
from reception.core.clock import Clock, local_day_bounds, local_to_utc, to_local
from reception.core.database import Database
from reception.core.errors import Conflict, NotFound
from reception.core.i18n import _
from reception.core.limits import page_size
from reception.core.models import Employee, Tenant, Visit, Visitor, VisitorWord
from reception.core.models.base import table_of
from reception.core.services import audit
from reception.core.services.directory import EmployeeRow, employee_row
from reception.core.services.permissions import SYSTEM, Actor, Permission, require
from reception.core.services.scan_codes import badge_lookups
from reception.core.services.settings import SettingsService
from reception.core.services.visits_checkin import check_form, record_check_in
from reception.core.services.visits_expected import ExpectedVisitsMixin
from reception.core.services.visits_privacy import PrivacyMixin
from reception.core.services.visits_rows import load_visit, visit_row, visit_select
from reception.core.services.visits_rules import (
    MIN_SEARCH_LETTERS,
    mask_id_number,
    normalise_badge_code,
    prefix_upper_bound,
    search_words,
)
from reception.core.services.visits_search import common_word_prefix, newest_page_bound, recent_visitor_ids
from reception.core.services.visits_types import (
    HISTORY_COUNT_CAP,
    BadgeScan,
    CheckInForm,
    ExpectedRow,
    HistoryCursor,
    HistoryFilter,
    VisitorMatch,
    VisitRow,
    WatchEntryForm,
    WatchEntryRow,
    WatchListHit,
    WatchListMatch,
)
from reception.core.services.visits_watchlist import WatchListMixin
from reception.core.services.watchlist_import import WatchListImportMixin
from reception.core.text import fold

COMMON_PREFIX_WORDS = 2000
WALK_LIMIT = 5000
"""Fewer visits than this since the first page's bound: the page is found by walking them newest first."""


class VisitService(ExpectedVisitsMixin, WatchListMixin, WatchListImportMixin, PrivacyMixin):
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self.settings = SettingsService(db)

    # --- returning visitors -------------------------------------------------------------------------------

    def search_visitors(self, actor: Actor, text: str, limit: int = 10) -> list[VisitorMatch]:
        """Today's expected guests, then previous visitors whose words start with each typed word, most
        recent visit first.

        'elodie' finds 'Élodie'; 'benani' does not find 'Bennani' (see visits_search for the index).
        """
        require(actor, Permission.VISITS_CHECKIN)
        limit = page_size(limit)
        if sum(len(t) for t in search_words(text)) < MIN_SEARCH_LETTERS:
            return []
        with self.db.read() as session:
            ids = recent_visitor_ids(session.connection(), text, limit)
            found = {r.id: r for r in session.connection().execute(_VISITORS_BY_ID, {"ids": ids})}
            hosts = _last_hosts(session, ids)
            expected = self.expected_matches(session, text)
        known = {m.visitor_id for m in expected}
        return expected + [replace(_match(found[i]), last_host=hosts.get(i)) for i in ids
                           if i in found and i not in known][: max(0, limit - len(expected))]

    # --- check-in -----------------------------------------------------------------------------------------

    def check_in(self, actor: Actor, form: CheckInForm, approval: Actor | None = None) -> VisitRow:
        """Checks every field (all errors at once), stops on a watch-list match unless a manager approved,
        then records the visitor, the visit with its badge number and code, and the host's e-mail."""
        require(actor, Permission.VISITS_CHECKIN)
        if approval is not None:
            require(approval, Permission.WATCHLIST_DECIDE)
        now = self.clock.now()
        check_form(form, now)
        with self.db.write() as session:
            return load_visit(session, record_check_in(session, actor, form, approval, now))

    def visit(self, actor: Actor, visit_id: str) -> VisitRow:
        require(actor, Permission.VISITS_HISTORY)
        with self.db.read() as session:
            return load_visit(session, visit_id)

    # --- check-out ----------------------------------------------------------------------------------------

    def check_out_by_code(self, actor: Actor, code: str) -> VisitRow:
        """A badge scan: says who left, or that the badge is unknown or already used."""
        scan = self.scan_badge(actor, code, invitations=False)
        return scan.visit

    def scan_badge(self, actor: Actor, code: str, invitations: bool = True) -> BadgeScan:
        """A badge or invitation scanned at the desk, whatever page is open: a visitor inside leaves; a guest
        expected today arrives (linked to their invitation). Says which, or why neither."""
        require(actor, Permission.VISITS_CHECKIN)
        variants = badge_lookups(code) or [normalise_badge_code(code)]
        with self.db.write() as session:
            visit = _visit_by_code(session, variants)
            if visit is None and invitations:
                visit_id = next((v for v in (self.check_in_invitation(session, actor, c) for c in variants) if v),
                                None)
                if visit_id is not None:
                    return BadgeScan("checked_in", load_visit(session, visit_id))
            if visit is None:
                raise NotFound(_("Badge inconnu."))
            if visit.checked_out_at is not None:
                row = load_visit(session, visit.id)
                raise Conflict(_("Badge déjà utilisé : {name} est sorti à {time}.").format(
                    name=row.visitor_name, time=formats.clock(visit.checked_out_at)))
            self._close(session, actor, visit, "scan", self.clock.now())
            return BadgeScan("checked_out", load_visit(session, visit.id))

    def check_out(self, actor: Actor, visit_id: str) -> VisitRow:
        require(actor, Permission.VISITS_CHECKIN)
        with self.db.write() as session:
            visit = session.get(Visit, visit_id)
            if visit is None:
                raise NotFound(_("Visite introuvable."))
            if visit.checked_out_at is not None:
                raise Conflict(_("Ce visiteur est déjà sorti à {time}.").format(
                    time=formats.clock(visit.checked_out_at)))
            self._close(session, actor, visit, "desk", self.clock.now())
            return load_visit(session, visit.id)

    def check_out_all(self, actor: Actor) -> int:
        """'Tout le monde est sorti' at closing time: every open visit is closed now."""
        require(actor, Permission.VISITS_CHECKIN)
        now = self.clock.now()
        with self.db.write() as session:
            open_visits = session.execute(select(Visit).where(Visit.checked_out_at.is_(None))).scalars().all()
            for visit in open_visits:
                visit.checked_out_at, visit.checkout_kind = now, "bulk"
            audit.record(session, actor, "visits.check_out_all", entity="visits",
                         after={"count": len(open_visits)}, at=now)
            return len(open_visits)

    def auto_check_out(self, actor: Actor = SYSTEM) -> int:
        """Closes visits still open at the day's automatic check-out time, as 'sortie non pointée'.

        Each visit is closed at the cutoff of its own day (or of the next day if it began after it), so a
        job that runs late, or a desk that was off for days, still records sensible times.
        """
        require(actor, Permission.VISITS_CHECKIN)
        now = self.clock.now()
        hours, minutes = (int(p) for p in self.settings.get("visits.auto_checkout_time").split(":"))
        closed = 0
        with self.db.write() as session:
            for visit in session.execute(select(Visit).where(Visit.checked_out_at.is_(None))).scalars():
                day = to_local(visit.checked_in_at).date()
                cutoff = local_to_utc(day, hours, minutes)
                if visit.checked_in_at >= cutoff:
                    cutoff = local_to_utc(day + timedelta(days=1), hours, minutes)
                if cutoff <= now:
                    visit.checked_out_at, visit.checkout_kind = cutoff, "auto"
                    closed += 1
            if closed:
                audit.record(session, actor, "visits.auto_check_out", entity="visits", after={"count": closed},
                             at=now)
        return closed

    def _close(self, session: Session, actor: Actor, visit: Visit, kind: str, now: datetime) -> None:
        visit.checked_out_at, visit.checkout_kind = now, kind
        audit.record(session, actor, "visits.check_out", entity="visits", entity_id=visit.id,
                     after={"checkout_kind": kind, "badge_number": visit.badge_number}, at=now)

    def on_site(self, actor: Actor, company_id: str | None = None, floor: str | None = None) -> list[VisitRow]:
        """Everyone inside now, earliest arrival first."""
        require(actor, Permission.VISITS_CHECKIN)
        stmt = visit_select().where(Visit.checked_out_at.is_(None))
        if company_id:
            stmt = stmt.where(Visit.host_tenant_id == company_id)
        if floor:
            stmt = stmt.where(Tenant.floor == floor)
        with self.db.read() as session:
            return [visit_row(r) for r in session.execute(stmt.order_by(Visit.checked_in_at))]

    def record_reprint(self, actor: Actor, visit_id: str) -> VisitRow:
        """Counts and audits a badge reprint (the UI asks for confirmation first)."""
        require(actor, Permission.BADGE_REPRINT)
        with self.db.write() as session:
            visit = session.get(Visit, visit_id)
            if visit is None:
                raise NotFound(_("Visite introuvable."))
            before = visit.reprint_count
            visit.reprint_count = before + 1
            audit.record(session, actor, "visits.reprint", entity="visits", entity_id=visit.id,
                         before={"reprint_count": before}, after={"reprint_count": visit.reprint_count},
                         at=self.clock.now())
            return load_visit(session, visit.id)

    # --- history ------------------------------------------------------------------------------------------

    def history(self, actor: Actor, filt: HistoryFilter, after: HistoryCursor | None = None,
                limit: int = 100) -> list[VisitRow]:
        """One page of past visits, newest first, starting after `after` (the last row of the previous page)."""
        require(actor, Permission.VISITS_HISTORY)
        size = page_size(limit)
        with self.db.read() as session:
            since = _first_page_bound(session, filt, size) if after is None else None
            if since is not None:
                # every visit older than the bound is older than each row found: a full page there is the page
                walk = _few_visits_since(session, since)
                page = _history_page(session, [*_history_criteria(session, filt, walk), Visit.checked_in_at >= since],
                                     None, size)
                if len(page) == size:
                    return page
            return _history_page(session, _history_criteria(session, filt), after, size)

    def all_history(self, actor: Actor, filt: HistoryFilter, batch: int = 5000) -> Iterator[list[VisitRow]]:
        """Every matching visit, newest first, batch after batch (exports and reports; each batch a short read)."""
        after: HistoryCursor | None = None
        while page := self.history(actor, filt, after, batch):
            yield page
            if len(page) < batch:
                return
            after = page[-1].cursor

    def history_count(self, actor: Actor, filt: HistoryFilter, cap: int = HISTORY_COUNT_CAP) -> int:
        """How many visits match, counted up to `cap` + 1: a figure above `cap` means "more than `cap`"
        (run at every filter change; a full count of a common name over ten years took half a second).

        Always through the namesakes' visits: walking visits newest first finds a common name's first page
        sooner, but a count walks on until the cap or the end of ten years ('bennani': 430 ms walked, 12 ms
        through the namesakes; even a single letter is no slower this way)."""
        require(actor, Permission.VISITS_HISTORY)
        stmt: Select[Any] = select(literal_column("1")).select_from(Visit)
        if filt.organisation.strip():
            stmt = stmt.outerjoin(Visitor, Visitor.id == Visit.visitor_id)
        with self.db.read() as session:
            criteria = _history_criteria(session, filt, short_walk=False)
            bounded = stmt.where(*criteria).limit(page_size(cap + 1)).subquery()
            return session.scalar(select(func.count()).select_from(bounded)) or 0


def _visit_by_code(session: Session, variants: list[str]) -> Visit | None:
    """The visit of the first variant that has one (the code as read comes first)."""
    found = {v.badge_code: v for v in session.execute(select(Visit).where(Visit.badge_code.in_(variants))).scalars()}
    return next((found[c] for c in variants if c in found), None)


# built once: the search runs at every keystroke, and building these cost more than running them
_VISITORS_BY_ID = select(table_of(Visitor)).where(table_of(Visitor).c.id.in_(bindparam("ids", expanding=True)))
_LATEST_VISITS = (select(Visit.visitor_id, func.max(Visit.checked_in_at).label("at"))
                  .where(Visit.visitor_id.in_(bindparam("ids", expanding=True))).group_by(Visit.visitor_id).subquery())
_LAST_HOSTS = (
    select(Visit.visitor_id, Employee, Tenant.name)
    .join(_LATEST_VISITS,
          (Visit.visitor_id == _LATEST_VISITS.c.visitor_id) & (Visit.checked_in_at == _LATEST_VISITS.c.at))
    .join(Employee, Employee.id == Visit.host_employee_id).join(Tenant, Tenant.id == Employee.tenant_id)
    .where(Employee.active.is_(True))
)


def _last_hosts(session: Session, visitor_ids: list[str]) -> dict[str, EmployeeRow]:
    """Each visitor's host at their latest visit, when that employee is still active (proposed again)."""
    rows = session.execute(_LAST_HOSTS, {"ids": visitor_ids})
    return {visitor_id: employee_row(employee, tenant) for visitor_id, employee, tenant in rows if visitor_id}


def _match(v: Any) -> VisitorMatch:
    return VisitorMatch(v.id, v.last_name, v.first_name, v.organisation, v.phone, v.email, v.id_type,
                        mask_id_number(v.id_number), v.last_visit_at)


def _history_page(session: Session, criteria: list[Any], after: HistoryCursor | None, size: int) -> list[VisitRow]:
    stmt = visit_select().where(*criteria)
    if after is not None:  # the index seeks to the cursor; ties on the second are broken by id
        stmt = stmt.where(Visit.checked_in_at <= after.checked_in_at,
                          (Visit.checked_in_at < after.checked_in_at) | (Visit.id < after.visit_id))
    stmt = stmt.order_by(Visit.checked_in_at.desc(), Visit.id.desc()).limit(size)
    return [visit_row(r) for r in session.execute(stmt)]


def _few_visits_since(session: Session, since: datetime) -> bool:
    """Whether walking every visit since `since`, newest first, is cheap (an index-only count, capped)."""
    counted: Select[Any] = (select(literal_column("1")).select_from(Visit).where(Visit.checked_in_at >= since)
                            .limit(WALK_LIMIT))
    return (session.scalar(select(func.count()).select_from(counted.subquery())) or 0) < WALK_LIMIT


def _first_page_bound(session: Session, filt: HistoryFilter, size: int) -> datetime | None:
    """For a name, no later than the first page's oldest visit: the `size` most recent matching visitors
    (the search's own index) each visited at or after it. Without it the page of a name met in a few
    thousand visitors read and sorted all their visits (230 ms for 'ben' on one year)."""
    tokens = search_words(f"{filt.text} {filt.organisation}")
    if not tokens:
        return None
    stored = newest_page_bound(session.connection(), " ".join(tokens), size)
    return None if stored is None else datetime.fromisoformat(stored).replace(tzinfo=UTC)


def _history_criteria(session: Session, filt: HistoryFilter, short_walk: bool | None = None) -> list[Any]:
    """`short_walk`: the caller knows few visits are walked (a bounded first page): True walks them newest
    first checking each one's name by a seek, False goes through the namesakes' visits; None decides by how
    common the name is."""
    criteria: list[Any] = []
    tokens = search_words(f"{filt.text} {filt.organisation}")
    if short_walk:  # a seek on (visitor_id, word) per visit walked: no list of every namesake built first
        criteria += [select(VisitorWord.visitor_id).where(
            VisitorWord.visitor_id == literal_column("+visits.visitor_id"), VisitorWord.word >= t,
            VisitorWord.word < prefix_upper_bound(t)).exists() for t in tokens]
    elif tokens:
        # A common name ('ben') matches thousands of visitors: the page is then found faster by walking
        # visits newest first than through each visitor's visits, so the visitor index is kept out; over a
        # long walk (a count) probing the list of namesakes once built beats a seek per visit.
        walk = short_walk is None and all(common_word_prefix(session.connection(), t, COMMON_PREFIX_WORDS)
                                          for t in tokens)
        visitor = literal_column("+visits.visitor_id") if walk else Visit.visitor_id
        criteria += [visitor.in_(select(VisitorWord.visitor_id).where(
            VisitorWord.word >= t, VisitorWord.word < prefix_upper_bound(t))) for t in tokens]
    if filt.organisation.strip():
        criteria.append(Visitor.search_key.contains(fold(filt.organisation), autoescape=True))
    if filt.host.strip():
        criteria.append(Visit.host_employee_id.in_(
            select(Employee.id).where(Employee.search_key.contains(fold(filt.host), autoescape=True))
        ))
    if filt.company_id:
        criteria.append(Visit.host_tenant_id == filt.company_id)
    if filt.date_from:
        criteria.append(Visit.checked_in_at >= local_day_bounds(filt.date_from)[0])
    if filt.date_to:
        criteria.append(Visit.checked_in_at < local_day_bounds(filt.date_to)[1])
    if filt.visit_type:
        criteria.append(Visit.visit_type == filt.visit_type)
    if filt.checkout_kind:
        criteria.append(Visit.checkout_kind == filt.checkout_kind)
    return criteria


__all__ = [
    "HISTORY_COUNT_CAP", "BadgeScan", "CheckInForm", "ExpectedRow", "HistoryCursor", "HistoryFilter",
    "VisitRow", "VisitService", "VisitorMatch",
    "WatchEntryForm", "WatchEntryRow", "WatchListHit", "WatchListMatch",
]


from reception.core.services import visits_overview, visits_reports  # noqa: E402,F401  (register tiles, reports)
