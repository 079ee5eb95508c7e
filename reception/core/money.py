"""Money is an integer number of centimes; these helpers format and parse it, never through floats."""

from __future__ import annotations

import re

from reception.core.errors import DomainError

_AMOUNT = re.compile(r"^\s*(-)?(\d{1,9})(?:[.,](\d{1,2}))?\s*(?:dh|mad)?\s*$", re.IGNORECASE)


def format_dh(centimes: int) -> str:
    """5,00 DH style, with a narrow no-break space between thousands."""
    sign = "-" if centimes < 0 else ""
    units, cents = divmod(abs(centimes), 100)
    grouped = f"{units:,}".replace(",", "\u202f")
    return f"{sign}{grouped},{cents:02d} DH"


def parse_dh(text: str) -> int:
    """Reads '5', '5,5', '5.50' or '5,00 DH' into centimes."""
    match = _AMOUNT.match(text)
    if not match:
        raise DomainError("Montant invalide : saisissez par exemple 5,00.")
    sign, units, cents = match.groups()
    value = int(units) * 100 + int((cents or "0").ljust(2, "0"))
    return -value if sign else value
