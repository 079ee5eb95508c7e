"""TVA on TTC prices, in integer centimes, with one documented rounding rule (docs/cafeteria.md).

Prices are TTC. For each rate present on a sale, the TVA is taken from the rate's TTC total:
    TVA = round_half_up(TTC × rate / (1 + rate)),   HT = TTC − TVA.
Exact fractions are used for the division, so no float ever touches money.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

BASIS_POINTS = 10_000


@dataclass(frozen=True)
class TvaLine:
    """One rate's share of a sale or a report: TTC, TVA and HT in centimes."""

    rate_bp: int
    ttc_centimes: int
    tva_centimes: int

    @property
    def ht_centimes(self) -> int:
        return self.ttc_centimes - self.tva_centimes


def round_half_up(value: Fraction) -> int:
    """Nearest integer, halves going up (0,5 centime counts as a whole one)."""
    return (2 * value.numerator + value.denominator) // (2 * value.denominator)


def tva_included(ttc_centimes: int, rate_bp: int) -> int:
    """The TVA contained in a TTC amount at `rate_bp` (2000 = 20 %)."""
    return round_half_up(Fraction(ttc_centimes * rate_bp, BASIS_POINTS + rate_bp))


def breakdown(amounts: Iterable[tuple[int, int]]) -> list[TvaLine]:
    """(rate_bp, ttc) pairs of one sale -> one TvaLine per rate, highest rate first."""
    per_rate: dict[int, int] = defaultdict(int)
    for rate_bp, ttc in amounts:
        per_rate[rate_bp] += ttc
    return [TvaLine(rate, ttc, tva_included(ttc, rate)) for rate, ttc in sorted(per_rate.items(), reverse=True)]


def merge(lines: Iterable[TvaLine]) -> list[TvaLine]:
    """Adds up per-sale TvaLines by rate (reports): the TVA is the sum of what each receipt charged."""
    ttc: dict[int, int] = defaultdict(int)
    tva: dict[int, int] = defaultdict(int)
    for line in lines:
        ttc[line.rate_bp] += line.ttc_centimes
        tva[line.rate_bp] += line.tva_centimes
    return [TvaLine(rate, ttc[rate], tva[rate]) for rate in sorted(ttc, reverse=True)]


def rate_label(rate_bp: int) -> str:
    """2000 -> '20 %', 550 -> '5,5 %'."""
    units, rest = divmod(rate_bp, 100)
    return f"{units} %" if not rest else f"{units},{rest:02d}".rstrip("0") + " %"
