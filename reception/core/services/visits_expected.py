"""Expected visitors: pre-registration, an event's guest list imported from CSV, the day's list, the group
check-in of a guest list and cancellation.

An expected visitor gets their badge code at pre-registration, so an event's badges can be printed in
advance; the visit made at their arrival reuses that code.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.clock import Clock, local_today
from reception.core.database import Database
from reception.core.errors import Conflict, NotFound, ValidationError
from reception.core.models import Employee, ExpectedVisit, Tenant, Visitor
from reception.core.services import audit
from reception.core.services.directory import employee_row
from reception.core.services.permissions import Actor, Permission, require
from reception.core.services.visits_checkin import record_check_in
from reception.core.services.visits_rows import expected_row, expected_select, load_expected, load_visit, person_name
from reception.core.services.visits_rules import (
    check_person,
    check_visit,
    new_badge_code,
    normalise_phone,
    search_words,
    visitor_search_key,
)
from reception.core.services.visits_types import CheckInForm, ExpectedRow, VisitorMatch, VisitRow
from reception.core.text import fold


class ExpectedVisitsMixin:
    """The expected-visitors part of VisitService."""

    db: Database
    clock: Clock

    def preregister(self, actor: Actor, form: CheckInForm, day: date, event_name: str = "") -> ExpectedRow:
        require(actor, Permission.VISITS_CHECKIN)
        self._check_expected(form, day)
        now = self.clock.now()
        with self.db.write() as session:
            expected = _add_expected(session, form, day, event_name)
            audit.record(session, actor, "visits.preregister", entity="expected_visits", entity_id=expected.id,
                         after={"day": day.isoformat(), "host_employee_id": form.host_employee_id,
                                "event_name": event_name}, at=now)
            return load_expected(session, expected.id)

    def _check_expected(self, form: CheckInForm, day: date) -> None:
        errors = check_person(form.last_name, form.first_name, form.phone, form.email)
        errors |= check_visit(form.host_employee_id, form.visit_type, None, self.clock.now())
        if day < local_today(self.clock):
            errors["day"] = "La date prévue est déjà passée."
        if errors:
            raise ValidationError(errors)

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
            ids = [_add_expected(session, form, day, event_name).id for _, form in forms]
            audit.record(session, actor, "visits.import_guest_list", entity="expected_visits",
                         after={"day": day.isoformat(), "event_name": event_name, "count": len(ids),
                                "host_employee_id": host_employee_id}, at=self.clock.now())
            return [load_expected(session, i) for i in ids]

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
                    raise NotFound("Visiteur attendu introuvable.")
                visit_ids.append(_arrive(session, actor, expected, now))
            return [load_visit(session, i) for i in visit_ids]

    def expected_matches(self, session: Session, text: str) -> list[VisitorMatch]:
        """Today's guests still expected whose words start with each typed word: Arrivée lists them first."""
        words = search_words(text)
        rows = session.execute(
            select(ExpectedVisit, Employee, Tenant.name)
            .outerjoin(Employee, Employee.id == ExpectedVisit.host_employee_id)
            .outerjoin(Tenant, Tenant.id == Employee.tenant_id)
            .where(ExpectedVisit.day == local_today(self.clock), ExpectedVisit.status == "expected"))
        matches = []
        for expected, host, tenant_name in rows:
            own = search_words(f"{expected.last_name} {expected.first_name} {expected.organisation}")
            if all(any(w.startswith(typed) for w in own) for typed in words):
                matches.append(VisitorMatch(
                    _returning_visitor(session, expected) or "", expected.last_name, expected.first_name,
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
            raise Conflict(f"Invitation de {person_name(expected.first_name, expected.last_name)} prévue le "
                           f"{expected.day:%d/%m/%Y} : enregistrez l'arrivée depuis l'onglet Arrivée.")
        return _arrive(session, actor, expected, now)

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
            return load_expected(session, expected.id)


def _add_expected(session: Session, form: CheckInForm, day: date, event_name: str) -> ExpectedVisit:
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


def _arrive(session: Session, actor: Actor, expected: ExpectedVisit, now: datetime) -> str:
    """The expected guest's check-in, linked to the expected visit; returns the visit's id."""
    if expected.status != "expected":
        raise Conflict(f"{person_name(expected.first_name, expected.last_name)} est déjà "
                       f"{'arrivé(e)' if expected.status == 'arrived' else 'annulé(e)'}.")
    form = CheckInForm(
        last_name=expected.last_name, first_name=expected.first_name,
        organisation=expected.organisation, phone=expected.phone, email=expected.email,
        host_employee_id=expected.host_employee_id or "", visit_type=expected.visit_type,
        visitor_id=_returning_visitor(session, expected), expected_visit_id=expected.id,
    )
    return record_check_in(session, actor, form, None, now)


def _returning_visitor(session: Session, expected: ExpectedVisit) -> str | None:
    """A guest who came before (same name and organisation) keeps their visitor record."""
    key = visitor_search_key(expected.last_name, expected.first_name, expected.organisation)
    return session.execute(
        select(Visitor.id).where(Visitor.search_key == key).order_by(Visitor.last_visit_at.desc()).limit(1)
    ).scalar_one_or_none()


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
