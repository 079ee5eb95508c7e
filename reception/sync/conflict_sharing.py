"""Conflicts are data at central too: what a desk finds goes up, what anyone settles comes back down.

Refusals are recorded at central by the push itself (apply.py). Here, once per sync:
- up: the overlaps this desk found (same key at every desk: `overlap:<id>:<id>`, so the first desk to
  report one records it and the others find it there) and the settlements made at this desk (who, when,
  the reason);
- down: settlements recorded at central (another desk of the site, or head office) of conflicts still
  open here: they close here too, with the settler's name and reason.
`shared_at` marks what central already knows; settling a conflict clears it (sync_status.resolve).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import Connection

from reception.core.clock import Clock
from reception.core.database import Database
from reception.core.models import SyncConflict
from reception.sync.apply import DeskId
from reception.sync.central import sync_conflicts


def share_conflicts(central: Engine, db: Database, desk: DeskId, clock: Clock) -> None:
    with db.read() as session:
        unshared = list(session.execute(select(SyncConflict).where(SyncConflict.shared_at.is_(None))).scalars())
        open_keys = list(session.execute(select(SyncConflict.key)
                                         .where(SyncConflict.resolved_at.is_(None))).scalars())
    with central.begin() as conn:
        for conflict in unshared:
            _send(conn, desk, conflict)
        settled = conn.execute(select(sync_conflicts.c.key, sync_conflicts.c.resolved_at,
                                      sync_conflicts.c.resolved_by, sync_conflicts.c.resolution)
                               .where(sync_conflicts.c.site_code == desk.site_code,
                                      sync_conflicts.c.resolved_at.is_not(None),
                                      sync_conflicts.c.key.in_(open_keys))).all() if open_keys else []
    now = clock.now()
    with db.write() as session:
        if unshared:
            session.execute(update(SyncConflict).where(SyncConflict.id.in_([c.id for c in unshared]))
                            .values(shared_at=now))
        for key, resolved_at, resolved_by, resolution in settled:
            session.execute(update(SyncConflict).where(SyncConflict.key == key, SyncConflict.resolved_at.is_(None))
                            .values(resolved_at=_aware(resolved_at), resolved_by=resolved_by[:60],
                                    resolution=resolution, shared_at=now))


def _send(conn: Connection, desk: DeskId, conflict: SyncConflict) -> None:
    if conflict.kind == "overlap":
        conn.execute(pg_insert(sync_conflicts).values(
            key=conflict.key, event_id="", desk=desk.desk_code, site_code=desk.site_code, kind=conflict.kind,
            entity=conflict.entity, row_id=conflict.row_id, other_row_id=conflict.other_row_id,
            detail=conflict.detail, payload=conflict.payload, detected_at=conflict.detected_at,
        ).on_conflict_do_nothing(index_elements=["key"]))
    if conflict.resolved_at is not None:
        conn.execute(update(sync_conflicts)
                     .where(sync_conflicts.c.key == conflict.key, sync_conflicts.c.resolved_at.is_(None))
                     .values(resolved_at=conflict.resolved_at, resolved_by=f"{conflict.resolved_by} ({desk.desk_code})",
                             resolution=conflict.resolution))


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
