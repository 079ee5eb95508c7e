"""The tenant directory: companies of the park and their employees, the hosts visitors come to see."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from reception.core.clock import Clock
from reception.core.database import Database
from reception.core.errors import NotFound, ValidationError
from reception.core.i18n import _
from reception.core.limits import overlong, page_size
from reception.core.models import Employee, Tenant
from reception.core.services import audit
from reception.core.services.csv_files import (
    CsvFile,
    CsvRow,
    Progress,
    cell_errors,
    file_error,
    raise_line_errors,
    read_csv,
    tick,
)
from reception.core.services.permissions import Actor, Permission, require
from reception.core.text import fold

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$")
_ICE = re.compile(r"^\d{15}$")


@dataclass(frozen=True)
class TenantRow:
    id: str
    name: str
    ice: str
    floor: str
    office: str
    sector: str
    active: bool
    arrival_date: date | None
    employee_count: int = 0


@dataclass(frozen=True)
class EmployeeRow:
    id: str
    tenant_id: str
    tenant_name: str
    first_name: str
    last_name: str
    job_title: str
    email: str
    phone: str
    active: bool
    pending: bool = False
    """Added at the desk, not yet confirmed by facilities."""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def _tenant_row(t: Tenant, employees: int = 0) -> TenantRow:
    return TenantRow(t.id, t.name, t.ice, t.floor, t.office, t.sector, t.active, t.arrival_date, employees)


def employee_row(e: Employee, tenant_name: str) -> EmployeeRow:
    return EmployeeRow(e.id, e.tenant_id, tenant_name, e.first_name, e.last_name, e.job_title, e.email,
                       e.phone, e.active, e.pending)


def check_tenant(values: dict[str, Any]) -> dict[str, Any]:
    errors: dict[str, str] = {}
    name = str(values.get("name", "")).strip()
    ice = str(values.get("ice", "")).strip()
    if not name:
        errors["name"] = _("Le nom de la société est obligatoire.")
    if ice and not _ICE.match(ice):
        errors["ice"] = _("L'ICE compte 15 chiffres.")
    errors |= overlong(Tenant, {**values, "name": name})
    if errors:
        raise ValidationError(errors)
    return {**values, "name": name, "ice": ice, "search_key": fold(name)}


def check_employee(values: dict[str, Any]) -> dict[str, Any]:
    errors: dict[str, str] = {}
    first, last = str(values.get("first_name", "")).strip(), str(values.get("last_name", "")).strip()
    email = str(values.get("email", "")).strip()
    if not last:
        errors["last_name"] = _("Le nom est obligatoire.")
    if not first:
        errors["first_name"] = _("Le prénom est obligatoire.")
    if email and not _EMAIL.match(email):
        errors["email"] = _("Adresse e-mail invalide (exemple : nom@societe.ma).")
    if not values.get("tenant_id"):
        errors["tenant_id"] = _("Choisissez la société.")
    errors |= overlong(Employee, {**values, "first_name": first, "last_name": last, "email": email})
    if errors:
        raise ValidationError(errors)
    return {**values, "first_name": first, "last_name": last, "email": email,
            "search_key": fold(f"{last} {first}")}


class DirectoryService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    # --- reading ------------------------------------------------------------------------------------

    def tenants(self, actor: Actor, query: str = "", include_inactive: bool = False) -> list[TenantRow]:
        require(actor, Permission.DIRECTORY_VIEW)
        counts = (
            select(Employee.tenant_id, func.count().label("n"))
            .where(Employee.active)
            .group_by(Employee.tenant_id)
            .subquery()
        )
        stmt = select(Tenant, func.coalesce(counts.c.n, 0)).outerjoin(counts, counts.c.tenant_id == Tenant.id)
        if query:
            stmt = stmt.where(Tenant.search_key.contains(fold(query), autoescape=True))
        if not include_inactive:
            stmt = stmt.where(Tenant.active)
        with self.db.read() as session:
            return [_tenant_row(t, n) for t, n in session.execute(stmt.order_by(Tenant.search_key))]

    def employees(self, actor: Actor, tenant_id: str | None = None, query: str = "",
                  include_inactive: bool = False, limit: int | None = None) -> list[EmployeeRow]:
        """Hosts, searched by name ('benn' finds Bennani) or by company when `query` matches it."""
        require(actor, Permission.DIRECTORY_VIEW)
        stmt = select(Employee, Tenant.name).join(Tenant)
        if tenant_id:
            stmt = stmt.where(Employee.tenant_id == tenant_id)
        if query:
            key = fold(query)
            stmt = stmt.where(or_(Employee.search_key.contains(key, autoescape=True),
                                  Tenant.search_key.contains(key, autoescape=True)))
        if not include_inactive:
            stmt = stmt.where(Employee.active, Tenant.active)
        stmt = stmt.order_by(Employee.search_key)
        if limit:
            stmt = stmt.limit(page_size(limit))
        with self.db.read() as session:
            return [employee_row(e, name) for e, name in session.execute(stmt)]

    # --- changing -----------------------------------------------------------------------------------

    def save_tenant(self, actor: Actor, values: dict[str, Any], tenant_id: str | None = None) -> TenantRow:
        require(actor, Permission.DIRECTORY_MANAGE)
        clean = check_tenant(values)
        with self.db.write() as session:
            return _tenant_row(self._save(session, actor, Tenant, clean, tenant_id))

    def set_tenant_active(self, actor: Actor, tenant_id: str, active: bool) -> None:
        self.save_tenant(actor, {**self._tenant_values(tenant_id), "active": active}, tenant_id)

    def save_employee(self, actor: Actor, values: dict[str, Any], employee_id: str | None = None) -> EmployeeRow:
        require(actor, Permission.DIRECTORY_MANAGE)
        clean = check_employee(values)
        with self.db.write() as session:
            tenant = session.get(Tenant, clean["tenant_id"])
            if tenant is None:
                raise ValidationError({"tenant_id": _("Société introuvable.")})
            return employee_row(self._save(session, actor, Employee, clean, employee_id), tenant.name)

    def _tenant_values(self, tenant_id: str) -> dict[str, Any]:
        with self.db.read() as session:
            tenant = session.get(Tenant, tenant_id)
            if tenant is None:
                raise NotFound(_("Société introuvable."))
            return {k: getattr(tenant, k) for k in ("name", "ice", "floor", "office", "sector", "arrival_date")}

    def _save(self, session: Session, actor: Actor, model: Any, values: dict[str, Any], row_id: str | None) -> Any:
        now = self.clock.now()
        if row_id is None:
            row = model(**values)
            session.add(row)
            session.flush()
            audit.record(session, actor, f"{model.__tablename__}.create", entity=model.__tablename__,
                         entity_id=row.id, after=audit.snapshot(row), at=now)
            return row
        row = session.get(model, row_id)
        if row is None:
            raise NotFound(_("Fiche introuvable : elle a peut-être été supprimée."))
        before = audit.snapshot(row)
        for key, value in values.items():
            setattr(row, key, value)
        session.flush()
        audit.record(session, actor, f"{model.__tablename__}.update", entity=model.__tablename__,
                     entity_id=row.id, before=before, after=audit.snapshot(row), at=now)
        return row

    # --- CSV import ---------------------------------------------------------------------------------

    def import_csv(self, actor: Actor, source: bytes | str | Path,
                   progress: Progress | None = None) -> DirectoryImport:
        """Imports DIRECTORY_HEADER rows (see csv_files for encodings and delimiters recognised).

        Unknown companies are created; an employee whose e-mail is already in the directory is updated
        rather than added again, so importing the same file twice changes nothing. All or nothing: every
        bad line is reported with its line and column first. At most MAX_EMPLOYEES lines.
        """
        require(actor, Permission.DIRECTORY_MANAGE)
        table = read_csv(source, required=("societe", "nom", "prenom"), expected=DIRECTORY_HEADER,
                         max_rows=MAX_EMPLOYEES)
        if not table.rows:
            raise file_error(_("Le fichier ne contient aucun salarié."))
        now = self.clock.now()
        with self.db.write() as session:
            plan = _ImportPlan(session)
            problems = []
            for done, row in enumerate(table.rows, start=1):
                problems += plan.check(table, row)
                tick(progress, done, 2 * len(table.rows))
            raise_line_errors(problems)
            for done, _row in enumerate(plan.write(session, now.date()), start=len(table.rows) + 1):
                tick(progress, done, 2 * len(table.rows))
            result = plan.result
            audit.record(session, actor, "directory.import", entity="employees",
                         after={"tenants": result.tenants, "employees": result.employees,
                                "updated": result.updated}, at=now)
        return result


DIRECTORY_HEADER = "societe;nom;prenom;fonction;email;telephone"
DIRECTORY_COLUMNS = {"name": "societe", "tenant_id": "societe", "last_name": "nom", "first_name": "prenom",
                     "job_title": "fonction", "email": "email", "phone": "telephone"}
"""Service field -> folded CSV column, to name the column of each problem."""
MAX_EMPLOYEES = 10_000
"""Lines per directory import: a whole site's directory (about 1,500 people) with room to spare."""


class DirectoryImport(NamedTuple):
    tenants: int
    employees: int
    updated: int


class _ImportPlan:
    """The lines of a directory import, checked against the directory and each other before any write."""

    def __init__(self, session: Session) -> None:
        self.tenants = {t.search_key: t for t in session.execute(select(Tenant)).scalars()}
        self.by_email = {e.email.casefold(): e for e in session.execute(select(Employee)).scalars() if e.email}
        self.new_tenants: dict[str, dict[str, Any]] = {}
        self.lines: list[tuple[str, dict[str, Any]]] = []
        self.emails: dict[str, int] = {}
        self.result = DirectoryImport(0, 0, 0)

    def check(self, table: CsvFile, row: CsvRow) -> list[str]:
        values = row.values
        company = fold(values.get("societe", ""))
        try:
            if company not in self.tenants and company not in self.new_tenants:
                self.new_tenants[company] = check_tenant({"name": values.get("societe", "")})
            employee = check_employee({
                "tenant_id": company or "", "last_name": values.get("nom", ""),
                "first_name": values.get("prenom", ""), "job_title": values.get("fonction", ""),
                "email": values.get("email", ""), "phone": values.get("telephone", ""),
            })
        except ValidationError as exc:
            return cell_errors(table, row, exc.errors, DIRECTORY_COLUMNS)
        email = employee["email"].casefold()
        if email and email in self.emails:
            same = _("Même e-mail qu'à la ligne {line}.").format(line=self.emails[email])
            return cell_errors(table, row, {"email": same}, DIRECTORY_COLUMNS)
        if email:
            self.emails[email] = row.line
        self.lines.append((company, employee))
        return []

    def write(self, session: Session, arrival: date) -> Iterator[None]:
        """Creates the new companies, then adds or updates each line's employee; yields once per line."""
        for key, values in self.new_tenants.items():
            tenant = Tenant(**values, arrival_date=arrival)
            session.add(tenant)
            self.tenants[key] = tenant
        session.flush()
        added = updated = 0
        for company, values in self.lines:
            values = {**values, "tenant_id": self.tenants[company].id}
            existing = self.by_email.get(values["email"].casefold()) if values["email"] else None
            if existing is None:
                session.add(Employee(**values))
                added += 1
            elif any(getattr(existing, k) != v for k, v in values.items()):
                for key, value in values.items():
                    setattr(existing, key, value)
                updated += 1
            yield None
        self.result = DirectoryImport(len(self.new_tenants), added, updated)
