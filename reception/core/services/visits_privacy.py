"""Personal data of visitors (law 09-08): the retention purge and a person's request to be forgotten.

Both keep visits as anonymous counts (date, host, host company and type stay) so statistics survive; what
identifies a person goes. Their audit events hold counts and ids only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.orm import Session

from reception.core.clock import Clock, local_day_bounds, to_local
from reception.core.database import Database
from reception.core.erasure import forget, prune_sent_events
from reception.core.errors import NotFound
from reception.core.i18n import _
from reception.core.models import Employee, ExpectedVisit, MailMessage, Visit, Visitor, VisitPhoto
from reception.core.models.visits import ERASED_VALUES
from reception.core.services import audit
from reception.core.services.agreements import forget_signatures
from reception.core.services.permissions import Actor, Permission, require
from reception.core.services.settings import SettingsService
from reception.core.services.visits_checkin import host_notice, host_notice_subject
from reception.core.services.visits_rows import person_name
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
        Works in batches so a first purge of a long history never holds the database for long. Outbox
        events central acknowledged more than sync.outbox_retention_days ago are deleted at the end.
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
                break
        with self.db.write() as session:
            prune_sent_events(session, now - timedelta(days=self.settings.get("sync.outbox_retention_days")))
        self.db.checkpoint()
        return visits

    def erase_visitor(self, actor: Actor, visitor_id: str) -> int:
        """A person's request to be forgotten: their data goes, their visits stay as anonymous counts.

        Gone from the rows, from every outbox payload and conflict of those rows, from the host e-mails
        (a queued one is rewritten without the name, the others deleted), from the WAL (checkpointed), and
        from central, which the erase event asks to do the same (core/erasure.py).
        """
        require(actor, Permission.VISITS_ERASE)
        with self.db.write() as session:
            visitor = session.get(Visitor, visitor_id)
            if visitor is None:
                raise NotFound(_("Visiteur introuvable."))
            visits = session.execute(select(Visit).where(Visit.visitor_id == visitor_id)).scalars().all()
            expected = session.execute(select(ExpectedVisit).where(
                ExpectedVisit.visit_id.in_([v.id for v in visits]))).scalars().all()
            _scrub_mail(session, visits, person_name(visitor.first_name, visitor.last_name))
            _drop_invitations(session, expected)
            _delete_photos(session, visits)
            for visit in visits:
                _erase(visit)
            for item in expected:
                _erase(item)
            _anonymise(session, visitor)
            forget_signatures(session, [v.id for v in visits], visitor_id)
            forget(session, [visitor, *visits, *expected])
            audit.record(session, actor, "visits.erase_visitor", entity="visitors", entity_id=visitor_id,
                         after={"visits": len(visits)}, at=self.clock.now())
        self.db.checkpoint()
        return len(visits)


def _purge_batch(session: Session, actor: Actor, cutoff: datetime, now: datetime) -> tuple[int, int, int]:
    old_visits = session.execute(
        select(Visit).where(Visit.checked_in_at < cutoff, Visit.anonymised.is_(False)).limit(PURGE_BATCH)
    ).scalars().all()
    for visit in old_visits:
        _erase(visit)
    _delete_photos(session, old_visits)
    forget_signatures(session, [v.id for v in old_visits])
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
        _erase(item)
    _drop_invitations(session, old_expected)
    # a notice older than the retention is never worth sending: queued ones go too
    session.execute(delete(MailMessage).where(or_(MailMessage.created_at < cutoff,
                                                  MailMessage.visit_id.in_([v.id for v in old_visits]))))
    forget(session, [*old_visits, *old_visitors, *old_expected])
    counts = (len(old_visits), len(old_visitors), len(old_expected))
    if any(counts):
        audit.record(session, actor, "visits.purge", entity="visits",
                     after={"visits": counts[0], "visitors": counts[1], "expected": counts[2],
                            "cutoff": to_local(cutoff).date().isoformat()}, at=now)
    return counts


def _delete_photos(session: Session, visits: Sequence[Visit]) -> None:
    """A photo is personal data of the visit: it goes when the visit is anonymised (secure_delete zeroes it)."""
    if visits:
        session.execute(delete(VisitPhoto).where(VisitPhoto.visit_id.in_([v.id for v in visits])))


def _erase(row: Visitor | Visit | ExpectedVisit) -> None:
    for column, value in ERASED_VALUES[row.__tablename__].items():
        setattr(row, column, value)


def _anonymise(session: Session, visitor: Visitor) -> None:
    _erase(visitor)
    index_visitor(session, visitor)


def _drop_invitations(session: Session, expected: Sequence[ExpectedVisit]) -> None:
    """Invitations name their guest and carry their code: they go with the guest's data, sent or not."""
    if expected:
        session.execute(delete(MailMessage).where(MailMessage.expected_visit_id.in_([e.id for e in expected])))


def _scrub_mail(session: Session, visits: Sequence[Visit], who: str) -> None:
    """Host e-mails about these visits: a queued one still announces 'a visitor', without the name; sent
    and failed ones are deleted. Messages queued before they were linked to their visit are found by
    their subject."""
    by_id = {v.id: v for v in visits}
    messages = session.execute(select(MailMessage).where(or_(
        MailMessage.visit_id.in_(list(by_id)),
        and_(MailMessage.visit_id.is_(None), MailMessage.subject == host_notice_subject(who)),
    ))).scalars().all()
    for message in messages:
        visit = by_id.get(message.visit_id or "")
        host = session.get(Employee, visit.host_employee_id) if visit and visit.host_employee_id else None
        if message.status == "queued" and visit is not None and host is not None:
            message.subject, message.body = host_notice(host, visit, None)
        else:
            session.delete(message)
