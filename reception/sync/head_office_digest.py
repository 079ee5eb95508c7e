"""The digest's sync section as head office reads it: every enrolled desk's last batch central received.

At a desk the section reads the desk's own runs (`sync_runs`, a local table). Central has no such table; what it
does keep is every batch of events it committed (`sync_batches`: desk, time, events) and the conflicts still
open (`sync_conflicts`). A desk that had nothing to send leaves no batch: "last batch" is what central can vouch
for, so a desk quiet for more than two days is named for a manager to check.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from reception.core.clock import local_day_bounds, to_local
from reception.core.i18n import _
from reception.core.reports import Column, ReportTable
from reception.core.services.digest import DigestSection, register_digest_section
from reception.sync.central import sync_batches, sync_conflicts, sync_desk_roles

QUIET = timedelta(days=2)
NAMED = 6
"""Quiet desks named in one alert; the table lists them all."""


def head_office_sync_section(session: Session, day: date) -> DigestSection:
    start, end = local_day_bounds(day)
    received = (select(sync_batches.c.desk, func.max(sync_batches.c.received_at).label("last"),
                       func.coalesce(func.sum(sync_batches.c.applied).filter(sync_batches.c.received_at >= start),
                                     0).label("applied"))
                .where(sync_batches.c.received_at < end).group_by(sync_batches.c.desk).subquery())
    desks = session.execute(
        select(sync_desk_roles.c.site_code, sync_desk_roles.c.desk_code, received.c.last, received.c.applied)
        .join(received, received.c.desk == sync_desk_roles.c.desk_code, isouter=True)
        .order_by(sync_desk_roles.c.site_code, sync_desk_roles.c.desk_code)).all()
    open_conflicts = session.scalar(select(func.count()).select_from(sync_conflicts).where(and_(
        sync_conflicts.c.resolved_at.is_(None), sync_conflicts.c.detected_at < end))) or 0
    quiet = [r.desk_code for r in desks if r.last is None or end - r.last > QUIET]
    section = DigestSection(_("Synchronisation des postes"), figures=[
        (_("Postes à jour"), f"{len(desks) - len(quiet)} / {len(desks)}"),
        (_("Événements reçus"), str(sum(r.applied for r in desks))),
        (_("Conflits à régler"), str(open_conflicts)),
    ])
    if desks:
        section.tables.append(ReportTable(_("Dernier envoi reçu par poste"), [
            Column(_("Site")), Column(_("Poste")), Column(_("Dernier envoi")), Column(_("Événements du jour"), "int")],
            [(r.site_code, r.desk_code, _moment(r.last), r.applied) for r in desks]))
    if quiet:
        named = ", ".join(quiet[:NAMED]) + ("…" if len(quiet) > NAMED else "")
        section.alerts.append(_("{count} poste(s) sans envoi depuis plus de deux jours : {desks}").format(
            count=len(quiet), desks=named))
    if open_conflicts:
        section.alerts.append(_("{count} conflit(s) de synchronisation à régler").format(count=open_conflicts))
    return section


def _moment(at: datetime | None) -> str:
    return f"{to_local(at):%d/%m/%Y %H:%M}" if at else _("jamais")


register_digest_section("sync", head_office_sync_section, head_office=True)
