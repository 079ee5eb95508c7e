"""Personal data of visitors (law 09-08): the retention purge and a person's request to be forgotten.

Both keep visits as anonymous counts (date, host, host company and type stay) so statistics survive; what
identifies a person goes. Their audit events hold counts and ids only.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from reception.core.clock import Clock, local_day_bounds, to_local
from reception.core.database import Database
from reception.core.errors import NotFound
from reception.core.models import ExpectedVisit, MailMessage, Visit, Visitor
from reception.core.services import audit
from reception.core.services.permissions import Actor, Permission, require
from reception.core.services.settings import SettingsService
from reception.core.services.visits_search import index_visitor

PURGE_BATCH = 2000


class PrivacyMixin:
    """The personal-data part of VisitService."""

    db: Database
    clock: Clock
    settings: SettingsService

    def purge(self, actor: Actor, now: datetime | None = None) -> int:
        """Anonymises what is older than the retention period; counts for statistics stay.

        Old visits lose their link to the person and their notes (date, host, company and type stay);
        visitors without a visit in the period lose their personal data; so do old expected visitors.
        Works in batches so a first purge of a long history never holds the database for long.
        Returns the number of visits anonymised; the audit events hold the other counts.
        """
        require(actor, Permission.VISITS_ERASE)
        now = now or self.clock.now()
        cutoff_day = to_local(now).date() - timedelta(days=self.settings.get("visits.retention_days"))
        cutoff = local_day_bounds(cutoff_day)[0]
        visits = 0
        while True:
            with self.db.write() as session:
                batch = _purge_batch(session, actor, cutoff, now)
            visits += batch[0]
            if not any(batch):
                return visits

    def erase_visitor(self, actor: Actor, visitor_id: str) -> int:
        """A person's request to be forgotten: their data goes, their visits stay as anonymous counts."""
        require(actor, Permission.VISITS_ERASE)
        with self.db.write() as session:
            visitor = session.get(Visitor, visitor_id)
            if visitor is None:
                raise NotFound("Visiteur introuvable.")
            visits = session.execute(select(Visit).where(Visit.visitor_id == visitor_id)).scalars().all()
            for visit in visits:
                visit.visitor_id, visit.notes, visit.anonymised = None, "", True
            _anonymise(session, visitor)
            audit.record(session, actor, "visits.erase_visitor", entity="visitors", entity_id=visitor_id,
                         after={"visits": len(visits)}, at=self.clock.now())
            return len(visits)


def _purge_batch(session: Session, actor: Actor, cutoff: datetime, now: datetime) -> tuple[int, int, int]:
    old_visits = session.execute(
        select(Visit).where(Visit.checked_in_at < cutoff, Visit.anonymised.is_(False)).limit(PURGE_BATCH)
    ).scalars().all()
    for visit in old_visits:
        visit.visitor_id, visit.notes, visit.anonymised = None, "", True
    old_visitors = session.execute(
        select(Visitor).where(Visitor.anonymised.is_(False),
                              func.coalesce(Visitor.last_visit_at, Visitor.created_at) < cutoff)
        .limit(PURGE_BATCH)
    ).scalars().all()
    for visitor in old_visitors:
        _anonymise(session, visitor)
    old_expected = session.execute(
        select(ExpectedVisit).where(ExpectedVisit.day < to_local(cutoff).date(), ExpectedVisit.last_name != "")
        .limit(PURGE_BATCH)
    ).scalars().all()
    for item in old_expected:
        item.last_name = item.first_name = item.organisation = item.phone = item.email = ""
    session.execute(delete(MailMessage).where(MailMessage.created_at < cutoff, MailMessage.status != "queued"))
    counts = (len(old_visits), len(old_visitors), len(old_expected))
    if any(counts):
        audit.record(session, actor, "visits.purge", entity="visits",
                     after={"visits": counts[0], "visitors": counts[1], "expected": counts[2],
                            "cutoff": to_local(cutoff).date().isoformat()}, at=now)
    return counts


def _anonymise(session: Session, visitor: Visitor) -> None:
    visitor.last_name = visitor.first_name = visitor.organisation = ""
    visitor.phone = visitor.email = visitor.id_type = visitor.id_number = visitor.search_key = ""
    visitor.anonymised = True
    index_visitor(session, visitor)
