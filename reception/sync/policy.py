"""Who gets which rows: the one place that names tables, for the two rules that are not generic.

Everything else follows the models' declarations: every Syncable table is pushed, and every table whose
`sync_owner` is "central" is pulled. Here: desk-owned tables that a desk also pulls from the other desks
of its site (bookings, so each desk sees the rooms taken elsewhere) and that any desk of the site may
change (ownership.py), and how an overlap among them is recognised. A rule naming a table that does not
exist is ignored.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table

from reception.core.models.base import sync_owner_of, syncable_tables


@dataclass(frozen=True)
class OverlapRule:
    """Two live rows on the same resource whose [start, end) intervals meet are a conflict."""

    table: str
    resource: str
    start: str
    end: str
    status: str
    live_status: str
    flag: str  # boolean column set on both rows

    def label(self) -> str:
        return "Réservations en conflit (même salle, horaires qui se chevauchent)"


SITE_SHARED = ("booking_series", "bookings")
OVERLAPS = (OverlapRule("bookings", "room_id", "start_at", "end_at", "status", "confirmed", "conflict"),)


def pulled_tables() -> list[tuple[Table, bool]]:
    """(table, shared) in dependency order: reference tables, then the site's shared desk tables."""
    return [
        (t, sync_owner_of(t.name) != "central")
        for t in syncable_tables()
        if sync_owner_of(t.name) == "central" or t.name in SITE_SHARED
    ]


def overlap_rules() -> list[OverlapRule]:
    names = {t.name for t in syncable_tables()}
    return [rule for rule in OVERLAPS if rule.table in names]
