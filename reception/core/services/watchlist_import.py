"""Importing a watch list from a CSV file (a list handed over by security, or another site's list).

Unlike the directory import (all or nothing), each line stands alone: good lines are added, and every
refused line comes back with its number, its text as read and the reason, so the manager can fix those
lines and import them again; nothing in the file is lost. A file that cannot be read at all (not a CSV, a
missing column) is refused whole, as csv_files explains.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from reception.core.clock import Clock, local_today
from reception.core.database import Database
from reception.core.i18n import _
from reception.core.models import WatchListEntry
from reception.core.services import audit
from reception.core.services.csv_files import CsvFile, CsvRow, file_error, read_csv
from reception.core.services.permissions import Actor, Permission, require
from reception.core.services.visits_rules import normalise_id_number
from reception.core.services.visits_types import WatchEntryForm
from reception.core.services.visits_watchlist import check_watch_form, fill_entry
from reception.core.text import fold

WATCHLIST_HEADER = "nom;prenom;piece;motif;fin"
"""The columns of a watch-list file (fin: the last day the entry applies, dd/mm/yyyy, may be empty)."""
MAX_WATCH_LINES = 5_000


@dataclass(frozen=True)
class RefusedLine:
    line: int
    text: str
    """The line's cells as read, joined with ';' (to fix and import again)."""
    reason: str


@dataclass(frozen=True)
class WatchImport:
    added: int
    refused: tuple[RefusedLine, ...]


def _day(text: str) -> date | None:
    """dd/mm/yyyy or yyyy-mm-dd; ValueError otherwise."""
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


class _Lines:
    """Checks each line against the list as it stands and the lines before it in the file."""

    def __init__(self, known: set[tuple[str, str]], today: date) -> None:
        self.known = known
        self.today = today

    def form(self, table: CsvFile, row: CsvRow) -> tuple[WatchEntryForm | None, str]:
        """The line's entry, or None with the reason it is refused."""
        cell = row.values.get
        until_text = cell("fin", "")
        try:
            until = _day(until_text) if until_text else None
        except ValueError:
            return None, _("date de fin illisible « {text} » (attendu JJ/MM/AAAA).").format(text=until_text)
        form = WatchEntryForm(cell("nom", ""), cell("prenom", ""), cell("piece", ""), cell("motif", ""), until)
        errors = check_watch_form(form, self.today)
        if errors:
            return None, " ".join(errors.values())
        key = (fold(f"{form.last_name} {form.first_name}"), normalise_id_number(form.id_number))
        if key in self.known:
            return None, _("déjà sur la liste (même nom, même pièce).")
        self.known.add(key)
        return form, ""


def import_watchlist(db: Database, clock: Clock, actor: Actor, source: bytes | str | Path) -> WatchImport:
    """Adds every good line of a WATCHLIST_HEADER file; returns what was added and what was refused, why."""
    require(actor, Permission.WATCHLIST_MANAGE)
    table = read_csv(source, required=("nom", "motif"), expected=WATCHLIST_HEADER, max_rows=MAX_WATCH_LINES)
    if not table.rows:
        raise file_error(_("Le fichier ne contient aucune personne."))
    refused: list[RefusedLine] = []
    added = 0
    now = clock.now()
    with db.write() as session:
        active = session.execute(select(WatchListEntry.name_key, WatchListEntry.id_number)
                                 .where(WatchListEntry.active)).all()
        lines = _Lines({(k, n) for k, n in active}, local_today(clock))
        for row in table.rows:
            form, reason = lines.form(table, row)
            if form is None:
                text = ";".join(row.values.get(column, "") for column in table.columns)
                refused.append(RefusedLine(row.line, text, reason))
                continue
            entry = WatchListEntry(active=True)
            fill_entry(entry, form)
            session.add(entry)
            session.flush()
            audit.record(session, actor, "watchlist.add", entity="watchlist_entries", entity_id=entry.id,
                         after={"reason": entry.reason, "until": entry.until}, at=now)
            added += 1
        audit.record(session, actor, "watchlist.import", entity="watchlist_entries",
                     after={"added": added, "refused": [r.line for r in refused]}, at=now)
    return WatchImport(added, tuple(refused))


class WatchListImportMixin:
    """The CSV import part of VisitService."""

    db: Database
    clock: Clock

    def watchlist_import(self, actor: Actor, source: bytes | str | Path) -> WatchImport:
        return import_watchlist(self.db, self.clock, actor, source)
