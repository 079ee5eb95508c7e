"""The tenant directory: companies of the park and their employees, the hosts visitors come to see."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from reception.core.clock import Clock
from reception.core.database import Database
from reception.core.errors import NotFound, ValidationError
from reception.core.models import Employee, Tenant
from reception.core.services import audit
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

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def _tenant_row(t: Tenant, employees: int = 0) -> TenantRow:
    return TenantRow(t.id, t.name, t.ice, t.floor, t.office, t.sector, t.active, t.arrival_date, employees)


def employee_row(e: Employee, tenant_name: str) -> EmployeeRow:
    return EmployeeRow(e.id, e.tenant_id, tenant_name, e.first_name, e.last_name, e.job_title, e.email,
                       e.phone, e.active)


def check_tenant(values: dict[str, Any]) -> dict[str, Any]:
    errors: dict[str, str] = {}
    name = str(values.get("name", "")).strip()
    ice = str(values.get("ice", "")).strip()
    if not name:
        errors["name"] = "Le nom de la société est obligatoire."
    if ice and not _ICE.match(ice):
        errors["ice"] = "L'ICE compte 15 chiffres."
    if errors:
        raise ValidationError(errors)
    return {**values, "name": name, "ice": ice, "search_key": fold(name)}


def check_employee(values: dict[str, Any]) -> dict[str, Any]:
    errors: dict[str, str] = {}
    first, last = str(values.get("first_name", "")).strip(), str(values.get("last_name", "")).strip()
    email = str(values.get("email", "")).strip()
    if not last:
        errors["last_name"] = "Le nom est obligatoire."
    if not first:
        errors["first_name"] = "Le prénom est obligatoire."
    if email and not _EMAIL.match(email):
        errors["email"] = "Adresse e-mail invalide (exemple : nom@societe.ma)."
    if not values.get("tenant_id"):
        errors["tenant_id"] = "Choisissez la société."
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
            stmt = stmt.limit(limit)
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
            employee = self._save(session, actor, Employee, clean, employee_id)
            tenant = session.get(Tenant, employee.tenant_id)
            if tenant is None:
                raise ValidationError({"tenant_id": "Société introuvable."})
            return employee_row(employee, tenant.name)

    def _tenant_values(self, tenant_id: str) -> dict[str, Any]:
        with self.db.read() as session:
            tenant = session.get(Tenant, tenant_id)
            if tenant is None:
                raise NotFound("Société introuvable.")
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
            raise NotFound("Fiche introuvable : elle a peut-être été supprimée.")
        before = audit.snapshot(row)
        for key, value in values.items():
            setattr(row, key, value)
        session.flush()
        audit.record(session, actor, f"{model.__tablename__}.update", entity=model.__tablename__,
                     entity_id=row.id, before=before, after=audit.snapshot(row), at=now)
        return row

    # --- CSV import ---------------------------------------------------------------------------------

    def import_csv(self, actor: Actor, content: str) -> tuple[int, int]:
        """Imports 'societe;nom;prenom;fonction;email;telephone' rows (comma or semicolon).

        Companies are created when unknown. All or nothing: any bad line aborts with its line number.
        Returns (companies created, employees created).
        """
        require(actor, Permission.DIRECTORY_MANAGE)
        dialect = csv.Sniffer().sniff(content.splitlines()[0] if content else ";", delimiters=";,")
        reader = csv.DictReader(io.StringIO(content), dialect=dialect)
        fields = {fold(f): f for f in reader.fieldnames or []}
        needed = ("societe", "nom", "prenom")
        missing = [n for n in needed if n not in fields]
        if missing:
            raise ValidationError({"file": "Colonnes manquantes : " + ", ".join(missing) + "."})
        now = self.clock.now()
        created_tenants = created_employees = 0
        with self.db.write() as session:
            known = {t.search_key: t for t in session.execute(select(Tenant)).scalars()}
            for line, raw in enumerate(reader, start=2):
                row = {fold(k): (v or "").strip() for k, v in raw.items() if k}
                key = fold(row["societe"])
                tenant = known.get(key)
                try:
                    if tenant is None:
                        tenant = Tenant(**check_tenant({"name": row["societe"], "arrival_date": now.date()}))
                        session.add(tenant)
                        session.flush()
                        known[key] = tenant
                        created_tenants += 1
                    employee = Employee(**check_employee({
                        "tenant_id": tenant.id, "last_name": row["nom"], "first_name": row["prenom"],
                        "job_title": row.get("fonction", ""), "email": row.get("email", ""),
                        "phone": row.get("telephone", ""),
                    }))
                except ValidationError as exc:
                    raise ValidationError({"file": f"Ligne {line} : {exc.message}"}) from None
                session.add(employee)
                created_employees += 1
            audit.record(session, actor, "directory.import", entity="employees",
                         after={"tenants": created_tenants, "employees": created_employees}, at=now)
        return created_tenants, created_employees
