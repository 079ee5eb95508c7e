"""A file copied back over the desk database is noticed at start-up, before the desk numbers anything.

After every batch central acknowledges, the sync writes that batch's last event id into a small file next
to the database (`<database>.sync-ack`). A database that does not know that event is older than the last
sync: the app restored a backup (which starts a new epoch itself) or someone copied an old file back.
Start-up then starts a new epoch, whose provisional numbering series (core/numbering.py) cannot collide
with the numbers central already holds; the next sync takes the missing rows back (sync/recovery.py).
A desk moved to a new PC without this file is caught by that same sync, before it pushes.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from sqlalchemy import select

from reception.core.database import Database, sync_marker_path
from reception.core.models import LocalIdentity, OutboxEvent

log = logging.getLogger(__name__)


def record_acknowledged(db_path: Path, event_id: str) -> None:
    """Written atomically (a crash leaves the old marker or the new one, never half of one)."""
    target = sync_marker_path(db_path)
    partial = target.with_name(target.name + ".tmp")
    partial.write_text(event_id, encoding="ascii")
    os.replace(partial, target)


def start_provisional_if_copied_back(db: Database) -> bool:
    """True when the database was older than the last sync and now numbers in a provisional series."""
    marker = sync_marker_path(db.path)
    if not marker.exists():
        return False
    event_id = marker.read_text(encoding="ascii").strip()
    with db.read() as session:
        identity = session.get(LocalIdentity, 1)
        if identity is None or identity.series or not event_id or identity.acked_event == event_id:
            return False
        if session.scalar(select(OutboxEvent.seq).where(OutboxEvent.event_id == event_id)) is not None:
            return False
    log.warning("database %s is older than its last sync (copied back?): provisional numbering", db.path)
    db.new_epoch()
    return True
