"""The cafeteria: price list and tenant accounts (central), sales, vouchers and the cash drawer (desk).

Money columns are integer centimes; TVA rates are basis points (2000 = 20 %). A sale line copies the
product's name, price and rate, so a later price change never alters a past sale. Receipt and session
numbers come from the desk-local `cafeteria_counters` table, bumped inside the sale's own transaction:
a sale that fails rolls its number back with it, so the series has no gap.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from reception.core.models.base import Base, Syncable

WALK_IN, ACCOUNT_CUSTOMER = "walk_in", "account"
CASH, CARD, ON_ACCOUNT = "cash", "card", "account"
SALE_OK, SALE_VOIDED = "ok", "voided"
CASH_IN, CASH_OUT, REFUND = "in", "out", "refund"


class Product(Syncable, Base):
    """Something the desk sells: each unit sold issues `vouchers_per_unit` vouchers (1, or 10/20 for a book)."""

    __tablename__ = "cafeteria_products"
    sync_owner = "central"

    name: Mapped[str] = mapped_column(String(80))
    voucher_label: Mapped[str] = mapped_column(String(60), default="")
    price_centimes: Mapped[int] = mapped_column(Integer)
    tva_rate_bp: Mapped[int] = mapped_column(Integer, default=1000)
    vouchers_per_unit: Mapped[int] = mapped_column(Integer, default=1)
    validity_days: Mapped[int] = mapped_column(Integer, default=90)
    valid_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    valid_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    shortcut: Mapped[str] = mapped_column(String(4), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class TenantAccount(Syncable, Base):
    """A tenant company allowed to buy on account, up to a monthly credit limit."""

    __tablename__ = "cafeteria_accounts"
    sync_owner = "central"

    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), unique=True)
    credit_limit_centimes: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CashSession(Syncable, Base):
    """One opening-to-closing of the drawer at a desk; its number is also the Z report's number."""

    __tablename__ = "cash_sessions"
    __table_args__ = (Index("ix_cash_sessions_desk_number", "origin_desk", "number", unique=True),)

    number: Mapped[int] = mapped_column(Integer)
    opened_at: Mapped[datetime]
    opened_by: Mapped[str] = mapped_column(String(120))
    float_centimes: Mapped[int] = mapped_column(Integer)
    closed_at: Mapped[datetime | None] = mapped_column(nullable=True, index=True)
    closed_by: Mapped[str] = mapped_column(String(120), default="")
    counts_json: Mapped[str] = mapped_column(Text, default="")
    expected_centimes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    counted_centimes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    variance_centimes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    approved_by: Mapped[str] = mapped_column(String(120), default="")


class Sale(Syncable, Base):
    """A sale, written once; a void only stamps it voided (the cash returned is a CashMovement)."""

    __tablename__ = "sales"
    __table_args__ = (
        Index("ix_sales_desk_receipt", "origin_desk", "receipt_number", unique=True),
        Index("ix_sales_session_status", "session_id", "status"),
        Index("ix_sales_sold_at", "sold_at"),
        Index("ix_sales_desk_status_sold_at", "origin_desk", "status", "sold_at"),  # Accueil: today's takings
        Index("ix_sales_tenant_sold_at", "tenant_id", "sold_at"),
        Index("ix_sales_void_session", "void_session_id", "voided_at"),  # the Z report's voids and refunds
    )

    receipt_number: Mapped[str] = mapped_column(String(24))
    session_id: Mapped[str] = mapped_column(ForeignKey("cash_sessions.id"))
    sold_at: Mapped[datetime]
    customer_kind: Mapped[str] = mapped_column(String(10), default=WALK_IN)
    tenant_id: Mapped[str | None] = mapped_column(ForeignKey("tenants.id"), nullable=True)
    payment_method: Mapped[str] = mapped_column(String(10))
    amount_given_centimes: Mapped[int] = mapped_column(Integer, default=0)
    change_due_centimes: Mapped[int] = mapped_column(Integer, default=0)
    card_reference: Mapped[str] = mapped_column(String(40), default="")
    total_ht_centimes: Mapped[int] = mapped_column(Integer)
    total_tva_centimes: Mapped[int] = mapped_column(Integer)
    total_ttc_centimes: Mapped[int] = mapped_column(Integer)
    cashier_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    cashier_name: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(10), default=SALE_OK)
    voided_at: Mapped[datetime | None] = mapped_column(nullable=True)
    voided_by: Mapped[str] = mapped_column(String(120), default="")
    void_approved_by: Mapped[str] = mapped_column(String(120), default="")
    void_reason: Mapped[str] = mapped_column(String(300), default="")
    void_session_id: Mapped[str | None] = mapped_column(ForeignKey("cash_sessions.id"), nullable=True)


class SaleLine(Syncable, Base):
    """A line of a sale, with the product's name, price and TVA rate as they were at sale time."""

    __tablename__ = "sale_lines"

    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("cafeteria_products.id"))
    product_name: Mapped[str] = mapped_column(String(80))
    unit_price_centimes: Mapped[int] = mapped_column(Integer)
    tva_rate_bp: Mapped[int] = mapped_column(Integer)
    quantity: Mapped[int] = mapped_column(Integer)
    line_total_centimes: Mapped[int] = mapped_column(Integer)


class Voucher(Syncable, Base):
    """A single-use voucher. `signature` is a short HMAC under the site key, checked at redemption.

    `value_centimes` is its share of the price paid (a book of 10 at 45,00 DH: 4,50 DH each), so the
    outstanding vouchers report can say what the park still owes.
    """

    __tablename__ = "vouchers"
    __table_args__ = (Index("ix_vouchers_redeemed_at", "redeemed_at"),)

    code: Mapped[str] = mapped_column(String(11), unique=True)
    signature: Mapped[str] = mapped_column(String(8))
    label: Mapped[str] = mapped_column(String(60))
    value_centimes: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[str] = mapped_column(ForeignKey("cafeteria_products.id"))
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), index=True)
    tenant_id: Mapped[str | None] = mapped_column(ForeignKey("tenants.id"), nullable=True)
    issued_at: Mapped[datetime]
    expires_on: Mapped[date] = mapped_column(Date, index=True)
    redeemed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    redeemed_desk: Mapped[str] = mapped_column(String(16), default="")
    redeemed_by: Mapped[str] = mapped_column(String(120), default="")
    voided: Mapped[bool] = mapped_column(Boolean, default=False)


class CashMovement(Syncable, Base):
    """Cash put in or taken out of the drawer with a reason, or refunded for a sale of an earlier session."""

    __tablename__ = "cash_movements"

    session_id: Mapped[str] = mapped_column(ForeignKey("cash_sessions.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    amount_centimes: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(300))
    at: Mapped[datetime]
    by_name: Mapped[str] = mapped_column(String(120))
    sale_id: Mapped[str | None] = mapped_column(ForeignKey("sales.id"), nullable=True)


class CafeteriaCounter(Base):
    """Desk-local gapless counters ("receipt", "session"): bumped in the same transaction as the row numbered."""

    __tablename__ = "cafeteria_counters"

    name: Mapped[str] = mapped_column(String(20), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)

