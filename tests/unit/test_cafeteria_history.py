"""The sales history read page by page: keyset pages without gaps or repeats, filters, the sale's detail."""

from __future__ import annotations

from datetime import date

import pytest

from reception.core.clock import FixedClock, to_local
from reception.core.errors import NotFound, PermissionDenied
from reception.core.services.cafeteria_history import SaleHistoryRow, SaleKey, SalesFilter
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from tests.cafeteria_history_helpers import sell_history


@pytest.fixture
def numbers(services: Services, clock: FixedClock, admin: Actor, receptionist: Actor, manager: Actor) -> list[str]:
    return sell_history(services, clock, admin, receptionist, manager)


def _all_pages(services: Services, actor: Actor, filters: SalesFilter, limit: int) -> list[SaleHistoryRow]:
    rows: list[SaleHistoryRow] = []
    key: SaleKey | None = None
    while True:
        page = services.cafeteria.sales_page(actor, filters, key, limit)
        assert len(page.rows) <= limit
        rows.extend(page.rows)
        if page.next_key is None:
            return rows
        key = page.next_key


@pytest.mark.parametrize("limit", [1, 4, 7, 25, 100])
def test_pages_cover_every_sale_once_newest_first(services: Services, receptionist: Actor, numbers: list[str],
                                                   limit: int) -> None:
    rows = _all_pages(services, receptionist, SalesFilter(), limit)
    assert sorted(r.receipt_number for r in rows) == sorted(numbers)
    assert len({r.id for r in rows}) == len(numbers)
    assert [r.key for r in rows] == sorted((r.key for r in rows), reverse=True)


def test_rows_carry_customer_payment_total_status_and_vouchers(services: Services, receptionist: Actor,
                                                               numbers: list[str]) -> None:
    by_number = {r.receipt_number: r for r in _all_pages(services, receptionist, SalesFilter(), 50)}
    card = by_number[numbers[0]]
    assert (card.payment_method, card.total_ttc_centimes, card.voucher_count, card.status) == ("card", 4500, 10, "ok")
    assert card.customer_name == "Client de passage" and card.cashier_name == receptionist.full_name
    assert by_number[numbers[4]].status == "voided"
    assert by_number[numbers[2]].voucher_count == 1 and by_number[numbers[2]].total_ttc_centimes == 500


def test_filters_narrow_the_list(services: Services, receptionist: Actor, numbers: list[str]) -> None:
    def found(**kwargs: object) -> list[str]:
        return sorted(r.receipt_number for r in _all_pages(services, receptionist, SalesFilter(**kwargs), 3))

    assert found(status="voided") == [numbers[4]]
    assert len(found(status="ok")) == 24
    assert found(payment_method="card") == sorted(numbers[i] for i in range(0, 25, 3))
    assert found(receipt=numbers[7][-3:].lower()) == [numbers[7]]
    assert found(customer_kind="account") == []
    everything = _all_pages(services, receptionist, SalesFilter(), 50)
    on_25th = sorted(r.receipt_number for r in everything if to_local(r.sold_at).date() == date(2026, 11, 25))
    assert on_25th and found(day_from=date(2026, 11, 25), day_to=date(2026, 11, 25)) == on_25th


def test_sale_detail_gives_the_lines(services: Services, receptionist: Actor, numbers: list[str]) -> None:
    row = _all_pages(services, receptionist, SalesFilter(receipt=numbers[0]), 5)[0]
    detail = services.cafeteria.sale_detail(receptionist, row.id)
    assert detail.receipt_number == numbers[0]
    assert [(ln.product_name, ln.quantity) for ln in detail.lines] == [("Carnet 10 cafés", 1)]
    with pytest.raises(NotFound):
        services.cafeteria.sale_detail(receptionist, "missing")


def test_history_needs_the_sell_permission(services: Services, facilities: Actor) -> None:
    with pytest.raises(PermissionDenied):
        services.cafeteria.sales_page(facilities, SalesFilter())
