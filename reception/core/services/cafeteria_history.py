"""Cafétéria › Ventes: every sale of the database, filtered, read page by page.

Pages are keyset-paginated on (sold_at, id), newest first, like the journal: the ten-thousandth page costs
what the first does. The date range rides on ix_sales_sold_at, a company on ix_sales_tenant_sold_at.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Select, and_, func, or_, select

from reception.core.clock import Clock, local_day_bounds
from reception.core.database import Database
from reception.core.i18n import N_, _
from reception.core.limits import page_size
from reception.core.models import Sale, Tenant, Voucher
from reception.core.models.cafeteria import ACCOUNT_CUSTOMER, SALE_VOIDED, WALK_IN
from reception.core.reports import Column, ReportData, ReportTable
from reception.core.services.cafeteria_data import PAYMENT_LABELS
from reception.core.services.permissions import Actor, Permission, require

PAGE_SIZE = 200
SaleKey = tuple[datetime, str]
WALK_IN_NAME = N_("Client de passage")  # translated where it is read: _(WALK_IN_NAME)


@dataclass(frozen=True)
class SalesFilter:
    """Local calendar days (inclusive); payment method, customer kind, company, status ('ok'/'voided') and
    a piece of the receipt number, each ignored when empty."""

    day_from: date | None = None
    day_to: date | None = None
    payment_method: str = ""
    customer_kind: str = ""
    tenant_id: str = ""
    status: str = ""
    receipt: str = ""


@dataclass(frozen=True)
class SaleHistoryRow:
    id: str
    receipt_number: str
    sold_at: datetime
    cashier_name: str
    customer_name: str
    payment_method: str
    total_ttc_centimes: int
    status: str
    voucher_count: int

    @property
    def key(self) -> SaleKey:
        return (self.sold_at, self.id)


@dataclass(frozen=True)
class SalesPage:
    rows: list[SaleHistoryRow]
    next_key: SaleKey | None  # None when this was the last page


def _filtered(filters: SalesFilter) -> Select[Any]:
    vouchers = select(func.count()).where(Voucher.sale_id == Sale.id).correlate(Sale).scalar_subquery()
    query = cast("Select[Any]", select(
        Sale.id, Sale.receipt_number, Sale.sold_at, Sale.cashier_name,
        func.coalesce(Tenant.name, _(WALK_IN_NAME)), Sale.payment_method, Sale.total_ttc_centimes, Sale.status,
        vouchers,
    )).outerjoin(Tenant, Tenant.id == Sale.tenant_id).order_by(Sale.sold_at.desc(), Sale.id.desc())
    if filters.day_from:
        query = query.where(Sale.sold_at >= local_day_bounds(filters.day_from)[0])
    if filters.day_to:
        query = query.where(Sale.sold_at < local_day_bounds(filters.day_to)[1])
    if filters.payment_method:
        query = query.where(Sale.payment_method == filters.payment_method)
    if filters.customer_kind in (WALK_IN, ACCOUNT_CUSTOMER):
        query = query.where(Sale.customer_kind == filters.customer_kind)
    if filters.tenant_id:
        query = query.where(Sale.tenant_id == filters.tenant_id)
    if filters.status:
        query = query.where(Sale.status == filters.status)
    if filters.receipt.strip():
        query = query.where(Sale.receipt_number.contains(filters.receipt.strip().upper(), autoescape=True))
    return query


def _after(query: Select[Any], key: SaleKey | None) -> Select[Any]:
    if key is None:
        return query
    sold_at, sale_id = key
    return query.where(or_(Sale.sold_at < sold_at, and_(Sale.sold_at == sold_at, Sale.id < sale_id)))


class SalesHistory:
    """Mixed into CafeteriaService."""

    db: Database
    clock: Clock

    def sales_page(self, actor: Actor, filters: SalesFilter, after_key: SaleKey | None = None,
                   limit: int = PAGE_SIZE) -> SalesPage:
        """The `limit` sales after `after_key` (None: the newest), and the key to ask for the next page."""
        require(actor, Permission.CAFETERIA_SELL)
        limit = page_size(limit)
        with self.db.read() as session:
            found = session.execute(_after(_filtered(filters), after_key).limit(limit + 1)).all()
        rows = [SaleHistoryRow(*row) for row in found[:limit]]
        return SalesPage(rows, rows[-1].key if len(found) > limit else None)

    def iterate_sales(self, actor: Actor, filters: SalesFilter, chunk: int = 2000) -> Iterator[SaleHistoryRow]:
        """Every matching sale, newest first, read in chunks (the exports)."""
        key: SaleKey | None = None
        while True:
            page = self.sales_page(actor, filters, key, chunk)
            yield from page.rows
            if page.next_key is None:
                return
            key = page.next_key


def sales_export(rows: Iterable[SaleHistoryRow]) -> ReportData:
    """The sales as filtered on the Cafétéria page, a typed table for the CSV and XLSX exports."""
    columns = [Column(_("Ticket")), Column(_("Date"), "datetime"), Column(_("Caissier")), Column(_("Client")),
               Column(_("Paiement")), Column(_("Bons"), "int"), Column(_("Total TTC"), "money"), Column(_("Statut"))]
    table = ReportTable(_("Ventes cafétéria"), columns, [
        (r.receipt_number, r.sold_at, r.cashier_name, r.customer_name, PAYMENT_LABELS.get(r.payment_method, ""),
         r.voucher_count, r.total_ttc_centimes, _("annulée") if r.status == SALE_VOIDED else "")
        for r in rows])
    return ReportData(_("Ventes cafétéria"), tables=[table])

