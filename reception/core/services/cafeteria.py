"""The cafeteria at the desk: selling vouchers, voids and refunds, receipts, tenant statements, Accueil tiles.

CafeteriaService gathers the price list (cafeteria_prices), the cash drawer (cafeteria_cash) and
redemption (vouchers). A sale is one transaction: receipt number, sale, lines, vouchers and audit event
are committed together or not at all, which is what keeps the receipt series without gaps.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reception.core import formats
from reception.core.clock import Clock, local_day_bounds, local_today
from reception.core.database import Database
from reception.core.errors import DomainError, NotFound, ValidationError
from reception.core.i18n import _, ngettext
from reception.core.identity import desk_stamp
from reception.core.limits import page_size
from reception.core.models import CashMovement, Product, Sale, SaleLine, Tenant, TenantAccount, Voucher
from reception.core.models.base import table_of
from reception.core.models.cafeteria import (
    ACCOUNT_CUSTOMER,
    CARD,
    CASH,
    ON_ACCOUNT,
    REFUND,
    SALE_OK,
    SALE_VOIDED,
    WALK_IN,
)
from reception.core.money import format_dh
from reception.core.numbering import counter_name, receipt_number
from reception.core.outbox import insert_rows
from reception.core.services import (
    audit,
    cafeteria_reports,  # noqa: F401  (registers the report kinds)
    overview,
)
from reception.core.services.cafeteria_cash import (
    ApprovalRequired,
    CashDesk,
    desk_code,
    next_number,
    open_session_of,
    require_open_session,
)
from reception.core.services.cafeteria_data import (
    AccountStatement,
    Customer,
    LineInput,
    Payment,
    Receipt,
    ReceiptLine,
    SaleRow,
    StatementLine,
    VoucherRow,
)
from reception.core.services.cafeteria_history import WALK_IN_NAME, SalesHistory
from reception.core.services.cafeteria_prices import PriceList, account_used, is_on_sale, month_bounds
from reception.core.services.permissions import Actor, Permission, require
from reception.core.services.tva import breakdown
from reception.core.services.voucher_codes import SiteKey, new_code, signature
from reception.core.services.vouchers import VoucherDesk

MAX_QUANTITY = 999
_LINES, _VOUCHERS = table_of(SaleLine), table_of(Voucher)


def receipt_prefix(desk: str) -> str:
    """CAS-A1 -> A1: receipt numbers read A1-000123."""
    return desk.rsplit("-", 1)[-1]


def split_value(price: int, parts: int) -> list[int]:
    """A book's price shared by its vouchers, the odd centimes on the first ones, so the parts add up."""
    base, extra = divmod(price, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def _merge_lines(lines: Sequence[LineInput]) -> dict[str, int]:
    merged: dict[str, int] = {}
    for line in lines:
        merged[line.product_id] = merged.get(line.product_id, 0) + line.quantity
    if not merged:
        raise ValidationError({"lines": _("Ajoutez au moins un produit.")})
    if any(q <= 0 or q > MAX_QUANTITY for q in merged.values()):
        raise ValidationError({"lines": _("Les quantités vont de 1 à {most}.").format(most=MAX_QUANTITY)})
    return merged


def _unique_codes(session: Session, count: int) -> list[str]:
    """Fresh codes; a collision with an issued code (about one in 10¹⁵ tries) is simply drawn again."""
    codes: set[str] = set()
    while len(codes) < count:
        batch = {new_code() for _n in range(count - len(codes))} - codes
        taken = set(session.scalars(select(Voucher.code).where(Voucher.code.in_(batch))))
        codes |= batch - taken
    return list(codes)


def build_receipt(session: Session, sale: Sale,
                  written: tuple[Sequence[Mapping[Any, Any]], Sequence[Mapping[Any, Any]]] | None = None) -> Receipt:
    """The receipt of `sale`; `written`: its lines and vouchers as the sale just wrote them (not read back)."""
    if written is None:
        lines: Sequence[Mapping[Any, Any]] = session.execute(
            select(_LINES).where(_LINES.c.sale_id == sale.id).order_by(_LINES.c.product_name)).mappings().all()
        vouchers: Sequence[Mapping[Any, Any]] = session.execute(
            select(_VOUCHERS).where(_VOUCHERS.c.sale_id == sale.id)
            .order_by(_VOUCHERS.c.label, _VOUCHERS.c.code)).mappings().all()
    else:  # the order the query gives: SQLite compares text by its UTF-8 bytes, which is code point order
        lines = sorted(written[0], key=lambda line: line["product_name"])
        vouchers = sorted(written[1], key=lambda v: (v["label"], v["code"]))
    customer = _(WALK_IN_NAME)
    if sale.tenant_id:
        customer = session.scalar(select(Tenant.name).where(Tenant.id == sale.tenant_id)) or _(WALK_IN_NAME)
    tva = breakdown((line["tva_rate_bp"], line["line_total_centimes"]) for line in lines)
    return Receipt(
        sale_id=sale.id, receipt_number=sale.receipt_number, sold_at=sale.sold_at, desk_code=sale.origin_desk,
        cashier_name=sale.cashier_name, customer_name=customer, payment_method=sale.payment_method,
        amount_given_centimes=sale.amount_given_centimes, change_due_centimes=sale.change_due_centimes,
        card_reference=sale.card_reference,
        lines=tuple(ReceiptLine(ln["product_name"], ln["quantity"], ln["unit_price_centimes"], ln["tva_rate_bp"],
                                ln["line_total_centimes"]) for ln in lines),
        tva=tuple(tva), total_ht_centimes=sale.total_ht_centimes, total_tva_centimes=sale.total_tva_centimes,
        total_ttc_centimes=sale.total_ttc_centimes,
        vouchers=tuple(VoucherRow(v["code"], v["signature"], v["label"], v["value_centimes"], v["expires_on"],
                                  v["redeemed_at"], v["voided"]) for v in vouchers),
        status=sale.status,
    )


class CafeteriaService(PriceList, CashDesk, VoucherDesk, SalesHistory):
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self._keys: dict[str, SiteKey] = {}

    # --- selling ----------------------------------------------------------------------------------------

    def sell(self, actor: Actor, lines: Sequence[LineInput], customer: Customer, payment: Payment) -> Receipt:
        """Records a sale with its vouchers in one transaction and returns the receipt to print."""
        require(actor, Permission.CAFETERIA_SELL)
        quantities = _merge_lines(lines)
        now = self.clock.now()
        today = local_today(self.clock)
        with self.db.write() as session:
            key = self.site_key(desk_stamp(session).site_code or None, session)  # the cached stamp: no read more
            cash = require_open_session(session)
            products = {p.id: p for p in session.execute(select(Product).where(Product.id.in_(quantities))).scalars()}
            for product_id in quantities:
                product = products.get(product_id)
                if product is None or not is_on_sale(product, today):
                    name = product.name if product else _("Ce produit")
                    raise ValidationError({"lines": _("{name} n'est pas en vente aujourd'hui.").format(name=name)})
            total = sum(products[pid].price_centimes * q for pid, q in quantities.items())
            tva = breakdown((products[pid].tva_rate_bp, products[pid].price_centimes * q)
                            for pid, q in quantities.items())
            tenant_id = self._check_customer(session, customer, payment, total, today)
            given, change = self._check_payment(payment, total)
            series = desk_stamp(session).series
            number = next_number(session, counter_name("receipt", series))
            sale = Sale(
                receipt_number=receipt_number(receipt_prefix(desk_code(session)), series, number),
                session_id=cash.id,
                sold_at=now, customer_kind=customer.kind, tenant_id=tenant_id, payment_method=payment.method,
                amount_given_centimes=given, change_due_centimes=change,
                card_reference=payment.card_reference.strip() if payment.method == CARD else "",
                total_ht_centimes=total - sum(t.tva_centimes for t in tva),
                total_tva_centimes=sum(t.tva_centimes for t in tva), total_ttc_centimes=total,
                cashier_id=actor.user_id or None, cashier_name=actor.full_name, status=SALE_OK,
            )
            session.add(sale)
            session.flush()
            voucher_count = sum(products[pid].vouchers_per_unit * q for pid, q in quantities.items())
            codes = iter(_unique_codes(session, voucher_count))
            sale_lines, vouchers = [], []  # written in Core with their outbox events: no ORM flush of each row
            for pid, quantity in quantities.items():
                product = products[pid]
                sale_lines.append({
                    "sale_id": sale.id, "product_id": pid, "product_name": product.name,
                    "unit_price_centimes": product.price_centimes, "tva_rate_bp": product.tva_rate_bp,
                    "quantity": quantity, "line_total_centimes": product.price_centimes * quantity})
                expires = today + timedelta(days=product.validity_days)
                for _unit in range(quantity):
                    for value in split_value(product.price_centimes, product.vouchers_per_unit):
                        code = next(codes)
                        vouchers.append({
                            "code": code, "signature": signature(key, code, expires),
                            "label": product.voucher_label or product.name, "value_centimes": value,
                            "product_id": pid, "sale_id": sale.id, "tenant_id": tenant_id, "issued_at": now,
                            "expires_on": expires, "redeemed_at": None, "redeemed_desk": "", "redeemed_by": "",
                            "voided": False})
            insert_rows(session, _LINES, sale_lines)
            if vouchers:
                insert_rows(session, _VOUCHERS, vouchers)
            audit.record(session, actor, "cafeteria.sale", entity="sales", entity_id=sale.id,
                         after={"receipt": sale.receipt_number, "total": total, "payment": payment.method,
                                "vouchers": voucher_count}, at=now)
            return build_receipt(session, sale, (sale_lines, vouchers))

    @staticmethod
    def _check_customer(session: Session, customer: Customer, payment: Payment, total: int,
                        today: date) -> str | None:
        if customer.kind == WALK_IN:
            if payment.method == ON_ACCOUNT:
                raise ValidationError({"customer": _("Choisissez la société pour une vente sur compte.")})
            return None
        if customer.kind != ACCOUNT_CUSTOMER or not customer.tenant_id:
            raise ValidationError({"customer": _("Choisissez la société cliente.")})
        account = session.execute(select(TenantAccount).where(TenantAccount.tenant_id == customer.tenant_id)
                                  ).scalar_one_or_none()
        if account is None or not account.active:
            raise ValidationError({"customer": _("Cette société n'a pas de compte cafétéria.")})
        if payment.method == ON_ACCOUNT:
            used = account_used(session, customer.tenant_id, today)
            if used + total > account.credit_limit_centimes:
                left = max(0, account.credit_limit_centimes - used)
                raise DomainError(_("Plafond du compte dépassé : il reste {left} sur {limit} ce mois-ci.").format(
                    left=format_dh(left), limit=format_dh(account.credit_limit_centimes)), field="customer")
        return customer.tenant_id

    @staticmethod
    def _check_payment(payment: Payment, total: int) -> tuple[int, int]:
        """(amount given, change due) once the payment is known to be acceptable."""
        if payment.method == CASH:
            if payment.amount_given_centimes < total:
                short = _("Montant remis insuffisant : {total} à payer.").format(total=format_dh(total))
                raise ValidationError({"amount_given": short})
            return payment.amount_given_centimes, payment.amount_given_centimes - total
        if payment.method == CARD:
            reference = payment.card_reference.strip()
            if not reference or len(reference) > 40:
                raise ValidationError(
                    {"card_reference": _("Saisissez la référence du ticket du terminal de paiement.")})
            return total, 0
        if payment.method == ON_ACCOUNT:
            return 0, 0
        raise ValidationError({"payment": _("Mode de paiement inconnu.")})

    # --- voids and refunds -------------------------------------------------------------------------------

    def void_sale(self, actor: Actor, receipt_number: str, approver: Actor | None, reason: str) -> Receipt:
        """Voids a sale (or refunds one of an earlier session) with a manager's approval and a reason."""
        require(actor, Permission.CAFETERIA_SELL)
        if approver is None:
            raise ApprovalRequired(_("Une annulation doit être validée par un responsable."))
        require(approver, Permission.SALES_VOID)
        if not reason.strip():
            raise ValidationError({"reason": _("Indiquez le motif de l'annulation.")})
        now = self.clock.now()
        with self.db.write() as session:
            cash = require_open_session(session)
            sale = self._sale(session, receipt_number)
            if sale.status == SALE_VOIDED:
                raise DomainError(_("La vente {number} est déjà annulée.").format(number=sale.receipt_number))
            vouchers = session.execute(select(Voucher).where(Voucher.sale_id == sale.id)).scalars().all()
            used = sum(1 for v in vouchers if v.redeemed_at is not None)
            if used:
                raise DomainError(ngettext("{count} bon de cette vente a déjà été utilisé : annulation impossible.",
                                           "{count} bons de cette vente ont déjà été utilisés : annulation impossible.",
                                           used).format(count=used))
            before = audit.snapshot(sale)
            sale.status, sale.voided_at, sale.voided_by = SALE_VOIDED, now, actor.full_name
            sale.void_approved_by, sale.void_reason, sale.void_session_id = approver.full_name, reason.strip(), cash.id
            for voucher in vouchers:
                voucher.voided = True
            if sale.session_id != cash.id and sale.payment_method == CASH:
                session.add(CashMovement(session_id=cash.id, kind=REFUND, amount_centimes=sale.total_ttc_centimes,
                                         reason=f"Remboursement {sale.receipt_number} : {reason.strip()}", at=now,
                                         by_name=actor.full_name, sale_id=sale.id))
            session.flush()
            audit.record(session, actor, "cafeteria.sale_void", entity="sales", entity_id=sale.id, before=before,
                         after={**audit.snapshot(sale), "approved_by": approver.username}, at=now)
            return build_receipt(session, sale)

    # --- reading ------------------------------------------------------------------------------------------

    @staticmethod
    def _sale(session: Session, receipt_number: str) -> Sale:
        sale = session.execute(select(Sale).where(Sale.origin_desk == desk_code(session),
                                                  Sale.receipt_number == receipt_number.strip().upper())
                               ).scalar_one_or_none()
        if sale is None:
            raise NotFound(_("Ticket {number} introuvable à ce poste.").format(number=receipt_number))
        return sale

    def receipt(self, actor: Actor, receipt_number: str) -> Receipt:
        """A past receipt, to reprint it (marked as a duplicate by the printer)."""
        require(actor, Permission.CAFETERIA_SELL)
        with self.db.read() as session:
            return build_receipt(session, self._sale(session, receipt_number))

    def sale_detail(self, actor: Actor, sale_id: str) -> Receipt:
        """Any sale of any desk with its lines and vouchers (the Ventes tab's double-click)."""
        require(actor, Permission.CAFETERIA_SELL)
        with self.db.read() as session:
            sale = session.get(Sale, sale_id)
            if sale is None:
                raise NotFound(_("Vente introuvable."))
            return build_receipt(session, sale)

    def recent_sales(self, actor: Actor, limit: int = 30) -> list[SaleRow]:
        """The open session's latest sales, newest first (to reprint or void)."""
        require(actor, Permission.CAFETERIA_SELL)
        with self.db.read() as session:
            cash = open_session_of(session, desk_code(session))
            if cash is None:
                return []
            rows = session.execute(
                select(Sale.receipt_number, Sale.sold_at, Tenant.name, Sale.payment_method, Sale.total_ttc_centimes,
                       Sale.status).outerjoin(Tenant, Tenant.id == Sale.tenant_id).where(Sale.session_id == cash.id)
                .order_by(Sale.sold_at.desc()).limit(page_size(limit))).all()
            return [SaleRow(r[0], r[1], r[2] or _(WALK_IN_NAME), r[3], r[4], r[5]) for r in rows]

    def account_statement(self, actor: Actor, tenant_id: str, month: date) -> AccountStatement:
        """A tenant's purchases on account over a calendar month, for the monthly invoice."""
        require(actor, Permission.REPORTS_VIEW)
        start, end = month_bounds(month)
        with self.db.read() as session:
            tenant = session.get(Tenant, tenant_id)
            if tenant is None:
                raise NotFound(_("Société introuvable."))
            limit = session.scalar(select(TenantAccount.credit_limit_centimes)
                                   .where(TenantAccount.tenant_id == tenant_id)) or 0
            sales = session.execute(select(Sale).where(
                Sale.tenant_id == tenant_id, Sale.payment_method == ON_ACCOUNT, Sale.sold_at >= start,
                Sale.sold_at < end).order_by(Sale.sold_at)).scalars().all()
            described: dict[str, list[str]] = {}
            for sale_id, quantity, name in session.execute(
                    select(SaleLine.sale_id, SaleLine.quantity, SaleLine.product_name)
                    .where(SaleLine.sale_id.in_([s.id for s in sales])).order_by(SaleLine.product_name)):
                described.setdefault(sale_id, []).append(f"{quantity} × {name}")
            lines = tuple(StatementLine(s.receipt_number, s.sold_at, ", ".join(described.get(s.id, [])),
                                        s.total_ttc_centimes, s.status == SALE_VOIDED) for s in sales)
            outstanding = session.scalar(select(func.count()).select_from(Voucher).where(
                Voucher.tenant_id == tenant_id, Voucher.redeemed_at.is_(None), ~Voucher.voided,
                Voucher.expires_on >= local_today(self.clock))) or 0
        return AccountStatement(tenant.name, month.replace(day=1), lines,
                                sum(line.amount_centimes for line in lines if not line.voided), limit, outstanding)


# --- Accueil tiles ---------------------------------------------------------------------------------------


def _tiles(session: Session, clock: Clock) -> list[overview.Figure]:
    """Today's sales and the drawer's state; a drawer still open since an earlier day needs attention."""
    desk = desk_code(session)
    start, end = local_day_bounds(local_today(clock))
    count, total = session.execute(select(func.count(), func.coalesce(func.sum(Sale.total_ttc_centimes), 0)).where(
        Sale.origin_desk == desk, Sale.status == SALE_OK, Sale.sold_at >= start, Sale.sold_at < end)).one()
    tiles = [overview.Figure("cafeteria.sales_today", _("Ventes cafétéria du jour"), format_dh(total),
                             ngettext("{count} vente", "{count} ventes", count).format(count=count),
                             target="cafeteria")]
    cash = open_session_of(session, desk)
    if cash is None:
        tiles.append(overview.Figure("cafeteria.session", _("Caisse"), _("Fermée"),
                                     _("Ouvrez-la avant la première vente"), target="cafeteria"))
    elif cash.opened_at < start:
        tiles.append(overview.Figure("cafeteria.session", _("Caisse ouverte depuis hier"),
                                     _("Session n° {number}").format(number=cash.number),
                                     _("Ouverte {when} : clôturez-la").format(when=formats.when(cash.opened_at)),
                                     alert=True, target="cafeteria"))
    else:
        tiles.append(overview.Figure("cafeteria.session", _("Caisse"), _("Ouverte"),
                                     _("Session n° {number} depuis {time}").format(
                                         number=cash.number, time=formats.clock(cash.opened_at)),
                                     target="cafeteria"))
    return tiles


overview.register(Permission.CAFETERIA_SELL, _tiles)
