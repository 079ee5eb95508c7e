"""Shared set-up for the cafeteria tests: a price list and an open drawer, through the real services."""

from __future__ import annotations

from reception.core.services.cafeteria_data import Customer, LineInput, Payment, Receipt
from reception.core.services.container import Services
from reception.core.services.permissions import Actor

PRODUCTS = (
    ("cafe", {"name": "Café", "price_centimes": 500, "tva_rate_bp": 1000, "shortcut": "F1", "sort_order": 1}),
    ("the", {"name": "Thé", "price_centimes": 400, "tva_rate_bp": 1000, "shortcut": "F2", "sort_order": 2}),
    ("eau", {"name": "Eau 50 cl", "price_centimes": 300, "tva_rate_bp": 2000, "shortcut": "F3", "sort_order": 3}),
    ("carnet", {"name": "Carnet 10 cafés", "voucher_label": "Café", "price_centimes": 4500, "tva_rate_bp": 1000,
                "vouchers_per_unit": 10, "validity_days": 365, "shortcut": "F4", "sort_order": 4}),
)


def stock_products(services: Services, admin: Actor) -> dict[str, str]:
    """The four demo products; returns their ids by short name."""
    return {short: services.cafeteria.save_product(admin, values).id for short, values in PRODUCTS}


def cash_sale(services: Services, actor: Actor, items: dict[str, int], given: int, ids: dict[str, str]) -> Receipt:
    lines = [LineInput(ids[short], quantity) for short, quantity in items.items()]
    return services.cafeteria.sell(actor, lines, Customer(), Payment("cash", given))
