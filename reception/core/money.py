"""Money is an integer number of centimes; these helpers format and parse it, never through floats."""

from __future__ import annotations

import re

from reception.core import formats
from reception.core.errors import DomainError
from reception.core.i18n import _

THOUSANDS = formats.NO_BREAK_SPACE

_AMOUNT = re.compile(r"^\s*(-)?(\d{1,9})(?:[.,](\d{1,2}))?\s*(?:dh|mad|درهم)?\s*$", re.IGNORECASE)


def format_dh(centimes: int) -> str:
    """'5,00 DH' in French, '5.00 DH' in English, '5,00 درهم' in Arabic (core/formats.py decides)."""
    return formats.money(centimes)


def amount_text(centimes: int) -> str:
    """'5,00' / '5.00': an amount field's text, the currency being in the field's label."""
    return formats.amount(centimes)


def parse_dh(text: str) -> int:
    """Reads '5', '5,5', '5.50' or '5,00 DH' into centimes."""
    match = _AMOUNT.match(text)
    if not match:
        raise DomainError(_("Montant invalide : saisissez par exemple 5,00."))
    sign, units, cents = match.groups()
    value = int(units) * 100 + int((cents or "0").ljust(2, "0"))
    return -value if sign else value
