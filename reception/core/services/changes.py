"""A cheap "has anything changed?" for screens that other processes write to (the kiosk beside the desk).

Every change a person (or the kiosk) makes writes an audit event in the same transaction, so the audit
table's largest row number moves with every committed change, whoever made it. Reading it is one index
lookup: the desk polls it every few seconds and refreshes Sur site only when it moved.
"""

from __future__ import annotations

from sqlalchemy import text

from reception.core.database import Database


class ChangesService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def stamp(self) -> int:
        """A number that grows with every committed change to this database (0 on an empty one)."""
        with self.db.read() as session:
            return int(session.execute(text("SELECT coalesce(max(rowid), 0) FROM audit_events")).scalar_one())
