"""Enrolment: a desk database takes the site and desk code its central login is bound to.

A fresh install starts as the default desk (CAS / CAS-A1) and writes its first rows under that name (the
desk row, the first administrator, their audit events). Enrolment, before the first sync, renames all of
it: every Syncable row's site and origin desk, the desk row, the audit chain (re-hashed under the new desk
code). Events still in the outbox describe the old names: they are dropped and the rows count as history,
which the first sync sends with the initial load (sync/initial_load.py). A desk that has pushed anything
keeps its identity: its rows are at central under that name.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from reception.core.database import Database, new_epoch_id
from reception.core.errors import DomainError
from reception.core.i18n import _
from reception.core.identity import forget
from reception.core.models import AuditEvent, Desk, LocalIdentity, OutboxEvent, Site
from reception.core.models.base import syncable_tables, table_of
from reception.core.services.audit import GENESIS, chain_hash


def enrol(db_path: Path, site_code: str, desk_code: str) -> None:
    """Writes the identity into the desk database (created and migrated if need be)."""
    db = Database(db_path)
    try:
        db.upgrade()
        take_identity(db, site_code, desk_code)
    finally:
        db.dispose()


def take_identity(db: Database, site_code: str, desk_code: str) -> None:
    """The open desk database takes this site and desk code (the first start's choice, or enrolment)."""
    with db.write() as session:
        identity = session.get(LocalIdentity, 1)
        if identity is None:
            session.add(LocalIdentity(id=1, site_code=site_code, desk_code=desk_code, epoch=new_epoch_id()))
        elif (identity.site_code, identity.desk_code) != (site_code, desk_code):
            _rename(session, identity, site_code, desk_code)
    forget(db.engine.url)


class AlreadySynced(DomainError):
    """This desk's rows are at central under its current name: it cannot take another."""


def ensure_may_enrol(db: Database) -> None:
    """Refuses a desk that has pushed under its name, before anything (a one-time code) is used up."""
    with db.read() as session:
        identity = session.get(LocalIdentity, 1)
        if identity is not None:
            _refuse_if_synced(session, identity)


def _refuse_if_synced(session: Session, identity: LocalIdentity) -> None:
    if session.scalar(select(OutboxEvent.seq).where(OutboxEvent.sent_at.is_not(None)).limit(1)) is not None:
        raise AlreadySynced(_("Ce poste a déjà synchronisé sous le nom {desk} (site {site}) : il garde cette "
                              "identité. Donnez-lui l'accès central de ce poste-là.").format(
                                  desk=identity.desk_code, site=identity.site_code))


def _rename(session: Session, identity: LocalIdentity, site_code: str, desk_code: str) -> None:
    _refuse_if_synced(session, identity)
    old_site, old_desk = identity.site_code, identity.desk_code
    for table in syncable_tables():
        session.execute(update(table).where(table.c.origin_desk == old_desk).values(origin_desk=desk_code))
        session.execute(update(table).where(table.c.site_code == old_site).values(site_code=site_code))
    taken = session.scalar(select(Desk.id).where(Desk.code == desk_code))
    if taken is None:
        session.execute(update(table_of(Desk)).where(table_of(Desk).c.code == old_desk).values(code=desk_code))
    if session.scalar(select(Site.id).where(Site.code == site_code)) is None:
        session.execute(update(table_of(Site)).where(table_of(Site).c.code == old_site).values(code=site_code))
    _rehash_chain(session, old_desk, desk_code)
    session.execute(delete(OutboxEvent))
    identity.site_code, identity.desk_code, identity.history_loaded = site_code, desk_code, False


def _rehash_chain(session: Session, old_desk: str, desk_code: str) -> None:
    """The audit chain hashes the desk code: the renamed chain is hashed again from its genesis."""
    audit = table_of(AuditEvent)
    prev = GENESIS
    for event in session.execute(select(AuditEvent).where(AuditEvent.desk_code == old_desk)
                                 .order_by(AuditEvent.seq)).scalars().all():
        digest = chain_hash(desk_code, event.seq, event.at, event.user_id, event.username, event.action,
                            event.entity, event.entity_id, event.before, event.after, prev)
        session.execute(update(audit).where(audit.c.id == event.id)
                        .values(desk_code=desk_code, prev_hash=prev, hash=digest))
        prev = digest
    session.expire_all()
