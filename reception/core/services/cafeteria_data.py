"""What the cafeteria services take and return: frozen dataclasses, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from reception.core.i18n import N_, Labels
from reception.core.models.cafeteria import CASH, WALK_IN
from reception.core.services.tva import TvaLine

PAYMENT_LABELS = Labels({"cash": N_("Espèces"), "card": N_("Carte bancaire"), "account": N_("Compte société")})
DENOMINATIONS = (20_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100, 50)
"""Notes of 200, 100, 50 and 20 DH; coins of 10, 5, 2 and 1 DH and 50 centimes, in centimes."""


@dataclass(frozen=True)
class ProductRow:
    id: str
    name: str
    voucher_label: str
    price_centimes: int
    tva_rate_bp: int
    vouchers_per_unit: int
    validity_days: int
    valid_from: date | None
    valid_to: date | None
    active: bool
    shortcut: str
    sort_order: int


@dataclass(frozen=True)
class AccountRow:
    tenant_id: str
    tenant_name: str
    credit_limit_centimes: int
    used_this_month_centimes: int
    active: bool


@dataclass(frozen=True)
class LineInput:
    product_id: str
    quantity: int


@dataclass(frozen=True)
class Customer:
    kind: str = WALK_IN
    tenant_id: str | None = None


@dataclass(frozen=True)
class Payment:
    method: str = CASH
    amount_given_centimes: int = 0
    card_reference: str = ""


@dataclass(frozen=True)
class ReceiptLine:
    product_name: str
    quantity: int
    unit_price_centimes: int
    tva_rate_bp: int
    line_total_centimes: int


@dataclass(frozen=True)
class VoucherRow:
    code: str
    signature: str
    label: str
    value_centimes: int
    expires_on: date
    redeemed_at: datetime | None = None
    voided: bool = False


@dataclass(frozen=True)
class Receipt:
    """A sale as printed: enough to reprint it without touching the database."""

    sale_id: str
    receipt_number: str
    sold_at: datetime
    desk_code: str
    cashier_name: str
    customer_name: str
    payment_method: str
    amount_given_centimes: int
    change_due_centimes: int
    card_reference: str
    lines: tuple[ReceiptLine, ...]
    tva: tuple[TvaLine, ...]
    total_ht_centimes: int
    total_tva_centimes: int
    total_ttc_centimes: int
    vouchers: tuple[VoucherRow, ...]
    status: str = "ok"


@dataclass(frozen=True)
class SessionRow:
    id: str
    number: int
    desk_code: str
    opened_at: datetime
    opened_by: str
    float_centimes: int
    closed_at: datetime | None
    closed_by: str
    expected_centimes: int | None
    counted_centimes: int | None
    variance_centimes: int | None
    approved_by: str
    counts: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class MovementRow:
    kind: str
    amount_centimes: int
    reason: str
    at: datetime
    by_name: str


@dataclass(frozen=True)
class VoidRow:
    receipt_number: str
    sold_at: datetime
    voided_at: datetime
    amount_centimes: int
    payment_method: str
    voided_by: str
    approved_by: str
    reason: str


@dataclass(frozen=True)
class SessionSummary:
    """The X report (session still open) or the Z report (closed): every figure of the drawer."""

    session: SessionRow
    sales_count: int
    total_ttc_centimes: int
    tva: tuple[TvaLine, ...]
    by_method: tuple[tuple[str, int, int], ...]  # (method, count, amount)
    vouchers_sold: int
    vouchers_redeemed: int
    voids: tuple[VoidRow, ...]
    movements: tuple[MovementRow, ...]
    cash_sales_centimes: int
    expected_cash_centimes: int

    @property
    def is_closed(self) -> bool:
        return self.session.closed_at is not None


@dataclass(frozen=True)
class Redemption:
    code: str
    label: str
    redeemed_at: datetime
    desk_code: str


@dataclass(frozen=True)
class StatementLine:
    receipt_number: str
    sold_at: datetime
    description: str
    amount_centimes: int
    voided: bool


@dataclass(frozen=True)
class AccountStatement:
    tenant_name: str
    month: date
    lines: tuple[StatementLine, ...]
    total_centimes: int
    credit_limit_centimes: int
    outstanding_vouchers: int


@dataclass(frozen=True)
class SaleRow:
    """A line of the recent sales list (to reprint or void)."""

    receipt_number: str
    sold_at: datetime
    customer_name: str
    payment_method: str
    total_ttc_centimes: int
    status: str
