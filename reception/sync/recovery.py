"""A restored desk takes back from central what it had pushed since its backup, before it numbers anything.

Central remembers each desk's last committed event (`sync_desk_state`, written with every batch). A desk
file that knows neither that event (its outbox) nor the last one a recovery brought back
(`local_identity.acked_event`) lost history: the app restored a backup, or someone copied an old file back.
Before its first push the sync then:
1. pulls back the desk's own rows that central holds, written since the last event this file knows was
   acknowledged (all of them when it knows none), except rows changed here since (they go up and are
   checked against central's version as concurrent edits);
2. moves its counters past what central holds: receipts, cash sessions, badges (the audit chain follows
   its rows), in the main series;
3. leaves the provisional series (core/numbering.py) for the main one, starts a new epoch and stamps the
   waiting events with it, so that a change made here over an old version is told apart from central's
   newer version of the same row.
Everything is idempotent: a recovery killed midway runs again at the next sync.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, func, select, tuple_, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from reception.core.clock import Clock
from reception.core.database import Database, new_epoch_id
from reception.core.i18n import _
from reception.core.identity import forget
from reception.core.models import BadgeCounter, CafeteriaCounter, CashSession, LocalIdentity, OutboxEvent, Sale, Visit
from reception.core.models.base import sync_owner_of, syncable_tables, table_of
from reception.core.numbering import is_main_session
from reception.sync.central import TXID, replicated, sync_desk_state, sync_events
from reception.sync.local import save_pulled

PAGE_SIZE = 2000
_OUTBOX = table_of(OutboxEvent)

Progress = Callable[[str], None]


@dataclass(frozen=True)
class DeskState:
    """Central's view of a desk: its last committed event and that event's epoch."""

    last_event_id: str
    epoch: str


def central_state(conn: Connection, desk_code: str) -> DeskState | None:
    row = conn.execute(select(sync_desk_state.c.last_event_id, sync_desk_state.c.epoch)
                       .where(sync_desk_state.c.desk == desk_code)).first()
    return DeskState(row.last_event_id, row.epoch) if row else None


def lost_history(db: Database, state: DeskState | None) -> bool:
    """True when central holds an event of this desk that this file has never heard of."""
    if state is None:
        return False
    with db.read() as session:
        identity = session.get(LocalIdentity, 1)
        if identity is not None and identity.acked_event == state.last_event_id:
            return False
        known = session.scalar(select(_OUTBOX.c.seq).where(_OUTBOX.c.event_id == state.last_event_id))
    return known is None


def recover(central: Engine, db: Database, desk_code: str, site_code: str, state: DeskState, clock: Clock,
            progress: Progress) -> int:
    """Steps 1 to 3 above; returns the number of rows brought back."""
    progress(_("Restauration détectée : récupération des données de ce poste…"))
    brought = 0
    with central.connect() as raw:
        conn = raw.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            since = _last_known_txid(conn, db)
            for table in syncable_tables():
                if sync_owner_of(table.name) != "central":
                    brought += _bring_back(conn, db, table.name, desk_code, site_code, since, clock)
    with db.write() as session:
        _advance_counters(session, desk_code)
        _leave_provisional_series(session, state.last_event_id)
    forget(db.engine.url)
    return brought


def _last_known_txid(conn: Connection, db: Database) -> int:
    """Central's transaction id of the newest event this file knows was sent (0: bring everything back)."""
    with db.read() as session:
        sent = list(session.execute(select(_OUTBOX.c.event_id).where(_OUTBOX.c.sent_at.is_not(None))
                                    .order_by(_OUTBOX.c.seq.desc()).limit(100)).scalars())
    if not sent:
        return 0
    return conn.execute(select(func.max(sync_events.c.txid)).where(sync_events.c.event_id.in_(sent))).scalar() or 0


def _bring_back(conn: Connection, db: Database, name: str, desk_code: str, site_code: str, since: int,
                clock: Clock) -> int:
    central = replicated()[name]
    local = next(t for t in syncable_tables() if t.name == name)
    position: tuple[int, str] = (since, "")
    brought = 0
    while True:
        rows = conn.execute(
            select(central).where(central.c.site_code == site_code, central.c.origin_desk == desk_code,
                                  tuple_(central.c[TXID], central.c.id) > tuple_(*position))
            .order_by(central.c[TXID], central.c.id).limit(PAGE_SIZE)).mappings().all()
        if not rows:
            return brought
        with db.write() as session:
            brought += save_pulled(session, local, rows, clock.now())
        position = (rows[-1][TXID], rows[-1]["id"])


_BADGE = re.compile(r"^(?P<short>[^-]+)-(?P<day>\d{6})-(?P<n>\d+)$")


def _advance_counters(session: Session, desk_code: str) -> None:
    """Main-series counters past every number this desk's rows hold (never backwards)."""
    prefix = desk_code.rsplit("-", 1)[-1]
    receipts = session.execute(select(Sale.receipt_number).where(Sale.origin_desk == desk_code,
                                                                 Sale.receipt_number.like(f"{prefix}-%"))).scalars()
    main = [int(r.rsplit("-", 1)[1]) for r in receipts if r.count("-") == prefix.count("-") + 1]
    _raise_counter(session, "receipt", max(main, default=0))
    sessions = session.execute(select(CashSession.number).where(CashSession.origin_desk == desk_code)).scalars()
    _raise_counter(session, "session", max((n for n in sessions if is_main_session(n)), default=0))
    short = desk_code.rsplit("-", 1)[-1] or desk_code
    highest: dict[date, int] = {}
    for number in session.execute(select(Visit.badge_number).where(Visit.origin_desk == desk_code)).scalars():
        match = _BADGE.match(number)
        if match and match["short"] == short:
            day = date(2000 + int(match["day"][4:]), int(match["day"][2:4]), int(match["day"][:2]))
            highest[day] = max(highest.get(day, 0), int(match["n"]))
    for day, last in highest.items():
        counter = session.get(BadgeCounter, (desk_code, day))
        if counter is None:
            session.add(BadgeCounter(desk_code=desk_code, day=day, last=last))
        elif counter.last < last:
            counter.last = last


def _raise_counter(session: Session, name: str, at_least: int) -> None:
    counter = session.get(CafeteriaCounter, name)
    if counter is None:
        session.add(CafeteriaCounter(name=name, last_value=at_least))
    elif counter.last_value < at_least:
        counter.last_value = at_least


def _leave_provisional_series(session: Session, acked_event: str) -> None:
    identity = session.get(LocalIdentity, 1)
    assert identity is not None
    identity.series, identity.acked_event, identity.epoch = "", acked_event, new_epoch_id()
    session.execute(update(_OUTBOX).where(_OUTBOX.c.sent_at.is_(None)).values(epoch=identity.epoch))
