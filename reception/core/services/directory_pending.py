"""Hosts added at the desk: a visitor asks for someone the directory does not know yet.

The receptionist adds the person (name, company, optionally e-mail and phone) from the check-in form; the
record is usable at once and marked pending. Facilities (or a manager) later confirm it, or merge it into
the directory's record of the same person when it turns out to exist under another spelling: the pending
record is then deactivated and points to the one it was merged into, so the visits made meanwhile keep
their host and nobody is listed twice.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.clock import Clock
from reception.core.database import Database
from reception.core.errors import Conflict, NotFound, ValidationError
from reception.core.i18n import _
from reception.core.models import Employee, Tenant
from reception.core.services import audit
from reception.core.services.directory import DirectoryService, EmployeeRow, check_employee, employee_row
from reception.core.services.permissions import Actor, Permission, require

PENDING_FIELDS = ("tenant_id", "last_name", "first_name", "email", "phone")


def _pending(session: Session, employee_id: str) -> Employee:
    employee = session.get(Employee, employee_id)
    if employee is None:
        raise NotFound(_("Fiche introuvable : elle a peut-être été supprimée."))
    if not employee.pending:
        raise Conflict(_("{name} a déjà été confirmé(e) ou fusionné(e).").format(name=employee.full_name))
    return employee


def _tenant_name(session: Session, tenant_id: str) -> str:
    tenant = session.get(Tenant, tenant_id)
    return tenant.name if tenant is not None else ""


class PendingHostsMixin:
    """The pending-host part of DirectoryService."""

    db: Database
    clock: Clock

    def add_pending_host(self, actor: Actor, values: dict[str, Any]) -> EmployeeRow:
        """From the check-in form: the host is usable for this check-in at once, and waits for confirmation."""
        require(actor, Permission.VISITS_CHECKIN)
        clean = check_employee({k: values.get(k, "") for k in PENDING_FIELDS})
        with self.db.write() as session:
            tenant = session.get(Tenant, clean["tenant_id"])
            if tenant is None or not tenant.active:
                raise ValidationError({"tenant_id": _("Société introuvable.")})
            employee = Employee(**clean, pending=True)
            session.add(employee)
            session.flush()
            audit.record(session, actor, "employees.add_pending", entity="employees", entity_id=employee.id,
                         after=audit.snapshot(employee), at=self.clock.now())
            return employee_row(employee, tenant.name)

    def pending_hosts(self, actor: Actor) -> list[EmployeeRow]:
        require(actor, Permission.DIRECTORY_CONFIRM)
        stmt = (select(Employee, Tenant.name).join(Tenant).where(Employee.pending)
                .order_by(Employee.created_at))
        with self.db.read() as session:
            return [employee_row(e, name) for e, name in session.execute(stmt)]

    def confirm_pending_host(self, actor: Actor, employee_id: str) -> EmployeeRow:
        require(actor, Permission.DIRECTORY_CONFIRM)
        with self.db.write() as session:
            employee = _pending(session, employee_id)
            employee.pending = False
            audit.record(session, actor, "employees.confirm", entity="employees", entity_id=employee.id,
                         before={"pending": True}, after={"pending": False}, at=self.clock.now())
            return employee_row(employee, _tenant_name(session, employee.tenant_id))

    def merge_pending_host(self, actor: Actor, employee_id: str, into_id: str) -> EmployeeRow:
        """The pending host is `into_id` under another spelling: deactivated, pointing to it; returns `into_id`."""
        require(actor, Permission.DIRECTORY_CONFIRM)
        with self.db.write() as session:
            employee = _pending(session, employee_id)
            target = session.get(Employee, into_id)
            if target is None or target.id == employee.id or target.pending or not target.active:
                raise ValidationError({"into": _("Choisissez une personne confirmée de l'annuaire.")})
            employee.pending, employee.active, employee.merged_into_id = False, False, target.id
            audit.record(session, actor, "employees.merge", entity="employees", entity_id=employee.id,
                         before={"pending": True, "active": True},
                         after={"pending": False, "active": False, "merged_into_id": target.id}, at=self.clock.now())
            return employee_row(target, _tenant_name(session, target.tenant_id))


class DirectoryWithPendingHosts(PendingHostsMixin, DirectoryService):
    """What the container builds as `services.directory`: the directory and the hosts waiting in it."""
