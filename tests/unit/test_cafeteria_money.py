"""Money in the cafeteria: totals are the sum of the lines, TVA per rate follows the documented rule,
and no float ever enters a money path."""

from __future__ import annotations

import ast
from dataclasses import fields
from fractions import Fraction
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reception.core.services import tva
from reception.core.services.cafeteria_data import Customer, LineInput, Payment
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from tests.cafeteria_helpers import stock_products

MONEY_MODULES = ("cafeteria.py", "cafeteria_cash.py", "cafeteria_prices.py", "cafeteria_data.py", "tva.py",
                 "vouchers.py", "cafeteria_reports.py")


@given(ttc=st.integers(0, 10_000_000), rate=st.sampled_from([0, 700, 1000, 1400, 2000]))
def test_tva_is_the_rounded_exact_share_and_ht_completes_ttc(ttc: int, rate: int) -> None:
    exact = Fraction(ttc * rate, 10_000 + rate)
    amount = tva.tva_included(ttc, rate)
    assert isinstance(amount, int)
    assert abs(Fraction(amount) - exact) <= Fraction(1, 2)
    if exact - int(exact) == Fraction(1, 2):  # a half rounds up
        assert amount == int(exact) + 1
    line = tva.TvaLine(rate, ttc, amount)
    assert line.ht_centimes + line.tva_centimes == ttc


def test_known_values_of_the_rule() -> None:
    assert tva.tva_included(500, 1000) == 45  # 5,00 DH at 10 %: 45,45... -> 0,45
    assert tva.tva_included(300, 2000) == 50  # 3,00 DH at 20 %: exactly 0,50
    assert tva.tva_included(1100, 1000) == 100  # 11,00 DH at 10 %: exactly 1,00
    assert tva.rate_label(2000) == "20 %" and tva.rate_label(550) == "5,5 %"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(quantities=st.dictionaries(st.sampled_from(["cafe", "the", "eau", "carnet"]), st.integers(1, 12),
                                  min_size=1))
def test_sale_total_is_the_sum_of_its_lines_and_tva_per_rate(services: Services, admin: Actor,
                                                             quantities: dict[str, int]) -> None:
    ids = _ensure_open(services, admin)
    lines = [LineInput(ids[k], q) for k, q in quantities.items()]
    receipt = services.cafeteria.sell(admin, lines, Customer(), Payment("card", card_reference="T-1"))
    assert receipt.total_ttc_centimes == sum(line.line_total_centimes for line in receipt.lines)
    assert all(line.line_total_centimes == line.unit_price_centimes * line.quantity for line in receipt.lines)
    per_rate: dict[int, int] = {}
    for line in receipt.lines:
        per_rate[line.tva_rate_bp] = per_rate.get(line.tva_rate_bp, 0) + line.line_total_centimes
    assert {t.rate_bp: (t.ttc_centimes, t.tva_centimes) for t in receipt.tva} == {
        rate: (ttc, tva.tva_included(ttc, rate)) for rate, ttc in per_rate.items()}
    assert receipt.total_tva_centimes == sum(t.tva_centimes for t in receipt.tva)
    assert receipt.total_ht_centimes + receipt.total_tva_centimes == receipt.total_ttc_centimes
    money = [getattr(receipt, f.name) for f in fields(receipt) if f.name.endswith("_centimes")]
    assert money and all(type(v) is int for v in money)
    assert sum(v.value_centimes for v in receipt.vouchers) == receipt.total_ttc_centimes


def _ensure_open(services: Services, admin: Actor) -> dict[str, str]:
    products = {p.name: p.id for p in services.cafeteria.products(admin)}
    if not products:
        ids = stock_products(services, admin)
        services.cafeteria.open_session(admin, 0)
        return ids
    by_name = {"Café": "cafe", "Thé": "the", "Eau 50 cl": "eau", "Carnet 10 cafés": "carnet"}
    return {by_name[name]: pid for name, pid in products.items()}


def test_no_float_in_the_money_modules() -> None:
    """No float literal, no float() call and no true division on money in the cafeteria's core modules."""
    folder = Path(__file__).resolve().parents[2] / "reception" / "core" / "services"
    for name in MONEY_MODULES:
        tree = ast.parse((folder / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            assert not (isinstance(node, ast.Constant) and isinstance(node.value, float)), f"float literal in {name}"
            assert not (isinstance(node, ast.Name) and node.id == "float"), f"float() in {name}"
            assert not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div)), f"true division in {name}"
