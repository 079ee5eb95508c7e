"""The visitors' tiles on Accueil: who is inside, who is expected today, forgotten check-outs yesterday."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from reception.core.clock import Clock, local_day_bounds, local_today
from reception.core.i18n import _, ngettext
from reception.core.models import ExpectedVisit, Visit
from reception.core.services.overview import Figure, register
from reception.core.services.permissions import Permission


def _count(session: Session, *criteria: ColumnElement[bool]) -> int:
    return session.scalar(select(func.count()).select_from(Visit).where(*criteria)) or 0


def visitor_figures(session: Session, clock: Clock) -> list[Figure]:
    today = local_today(clock)
    inside = _count(session, Visit.checked_out_at.is_(None))
    start, end = local_day_bounds(today)
    arrived_today = _count(session, Visit.checked_in_at >= start, Visit.checked_in_at < end)
    expected = dict(session.execute(
        select(ExpectedVisit.status, func.count()).where(ExpectedVisit.day == today).group_by(ExpectedVisit.status)
    ).all())
    y_start, y_end = local_day_bounds(today - timedelta(days=1))
    forgotten = _count(session, Visit.checkout_kind == "auto", Visit.checked_in_at >= y_start,
                       Visit.checked_in_at < y_end)
    waiting = expected.get("expected", 0)
    return [
        Figure("visits.inside", _("Visiteurs présents"), str(inside),
               ngettext("{count} arrivée aujourd'hui", "{count} arrivées aujourd'hui", arrived_today).format(
                   count=arrived_today), target="visitors"),
        Figure("visits.expected", _("Attendus aujourd'hui"), str(waiting),
               _("{count} déjà arrivé(s)").format(count=expected.get("arrived", 0)), target="visitors"),
        Figure("visits.not_checked_out", _("Sorties non pointées hier"), str(forgotten),
               _("badges non scannés à la sortie") if forgotten else _("toutes les sorties ont été pointées"),
               alert=forgotten > 0, target="visitors"),
    ]


register(Permission.VISITS_CHECKIN, visitor_figures)
