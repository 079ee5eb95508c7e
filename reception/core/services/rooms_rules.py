"""The booking rules that need no database: time steps, bookable hours, series expansion, wording.

Series are expanded with dateutil's rrule on naive Casablanca wall-clock datetimes, then each occurrence is
placed in Africa/Casablanca: a weekly 10:00 meeting stays at 10:00 local when the offset changes (Ramadan).
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from dateutil.rrule import rrulestr

from reception.core.clock import LOCAL_TZ, to_local
from reception.core.i18n import _
from reception.core.limits import day_error
from reception.core.services.rooms_data import SeriesRule

STEP_MINUTES = 15
MAX_OCCURRENCES = 260
MAX_INTERVAL = 52
_WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def on_step(moment: datetime) -> bool:
    """True when the time falls on a quarter hour (local and UTC agree: Casablanca's offsets are whole hours)."""
    local = to_local(moment)
    return local.minute % STEP_MINUTES == 0 and local.second == 0 and local.microsecond == 0


def within_hours(start_at: datetime, end_at: datetime, opens: time, closes: time) -> bool:
    """Both ends on the same local day, between opening and closing time."""
    start, end = to_local(start_at), to_local(end_at)
    return start.date() == end.date() and opens <= start.time() and end.time() <= closes


def local_wall(moment: datetime) -> datetime:
    """The naive Casablanca wall-clock time of a UTC moment (what a series repeats)."""
    return to_local(moment).replace(tzinfo=None)


def from_wall(wall: datetime) -> datetime:
    """A naive Casablanca wall-clock time as an aware UTC moment."""
    return wall.replace(tzinfo=LOCAL_TZ).astimezone(UTC)


def rrule_text(rule: SeriesRule, dtstart: datetime) -> str:
    """The RFC 5545 RRULE for the rule, anchored on the first occurrence's local start."""
    parts = [f"FREQ={rule.freq.upper()}", f"INTERVAL={max(1, rule.interval)}"]
    if rule.freq == "weekly":
        days = sorted(set(rule.weekdays) or {dtstart.weekday()})
        parts.append("BYDAY=" + ",".join(_WEEKDAY_CODES[d] for d in days))
    elif rule.freq == "monthly" and rule.monthly_by_weekday:
        nth = (dtstart.day - 1) // 7 + 1
        parts.append(f"BYDAY={'-1' if nth == 5 else f'+{nth}'}{_WEEKDAY_CODES[dtstart.weekday()]}")
    elif rule.freq == "monthly":
        parts.append(f"BYMONTHDAY={dtstart.day}")
    if rule.until is not None:
        parts.append(f"UNTIL={rule.until:%Y%m%d}T235959")
    if rule.count is not None:
        parts.append(f"COUNT={rule.count}")
    return ";".join(parts)


def expand(rule_text: str, dtstart: datetime, limit: int = MAX_OCCURRENCES + 1) -> list[datetime]:
    """The local wall-clock starts of a series, at most `limit` of them."""
    starts: list[datetime] = []
    for start in rrulestr(rule_text, dtstart=dtstart):
        starts.append(start)
        if len(starts) >= limit:
            break
    return starts


def rule_problem(rule: SeriesRule) -> str | None:
    """Why a series rule cannot be accepted, in the desk's language, or None."""
    if rule.freq not in ("daily", "weekly", "monthly"):
        return _("Fréquence inconnue.")
    if rule.until is None and rule.count is None:
        return _("Indiquez une date de fin ou un nombre d'occurrences.")
    if rule.until is not None and (problem := day_error(rule.until, "until")):
        return problem
    if not 1 <= rule.interval <= MAX_INTERVAL:
        return _("L'intervalle va de 1 à {most}.").format(most=MAX_INTERVAL)
    if rule.count is not None and not 1 <= rule.count <= MAX_OCCURRENCES:
        return _("Le nombre d'occurrences va de 1 à {most}.").format(most=MAX_OCCURRENCES)
    if rule.freq == "weekly" and any(not 0 <= d <= 6 for d in rule.weekdays):
        return _("Jour de la semaine inconnu.")
    return None


def describe_rule(rule: SeriesRule, dtstart: datetime) -> str:
    """'Chaque semaine le mardi et le jeudi, jusqu'au 30/06/2027' for forms and audits."""
    names = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
    every = "" if rule.interval <= 1 else f" (toutes les {rule.interval})"
    if rule.freq == "daily":
        text = "Chaque jour" + every
    elif rule.freq == "weekly":
        days = sorted(set(rule.weekdays) or {dtstart.weekday()})
        text = "Chaque semaine" + every + " le " + " et le ".join(names[d] for d in days)
    elif rule.monthly_by_weekday:
        nth = (dtstart.day - 1) // 7 + 1
        rank = "dernier" if nth == 5 else ("1er" if nth == 1 else f"{nth}e")
        text = f"Chaque mois{every} le {rank} {names[dtstart.weekday()]}"
    else:
        text = f"Chaque mois{every} le {dtstart.day}"
    if rule.until is not None:
        text += f", jusqu'au {rule.until:%d/%m/%Y}"
    if rule.count is not None:
        text += f", {rule.count} fois"
    return text


def conflict_message(title: str, tenant: str, start_at: datetime, end_at: datetime,
                     buffer_minutes: int, overlaps: bool) -> str:
    """Names the booking in the way: « Titre » (Société) de 10:00 à 11:00, and the buffer when it is the cause."""
    start, end = f"{to_local(start_at):%H:%M}", f"{to_local(end_at):%H:%M}"
    if not overlaps and buffer_minutes:
        return _("Conflit avec « {title} » ({tenant}) de {start} à {end} : la salle garde {buffer} min de battement "
                 "entre deux réservations.").format(title=title, tenant=tenant, start=start, end=end,
                                                     buffer=buffer_minutes)
    return _("Conflit avec « {title} » ({tenant}) de {start} à {end}.").format(
        title=title, tenant=tenant, start=start, end=end)


def overlaps_with_buffer(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime,
                         buffer: timedelta) -> bool:
    """The rule every confirmed pair of a room obeys: apart by at least the room's buffer."""
    return a_start < b_end + buffer and b_start < a_end + buffer


def amount_for(minutes: int, hourly_price_centimes: int) -> int:
    """minutes × price / 60, rounded half up to the centime, in integers only."""
    return (2 * minutes * hourly_price_centimes + 60) // 120
