"""Dates, numbers and money as the person's language writes them: the one place that knows the conventions.

French: "1 234,50 DH", "12,5 %", "le 27/11/2026 à 08:42". English: "1,234.50 DH", "12.5 %",
"on 27/11/2026 at 08:42". Arabic: "1 234,50 درهم", "يوم 27/11/2026 على الساعة 08:42", months by their Moroccan
names (نونبر). Dates stay dd/mm/yyyy and times 24-hour in all three (the park's convention, and British English's).

Arabic keeps Latin digits and the French separators, as Moroccan offices write figures on Arabic
documents (and as the desk's amount fields read them back); the currency is written "درهم" on every Arabic
amount, never "DH", so one page does not mix the two. Times are shown in Casablanca time. The language is
the core's current one (i18n).
CSV files keep French conventions whatever the language: they are read by a French Excel.
"""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date

from reception.core import i18n
from reception.core.clock import to_local

NO_BREAK_SPACE = "\u00a0"
"""Groups French digits: keeps "1 234,56 DH" on one line and exists in every font the PDFs embed."""

_SEPARATORS = {"fr": (NO_BREAK_SPACE, ","), "en": (",", "."), "ar": (NO_BREAK_SPACE, ",")}
_CURRENCY = {"ar": "درهم"}
"""The dirham's name after an amount; "DH" unless the language has its own."""
_BABEL_LOCALES = {"ar": "ar_MA"}
"""CLDR's Moroccan Arabic: the months as Morocco names them (نونبر, not نوفمبر), in Latin digits."""


def _separators() -> tuple[str, str]:
    return _SEPARATORS.get(i18n.language(), _SEPARATORS["fr"])


def decimal(value: float, digits: int = 0) -> str:
    """A number with grouped thousands and the language's decimal mark."""
    thousands, mark = _separators()
    return f"{value:,.{digits}f}".replace(",", "\0").replace(".", mark).replace("\0", thousands)


def integer(value: int) -> str:
    return decimal(value, 0)


def percent(ratio: float, digits: int = 1) -> str:
    return f"{decimal(ratio * 100, digits)} %"


def amount(centimes: int) -> str:
    """Centimes as a number of dirhams without the currency (an amount field's text): never through a float."""
    thousands, mark = _separators()
    sign = "-" if centimes < 0 else ""
    units, cents = divmod(abs(centimes), 100)
    return f"{sign}{units:,}".replace(",", thousands) + f"{mark}{cents:02d}"


def currency() -> str:
    """The dirham's symbol in the current language: "DH", or "درهم" in Arabic."""
    return _CURRENCY.get(i18n.language(), "DH")


def money(centimes: int) -> str:
    """Centimes as dirhams, the currency after the amount."""
    return f"{amount(centimes)} {currency()}"


def duration(minutes: int) -> str:
    """'1 h 05' or '12 min' ('1 س 05', '12 د' in Arabic): how long, at a glance."""
    if minutes >= 60:
        return i18n._("{hours} h {minutes}").format(hours=minutes // 60, minutes=f"{minutes % 60:02d}")
    return i18n._("{minutes} min").format(minutes=minutes)


def day(value: date | datetime) -> str:
    """dd/mm/yyyy; an aware datetime is first put in Casablanca time."""
    if isinstance(value, datetime):
        value = to_local(value)
    return value.strftime("%d/%m/%Y")


def clock(moment: datetime) -> str:
    return to_local(moment).strftime("%H:%M")


def moment(value: datetime) -> str:
    """'27/11/2026 08:42' (Casablanca time)."""
    return f"{day(value)} {clock(value)}"


def value(shown: object) -> str:
    """A stored value in words (the journal's before/after, a conflict's fields): yes/no rather than
    True/False, a dash for nothing, dates and times as everywhere else."""
    if shown is None or shown == "":
        return "—"
    if isinstance(shown, bool):
        return i18n._("oui") if shown else i18n._("non")
    if isinstance(shown, datetime):
        return moment(shown) if shown.tzinfo else f"{shown:%d/%m/%Y %H:%M}"
    if isinstance(shown, date):
        return day(shown)
    return str(shown)


def when(value: datetime) -> str:
    """The moment as a phrase: 'le 27/11/2026 à 08:42' / 'on 27/11/2026 at 08:42'."""
    return i18n._("le {day} à {time}").format(day=day(value), time=clock(value))


def _babel_locale() -> str:
    return _BABEL_LOCALES.get(i18n.language(), i18n.language())


def month(value: date) -> str:
    """'novembre 2026' / 'November 2026' (Babel's CLDR names, so no month list is kept by hand)."""
    return str(format_date(value, "LLLL yyyy", locale=_babel_locale()))


def short_month(value: date) -> str:
    """'nov. 2026' / 'Nov 2026': a chart's axis or a table's row, where the full name is too wide."""
    return str(format_date(value, "LLL yyyy", locale=_babel_locale()))
