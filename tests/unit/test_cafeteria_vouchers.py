"""Vouchers: check character, HMAC signature, single use under concurrency, expiry and voids."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import update

from reception.core.clock import FixedClock
from reception.core.models import Voucher
from reception.core.services.cafeteria_data import Receipt
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.voucher_codes import ALPHABET, check_char, is_well_formed, printed, split_input
from reception.core.services.vouchers import VoucherRefused
from tests.cafeteria_helpers import cash_sale, stock_products

bodies = st.text(alphabet=ALPHABET, min_size=10, max_size=10)


@given(body=bodies, position=st.integers(0, 10), replacement=st.sampled_from(ALPHABET))
def test_any_single_wrong_character_is_caught(body: str, position: int, replacement: str) -> None:
    code = body + check_char(body)
    typo = code[:position] + replacement + code[position + 1:]
    assert is_well_formed(code)
    assert is_well_formed(typo) == (typo == code)


@given(body=bodies, i=st.integers(0, 10), j=st.integers(0, 10))
def test_any_swap_of_two_characters_is_caught(body: str, i: int, j: int) -> None:
    code = list(body + check_char(body))
    code[i], code[j] = code[j], code[i]
    swapped = "".join(code)
    assert is_well_formed(swapped) == (swapped == body + check_char(body))


def test_typed_forms_are_accepted() -> None:
    code = "ABCDEFGHJK" + check_char("ABCDEFGHJK")
    assert split_input(printed(code).lower()) == (code, None)
    assert split_input(f" {code}SIGNATUR ") == (code, "SIGNATUR")


@pytest.fixture
def sold(services: Services, receptionist: Actor, admin: Actor) -> Receipt:
    """A sale of two coffees; returns its receipt."""
    ids = stock_products(services, admin)
    services.cafeteria.open_session(receptionist, 0)
    return cash_sale(services, receptionist, {"cafe": 2}, 1000, ids)


def test_second_scan_says_when_and_where(services: Services, receptionist: Actor, sold: Receipt,
                                         clock: FixedClock) -> None:
    voucher = sold.vouchers[0]
    done = services.cafeteria.redeem(receptionist, voucher.code + voucher.signature)
    assert done.desk_code == "CAS-A1" and done.label == "Café"
    clock.advance(timedelta(minutes=30))
    with pytest.raises(VoucherRefused, match="déjà utilisé le 26/11/2026 à 10:00 au poste CAS-A1") as again:
        services.cafeteria.redeem(receptionist, printed(voucher.code))
    assert again.value.reason == "used"


def test_mistyped_or_invented_codes_are_refused(services: Services, receptionist: Actor, sold: Receipt) -> None:
    code = sold.vouchers[0].code
    typo = code[:3] + ("X" if code[3] != "X" else "Y") + code[4:]
    with pytest.raises(VoucherRefused) as caught:
        services.cafeteria.redeem(receptionist, typo)
    assert caught.value.reason == "forged"
    invented = "ABCDEFGHJK" + check_char("ABCDEFGHJK")
    with pytest.raises(VoucherRefused) as unknown:
        services.cafeteria.redeem(receptionist, invented)
    assert unknown.value.reason == "unknown"
    with pytest.raises(VoucherRefused) as unreadable:
        services.cafeteria.redeem(receptionist, "0O1IL")
    assert unreadable.value.reason == "unreadable"


def test_a_forged_signature_or_a_row_written_without_the_key_is_refused(services: Services, receptionist: Actor,
                                                                       sold: Receipt) -> None:
    first, second = sold.vouchers
    with pytest.raises(VoucherRefused) as scanned:
        services.cafeteria.redeem(receptionist, first.code + "ABCDEFGH")
    assert scanned.value.reason == "forged"
    with services.db.write() as session:  # someone with the database extends a voucher's validity
        session.execute(update(Voucher).where(Voucher.code == second.code)
                        .values(expires_on=second.expires_on + timedelta(days=365)))
    with pytest.raises(VoucherRefused) as tampered:
        services.cafeteria.redeem(receptionist, second.code)
    assert tampered.value.reason == "forged"
    assert services.cafeteria.redeem(receptionist, first.code).code == first.code


def test_expired_and_voided_vouchers_are_refused(services: Services, receptionist: Actor, manager: Actor,
                                                 sold: Receipt, clock: FixedClock) -> None:
    services.cafeteria.void_sale(receptionist, sold.receipt_number, manager, "Erreur")
    with pytest.raises(VoucherRefused) as voided:
        services.cafeteria.redeem(receptionist, sold.vouchers[0].code)
    assert voided.value.reason == "voided"
    ids = {p.name: p.id for p in services.cafeteria.products(receptionist)}
    fresh = cash_sale(services, receptionist, {"cafe": 1}, 500, {"cafe": ids["Café"]})
    clock.advance(timedelta(days=91))
    with pytest.raises(VoucherRefused, match="expiré") as expired:
        services.cafeteria.redeem(receptionist, fresh.vouchers[0].code)
    assert expired.value.reason == "expired"


def test_two_threads_redeeming_the_same_voucher_one_wins(services: Services, receptionist: Actor,
                                                         sold: Receipt) -> None:
    code = sold.vouchers[0].code
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def scan() -> None:
        barrier.wait()
        try:
            services.cafeteria.redeem(receptionist, code)
            outcomes.append("ok")
        except VoucherRefused as refused:
            outcomes.append(refused.reason)

    threads = [threading.Thread(target=scan) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["ok", "used"]


def test_a_voucher_scanned_through_a_us_scanner_on_azerty_is_redeemed(services: Services, receptionist: Actor,
                                                                      sold: Receipt) -> None:
    """Every voucher of the sale, typed by a US-set scanner on an AZERTY PC (digits as &é"'(, A/Q, Z/W, M)."""
    garble = dict(zip("23456789AQZWM", "é\"'(-è_çQAWZ?", strict=True))
    for voucher in sold.vouchers:
        scanned = "".join(garble.get(c, c) for c in voucher.code + voucher.signature)
        assert services.cafeteria.redeem(receptionist, scanned).code == voucher.code
