"""The park's organisation: sites, desks, tenant companies and their employees."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from reception.core.limits import DERIVED
from reception.core.models.base import Base, Syncable

SECTORS = (
    "Informatique",
    "Technologies vertes",
    "Culture et industries créatives",
    "Télécommunications",
    "Conseil",
    "Fintech",
    "Santé numérique",
    "Formation",
)


class Site(Syncable, Base):
    """A building of the park (one per city). Its legal numbers appear on receipts."""

    __tablename__ = "sites"
    sync_owner = "central"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    city: Mapped[str] = mapped_column(String(80))
    address: Mapped[str] = mapped_column(String(200), default="")
    legal_name: Mapped[str] = mapped_column(String(200), default="")
    ice: Mapped[str] = mapped_column(String(20), default="")
    if_number: Mapped[str] = mapped_column(String(20), default="")
    tp_number: Mapped[str] = mapped_column(String(20), default="")
    opens_at: Mapped[str] = mapped_column(String(5), default="08:00")
    closes_at: Mapped[str] = mapped_column(String(5), default="20:00")


class Desk(Syncable, Base):
    """A reception desk: one PC with its own local database."""

    __tablename__ = "desks"
    sync_owner = "central"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Tenant(Syncable, Base):
    """A tenant company of the park."""

    __tablename__ = "tenants"
    sync_owner = "central"

    name: Mapped[str] = mapped_column(String(200))
    search_key: Mapped[str] = mapped_column(String(200), index=True, info=DERIVED)
    ice: Mapped[str] = mapped_column(String(20), default="")
    floor: Mapped[str] = mapped_column(String(20), default="")
    office: Mapped[str] = mapped_column(String(40), default="")
    sector: Mapped[str] = mapped_column(String(80), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    arrival_date: Mapped[date | None] = mapped_column(Date, nullable=True)

    employees: Mapped[list[Employee]] = relationship(back_populates="tenant")


class Employee(Syncable, Base):
    """A person working for a tenant: the host a visitor comes to see."""

    __tablename__ = "employees"
    __table_args__ = (Index("ix_employees_tenant_active", "tenant_id", "active"),)
    sync_owner = "central"

    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    search_key: Mapped[str] = mapped_column(String(220), index=True, info=DERIVED)
    job_title: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    pending: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """Added at the desk for a visitor whose host was missing: usable at once, confirmed later by facilities."""
    merged_into_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    """A pending host found to be someone already in the directory: the record it was merged into."""

    tenant: Mapped[Tenant] = relationship(back_populates="employees")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"
