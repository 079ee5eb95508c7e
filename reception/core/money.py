"""Money is an integer number of centimes; these helpers format and parse it, never through floats."""

from __future__ import annotations

import re

from reception.core.errors import DomainError

THOUSANDS = "\u00a0"
"""Groups digits with a no-break space: it keeps "1 234,56 DH" on one line and, unlike the narrow one,
exists in the standard PDF fonts (the narrow one printed as a black box)."""

_AMOUNT = re.compile(r"^\s*(-)?(\d{1,9})(?:[.,](\d{1,2}))?\s*(?:dh|mad)?\s*$", re.IGNORECASE)


def format_dh(centimes: int) -> str:
    """5,00 DH style, thousands grouped by THOUSANDS."""
    sign = "-" if centimes < 0 else ""
    units, cents = divmod(abs(centimes), 100)
    grouped = f"{units:,}".replace(",", THOUSANDS)
    return f"{sign}{grouped},{cents:02d} DH"


def parse_dh(text: str) -> int:
    """Reads '5', '5,5', '5.50' or '5,00 DH' into centimes."""
    match = _AMOUNT.match(text)
    if not match:
        raise DomainError("Montant invalide : saisissez par exemple 5,00.")
    sign, units, cents = match.groups()
    value = int(units) * 100 + int((cents or "0").ljust(2, "0"))
    return -value if sign else value
