"""The open sync conflicts told in words a manager can act on: which bookings collide, what a refused edit
changed, what an event set aside contained.

sync_status lists the raw conflicts and settles them; this module only reads the rows they point at.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core import formats, limits
from reception.core.clock import Clock, to_local
from reception.core.database import Database
from reception.core.i18n import N_, Labels, _
from reception.core.models import Booking, Room, Sale, Tenant
from reception.core.models.base import Base
from reception.core.services.journal_text import HIDDEN_DETAILS
from reception.core.services.permissions import Actor, Permission, require
from reception.core.services.sync_status import ConflictView, conflicts

OVERLAP, STALE, QUARANTINED = "overlap", "stale", "quarantined"  # the three things a manager does about them
ENTITY_LABELS = Labels({
    "bookings": N_("Réservation"), "booking_series": N_("Série de réservations"), "rooms": N_("Salle"),
    "tenants": N_("Entreprise"), "employees": N_("Employé"), "visits": N_("Visite"), "users": N_("Utilisateur"),
    "vouchers": N_("Bon"), "sales": N_("Vente"), "cash_sessions": N_("Session de caisse"), "visitors": N_("Visiteur"),
})


@dataclass(frozen=True)
class BookingSide:
    """One of two colliding bookings, as the rooms grid would show it."""

    title: str
    room: str
    start: datetime
    end: datetime
    tenant: str
    desk: str

    def when(self) -> str:
        return f"{to_local(self.start):%d/%m %H:%M}–{to_local(self.end):%H:%M}"

    def who(self) -> str:
        return f"{self.tenant} ({self.desk or '?'})"


@dataclass(frozen=True)
class FieldChange:
    """A column where the desk's refused version differs from the central one now in force."""

    column: str
    desk: str
    central: str

    @property
    def label(self) -> str:
        """The column in words ('Nom', not `name`)."""
        return limits.label(self.column)


@dataclass(frozen=True)
class ConflictDetail:
    conflict: ConflictView
    group: str  # OVERLAP, STALE or QUARANTINED
    entity_label: str
    summary: str
    bookings: tuple[BookingSide, ...] = ()
    changes: tuple[FieldChange, ...] = ()
    payload: dict[str, Any] | None = None


def _booking(session: Session, booking_id: str) -> BookingSide | None:
    found = session.execute(
        select(Booking.title, Room.name, Booking.start_at, Booking.end_at, Tenant.name, Booking.origin_desk)
        .join(Room, Room.id == Booking.room_id).join(Tenant, Tenant.id == Booking.tenant_id)
        .where(Booking.id == booking_id)).first()
    return BookingSide(*found) if found else None


def _decoded(payload: str) -> dict[str, Any] | None:
    try:
        data = json.loads(payload) if payload else None
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _changes(session: Session, entity: str, row_id: str, desk: dict[str, Any]) -> tuple[FieldChange, ...]:
    table = Base.metadata.tables.get(entity)
    if table is None:
        return ()
    found = session.execute(select(table).where(table.c.id == row_id)).mappings().first()
    current: dict[str, Any] = dict(found) if found is not None else {}
    changes = []
    for column in table.columns:
        if column.name in HIDDEN_DETAILS or column.name not in desk:
            continue
        theirs = current.get(column.name)
        ours = desk[column.name]
        if isinstance(theirs, datetime) and isinstance(ours, str):
            ours = datetime.fromisoformat(ours)
        if formats.value(ours) != formats.value(theirs):
            changes.append(FieldChange(column.name, formats.value(ours), formats.value(theirs)))
    return tuple(changes)


def describe(session: Session, conflict: ConflictView) -> ConflictDetail:
    entity_label = ENTITY_LABELS.get(conflict.entity, conflict.entity)
    if conflict.kind == "overlap":
        sides = tuple(side for side in (_booking(session, conflict.row_id), _booking(session, conflict.other_row_id))
                      if side is not None)
        summary = (f"{sides[0].room}, {sides[0].when()} : " + " / ".join(side.who() for side in sides)
                   if sides else conflict.detail)
        return ConflictDetail(conflict, OVERLAP, entity_label, summary, bookings=sides)
    payload = _decoded(conflict.payload)
    if conflict.kind in ("stale", "concurrent") and payload is not None:  # the desk's edit against central's row
        changes = _changes(session, conflict.entity, conflict.row_id, payload)
        name = payload.get("name") or payload.get("last_name") or conflict.row_id
        fields = ", ".join(change.label for change in changes) or _("aucun champ différent")
        return ConflictDetail(conflict, STALE, entity_label, f"{name} — {fields}", changes=changes,
                              payload=payload)
    if conflict.kind == "redeemed":  # the sale that paid for the voucher is what the manager checks
        receipt = session.scalar(select(Sale.receipt_number).where(Sale.id == conflict.other_row_id))
        code = (payload or {}).get("code", conflict.row_id)
        return ConflictDetail(conflict, QUARANTINED, entity_label,
                              _("Bon {code} utilisé deux fois — vente {receipt} à vérifier").format(
                                  code=code, receipt=receipt or conflict.other_row_id),
                              payload=payload)
    return ConflictDetail(conflict, QUARANTINED, entity_label, conflict.label, payload=payload)


class SyncConflictReviewService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def open_conflicts(self, actor: Actor) -> list[ConflictDetail]:
        """What the "Conflits de synchronisation" screen lists, oldest first."""
        require(actor, Permission.CONFLICTS_RESOLVE)
        with self.db.read() as session:
            return [describe(session, conflict) for conflict in conflicts(session)]
