"""Sales spread over three days for the sales history tests: cash and card, one voided, some sold at the
same second (so the keyset's tie on sold_at is exercised)."""

from __future__ import annotations

from datetime import timedelta

from reception.core.clock import FixedClock
from reception.core.services.cafeteria_data import Customer, LineInput, Payment
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from tests.cafeteria_helpers import cash_sale, stock_products


def sell_history(services: Services, clock: FixedClock, admin: Actor, seller: Actor, manager: Actor) -> list[str]:
    """25 sales from 24/11 to 26/11/2026 (clock left on the 26th); returns their receipt numbers, oldest first."""
    ids = stock_products(services, admin)
    start = clock.now()
    clock.set(start - timedelta(days=2))
    services.cafeteria.open_session(seller, 20_000)
    numbers = []
    for i in range(25):
        if i % 3 == 0:
            receipt = services.cafeteria.sell(seller, [LineInput(ids["carnet"], 1)], Customer(),
                                              Payment("card", 0, f"T{i}"))
        else:
            receipt = cash_sale(services, seller, {"cafe": 1 + i % 2}, 1_000, ids)
        numbers.append(receipt.receipt_number)
        if i % 4 != 1:  # every fourth pair shares its second
            clock.advance(timedelta(hours=2))
    services.cafeteria.void_sale(seller, numbers[4], manager, "Erreur de saisie")
    clock.set(start)
    return numbers
