"""The cafeteria's demo history: a price list, tenant accounts, and every working day a cash session with
a couple of hundred sales, their vouchers, most of them redeemed within days, a few voids and variances.

Rows are built in memory and written with bulk Core inserts a month at a time (history counts as synced,
so it bypasses the outbox). Receipt and session numbers run without gaps, and the desk counters are left
where the history stops, so the first live sale continues the series.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from reception.core.clock import local_to_utc
from reception.core.demo.context import DemoContext, history_writer
from reception.core.demo.park import DEMO_ACCOUNTS, history_days
from reception.core.models import (
    CafeteriaCounter,
    CashMovement,
    CashSession,
    Product,
    Sale,
    SaleLine,
    TenantAccount,
    Voucher,
)
from reception.core.services.cafeteria import receipt_prefix, split_value
from reception.core.services.cafeteria_data import DENOMINATIONS
from reception.core.services.tva import breakdown
from reception.core.services.voucher_codes import ALPHABET, BODY_LENGTH, SiteKey, check_char, signature
from reception.core.services.vouchers import site_has_vouchers

# name, voucher label, price today, price before the last price change, TVA, vouchers per unit, validity, key
CATALOGUE = (
    ("Café", "Café", 500, 450, 1000, 1, 90, "F1"),
    ("Thé à la menthe", "Thé", 400, 400, 1000, 1, 90, "F2"),
    ("Café crème", "Café crème", 700, 600, 1000, 1, 90, "F3"),
    ("Jus d'orange", "Jus d'orange", 1000, 900, 1000, 1, 90, "F4"),
    ("Eau 50 cl", "Eau", 300, 300, 2000, 1, 90, "F5"),
    ("Carnet 10 cafés", "Café", 4500, 4000, 1000, 10, 365, "F6"),
    ("Carnet 20 cafés", "Café", 8500, 7600, 1000, 20, 365, "F7"),
)
WEIGHTS = (48, 16, 12, 6, 14, 3, 1)
PRICE_CHANGE_YEARS = 2
FLOAT_TARGET = 50_000
VOID_REASONS = ("Erreur de saisie", "Client a changé d'avis", "Double encaissement", "Mauvais produit")
VARIANCES_CENTIMES = (-2000, -1000, -500, -200, -50, 50, 100, 500, 1500)


@dataclass
class _Batch:
    sessions: list[dict[str, Any]] = field(default_factory=list)
    sales: list[dict[str, Any]] = field(default_factory=list)
    lines: list[dict[str, Any]] = field(default_factory=list)
    vouchers: list[dict[str, Any]] = field(default_factory=list)
    movements: list[dict[str, Any]] = field(default_factory=list)

    def write(self, ctx: DemoContext) -> None:
        for model, rows in ((CashSession, self.sessions), (Sale, self.sales), (SaleLine, self.lines),
                            (Voucher, self.vouchers), (CashMovement, self.movements)):
            ctx.insert(model.__table__, rows)
            rows.clear()


@dataclass
class _State:
    receipt: int = 0
    session: int = 0
    float_centimes: int = FLOAT_TARGET
    codes: set[str] = field(default_factory=set)


def _names() -> dict[str, str]:
    return {role.value: full_name for _, _, full_name, role in DEMO_ACCOUNTS}


def _write_catalogue(ctx: DemoContext) -> list[dict[str, Any]]:
    at = local_to_utc(ctx.start, 8)
    products = [
        {**ctx.stamp(at), "name": name, "voucher_label": label, "price_centimes": price, "tva_rate_bp": rate,
         "vouchers_per_unit": per_unit, "validity_days": validity, "valid_from": None, "valid_to": None,
         "active": True, "shortcut": key, "sort_order": i + 1, "_old_price": old}
        for i, (name, label, price, old, rate, per_unit, validity, key) in enumerate(CATALOGUE)
    ]
    ctx.insert(Product.__table__, [{k: v for k, v in p.items() if not k.startswith("_")} for p in products])
    accounts = [{**ctx.stamp(at), "tenant_id": t["id"], "credit_limit_centimes": ctx.rng.choice((100_000, 200_000,
                                                                                                  500_000)),
                 "active": True} for t in ctx.rng.sample(ctx.tenants, min(24, len(ctx.tenants)))]
    ctx.insert(TenantAccount.__table__, accounts)
    return products


def _new_code(ctx: DemoContext, state: _State) -> str:
    while True:
        body = "".join(ctx.rng.choices(ALPHABET, k=BODY_LENGTH))
        code = body + check_char(body)
        if code not in state.codes:
            state.codes.add(code)
            return code


def _denominations(amount: int) -> dict[str, int]:
    counts = {}
    for value in DENOMINATIONS:
        counts[str(value)], amount = divmod(amount, value)
    return {k: v for k, v in counts.items() if v}


def _day(ctx: DemoContext, day: date, products: list[dict[str, Any]], accounts: list[str], key: bytes,
         state: _State, batch: _Batch, names: dict[str, str]) -> None:
    rng = ctx.rng
    cashier, manager = ctx.users["receptionist"], ctx.users["manager"]
    midnight = local_to_utc(day, 0)
    old_prices = day < ctx.end - timedelta(days=365 * PRICE_CHANGE_YEARS)
    state.session += 1
    session_id = ctx.stamp(midnight)["id"]
    opened_at = midnight + timedelta(hours=7, minutes=rng.randint(45, 59))
    ctx.audit(opened_at, cashier, "cafeteria.session_open", "cash_sessions", session_id,
              json.dumps({"number": state.session, "float": state.float_centimes}))
    count = max(20, int(rng.gauss(150 if day.weekday() < 5 else 60, 30)))
    minutes = sorted(rng.randint(8 * 60 + 5, 18 * 60 + 40) for _ in range(count))
    cash_total = 0
    prefix = receipt_prefix(ctx.desk_code)
    for minute in minutes:
        sold_at = midnight + timedelta(minutes=minute, seconds=rng.randint(0, 59))
        on_account = bool(accounts) and rng.random() < 0.04
        picked = rng.choices(products, WEIGHTS, k=rng.choice((1, 1, 1, 2, 2, 3)))
        quantities: dict[int, int] = {}
        for product in picked:
            quantities[id(product)] = quantities.get(id(product), 0) + 1
        by_id = {id(p): p for p in picked}
        method = "account" if on_account else rng.choices(("cash", "card"), (72, 28))[0]
        tenant_id = rng.choice(accounts) if on_account else None
        state.receipt += 1
        sale = ctx.stamp(sold_at)
        sale_lines = []
        for pid, quantity in quantities.items():
            product = by_id[pid]
            price = product["_old_price"] if old_prices else product["price_centimes"]
            sale_lines.append((product, price, quantity))
        total = sum(price * q for _, price, q in sale_lines)
        tva = sum(t.tva_centimes for t in breakdown((p["tva_rate_bp"], price * q) for p, price, q in sale_lines))
        given = total if method != "cash" else rng.choice((total, total, -(-total // 1000) * 1000,
                                                           -(-total // 2000) * 2000))
        voided = rng.random() < 0.003
        batch.sales.append({
            **sale, "receipt_number": f"{prefix}-{state.receipt:06d}", "session_id": session_id, "sold_at": sold_at,
            "customer_kind": "account" if on_account else "walk_in", "tenant_id": tenant_id,
            "payment_method": method, "amount_given_centimes": given if method == "cash" else (
                total if method == "card" else 0), "change_due_centimes": given - total if method == "cash" else 0,
            "card_reference": f"{rng.randint(100000, 999999)}" if method == "card" else "",
            "total_ht_centimes": total - tva, "total_tva_centimes": tva, "total_ttc_centimes": total,
            "cashier_id": cashier.id, "cashier_name": names["receptionist"],
            "status": "voided" if voided else "ok",
            "voided_at": sold_at + timedelta(minutes=3) if voided else None,
            "voided_by": names["receptionist"] if voided else "",
            "void_approved_by": names["manager"] if voided else "",
            "void_reason": rng.choice(VOID_REASONS) if voided else "",
            "void_session_id": session_id if voided else None,
        })
        if voided:
            ctx.audit(sold_at + timedelta(minutes=3), cashier, "cafeteria.sale_void", "sales", sale["id"],
                      json.dumps({"approved_by": manager.username}))
        elif method == "cash":
            cash_total += total
        for product, price, quantity in sale_lines:
            batch.lines.append({**ctx.stamp(sold_at), "sale_id": sale["id"], "product_id": product["id"],
                                "product_name": product["name"], "unit_price_centimes": price,
                                "tva_rate_bp": product["tva_rate_bp"], "quantity": quantity,
                                "line_total_centimes": price * quantity})
            expires = day + timedelta(days=product["validity_days"])
            for _ in range(quantity):
                for value in split_value(price, product["vouchers_per_unit"]):
                    code = _new_code(ctx, state)
                    redeemed = None
                    if not voided and rng.random() < 0.9:
                        delay = timedelta(minutes=rng.randint(2, 60)) if product["vouchers_per_unit"] == 1 else \
                            timedelta(days=rng.randint(0, 200), minutes=rng.randint(0, 600))
                        when = sold_at + delay
                        if when.date() <= expires and when < local_to_utc(ctx.end, 0):
                            redeemed = when
                    batch.vouchers.append({
                        **ctx.stamp(sold_at), "code": code, "signature": signature(key, code, expires),
                        "label": product["voucher_label"], "value_centimes": value, "product_id": product["id"],
                        "sale_id": sale["id"], "tenant_id": tenant_id, "issued_at": sold_at, "expires_on": expires,
                        "redeemed_at": redeemed, "redeemed_desk": ctx.desk_code if redeemed else "",
                        "redeemed_by": names["receptionist"] if redeemed else "", "voided": voided,
                    })
    closed_at = midnight + timedelta(hours=19, minutes=rng.randint(0, 20))
    in_drawer = state.float_centimes + cash_total
    deposit = max(0, in_drawer - FLOAT_TARGET)
    if deposit:
        batch.movements.append({**ctx.stamp(closed_at), "session_id": session_id, "kind": "out",
                                "amount_centimes": deposit, "reason": "Remise en banque",
                                "at": closed_at - timedelta(minutes=5), "by_name": names["receptionist"],
                                "sale_id": None})
    expected = in_drawer - deposit
    variance = rng.choice(VARIANCES_CENTIMES) if rng.random() < 0.06 else 0
    counted = max(0, expected + variance)
    variance = counted - expected
    approved = names["manager"] if abs(variance) > 1000 else ""
    batch.sessions.append({
        **ctx.stamp(opened_at), "id": session_id, "number": state.session, "opened_at": opened_at,
        "opened_by": names["receptionist"], "float_centimes": state.float_centimes, "closed_at": closed_at,
        "closed_by": names["receptionist"], "counts_json": json.dumps(_denominations(counted)),
        "expected_centimes": expected, "counted_centimes": counted, "variance_centimes": variance,
        "approved_by": approved,
    })
    ctx.audit(closed_at, cashier, "cafeteria.session_close", "cash_sessions", session_id,
              json.dumps({"number": state.session, "expected": expected, "counted": counted, "variance": variance,
                          "approved_by": approved}))
    state.float_centimes = counted


@history_writer(order=30)
def write_cafeteria_history(ctx: DemoContext) -> None:
    """Sessions, sales, vouchers and redemptions for every working day of the history, written monthly."""
    products = _write_catalogue(ctx)
    with ctx.db.read() as session:
        accounts = [row[0] for row in session.execute(TenantAccount.__table__.select().with_only_columns(
            TenantAccount.tenant_id))]
    with ctx.db.read() as session:
        sold_before = site_has_vouchers(session, ctx.site_code)
    key = SiteKey(ctx.db.path.parent, ctx.site_code).get(vouchers_exist=lambda: sold_before)
    state, batch, names = _State(), _Batch(), _names()
    month: tuple[int, int] | None = None
    for day in history_days(ctx):
        if month is not None and (day.year, day.month) != month:
            batch.write(ctx)
        month = (day.year, day.month)
        _day(ctx, day, products, accounts, key, state, batch, names)
    batch.write(ctx)
    ctx.insert(CafeteriaCounter.__table__, [{"name": "receipt", "last_value": state.receipt},
                                            {"name": "session", "last_value": state.session}])

