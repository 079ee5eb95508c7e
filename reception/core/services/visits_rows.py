"""Reading visits and expected visitors back as rows, with their host and host company joined in.

Shared by every part of the visit service so a visit looks the same wherever it is handed out. A person
whose data was erased (law 09-08) shows as ANONYMOUS.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session, aliased

from reception.core.errors import NotFound
from reception.core.i18n import N_, _
from reception.core.models import Employee, ExpectedVisit, MailMessage, Tenant, Visit, Visitor
from reception.core.services.visits_types import ExpectedRow, VisitRow

ANONYMOUS = N_("Visiteur anonymisé")

_Host = aliased(Employee)


def person_name(first: str | None, last: str | None) -> str:
    name = f"{first or ''} {last or ''}".strip()
    return name or _(ANONYMOUS)


def visit_select() -> Select:
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


_VISIT_BY_ID = visit_select().where(Visit.id == bindparam("visit_id"))  # built once: every check-in returns one


def visit_row(r: Any) -> VisitRow:
    host = f"{r.host_first or ''} {r.host_last or ''}".strip()
    return VisitRow(r.id, r.visitor_id, person_name(r.first_name, r.last_name), r.organisation or "", host,
                    r.company or "", r.floor or "", r.visit_type, r.checked_in_at, r.checked_out_at,
                    r.checkout_kind, r.badge_number, r.badge_code, r.expected_end, r.desk_code, r.reprint_count)


def load_visit(session: Session, visit_id: str) -> VisitRow:
    row = session.execute(_VISIT_BY_ID, {"visit_id": visit_id}).first()
    if row is None:
        raise NotFound(_("Visite introuvable."))
    return visit_row(row)


def expected_select() -> Select:
    """The expected visit, its host and company, and where its latest invitation e-mail stands."""
    invitation = (select(MailMessage.status).where(MailMessage.expected_visit_id == ExpectedVisit.id)
                  .order_by(MailMessage.id.desc()).limit(1).scalar_subquery())
    return (
        select(ExpectedVisit, _Host.first_name, _Host.last_name, Tenant.name, invitation)
        .outerjoin(_Host, _Host.id == ExpectedVisit.host_employee_id)
        .outerjoin(Tenant, Tenant.id == _Host.tenant_id)
    )


def expected_row(e: ExpectedVisit, host_first: str | None, host_last: str | None, company: str | None,
                 invitation: str | None) -> ExpectedRow:
    host = f"{host_first or ''} {host_last or ''}".strip()
    return ExpectedRow(e.id, e.day, person_name(e.first_name, e.last_name), e.organisation, host, company or "",
                       e.visit_type, e.event_name, e.status, e.badge_code, e.visit_id, invitation or "")


def load_expected(session: Session, expected_id: str) -> ExpectedRow:
    return expected_row(*session.execute(expected_select().where(ExpectedVisit.id == expected_id)).one())
