"""Expected visitors: pre-registration, an event's guest list imported from CSV, the day's list, the group
check-in of a guest list and cancellation.

An expected visitor gets their badge code at pre-registration, so an event's badges can be printed in
advance; the visit made at their arrival reuses that code. A guest with an e-mail address is sent an
invitation carrying that code as a QR (invitations.py), in the same transaction; cancelling withdraws it.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from reception.core import formats
from reception.core.clock import Clock, local_today
from reception.core.database import Database
from reception.core.errors import Conflict, NotFound, ValidationError
from reception.core.i18n import _
from reception.core.limits import overlong
from reception.core.models import Employee, ExpectedVisit, Tenant, Visitor
from reception.core.models.base import new_uuid
from reception.core.services import audit
from reception.core.services.csv_files import Progress, cell_errors, file_error, raise_line_errors, read_csv, tick
from reception.core.services.directory import employee_row
from reception.core.services.invitations import queue_invitation, withdraw_invitation
from reception.core.services.permissions import Actor, Permission, require
from reception.core.services.visits_checkin import record_check_in
from reception.core.services.visits_rows import expected_row, expected_select, load_expected, load_visit, person_name
from reception.core.services.visits_rules import (
    check_person,
    check_visit,
    form_lengths,
    new_badge_code,
    normalise_phone,
    search_words,
    visitor_search_key,
)
from reception.core.services.visits_types import CheckInForm, ExpectedRow, VisitorMatch, VisitRow
from reception.core.text import fold

GUEST_HEADER = "nom;prenom;organisation;email;telephone"
GUEST_COLUMNS = {"last_name": "nom", "first_name": "prenom", "organisation": "organisation", "email": "email",
                 "phone": "telephone"}
"""Form field -> folded CSV column."""
LANGUAGE_COLUMN = "langue"
"""Optional: the guest's language for the invitation (fr or en; empty: the site's)."""
MAX_GUESTS = 5000
"""An event's guest list per import: a park's largest event fits, a runaway export does not."""


class ExpectedVisitsMixin:
    """The expected-visitors part of VisitService."""

    db: Database
    clock: Clock

    def preregister(self, actor: Actor, form: CheckInForm, day: date, event_name: str = "",
                    language: str = "") -> ExpectedRow:
        """One expected guest; their invitation is queued (guest's `language`, else the site's)."""
        require(actor, Permission.VISITS_CHECKIN)
        self._check_expected(form, day)
        now = self.clock.now()
        with self.db.write() as session:
            expected = _add_expected(session, form, day, event_name)
            queue_invitation(session, expected, now, language)
            audit.record(session, actor, "visits.preregister", entity="expected_visits", entity_id=expected.id,
                         after={"day": day.isoformat(), "host_employee_id": form.host_employee_id,
                                "event_name": event_name}, at=now)
            return load_expected(session, expected.id)

    def _check_expected(self, form: CheckInForm, day: date) -> None:
        errors = check_person(form.last_name, form.first_name, form.phone, form.email)
        errors |= check_visit(form.host_employee_id, form.visit_type, None, self.clock.now())
        errors |= form_lengths(form) | _day_errors(day, self.clock)
        if errors:
            raise ValidationError(errors)

    def import_guest_list(self, actor: Actor, source: bytes | str | Path, day: date, event_name: str,
                          host_employee_id: str, progress: Progress | None = None) -> list[ExpectedRow]:
        """Imports an event's guests from a CSV file (GUEST_HEADER; see csv_files for what is recognised).

        All or nothing: every bad line is reported with its line and column, and nothing is recorded.
        `progress(done, total)` follows the lines checked then written; at most MAX_GUESTS lines.
        """
        require(actor, Permission.VISITS_CHECKIN)
        errors = check_visit(host_employee_id, "event", None, self.clock.now()) | _day_errors(day, self.clock)
        errors |= overlong(ExpectedVisit, {"event_name": event_name.strip()})
        if errors:
            raise ValidationError(errors)
        table = read_csv(source, required=("nom", "prenom"), expected=GUEST_HEADER, max_rows=MAX_GUESTS)
        if not table.rows:
            raise file_error(_("La liste d'invités est vide."))
        total, forms, problems = 2 * len(table.rows), [], []
        for done, row in enumerate(table.rows, start=1):
            cell = {field: row.values.get(column, "") for field, column in GUEST_COLUMNS.items()}
            form = CheckInForm(cell["last_name"], cell["first_name"], cell["organisation"], cell["phone"],
                               cell["email"], host_employee_id=host_employee_id, visit_type="event")
            found = check_person(form.last_name, form.first_name, form.phone, form.email) | form_lengths(form)
            language = _language(row.values.get(LANGUAGE_COLUMN, ""))
            if language is None:
                found["language"] = _("Langue : fr ou en (vide : celle du site).")
            problems += cell_errors(table, row, found, GUEST_COLUMNS | {"language": LANGUAGE_COLUMN})
            forms.append((form, language or ""))
            tick(progress, done, total)
        raise_line_errors(problems)
        now = self.clock.now()
        with self.db.write() as session:
            _require_host(session, host_employee_id)
            guests = [_new_expected(form, day, event_name) for form, _language in forms]
            session.add_all(guests)
            session.flush()
            for done, (guest, (_form, language)) in enumerate(zip(guests, forms, strict=True), start=len(forms) + 1):
                queue_invitation(session, guest, now, language)
                tick(progress, done, total)
            audit.record(session, actor, "visits.import_guest_list", entity="expected_visits",
                         after={"day": day.isoformat(), "event_name": event_name, "count": len(guests),
                                "host_employee_id": host_employee_id}, at=now)
            order = {guest.id: i for i, guest in enumerate(guests)}
            rows = session.execute(expected_select().where(ExpectedVisit.id.in_(list(order)))).all()
            return sorted((expected_row(*r) for r in rows), key=lambda r: order[r.id])

    def expected(self, actor: Actor, day: date, include_done: bool = True) -> list[ExpectedRow]:
        """The day's expected visitors; arrived and cancelled ones too unless `include_done` is False."""
        require(actor, Permission.VISITS_CHECKIN)
        stmt = expected_select().where(ExpectedVisit.day == day)
        if not include_done:
            stmt = stmt.where(ExpectedVisit.status == "expected")
        stmt = stmt.order_by(ExpectedVisit.event_name, ExpectedVisit.last_name, ExpectedVisit.first_name)
        with self.db.read() as session:
            return [expected_row(*r) for r in session.execute(stmt)]

    def check_in_group(self, actor: Actor, expected_ids: list[str]) -> list[VisitRow]:
        """Checks a guest list (or a selection of it) in at once: all of them or none."""
        require(actor, Permission.VISITS_CHECKIN)
        now = self.clock.now()
        with self.db.write() as session:
            visit_ids = []
            for expected_id in expected_ids:
                expected = session.get(ExpectedVisit, expected_id)
                if expected is None:
                    raise NotFound(_("Visiteur attendu introuvable."))
                visit_ids.append(_arrive(session, actor, expected, now))
            return [load_visit(session, i) for i in visit_ids]

    def expected_matches(self, session: Session, text: str) -> list[VisitorMatch]:
        """Today's guests still expected whose words start with each typed word: Arrivée lists them first."""
        words = search_words(text)
        rows = session.execute(_STILL_EXPECTED, {"day": local_today(self.clock)})
        matches = []
        for expected, host, tenant_name in rows:
            own = search_words(f"{expected.last_name} {expected.first_name} {expected.organisation}")
            if all(any(w.startswith(typed) for w in own) for typed in words):
                matches.append(VisitorMatch(
                    returning_visitor(session, expected) or "", expected.last_name, expected.first_name,
                    expected.organisation, expected.phone, expected.email, "", "", None,
                    last_host=employee_row(host, tenant_name) if host is not None and host.active else None,
                    expected_visit_id=expected.id))
        return matches

    def check_in_invitation(self, session: Session, actor: Actor, code: str) -> str | None:
        """Inside the caller's transaction: checks in the guest whose invitation (or pre-printed badge)
        carries `code`; None when no invitation has it. An invitation for another day is refused."""
        expected = session.execute(
            select(ExpectedVisit).where(ExpectedVisit.badge_code == code)).scalar_one_or_none()
        if expected is None:
            return None
        now = self.clock.now()
        if expected.day != local_today(self.clock) and expected.status == "expected":
            raise Conflict(_("Invitation de {name} prévue le {day} : enregistrez l'arrivée depuis l'onglet Arrivée.")
                           .format(name=person_name(expected.first_name, expected.last_name),
                                   day=formats.day(expected.day)))
        return _arrive(session, actor, expected, now)

    def cancel_expected(self, actor: Actor, expected_id: str) -> ExpectedRow:
        require(actor, Permission.VISITS_CHECKIN)
        with self.db.write() as session:
            expected = session.get(ExpectedVisit, expected_id)
            if expected is None:
                raise NotFound(_("Visiteur attendu introuvable."))
            if expected.status == "arrived":
                raise Conflict(_("Ce visiteur est déjà arrivé : sa venue ne peut plus être annulée."))
            expected.status = "cancelled"
            withdraw_invitation(session, expected, self.clock.now())
            audit.record(session, actor, "visits.cancel_expected", entity="expected_visits",
                         entity_id=expected.id, after={"status": "cancelled"}, at=self.clock.now())
            return load_expected(session, expected.id)


LANGUAGE_NAMES = {"": "", "fr": "fr", "francais": "fr", "french": "fr", "en": "en", "anglais": "en",
                  "english": "en"}


def _language(cell: str) -> str | None:
    """'fr', 'en', '' (not said), or None for anything else; 'Français' and 'anglais' are understood."""
    return LANGUAGE_NAMES.get(fold(cell))


def _day_errors(day: date, clock: Clock) -> dict[str, str]:
    return {"day": _("La date prévue est déjà passée.")} if day < local_today(clock) else {}


def _require_host(session: Session, host_employee_id: str) -> None:
    if session.get(Employee, host_employee_id) is None:
        raise ValidationError({"host_employee_id": _("Personne visitée introuvable dans l'annuaire.")})


def _add_expected(session: Session, form: CheckInForm, day: date, event_name: str) -> ExpectedVisit:
    _require_host(session, form.host_employee_id)
    expected = _new_expected(form, day, event_name)
    session.add(expected)
    session.flush()
    return expected


def _new_expected(form: CheckInForm, day: date, event_name: str) -> ExpectedVisit:
    return ExpectedVisit(
        id=new_uuid(), day=day, last_name=form.last_name.strip(), first_name=form.first_name.strip(),
        organisation=form.organisation.strip(), phone=normalise_phone(form.phone) if form.phone.strip() else "",
        email=form.email.strip(), host_employee_id=form.host_employee_id, visit_type=form.visit_type,
        event_name=event_name.strip(), status="expected", badge_code=new_badge_code(),
    )


def _arrive(session: Session, actor: Actor, expected: ExpectedVisit, now: datetime) -> str:
    """The expected guest's check-in, linked to the expected visit; returns the visit's id."""
    if expected.status != "expected":
        name = person_name(expected.first_name, expected.last_name)
        raise Conflict(_("{name} est déjà arrivé(e).").format(name=name) if expected.status == "arrived"
                       else _("{name} est déjà annulé(e).").format(name=name))
    form = CheckInForm(
        last_name=expected.last_name, first_name=expected.first_name,
        organisation=expected.organisation, phone=expected.phone, email=expected.email,
        host_employee_id=expected.host_employee_id or "", visit_type=expected.visit_type,
        visitor_id=returning_visitor(session, expected), expected_visit_id=expected.id,
    )
    return record_check_in(session, actor, form, None, now)


_STILL_EXPECTED = (  # built once: Arrivée's search runs it at every keystroke
    select(ExpectedVisit, Employee, Tenant.name)
    .outerjoin(Employee, Employee.id == ExpectedVisit.host_employee_id)
    .outerjoin(Tenant, Tenant.id == Employee.tenant_id)
    .where(ExpectedVisit.day == bindparam("day"), ExpectedVisit.status == "expected")
)
_RETURNING = (  # ix_visitors_search_key (migration 0015): a seek, where it was a scan of every visitor
    select(Visitor.id).where(Visitor.search_key == bindparam("key")).order_by(Visitor.last_visit_at.desc()).limit(1)
)


def returning_visitor(session: Session, expected: ExpectedVisit) -> str | None:
    """A guest who came before (same name and organisation) keeps their visitor record."""
    key = visitor_search_key(expected.last_name, expected.first_name, expected.organisation)
    return session.execute(_RETURNING, {"key": key}).scalar_one_or_none()
