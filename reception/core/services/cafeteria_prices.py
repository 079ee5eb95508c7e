"""The price list (facilities) and tenant accounts: central reference data edited at a desk.

A price change edits the product only; each sale line keeps its own copy of the price and rate.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reception.core.clock import Clock, local_day_bounds, local_today
from reception.core.database import Database
from reception.core.errors import NotFound, ValidationError
from reception.core.i18n import _
from reception.core.models import Product, Sale, Tenant, TenantAccount
from reception.core.models.cafeteria import ON_ACCOUNT, SALE_OK
from reception.core.services import audit
from reception.core.services.cafeteria_data import AccountRow, ProductRow
from reception.core.services.permissions import Actor, Permission, require
from reception.core.shortcuts import product_key_refusal

TVA_RATES_BP = (2000, 1400, 1000, 700, 0)
"""Moroccan TVA rates: 20 % standard, 10 % restaurant operations, and the reduced ones."""
VOUCHER_BOOK_SIZES = (1, 10, 20)


def require_any(actor: Actor, *permissions: Permission) -> None:
    """The sellers and the price managers both see the price list."""
    if not any(actor.can(p) for p in permissions):
        require(actor, permissions[0])


def product_row(p: Product) -> ProductRow:
    return ProductRow(p.id, p.name, p.voucher_label or p.name, p.price_centimes, p.tva_rate_bp,
                      p.vouchers_per_unit, p.validity_days, p.valid_from, p.valid_to, p.active, p.shortcut,
                      p.sort_order)


def is_on_sale(p: Product, day: date) -> bool:
    return p.active and (p.valid_from is None or p.valid_from <= day) and (p.valid_to is None or day <= p.valid_to)


def month_bounds(month: date) -> tuple[datetime, datetime]:
    """UTC instants of a Casablanca calendar month."""
    first = month.replace(day=1)
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return local_day_bounds(first)[0], local_day_bounds(following)[0]


def account_used(session: Session, tenant_id: str, month: date) -> int:
    """What the tenant bought on account this month (the limit is monthly: the statement is monthly)."""
    start, end = month_bounds(month)
    return session.scalar(
        select(func.coalesce(func.sum(Sale.total_ttc_centimes), 0)).where(
            Sale.tenant_id == tenant_id, Sale.payment_method == ON_ACCOUNT, Sale.status == SALE_OK,
            Sale.sold_at >= start, Sale.sold_at < end)
    ) or 0


def _check_product(values: dict[str, Any]) -> dict[str, Any]:
    errors: dict[str, str] = {}
    name = str(values.get("name", "")).strip()
    if not name:
        errors["name"] = _("Le nom du produit est obligatoire.")
    price = values.get("price_centimes")
    if not isinstance(price, int) or isinstance(price, bool) or price <= 0:
        errors["price_centimes"] = _("Le prix doit être un montant positif.")
    if values.get("tva_rate_bp") not in TVA_RATES_BP:
        errors["tva_rate_bp"] = _("Taux de TVA non prévu (20, 14, 10, 7 ou 0 %).")
    if values.get("vouchers_per_unit", 1) not in VOUCHER_BOOK_SIZES:
        errors["vouchers_per_unit"] = _("Un bon à l'unité, ou un carnet de 10 ou de 20.")
    validity = values.get("validity_days", 90)
    if not isinstance(validity, int) or not 1 <= validity <= 3650:
        errors["validity_days"] = _("La validité des bons va de 1 à 3 650 jours.")
    start, end = values.get("valid_from"), values.get("valid_to")
    if start and end and end < start:
        errors["valid_to"] = _("La fin de validité précède son début.")
    shortcut = str(values.get("shortcut", "")).strip().upper()
    if len(shortcut) > 4:
        errors["shortcut"] = _("Raccourci trop long (une touche, par exemple F1 ou 1).")
    elif (refusal := product_key_refusal(shortcut)) is not None:
        errors["shortcut"] = refusal
    if errors:
        raise ValidationError(errors)
    return {**values, "name": name, "shortcut": shortcut,
            "voucher_label": str(values.get("voucher_label", "") or name).strip()}


class PriceList:
    """Mixin of CafeteriaService: products and accounts."""

    db: Database
    clock: Clock

    def products(self, actor: Actor, *, on_sale_only: bool = False) -> list[ProductRow]:
        """The price list in button order; `on_sale_only` keeps what can be sold today."""
        require_any(actor, Permission.CAFETERIA_SELL, Permission.PRICES_MANAGE)
        today = local_today(self.clock)
        with self.db.read() as session:
            rows = session.execute(select(Product).order_by(Product.sort_order, Product.name)).scalars()
            return [product_row(p) for p in rows if not on_sale_only or is_on_sale(p, today)]

    def save_product(self, actor: Actor, values: dict[str, Any], product_id: str | None = None) -> ProductRow:
        require(actor, Permission.PRICES_MANAGE)
        clean = _check_product(values)
        fields = ("name", "voucher_label", "price_centimes", "tva_rate_bp", "vouchers_per_unit", "validity_days",
                  "valid_from", "valid_to", "active", "shortcut", "sort_order")
        with self.db.write() as session:
            product = session.get(Product, product_id) if product_id else Product()
            if product is None:
                raise NotFound(_("Produit introuvable."))
            before = audit.snapshot(product) if product_id else None
            for key in fields:
                if key in clean:
                    setattr(product, key, clean[key])
            session.add(product)
            session.flush()
            audit.record(session, actor, "cafeteria.product_save", entity="cafeteria_products",
                         entity_id=product.id, before=before, after=audit.snapshot(product), at=self.clock.now())
            return product_row(product)

    def accounts(self, actor: Actor) -> list[AccountRow]:
        """Tenants that may buy on account, with what they used this month."""
        require_any(actor, Permission.CAFETERIA_SELL, Permission.PRICES_MANAGE)
        month = local_today(self.clock)
        with self.db.read() as session:
            rows = session.execute(select(TenantAccount, Tenant.name).join(Tenant, Tenant.id == TenantAccount.tenant_id)
                                   .order_by(Tenant.name)).all()
            return [AccountRow(a.tenant_id, name, a.credit_limit_centimes, account_used(session, a.tenant_id, month),
                               a.active) for a, name in rows]

    def save_account(self, actor: Actor, tenant_id: str, credit_limit_centimes: int,
                     active: bool = True) -> AccountRow:
        require(actor, Permission.PRICES_MANAGE)
        if credit_limit_centimes < 0:
            raise ValidationError({"credit_limit_centimes": _("Le plafond ne peut pas être négatif.")})
        with self.db.write() as session:
            tenant = session.get(Tenant, tenant_id)
            if tenant is None:
                raise NotFound(_("Société introuvable."))
            account = session.execute(select(TenantAccount).where(TenantAccount.tenant_id == tenant_id)
                                      ).scalar_one_or_none()
            before = audit.snapshot(account) if account else None
            account = account or TenantAccount(tenant_id=tenant_id)
            account.credit_limit_centimes, account.active = credit_limit_centimes, active
            session.add(account)
            session.flush()
            audit.record(session, actor, "cafeteria.account_save", entity="cafeteria_accounts", entity_id=account.id,
                         before=before, after=audit.snapshot(account), at=self.clock.now())
            used = account_used(session, tenant_id, local_today(self.clock))
            return AccountRow(tenant_id, tenant.name, credit_limit_centimes, used, active)
