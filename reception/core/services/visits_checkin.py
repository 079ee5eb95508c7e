"""Recording a check-in inside the caller's write transaction: the desk form and a guest list's group
check-in both go through record_check_in, so a guest gets the same visitor record, badge and host e-mail.

The badge number is taken from a per-desk, per-day counter in that same transaction, which keeps the
numbers gapless. Audit events carry ids and badge numbers only (law 09-08).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from reception.core.clock import to_local
from reception.core.errors import ValidationError
from reception.core.i18n import _
from reception.core.identity import desk_stamp
from reception.core.models import BadgeCounter, Employee, ExpectedVisit, Visit, Visitor
from reception.core.services import audit, mail
from reception.core.services.permissions import Actor
from reception.core.services.settings import setting_in
from reception.core.services.visits_rows import person_name
from reception.core.services.visits_rules import (
    badge_number,
    check_person,
    check_visit,
    form_lengths,
    mask_id_number,
    new_badge_code,
    normalise_id_number,
    normalise_phone,
    visitor_search_key,
)
from reception.core.services.visits_search import index_visitor
from reception.core.services.visits_types import CheckInForm, WatchListMatch
from reception.core.services.visits_watchlist import watch_hit


def check_form(form: CheckInForm, now: datetime) -> None:
    """Every field of the form at once, so the desk sees all its errors together."""
    errors = check_person(form.last_name, form.first_name, form.phone, form.email)
    errors |= check_visit(form.host_employee_id, form.visit_type, form.expected_end, now, form.id_type,
                          form.id_number)
    errors |= form_lengths(form)
    if errors:
        raise ValidationError(errors)


def record_check_in(session: Session, actor: Actor, form: CheckInForm, approval: Actor | None,
                    now: datetime) -> str:
    """Records the visitor and the visit; stops on a watch-list match unless a manager approved.

    Returns the new visit's id.
    """
    host = session.get(Employee, form.host_employee_id)
    if host is None or not host.active:
        raise ValidationError({"host_employee_id": _("Personne visitée introuvable dans l'annuaire.")})
    hit = watch_hit(session, form, to_local(now).date())
    if hit is not None and approval is None:
        raise WatchListMatch(hit)
    visitor = _upsert_visitor(session, form, now)
    expected = session.get(ExpectedVisit, form.expected_visit_id) if form.expected_visit_id else None
    desk = desk_stamp(session).desk_code
    visit = Visit(
        visitor_id=visitor.id, host_employee_id=host.id, host_tenant_id=host.tenant_id,
        visit_type=form.visit_type, checked_in_at=now, expected_end=form.expected_end,
        checkout_kind="", badge_number=_next_badge_number(session, desk_stamp(session).chain_key, now),
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
        _notify_host(session, host, visitor, visit, now)
    audit.record(session, actor, "visits.check_in", entity="visits", entity_id=visit.id,
                 after={"visitor_id": visitor.id, "host_employee_id": host.id, "visit_type": visit.visit_type,
                        "badge_number": visit.badge_number}, at=now)
    return visit.id


def _upsert_visitor(session: Session, form: CheckInForm, now: datetime) -> Visitor:
    # read before the visitor changes: a query flushes pending changes, and the visitor was written twice
    id_number = _stored_id_number(session, form.id_number) if form.id_number.strip() else ""
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
        visitor.id_number = id_number
    visitor.search_key = visitor_search_key(visitor.last_name, visitor.first_name, visitor.organisation)
    visitor.last_visit_at, visitor.anonymised = now, False
    session.flush()
    index_visitor(session, visitor)
    return visitor


def _stored_id_number(session: Session, number: str) -> str:
    """Masked unless the site says otherwise; the setting is read in the check-in's own transaction."""
    masked = setting_in(session, "visits.mask_id_numbers")
    return mask_id_number(number) if masked else normalise_id_number(number)


def _next_badge_number(session: Session, desk: str, now: datetime) -> str:
    """Gapless per desk and day: the counter moves in the check-in's own (immediate) transaction."""
    day = to_local(now).date()
    counter = session.get(BadgeCounter, (desk, day))
    if counter is None:
        counter = BadgeCounter(desk_code=desk, day=day, last=0)
        session.add(counter)
    counter.last += 1
    return badge_number(desk, day, counter.last)


def _notify_host(session: Session, host: Employee, visitor: Visitor, visit: Visit, now: datetime) -> None:
    subject, body = host_notice(host, visit, person_name(visitor.first_name, visitor.last_name),
                                visitor.organisation)
    mail.queue(session, host.email, subject, body, now, visit_id=visit.id)


def host_notice(host: Employee, visit: Visit, who: str | None, organisation: str = "") -> tuple[str, str]:
    """The host's 'your visitor is here' e-mail (subject, body); `who` None names nobody (an erased visitor)."""
    origin = f" ({organisation})" if organisation else ""
    body = (f"Bonjour {host.first_name},\n\n{who or 'Un visiteur'}{origin} est arrivé(e) à l'accueil à "
            f"{to_local(visit.checked_in_at):%H:%M} et vient vous voir.\nBadge n° {visit.badge_number}.\n\n"
            "L'accueil du Technopark")
    return host_notice_subject(who), body


def host_notice_subject(who: str | None) -> str:
    return f"Votre visiteur est arrivé : {who}" if who else "Votre visiteur est arrivé"
