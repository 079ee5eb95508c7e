"""Selling, voids and refunds, the drawer's sessions and the Z report, through the real services."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from reception.core.clock import FixedClock
from reception.core.errors import DomainError, PermissionDenied, ValidationError
from reception.core.models import AuditEvent, CashSession, Sale, SaleLine, Voucher
from reception.core.services.cafeteria_cash import ApprovalRequired
from reception.core.services.cafeteria_data import Customer, LineInput, Payment
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from tests.cafeteria_helpers import cash_sale, stock_products


@pytest.fixture
def ids(services: Services, admin: Actor) -> dict[str, str]:
    """The four products on sale."""
    return stock_products(services, admin)


@pytest.fixture
def drawer(services: Services, receptionist: Actor, ids: dict[str, str]) -> None:
    """A session opened by the receptionist with a 200 DH float."""
    services.cafeteria.open_session(receptionist, 20_000)


def test_no_sale_without_an_open_session(services: Services, receptionist: Actor, ids: dict[str, str]) -> None:
    with pytest.raises(DomainError, match="Aucune caisse ouverte"):
        cash_sale(services, receptionist, {"cafe": 1}, 500, ids)


@pytest.mark.usefixtures("drawer")
def test_cash_sale_gives_change_and_one_voucher_per_unit(services: Services, receptionist: Actor,
                                                         ids: dict[str, str]) -> None:
    receipt = cash_sale(services, receptionist, {"cafe": 2, "eau": 1, "carnet": 1}, 10_000, ids)
    assert receipt.receipt_number == "A1-000001"
    assert receipt.total_ttc_centimes == 2 * 500 + 300 + 4500
    assert receipt.change_due_centimes == 10_000 - 5800
    assert len(receipt.vouchers) == 2 + 1 + 10
    assert len({v.code for v in receipt.vouchers}) == 13
    assert [t.rate_bp for t in receipt.tva] == [2000, 1000]
    with pytest.raises(ValidationError) as short:
        cash_sale(services, receptionist, {"cafe": 1}, 400, ids)
    assert "amount_given" in short.value.errors


@pytest.mark.usefixtures("drawer")
def test_receipt_numbers_stay_gapless_when_a_sale_fails_midway(services: Services, receptionist: Actor,
                                                               ids: dict[str, str], admin: Actor) -> None:
    cash_sale(services, receptionist, {"cafe": 1}, 500, ids)
    services.cafeteria.save_product(admin, {"name": "Café", "price_centimes": 500, "tva_rate_bp": 1000,
                                            "active": False}, ids["cafe"])
    with pytest.raises(ValidationError):  # refused after the session was found: nothing must remain
        cash_sale(services, receptionist, {"the": 1, "cafe": 1}, 900, ids)
    with pytest.raises(ValidationError):  # refused by the card check, after the number would be due
        services.cafeteria.sell(receptionist, [LineInput(ids["the"], 1)], Customer(), Payment("card"))
    assert cash_sale(services, receptionist, {"the": 1}, 400, ids).receipt_number == "A1-000002"
    with services.db.read() as session:
        numbers = session.scalars(select(Sale.receipt_number).order_by(Sale.receipt_number)).all()
        orphan_lines = session.scalar(select(func.count()).select_from(SaleLine).where(
            SaleLine.sale_id.not_in(select(Sale.id))))
    assert numbers == ["A1-000001", "A1-000002"] and orphan_lines == 0


@pytest.mark.usefixtures("drawer")
def test_a_price_change_never_alters_a_past_sale(services: Services, receptionist: Actor, admin: Actor,
                                                 ids: dict[str, str]) -> None:
    before = cash_sale(services, receptionist, {"cafe": 3}, 1500, ids)
    services.cafeteria.save_product(admin, {"name": "Café", "price_centimes": 600, "tva_rate_bp": 1000}, ids["cafe"])
    again = services.cafeteria.receipt(receptionist, before.receipt_number)
    assert again.lines[0].unit_price_centimes == 500 and again.total_ttc_centimes == 1500
    assert cash_sale(services, receptionist, {"cafe": 1}, 600, ids).total_ttc_centimes == 600


def test_price_list_is_for_facilities_only(services: Services, receptionist: Actor) -> None:
    with pytest.raises(PermissionDenied):
        services.cafeteria.save_product(receptionist, {"name": "Café", "price_centimes": 500, "tva_rate_bp": 1000})


@pytest.mark.usefixtures("drawer")
def test_sales_on_account_respect_the_monthly_credit_limit(services: Services, receptionist: Actor, admin: Actor,
                                                           ids: dict[str, str], park: dict[str, str]) -> None:
    services.cafeteria.save_account(admin, park["atlas"], 10_000)
    customer = Customer("account", park["atlas"])
    first = services.cafeteria.sell(receptionist, [LineInput(ids["carnet"], 2)], customer, Payment("account"))
    assert first.customer_name == "Atlas Digital SARL" and first.payment_method == "account"
    with pytest.raises(DomainError, match="Plafond du compte dépassé"):
        services.cafeteria.sell(receptionist, [LineInput(ids["cafe"], 3)], customer, Payment("account"))
    with pytest.raises(ValidationError):
        services.cafeteria.sell(receptionist, [LineInput(ids["cafe"], 1)], Customer("account", park["noor"]),
                                Payment("account"))
    statement = services.cafeteria.account_statement(admin, park["atlas"], services.clock.now().date())
    assert statement.total_centimes == 9000 and statement.outstanding_vouchers == 20
    assert statement.lines[0].description == "2 × Carnet 10 cafés"


@pytest.mark.usefixtures("drawer")
def test_void_needs_a_manager_and_invalidates_the_vouchers(services: Services, receptionist: Actor,
                                                           manager: Actor, ids: dict[str, str]) -> None:
    receipt = cash_sale(services, receptionist, {"cafe": 2}, 1000, ids)
    with pytest.raises(ApprovalRequired):
        services.cafeteria.void_sale(receptionist, receipt.receipt_number, None, "Erreur")
    with pytest.raises(PermissionDenied):
        services.cafeteria.void_sale(receptionist, receipt.receipt_number, receptionist, "Erreur")
    with pytest.raises(ValidationError):
        services.cafeteria.void_sale(receptionist, receipt.receipt_number, manager, " ")
    voided = services.cafeteria.void_sale(receptionist, receipt.receipt_number, manager, "Erreur de saisie")
    assert voided.status == "voided" and all(v.voided for v in voided.vouchers)
    with services.db.read() as session:
        event = session.execute(select(AuditEvent).where(AuditEvent.action == "cafeteria.sale_void")).scalar_one()
    assert event.username == "accueil" and "responsable" in event.after
    assert services.cafeteria.x_report(receptionist).sales_count == 0


def test_refund_of_an_earlier_session_is_a_cash_movement_and_the_old_z_does_not_change(
        services: Services, receptionist: Actor, manager: Actor, ids: dict[str, str], clock: FixedClock) -> None:
    services.cafeteria.open_session(receptionist, 0)
    receipt = cash_sale(services, receptionist, {"cafe": 2}, 1000, ids)
    first = services.cafeteria.close_session(receptionist, {500: 2})
    clock.advance(timedelta(days=1))
    services.cafeteria.open_session(receptionist, 1000)
    services.cafeteria.void_sale(receptionist, receipt.receipt_number, manager, "Client mécontent")
    x = services.cafeteria.x_report(receptionist)
    assert x.expected_cash_centimes == 0 and [m.kind for m in x.movements] == ["refund"]
    assert len(x.voids) == 1 and x.sales_count == 0
    again = services.cafeteria.session_summary(receptionist, first.session.number)
    assert (again.sales_count, again.total_ttc_centimes) == (first.sales_count, first.total_ttc_centimes) == (1, 1000)


@pytest.mark.usefixtures("drawer")
def test_close_with_a_variance_beyond_tolerance_needs_a_manager(services: Services, receptionist: Actor,
                                                                manager: Actor, ids: dict[str, str],
                                                                admin: Actor) -> None:
    assert services.cafeteria.proposed_float(receptionist) == 0
    cash_sale(services, receptionist, {"cafe": 3}, 2000, ids)  # 15 DH in, 5 DH change out
    services.cafeteria.cash_movement(receptionist, "out", 10_000, "Dépôt banque")
    expected = 20_000 + 1500 - 10_000
    short = {5000: 2, 1000: 1}  # 110 DH counted: 5 DH short
    assert services.cafeteria.x_report(receptionist).expected_cash_centimes == expected
    services.settings.update(admin, {"cafeteria.variance_tolerance_centimes": 200}, at=services.clock.now())
    with pytest.raises(ApprovalRequired, match="-5,00 DH"):
        services.cafeteria.close_session(receptionist, short)
    with pytest.raises(PermissionDenied):
        services.cafeteria.close_session(receptionist, short, approver=receptionist)
    z = services.cafeteria.close_session(receptionist, short, approver=manager)
    assert (z.session.expected_centimes, z.session.counted_centimes, z.session.variance_centimes) == (
        expected, 11_000, -500)
    assert z.session.approved_by == "Responsable" and z.session.counts == {5000: 2, 1000: 1}
    services.cafeteria.open_session(receptionist, services.cafeteria.proposed_float(receptionist))
    assert services.cafeteria.current_session(receptionist).float_centimes == 11_000


@pytest.mark.usefixtures("drawer")
def test_z_report_figures_equal_the_database(services: Services, receptionist: Actor, manager: Actor,
                                             ids: dict[str, str], park: dict[str, str], admin: Actor) -> None:
    services.cafeteria.save_account(admin, park["noor"], 100_000)
    for items in ({"cafe": 2}, {"the": 1, "eau": 2}, {"carnet": 1}, {"cafe": 1, "eau": 1}):
        cash_sale(services, receptionist, items, 5000, ids)
    services.cafeteria.sell(receptionist, [LineInput(ids["the"], 3)], Customer(), Payment("card", card_reference="88"))
    services.cafeteria.sell(receptionist, [LineInput(ids["carnet"], 1)], Customer("account", park["noor"]),
                            Payment("account"))
    voided = cash_sale(services, receptionist, {"cafe": 5}, 2500, ids)
    services.cafeteria.void_sale(receptionist, voided.receipt_number, manager, "Doublon")
    first_voucher = services.cafeteria.receipt(receptionist, "A1-000001").vouchers[0]
    services.cafeteria.redeem(receptionist, first_voucher.code)
    z = services.cafeteria.close_session(receptionist, {20_000: 1, 2000: 1, 500: 1}, manager)
    with services.db.read() as session:
        kept = select(Sale).where(Sale.status == "ok").subquery()
        count, ttc, tva_total = session.execute(select(func.count(), func.sum(kept.c.total_ttc_centimes),
                                                       func.sum(kept.c.total_tva_centimes))).one()
        cash = session.scalar(select(func.sum(kept.c.total_ttc_centimes)).where(kept.c.payment_method == "cash"))
        vouchers = session.scalar(select(func.count()).select_from(Voucher).where(Voucher.voided.is_(False)))
        stored = session.execute(select(CashSession)).scalar_one()
    assert (z.sales_count, z.total_ttc_centimes) == (count, ttc) == (6, 1000 + 1000 + 4500 + 800 + 1200 + 4500)
    assert sum(t.tva_centimes for t in z.tva) == tva_total
    assert sum(t.ttc_centimes for t in z.tva) == ttc
    assert z.cash_sales_centimes == cash and z.expected_cash_centimes == 20_000 + cash
    assert z.vouchers_sold == vouchers and z.vouchers_redeemed == 1
    assert [v.reason for v in z.voids] == ["Doublon"]
    assert (stored.expected_centimes, stored.counted_centimes) == (z.expected_cash_centimes, 22_500)
    assert stored.variance_centimes == 22_500 - z.expected_cash_centimes


def test_a_session_left_open_past_midnight_is_flagged_on_accueil(services: Services, receptionist: Actor,
                                                                ids: dict[str, str], clock: FixedClock) -> None:
    services.cafeteria.open_session(receptionist, 0)
    cash_sale(services, receptionist, {"cafe": 2}, 1000, ids)
    tiles = {f.key: f for f in services.overview.figures(receptionist)}
    assert tiles["cafeteria.sales_today"].value == "10,00 DH" and not tiles["cafeteria.session"].alert
    clock.advance(timedelta(days=1))
    tile = {f.key: f for f in services.overview.figures(receptionist)}["cafeteria.session"]
    assert tile.alert and tile.label == "Caisse ouverte depuis hier"


@pytest.mark.usefixtures("drawer")
def test_sales_report_counts_each_sale_on_its_casablanca_day(services: Services, receptionist: Actor,
                                                             ids: dict[str, str], clock: FixedClock) -> None:
    """Summed per UTC hour by the database, then placed by local day: 23:30 UTC is already tomorrow here."""
    from reception.core.services.permissions import SYSTEM
    from reception.core.services.reports import make_params

    cash_sale(services, receptionist, {"cafe": 1}, 500, ids)  # 10:00 local on 26/11
    clock.advance(timedelta(hours=14, minutes=30))  # 23:30 UTC, 00:30 on 27/11 in Casablanca (UTC+1)
    cash_sale(services, receptionist, {"cafe": 2}, 1000, ids)
    clock.advance(timedelta(minutes=10))
    cash_sale(services, receptionist, {"eau": 1}, 300, ids)
    day = clock.now().date()
    data = services.reports.run(SYSTEM, "sales", make_params(
        {"from": day - timedelta(days=1), "to": day + timedelta(days=1)})).data
    by_day = {row[0]: row[1:] for row in data.tables[0].rows}
    assert {d: (count, ttc) for d, (count, _ht, _tva, ttc) in by_day.items()} == {
        day: (1, 500), day + timedelta(days=1): (2, 1300)}
    assert all(ht + tva == ttc for _count, ht, tva, ttc in by_day.values())
