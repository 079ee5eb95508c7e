"""Visitors at the desk: returning-visitor search, check-in (watch list, host e-mail), check-out by badge scan,
who is inside, pre-registration and guest lists, the history, the watch list and personal-data retention.

Audit events of this area carry ids, badge numbers and counts, never a visitor's name, phone, e-mail or ID
number: the audit chain cannot be edited, and personal data must be erasable (law 09-08).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, delete, func, literal_column, select
from sqlalchemy.orm import Session, aliased

from reception.core.clock import Clock, local_day_bounds, local_to_utc, local_today, to_local
from reception.core.database import Database
from reception.core.errors import Conflict, DomainError, NotFound, ValidationError
from reception.core.identity import desk_stamp
from reception.core.models import (
    BadgeCounter,
    Employee,
    ExpectedVisit,
    MailMessage,
    Setting,
    Tenant,
    Visit,
    Visitor,
    VisitorWord,
    WatchListEntry,
)
from reception.core.models.base import table_of
from reception.core.models.visits import VISIT_TYPES
from reception.core.services import audit, mail
from reception.core.services.permissions import SYSTEM, Actor, Permission, require
from reception.core.services.settings import SPECS, SettingsService
from reception.core.services.visits_rules import (
    MIN_SEARCH_LETTERS,
    badge_number,
    check_person,
    check_visit,
    mask_id_number,
    new_badge_code,
    normalise_badge_code,
    normalise_id_number,
    normalise_phone,
    prefix_upper_bound,
    search_words,
    visitor_search_key,
)
from reception.core.services.visits_search import common_word_prefix, index_visitor, recent_visitor_ids
from reception.core.text import fold

ANONYMOUS = "Visiteur anonymisé"
PURGE_BATCH = 2000
COMMON_PREFIX_WORDS = 2000


# --- what the service hands out ------------------------------------------------------------------------


@dataclass(frozen=True)
class VisitorMatch:
    visitor_id: str
    last_name: str
    first_name: str
    organisation: str
    phone: str
    email: str
    id_type: str
    id_number_masked: str
    last_visit_at: datetime | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class CheckInForm:
    last_name: str
    first_name: str
    organisation: str = ""
    phone: str = ""
    email: str = ""
    id_type: str = ""
    id_number: str = ""
    host_employee_id: str = ""
    visit_type: str = "meeting"
    expected_end: datetime | None = None
    notes: str = ""
    visitor_id: str | None = None
    expected_visit_id: str | None = None


@dataclass(frozen=True)
class VisitRow:
    id: str
    visitor_id: str | None
    visitor_name: str
    organisation: str
    host_name: str
    host_company: str
    host_floor: str
    visit_type: str
    checked_in_at: datetime
    checked_out_at: datetime | None
    checkout_kind: str
    badge_number: str
    badge_code: str
    expected_end: datetime | None
    desk_code: str
    reprint_count: int

    @property
    def visit_type_label(self) -> str:
        return VISIT_TYPES.get(self.visit_type, self.visit_type)

    def time_inside(self, now: datetime) -> timedelta:
        """How long the visitor has been (or was) inside."""
        return (self.checked_out_at or now) - self.checked_in_at


@dataclass(frozen=True)
class ExpectedRow:
    id: str
    day: date
    visitor_name: str
    organisation: str
    host_name: str
    host_company: str
    visit_type: str
    event_name: str
    status: str
    badge_code: str = ""
    visit_id: str | None = None


@dataclass(frozen=True)
class HistoryFilter:
    text: str = ""
    organisation: str = ""
    host: str = ""
    company_id: str = ""
    date_from: date | None = None
    date_to: date | None = None
    visit_type: str = ""
    checkout_kind: str = ""


@dataclass(frozen=True)
class WatchListHit:
    entry_id: str
    name: str
    reason: str
    until: date | None


class WatchListMatch(DomainError):
    """The visitor matches the watch list: a manager must allow or refuse at the desk."""

    def __init__(self, hit: WatchListHit) -> None:
        super().__init__(f"{hit.name} figure sur la liste de vigilance ({hit.reason or 'sans motif'}) : "
                         "la décision d'un responsable est nécessaire.")
        self.hit = hit


@dataclass(frozen=True)
class WatchEntryForm:
    last_name: str
    first_name: str = ""
    id_number: str = ""
    reason: str = ""
    until: date | None = None


@dataclass(frozen=True)
class WatchEntryRow:
    id: str
    last_name: str
    first_name: str
    id_number: str
    reason: str
    until: date | None
    active: bool


# --- reading helpers -----------------------------------------------------------------------------------

_Host = aliased(Employee)


def _visit_select() -> Select:
    return (
        select(Visit.id, Visit.visitor_id, Visitor.first_name, Visitor.last_name, Visitor.organisation,
               _Host.first_name.label("host_first"), _Host.last_name.label("host_last"),
               Tenant.name.label("company"), Tenant.floor, Visit.visit_type, Visit.checked_in_at,
               Visit.checked_out_at, Visit.checkout_kind, Visit.badge_number, Visit.badge_code,
               Visit.expected_end, Visit.desk_code, Visit.reprint_count)
        .select_from(Visit)
        .outerjoin(Visitor, Visitor.id == Visit.visitor_id)
        .outerjoin(_Host, _Host.id == Visit.host_employee_id)
        .outerjoin(Tenant, Tenant.id == Visit.host_tenant_id)
    )


def _person(first: str | None, last: str | None) -> str:
    name = f"{first or ''} {last or ''}".strip()
    return name or ANONYMOUS


def _visit_row(r: Any) -> VisitRow:
    host = f"{r.host_first or ''} {r.host_last or ''}".strip()
    return VisitRow(r.id, r.visitor_id, _person(r.first_name, r.last_name), r.organisation or "", host,
                    r.company or "", r.floor or "", r.visit_type, r.checked_in_at, r.checked_out_at,
                    r.checkout_kind, r.badge_number, r.badge_code, r.expected_end, r.desk_code, r.reprint_count)


def _expected_select() -> Select:
    return (
        select(ExpectedVisit, _Host.first_name, _Host.last_name, Tenant.name)
        .outerjoin(_Host, _Host.id == ExpectedVisit.host_employee_id)
        .outerjoin(Tenant, Tenant.id == _Host.tenant_id)
    )


def _expected_row(e: ExpectedVisit, host_first: str | None, host_last: str | None, company: str | None) -> ExpectedRow:
    host = f"{host_first or ''} {host_last or ''}".strip()
    return ExpectedRow(e.id, e.day, _person(e.first_name, e.last_name), e.organisation, host, company or "",
                       e.visit_type, e.event_name, e.status, e.badge_code, e.visit_id)


def _match(v: Any) -> VisitorMatch:
    return VisitorMatch(v.id, v.last_name, v.first_name, v.organisation, v.phone, v.email, v.id_type,
                        mask_id_number(v.id_number), v.last_visit_at)


def _watch_row(w: WatchListEntry) -> WatchEntryRow:
    return WatchEntryRow(w.id, w.last_name, w.first_name, w.id_number, w.reason, w.until, w.active)


class VisitService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self.settings = SettingsService(db)

    # --- returning visitors -------------------------------------------------------------------------------

    def search_visitors(self, actor: Actor, text: str, limit: int = 10) -> list[VisitorMatch]:
        """Previous visitors whose words start with each typed word, most recent visit first.

        'elodie' finds 'Élodie'; 'benani' does not find 'Bennani' (see visits_search for the index).
        """
        require(actor, Permission.VISITS_CHECKIN)
        if sum(len(t) for t in search_words(text)) < MIN_SEARCH_LETTERS:
            return []
        with self.db.read() as session:
            ids = recent_visitor_ids(session.connection(), text, limit)
            visitors = table_of(Visitor)
            found = {r.id: r for r in session.execute(select(visitors).where(visitors.c.id.in_(ids)))}
        return [_match(found[i]) for i in ids if i in found]

    # --- check-in -----------------------------------------------------------------------------------------

    def check_in(self, actor: Actor, form: CheckInForm, approval: Actor | None = None) -> VisitRow:
        """Checks every field (all errors at once), stops on a watch-list match unless a manager approved,
        then records the visitor, the visit with its badge number and code, and the host's e-mail."""
        require(actor, Permission.VISITS_CHECKIN)
        if approval is not None:
            require(approval, Permission.WATCHLIST_DECIDE)
        now = self.clock.now()
        self._check_form(form, now)
        with self.db.write() as session:
            visit_id = self._check_in(session, actor, form, approval, now)
            return self._visit(session, visit_id)

    def refuse_watchlisted(self, actor: Actor, approver: Actor, form: CheckInForm) -> None:
        """Records that a manager refused entry to a watch-listed visitor."""
        require(actor, Permission.VISITS_CHECKIN)
        require(approver, Permission.WATCHLIST_DECIDE)
        with self.db.write() as session:
            hit = self._watch_hit(session, form)
            if hit is None:
                raise NotFound("Ce visiteur ne figure pas (ou plus) sur la liste de vigilance.")
            audit.record(session, actor, "visits.watchlist_refused", entity="watchlist_entries",
                         entity_id=hit.entry_id, after={"decided_by": approver.username}, at=self.clock.now())

    def _check_form(self, form: CheckInForm, now: datetime) -> None:
        errors = check_person(form.last_name, form.first_name, form.phone, form.email)
        errors |= check_visit(form.host_employee_id, form.visit_type, form.expected_end, now, form.id_type,
                              form.id_number)
        if errors:
            raise ValidationError(errors)

    def _check_in(self, session: Session, actor: Actor, form: CheckInForm, approval: Actor | None,
                  now: datetime) -> str:
        host = session.get(Employee, form.host_employee_id)
        if host is None or not host.active:
            raise ValidationError({"host_employee_id": "Personne visitée introuvable dans l'annuaire."})
        hit = self._watch_hit(session, form)
        if hit is not None and approval is None:
            raise WatchListMatch(hit)
        visitor = self._upsert_visitor(session, form, now)
        expected = session.get(ExpectedVisit, form.expected_visit_id) if form.expected_visit_id else None
        desk = self._desk_code(session)
        visit = Visit(
            visitor_id=visitor.id, host_employee_id=host.id, host_tenant_id=host.tenant_id,
            visit_type=form.visit_type, checked_in_at=now, expected_end=form.expected_end,
            checkout_kind="", badge_number=self._next_badge_number(session, desk, now),
            badge_code=(expected.badge_code if expected and expected.badge_code else new_badge_code()),
            notes=form.notes.strip(), reprint_count=0, desk_code=desk,
            event_name=expected.event_name if expected else "",
            watchlist_entry_id=hit.entry_id if hit else None,
            watchlist_approved_by=approval.user_id if hit and approval else None,
        )
        session.add(visit)
        session.flush()
        if expected is not None:
            expected.status, expected.visit_id = "arrived", visit.id
        if hit is not None and approval is not None:
            audit.record(session, actor, "visits.watchlist_allowed", entity="visits", entity_id=visit.id,
                         after={"entry_id": hit.entry_id, "decided_by": approval.username}, at=now)
        if host.email:
            self._notify_host(session, host, visitor, visit, now)
        audit.record(session, actor, "visits.check_in", entity="visits", entity_id=visit.id,
                     after={"visitor_id": visitor.id, "host_employee_id": host.id, "visit_type": visit.visit_type,
                            "badge_number": visit.badge_number}, at=now)
        return visit.id

    def _upsert_visitor(self, session: Session, form: CheckInForm, now: datetime) -> Visitor:
        visitor = session.get(Visitor, form.visitor_id) if form.visitor_id else None
        if visitor is None:
            visitor = Visitor(id_number="")
            session.add(visitor)
        visitor.last_name, visitor.first_name = form.last_name.strip(), form.first_name.strip()
        visitor.organisation = form.organisation.strip()
        visitor.phone = normalise_phone(form.phone) if form.phone.strip() else ""
        visitor.email = form.email.strip()
        if form.id_number.strip():
            visitor.id_type = form.id_type.strip()
            visitor.id_number = _stored_id_number(session, form.id_number)
        visitor.search_key = visitor_search_key(visitor.last_name, visitor.first_name, visitor.organisation)
        visitor.last_visit_at, visitor.anonymised = now, False
        session.flush()
        index_visitor(session, visitor)
        return visitor

    def _watch_hit(self, session: Session, form: CheckInForm) -> WatchListHit | None:
        today = local_today(self.clock)
        name_key = fold(f"{form.last_name} {form.first_name}")
        number = normalise_id_number(form.id_number)
        criteria = WatchListEntry.name_key == name_key
        if number:
            criteria = criteria | (WatchListEntry.id_number == number)
        entry = session.execute(
            select(WatchListEntry)
            .where(WatchListEntry.active, criteria,
                   (WatchListEntry.until.is_(None)) | (WatchListEntry.until >= today))
            .limit(1)
        ).scalar_one_or_none()
        if entry is None:
            return None
        return WatchListHit(entry.id, _person(entry.first_name, entry.last_name), entry.reason, entry.until)

    def _desk_code(self, session: Session) -> str:
        return desk_stamp(session).desk_code

    def _next_badge_number(self, session: Session, desk: str, now: datetime) -> str:
        """Gapless per desk and day: the counter moves in the check-in's own (immediate) transaction."""
        day = to_local(now).date()
        counter = session.get(BadgeCounter, (desk, day))
        if counter is None:
            counter = BadgeCounter(desk_code=desk, day=day, last=0)
            session.add(counter)
        counter.last += 1
        return badge_number(desk, day, counter.last)

    def _notify_host(self, session: Session, host: Employee, visitor: Visitor, visit: Visit, now: datetime) -> None:
        who = _person(visitor.first_name, visitor.last_name)
        origin = f" ({visitor.organisation})" if visitor.organisation else ""
        body = (f"Bonjour {host.first_name},\n\n{who}{origin} est arrivé(e) à l'accueil à "
                f"{to_local(now):%H:%M} et vient vous voir.\nBadge n° {visit.badge_number}.\n\n"
                "L'accueil du Technopark")
        mail.queue(session, host.email, f"Votre visiteur est arrivé : {who}", body, now)

    def _visit(self, session: Session, visit_id: str) -> VisitRow:
        row = session.execute(_visit_select().where(Visit.id == visit_id)).first()
        if row is None:
            raise NotFound("Visite introuvable.")
        return _visit_row(row)

    def visit(self, actor: Actor, visit_id: str) -> VisitRow:
        require(actor, Permission.VISITS_HISTORY)
        with self.db.read() as session:
            return self._visit(session, visit_id)

    # --- check-out ----------------------------------------------------------------------------------------

    def check_out_by_code(self, actor: Actor, code: str) -> VisitRow:
        """A badge scan: says who left, or that the badge is unknown or already used."""
        require(actor, Permission.VISITS_CHECKIN)
        code = normalise_badge_code(code)
        with self.db.write() as session:
            visit = session.execute(select(Visit).where(Visit.badge_code == code)).scalar_one_or_none()
            if visit is None:
                raise NotFound("Badge inconnu.")
            if visit.checked_out_at is not None:
                row = self._visit(session, visit.id)
                raise Conflict(f"Badge déjà utilisé : {row.visitor_name} est sorti à "
                               f"{to_local(visit.checked_out_at):%H:%M}.")
            self._close(session, actor, visit, "scan", self.clock.now())
            return self._visit(session, visit.id)

    def check_out(self, actor: Actor, visit_id: str) -> VisitRow:
        require(actor, Permission.VISITS_CHECKIN)
        with self.db.write() as session:
            visit = session.get(Visit, visit_id)
            if visit is None:
                raise NotFound("Visite introuvable.")
            if visit.checked_out_at is not None:
                raise Conflict(f"Ce visiteur est déjà sorti à {to_local(visit.checked_out_at):%H:%M}.")
            self._close(session, actor, visit, "desk", self.clock.now())
            return self._visit(session, visit.id)

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
        stmt = _visit_select().where(Visit.checked_out_at.is_(None))
        if company_id:
            stmt = stmt.where(Visit.host_tenant_id == company_id)
        if floor:
            stmt = stmt.where(Tenant.floor == floor)
        with self.db.read() as session:
            return [_visit_row(r) for r in session.execute(stmt.order_by(Visit.checked_in_at))]

    def record_reprint(self, actor: Actor, visit_id: str) -> VisitRow:
        """Counts and audits a badge reprint (the UI asks for confirmation first)."""
        require(actor, Permission.BADGE_REPRINT)
        with self.db.write() as session:
            visit = session.get(Visit, visit_id)
            if visit is None:
                raise NotFound("Visite introuvable.")
            before = visit.reprint_count
            visit.reprint_count = before + 1
            audit.record(session, actor, "visits.reprint", entity="visits", entity_id=visit.id,
                         before={"reprint_count": before}, after={"reprint_count": visit.reprint_count},
                         at=self.clock.now())
            return self._visit(session, visit.id)

    # --- expected visitors --------------------------------------------------------------------------------

    def preregister(self, actor: Actor, form: CheckInForm, day: date, event_name: str = "") -> ExpectedRow:
        require(actor, Permission.VISITS_CHECKIN)
        self._check_expected(form, day)
        now = self.clock.now()
        with self.db.write() as session:
            expected = self._add_expected(session, form, day, event_name)
            audit.record(session, actor, "visits.preregister", entity="expected_visits", entity_id=expected.id,
                         after={"day": day.isoformat(), "host_employee_id": form.host_employee_id,
                                "event_name": event_name}, at=now)
            return self._expected(session, expected.id)

    def _check_expected(self, form: CheckInForm, day: date) -> None:
        errors = check_person(form.last_name, form.first_name, form.phone, form.email)
        errors |= check_visit(form.host_employee_id, form.visit_type, None, self.clock.now())
        if day < local_today(self.clock):
            errors["day"] = "La date prévue est déjà passée."
        if errors:
            raise ValidationError(errors)

    def _add_expected(self, session: Session, form: CheckInForm, day: date, event_name: str) -> ExpectedVisit:
        if session.get(Employee, form.host_employee_id) is None:
            raise ValidationError({"host_employee_id": "Personne visitée introuvable dans l'annuaire."})
        expected = ExpectedVisit(
            day=day, last_name=form.last_name.strip(), first_name=form.first_name.strip(),
            organisation=form.organisation.strip(), phone=normalise_phone(form.phone) if form.phone else "",
            email=form.email.strip(), host_employee_id=form.host_employee_id, visit_type=form.visit_type,
            event_name=event_name.strip(), status="expected", badge_code=new_badge_code(),
        )
        session.add(expected)
        session.flush()
        return expected

    def import_guest_list(self, actor: Actor, csv_text: str, day: date, event_name: str,
                          host_employee_id: str) -> list[ExpectedRow]:
        """Imports 'nom;prenom;organisation;email;telephone' (comma or semicolon) as an event's guests.

        All or nothing: every bad line is reported with its number and nothing is recorded.
        """
        require(actor, Permission.VISITS_CHECKIN)
        forms = _guest_forms(csv_text, host_employee_id)
        errors: list[str] = []
        for line, form in forms:
            try:
                self._check_expected(form, day)
            except ValidationError as exc:
                errors.append(f"Ligne {line} : " + " ".join(exc.errors.values()))
        if errors:
            raise ValidationError({"file": "\n".join(errors)})
        with self.db.write() as session:
            ids = [self._add_expected(session, form, day, event_name).id for _, form in forms]
            audit.record(session, actor, "visits.import_guest_list", entity="expected_visits",
                         after={"day": day.isoformat(), "event_name": event_name, "count": len(ids),
                                "host_employee_id": host_employee_id}, at=self.clock.now())
            return [self._expected(session, i) for i in ids]

    def expected(self, actor: Actor, day: date, include_done: bool = True) -> list[ExpectedRow]:
        """The day's expected visitors; arrived and cancelled ones too unless `include_done` is False."""
        require(actor, Permission.VISITS_CHECKIN)
        stmt = _expected_select().where(ExpectedVisit.day == day)
        if not include_done:
            stmt = stmt.where(ExpectedVisit.status == "expected")
        stmt = stmt.order_by(ExpectedVisit.event_name, ExpectedVisit.last_name, ExpectedVisit.first_name)
        with self.db.read() as session:
            return [_expected_row(*r) for r in session.execute(stmt)]

    def check_in_group(self, actor: Actor, expected_ids: list[str]) -> list[VisitRow]:
        """Checks a guest list (or a selection of it) in at once: all of them or none."""
        require(actor, Permission.VISITS_CHECKIN)
        now = self.clock.now()
        with self.db.write() as session:
            visit_ids = []
            for expected_id in expected_ids:
                expected = session.get(ExpectedVisit, expected_id)
                if expected is None:
                    raise NotFound("Visiteur attendu introuvable.")
                if expected.status != "expected":
                    raise Conflict(f"{_person(expected.first_name, expected.last_name)} est déjà "
                                   f"{'arrivé(e)' if expected.status == 'arrived' else 'annulé(e)'}.")
                form = CheckInForm(
                    last_name=expected.last_name, first_name=expected.first_name,
                    organisation=expected.organisation, phone=expected.phone, email=expected.email,
                    host_employee_id=expected.host_employee_id or "", visit_type=expected.visit_type,
                    visitor_id=self._returning_visitor(session, expected), expected_visit_id=expected.id,
                )
                visit_ids.append(self._check_in(session, actor, form, None, now))
            return [self._visit(session, i) for i in visit_ids]

    def _returning_visitor(self, session: Session, expected: ExpectedVisit) -> str | None:
        """A guest who came before (same name and organisation) keeps their visitor record."""
        key = visitor_search_key(expected.last_name, expected.first_name, expected.organisation)
        return session.execute(
            select(Visitor.id).where(Visitor.search_key == key).order_by(Visitor.last_visit_at.desc()).limit(1)
        ).scalar_one_or_none()

    def cancel_expected(self, actor: Actor, expected_id: str) -> ExpectedRow:
        require(actor, Permission.VISITS_CHECKIN)
        with self.db.write() as session:
            expected = session.get(ExpectedVisit, expected_id)
            if expected is None:
                raise NotFound("Visiteur attendu introuvable.")
            if expected.status == "arrived":
                raise Conflict("Ce visiteur est déjà arrivé : sa venue ne peut plus être annulée.")
            expected.status = "cancelled"
            audit.record(session, actor, "visits.cancel_expected", entity="expected_visits",
                         entity_id=expected.id, after={"status": "cancelled"}, at=self.clock.now())
            return self._expected(session, expected.id)

    def _expected(self, session: Session, expected_id: str) -> ExpectedRow:
        return _expected_row(*session.execute(_expected_select().where(ExpectedVisit.id == expected_id)).one())

    # --- history ------------------------------------------------------------------------------------------

    def history(self, actor: Actor, filt: HistoryFilter, offset: int = 0, limit: int = 100) -> list[VisitRow]:
        """One page of past visits, newest first."""
        require(actor, Permission.VISITS_HISTORY)
        with self.db.read() as session:
            stmt = _visit_select().where(*self._history_criteria(session, filt))
            stmt = stmt.order_by(Visit.checked_in_at.desc()).offset(offset).limit(limit)
            return [_visit_row(r) for r in session.execute(stmt)]

    def history_count(self, actor: Actor, filt: HistoryFilter) -> int:
        require(actor, Permission.VISITS_HISTORY)
        stmt = select(func.count()).select_from(Visit)
        if filt.organisation.strip():
            stmt = stmt.outerjoin(Visitor, Visitor.id == Visit.visitor_id)
        with self.db.read() as session:
            return session.scalar(stmt.where(*self._history_criteria(session, filt))) or 0

    def _history_criteria(self, session: Session, filt: HistoryFilter) -> list[Any]:
        criteria: list[Any] = []
        tokens = search_words(f"{filt.text} {filt.organisation}")
        if tokens:
            # A common name ('ben') matches thousands of visitors: the page is then found faster by walking
            # visits newest first than through each visitor's visits, so the visitor index is kept out.
            common = all(common_word_prefix(session.connection(), t, COMMON_PREFIX_WORDS) for t in tokens)
            visitor = literal_column("+visits.visitor_id") if common else Visit.visitor_id
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

    # --- watch list ---------------------------------------------------------------------------------------

    def watchlist(self, actor: Actor, include_inactive: bool = False) -> list[WatchEntryRow]:
        require(actor, Permission.WATCHLIST_MANAGE)
        stmt = select(WatchListEntry).order_by(WatchListEntry.name_key)
        if not include_inactive:
            stmt = stmt.where(WatchListEntry.active)
        with self.db.read() as session:
            return [_watch_row(w) for w in session.execute(stmt).scalars()]

    def watchlist_add(self, actor: Actor, form: WatchEntryForm) -> WatchEntryRow:
        return self._save_watch(actor, form, None)

    def watchlist_update(self, actor: Actor, entry_id: str, form: WatchEntryForm) -> WatchEntryRow:
        return self._save_watch(actor, form, entry_id)

    def watchlist_deactivate(self, actor: Actor, entry_id: str) -> WatchEntryRow:
        require(actor, Permission.WATCHLIST_MANAGE)
        with self.db.write() as session:
            entry = session.get(WatchListEntry, entry_id)
            if entry is None:
                raise NotFound("Entrée de la liste de vigilance introuvable.")
            entry.active = False
            audit.record(session, actor, "watchlist.deactivate", entity="watchlist_entries", entity_id=entry.id,
                         before={"active": True}, after={"active": False}, at=self.clock.now())
            return _watch_row(entry)

    def _save_watch(self, actor: Actor, form: WatchEntryForm, entry_id: str | None) -> WatchEntryRow:
        require(actor, Permission.WATCHLIST_MANAGE)
        errors = {}
        if not form.last_name.strip():
            errors["last_name"] = "Le nom est obligatoire."
        if not form.reason.strip():
            errors["reason"] = "Indiquez le motif."
        if form.until is not None and form.until < local_today(self.clock):
            errors["until"] = "La date de fin est déjà passée."
        if errors:
            raise ValidationError(errors)
        with self.db.write() as session:
            entry = session.get(WatchListEntry, entry_id) if entry_id else WatchListEntry(active=True)
            if entry is None:
                raise NotFound("Entrée de la liste de vigilance introuvable.")
            session.add(entry)
            entry.last_name, entry.first_name = form.last_name.strip(), form.first_name.strip()
            entry.name_key = fold(f"{entry.last_name} {entry.first_name}")
            entry.id_number = normalise_id_number(form.id_number)
            entry.reason, entry.until = form.reason.strip(), form.until
            session.flush()
            audit.record(session, actor, "watchlist.update" if entry_id else "watchlist.add",
                         entity="watchlist_entries", entity_id=entry.id,
                         after={"reason": entry.reason, "until": entry.until}, at=self.clock.now())
            return _watch_row(entry)

    # --- personal data (law 09-08) ------------------------------------------------------------------------

    def purge(self, actor: Actor, now: datetime | None = None) -> int:
        """Anonymises what is older than the retention period; counts for statistics stay.

        Old visits lose their link to the person and their notes (date, host, company and type stay);
        visitors without a visit in the period lose their personal data; so do old expected visitors.
        Works in batches so a first purge of a long history never holds the database for long.
        Returns the number of visits anonymised; the audit events hold the other counts.
        """
        require(actor, Permission.VISITS_ERASE)
        now = now or self.clock.now()
        cutoff_day = to_local(now).date() - timedelta(days=self.settings.get("visits.retention_days"))
        cutoff = local_day_bounds(cutoff_day)[0]
        visits = 0
        while True:
            with self.db.write() as session:
                batch = self._purge_batch(session, actor, cutoff, now)
            visits += batch[0]
            if not any(batch):
                return visits

    def _purge_batch(self, session: Session, actor: Actor, cutoff: datetime, now: datetime) -> tuple[int, int, int]:
        old_visits = session.execute(
            select(Visit).where(Visit.checked_in_at < cutoff, Visit.anonymised.is_(False)).limit(PURGE_BATCH)
        ).scalars().all()
        for visit in old_visits:
            visit.visitor_id, visit.notes, visit.anonymised = None, "", True
        old_visitors = session.execute(
            select(Visitor).where(Visitor.anonymised.is_(False),
                                  func.coalesce(Visitor.last_visit_at, Visitor.created_at) < cutoff)
            .limit(PURGE_BATCH)
        ).scalars().all()
        for visitor in old_visitors:
            _anonymise(session, visitor)
        old_expected = session.execute(
            select(ExpectedVisit).where(ExpectedVisit.day < to_local(cutoff).date(), ExpectedVisit.last_name != "")
            .limit(PURGE_BATCH)
        ).scalars().all()
        for item in old_expected:
            item.last_name = item.first_name = item.organisation = item.phone = item.email = ""
        session.execute(delete(MailMessage).where(MailMessage.created_at < cutoff, MailMessage.status != "queued"))
        counts = (len(old_visits), len(old_visitors), len(old_expected))
        if any(counts):
            audit.record(session, actor, "visits.purge", entity="visits",
                         after={"visits": counts[0], "visitors": counts[1], "expected": counts[2],
                                "cutoff": to_local(cutoff).date().isoformat()}, at=now)
        return counts

    def erase_visitor(self, actor: Actor, visitor_id: str) -> int:
        """A person's request to be forgotten: their data goes, their visits stay as anonymous counts."""
        require(actor, Permission.VISITS_ERASE)
        with self.db.write() as session:
            visitor = session.get(Visitor, visitor_id)
            if visitor is None:
                raise NotFound("Visiteur introuvable.")
            visits = session.execute(select(Visit).where(Visit.visitor_id == visitor_id)).scalars().all()
            for visit in visits:
                visit.visitor_id, visit.notes, visit.anonymised = None, "", True
            _anonymise(session, visitor)
            audit.record(session, actor, "visits.erase_visitor", entity="visitors", entity_id=visitor_id,
                         after={"visits": len(visits)}, at=self.clock.now())
            return len(visits)


def _stored_id_number(session: Session, number: str) -> str:
    """Masked unless the site says otherwise; the setting is read in the check-in's own transaction."""
    row = session.get(Setting, "visits.mask_id_numbers")
    masked = SPECS["visits.mask_id_numbers"].default if row is None else json.loads(row.value)
    return mask_id_number(number) if masked else normalise_id_number(number)


def _anonymise(session: Session, visitor: Visitor) -> None:
    visitor.last_name = visitor.first_name = visitor.organisation = ""
    visitor.phone = visitor.email = visitor.id_type = visitor.id_number = visitor.search_key = ""
    visitor.anonymised = True
    index_visitor(session, visitor)


def _guest_forms(csv_text: str, host_employee_id: str) -> list[tuple[int, CheckInForm]]:
    """Reads a guest list; headers are matched without accents or case (Prénom = prenom)."""
    content = csv_text.lstrip("\ufeff")
    first_line = content.splitlines()[0] if content.strip() else ""
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(content), delimiter=delimiter)
    columns = {fold(name): name for name in reader.fieldnames or []}
    missing = [c for c in ("nom", "prenom") if c not in columns]
    if missing:
        raise ValidationError({"file": "Colonnes manquantes : " + ", ".join(missing)
                               + " (attendu : nom;prenom;organisation;email;telephone)."})
    forms = []
    for line, raw in enumerate(reader, start=2):
        row = {fold(k): (v or "").strip() for k, v in raw.items() if k}
        if not any(row.values()):
            continue
        forms.append((line, CheckInForm(
            last_name=row.get("nom", ""), first_name=row.get("prenom", ""),
            organisation=row.get("organisation", ""), email=row.get("email", ""),
            phone=row.get("telephone", ""), host_employee_id=host_employee_id, visit_type="event",
        )))
    if not forms:
        raise ValidationError({"file": "La liste d'invités est vide."})
    return forms


__all__ = [
    "CheckInForm", "ExpectedRow", "HistoryFilter", "VisitRow", "VisitService", "VisitorMatch",
    "WatchEntryForm", "WatchEntryRow", "WatchListHit", "WatchListMatch",
]


from reception.core.services import visits_overview, visits_reports  # noqa: E402,F401  (register tiles, reports)
