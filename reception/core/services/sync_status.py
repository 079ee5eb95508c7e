"""What people see of the sync: the last run (status bar), the conflicts to settle (Accueil, the digest).

The sync engine itself lives in reception/sync (the core never imports it); it writes the desk-side
tables sync_runs and sync_conflicts that this module reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reception.core import formats
from reception.core.clock import Clock
from reception.core.database import Database
from reception.core.errors import NotFound, ValidationError
from reception.core.i18n import N_, Labels, _, ngettext
from reception.core.models import OutboxEvent, SyncConflict, SyncRun
from reception.core.services import audit, overview
from reception.core.services.permissions import Actor, Permission, require

KIND_LABELS = Labels({
    "overlap": N_("Chevauchement de réservations"),
    "stale": N_("Modification refusée (version dépassée)"),
    "refused": N_("Ligne refusée par la base centrale"),
    "site": N_("Ligne d'un autre site"),
    "mismatch": N_("Événement renvoyé avec un autre contenu"),
    "unknown": N_("Table inconnue de la base centrale"),
    "pull": N_("Ligne reçue refusée par ce poste"),
    "identity": N_("Changement envoyé sous le nom d'un autre poste"),
    "owner": N_("Ligne d'un autre poste : modification refusée"),
    "concurrent": N_("Modifiée en même temps ailleurs"),
    "redeemed": N_("Bon déjà utilisé : vente à vérifier"),
})
OUTCOME_LABELS = Labels({
    0: N_("réussie"),
    10: N_("terminée avec conflits"),
    11: N_("mise à jour nécessaire"),
    12: N_("déjà en cours"),
    13: N_("base locale endommagée"),
    14: N_("base centrale injoignable"),
    15: N_("ce PC est configuré comme un autre poste"),
    16: N_("écart entre le poste et la base centrale"),
    17: N_("mot de passe refusé par la base centrale"),
    18: N_("console trop ancienne : mise à jour à installer"),
})
TOO_OLD = 18
"""The outcome of a sync refused because central requires a newer console (sync/versions.py)."""


@dataclass(frozen=True)
class ConflictView:
    id: int
    kind: str
    entity: str
    row_id: str
    other_row_id: str
    detail: str
    payload: str
    detected_at: datetime

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class RunView:
    started_at: datetime
    finished_at: datetime | None
    trigger: str
    pushed: int
    pulled: int
    conflicts: int
    outcome: int | None
    error: str
    warning: str

    @property
    def ok(self) -> bool:
        return self.outcome in (0, 10)

    def status_text(self) -> str:
        """One line for the status bar: when, how it went, the counts."""
        when = formats.moment(self.finished_at or self.started_at)
        outcome = OUTCOME_LABELS.get(self.outcome or 0, _("interrompue"))
        if not self.ok:
            return f"{when} — {outcome}"
        text = f"{when} — ↑{self.pushed} ↓{self.pulled}"
        return text + (", " + ngettext("{count} conflit", "{count} conflits", self.conflicts).format(
            count=self.conflicts) if self.conflicts else "")


def conflicts(session: Session) -> list[ConflictView]:
    """Unresolved sync conflicts, oldest first (the digest calls this inside its own session)."""
    rows = session.execute(select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
                           .order_by(SyncConflict.detected_at, SyncConflict.id)).scalars()
    return [ConflictView(r.id, r.kind, r.entity, r.row_id, r.other_row_id, r.detail, r.payload, r.detected_at)
            for r in rows]


def last_run(session: Session) -> RunView | None:
    row = session.execute(select(SyncRun).order_by(SyncRun.id.desc()).limit(1)).scalar_one_or_none()
    if row is None:
        return None
    return RunView(row.started_at, row.finished_at, row.trigger, row.pushed, row.pulled, row.conflicts,
                   row.outcome, row.error, row.warning)


def last_success(session: Session) -> datetime | None:
    """When the last run that reached the end started (the schedule's catch-up compares with it)."""
    return session.scalar(select(func.max(SyncRun.started_at)).where(SyncRun.outcome.in_((0, 10))))


def _conflicts_tile(session: Session, _clock: Clock) -> list[overview.Figure]:
    count = session.scalar(select(func.count()).select_from(SyncConflict)
                           .where(SyncConflict.resolved_at.is_(None))) or 0
    if not count:
        return []
    return [overview.Figure("sync.conflicts", _("Conflits de synchronisation"), str(count),
                            _("à examiner par un responsable"), alert=True, target="conflicts")]


def _update_tile(session: Session, _clock: Clock) -> list[overview.Figure]:
    """Everyone sees it: the desk still works, but nothing leaves it until the update is installed."""
    run = last_run(session)
    if run is None or run.outcome != TOO_OLD:
        return []
    waiting = session.scalar(select(func.count()).select_from(OutboxEvent).where(OutboxEvent.sent_at.is_(None))) or 0
    waiting_text = ngettext("{count} changement attend la mise à jour pour partir ; ce poste continue de "
                            "fonctionner.", "{count} changements attendent la mise à jour pour partir ; ce poste "
                            "continue de fonctionner.", waiting).format(count=waiting)
    return [overview.Figure("sync.update", _("Mise à jour de la console à installer"), str(waiting),
                            waiting_text, alert=True)]


overview.register(Permission.CONFLICTS_RESOLVE, _conflicts_tile)
overview.register(Permission.DIRECTORY_VIEW, _update_tile)


class SyncStatusService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def last_run(self) -> RunView | None:
        with self.db.read() as session:
            return last_run(session)

    def last_success(self) -> datetime | None:
        with self.db.read() as session:
            return last_success(session)

    def conflicts(self, actor: Actor) -> list[ConflictView]:
        require(actor, Permission.CONFLICTS_RESOLVE)
        with self.db.read() as session:
            return conflicts(session)

    def resolve(self, actor: Actor, conflict_id: int, reason: str) -> None:
        """A manager has settled it (cancelled a booking, re-entered an edit): it leaves the list.

        The reason says how, for whoever reads the journal later."""
        require(actor, Permission.CONFLICTS_RESOLVE)
        reason = reason.strip()
        if not reason:
            raise ValidationError({"reason": _("Indiquez comment le conflit a été réglé.")})
        with self.db.write() as session:
            row = session.get(SyncConflict, conflict_id)
            if row is None or row.resolved_at is not None:
                raise NotFound(_("Ce conflit n'est plus à traiter."))
            row.resolved_at, row.resolved_by, row.resolution = self.clock.now(), actor.username, reason
            row.shared_at = None  # the settlement goes to central at the next sync
            audit.record(session, actor, "sync.conflict_resolve", entity="sync_conflicts", entity_id=str(row.id),
                         before={"kind": row.kind, "row_id": row.row_id}, after={"resolved": True, "reason": reason},
                         at=self.clock.now())
