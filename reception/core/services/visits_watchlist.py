"""The watch list: kept by managers, looked up at every check-in, and a manager's decision at the desk.

A match by folded name, or by ID number when one is typed, stops the check-in (WatchListMatch) until a
manager allows it (check_in with `approval`) or refuses it (refuse_watchlisted). Entries past their end date
no longer match. Both decisions are audited with the entry's id, never the visitor's name. `matching_rules`
states these rules in words for the managers' screen and command, next to the code that applies them.
Entries are reference data: a manager's edit at a desk goes to central with the next sync (docs/sync.md).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.clock import Clock, local_today
from reception.core.database import Database
from reception.core.errors import NotFound, ValidationError
from reception.core.formats import day as format_day
from reception.core.i18n import _
from reception.core.models import WatchListEntry
from reception.core.services import audit
from reception.core.services.permissions import Actor, Permission, require
from reception.core.services.visits_rows import person_name
from reception.core.services.visits_rules import normalise_id_number
from reception.core.services.visits_types import CheckInForm, WatchEntryForm, WatchEntryRow, WatchListHit
from reception.core.text import fold


def watch_hit(session: Session, form: CheckInForm, today: date) -> WatchListHit | None:
    """The active watch-list entry this visitor matches on `today`, if any."""
    name_key = fold(f"{form.last_name} {form.first_name}")
    number = normalise_id_number(form.id_number)
    criteria = WatchListEntry.name_key == name_key
    if number:
        criteria = criteria | (WatchListEntry.id_number == number)
    entry = session.execute(
        select(WatchListEntry)
        .where(WatchListEntry.active, criteria,
               (WatchListEntry.until.is_(None)) | (WatchListEntry.until >= today))
        .limit(1)
    ).scalar_one_or_none()
    if entry is None:
        return None
    return WatchListHit(entry.id, person_name(entry.first_name, entry.last_name), entry.reason, entry.until)


def matching_rules() -> list[str]:
    """How `watch_hit` compares, in words: the one place the managers' screen and the CLI read them from."""
    return [
        _("Le nom et le prénom sont comparés ensemble, sans tenir compte des majuscules, des accents ni des "
          "espaces en trop : « ÉLODIE  alami » et « Elodie Alami » se correspondent."),
        _("Le nom doit correspondre en entier : « Alami » seul ne signale pas « Alami Élodie »."),
        _("Le numéro de pièce, s'il est saisi à l'arrivée, est comparé sans espaces ni tirets et en "
          "majuscules : « ab-123 456 » et « AB123456 » se correspondent, quel que soit le nom."),
        _("Une entrée s'applique jusqu'à sa date de fin incluse ; sans date de fin, jusqu'à ce qu'elle soit "
          "retirée."),
    ]


def check_watch_form(form: WatchEntryForm, today: date) -> dict[str, str]:
    """What is wrong with an entry typed or imported, by field."""
    errors = {}
    if not form.last_name.strip():
        errors["last_name"] = _("Le nom est obligatoire.")
    if not form.reason.strip():
        errors["reason"] = _("Indiquez le motif.")
    if form.until is not None and form.until < today:
        errors["until"] = _("La date de fin est déjà passée.")
    return errors


def fill_entry(entry: WatchListEntry, form: WatchEntryForm) -> None:
    """Writes a checked form into an entry, with the keys `watch_hit` compares."""
    entry.last_name, entry.first_name = form.last_name.strip(), form.first_name.strip()
    entry.name_key = fold(f"{entry.last_name} {entry.first_name}")
    entry.id_number = normalise_id_number(form.id_number)
    entry.reason, entry.until = form.reason.strip(), form.until


def _watch_row(w: WatchListEntry) -> WatchEntryRow:
    return WatchEntryRow(w.id, w.last_name, w.first_name, w.id_number, w.reason, w.until, w.active)


class WatchListMixin:
    """The watch-list part of VisitService."""

    db: Database
    clock: Clock

    def watchlist(self, actor: Actor, include_inactive: bool = False) -> list[WatchEntryRow]:
        require(actor, Permission.WATCHLIST_MANAGE)
        stmt = select(WatchListEntry).order_by(WatchListEntry.name_key)
        if not include_inactive:
            stmt = stmt.where(WatchListEntry.active)
        with self.db.read() as session:
            return [_watch_row(w) for w in session.execute(stmt).scalars()]

    def watchlist_add(self, actor: Actor, form: WatchEntryForm) -> WatchEntryRow:
        return self._save_watch(actor, form, None)

    def watchlist_update(self, actor: Actor, entry_id: str, form: WatchEntryForm) -> WatchEntryRow:
        return self._save_watch(actor, form, entry_id)

    def watchlist_deactivate(self, actor: Actor, entry_id: str) -> WatchEntryRow:
        require(actor, Permission.WATCHLIST_MANAGE)
        with self.db.write() as session:
            entry = session.get(WatchListEntry, entry_id)
            if entry is None:
                raise NotFound(_("Entrée de la liste de vigilance introuvable."))
            entry.active = False
            audit.record(session, actor, "watchlist.deactivate", entity="watchlist_entries", entity_id=entry.id,
                         before={"active": True}, after={"active": False}, at=self.clock.now())
            return _watch_row(entry)

    def watchlist_expire(self, actor: Actor, entry_id: str, last_day: date | None = None) -> WatchEntryRow:
        """Ends an entry: it applies up to `last_day` included (None: up to yesterday, so it stops now).
        The entry is kept, with its end date, for the record."""
        require(actor, Permission.WATCHLIST_MANAGE)
        today = local_today(self.clock)
        last_day = last_day if last_day is not None else today - timedelta(days=1)
        with self.db.write() as session:
            entry = session.get(WatchListEntry, entry_id)
            if entry is None:
                raise NotFound(_("Entrée de la liste de vigilance introuvable."))
            if entry.until is not None and entry.until < today:
                raise ValidationError({"until": _("Cette entrée a déjà pris fin le {day}.").format(
                    day=format_day(entry.until))})
            before = entry.until
            entry.until = last_day
            audit.record(session, actor, "watchlist.expire", entity="watchlist_entries", entity_id=entry.id,
                         before={"until": before}, after={"until": last_day}, at=self.clock.now())
            return _watch_row(entry)

    def _save_watch(self, actor: Actor, form: WatchEntryForm, entry_id: str | None) -> WatchEntryRow:
        require(actor, Permission.WATCHLIST_MANAGE)
        errors = check_watch_form(form, local_today(self.clock))
        if errors:
            raise ValidationError(errors)
        with self.db.write() as session:
            entry = session.get(WatchListEntry, entry_id) if entry_id else WatchListEntry(active=True)
            if entry is None:
                raise NotFound(_("Entrée de la liste de vigilance introuvable."))
            session.add(entry)
            fill_entry(entry, form)
            session.flush()
            audit.record(session, actor, "watchlist.update" if entry_id else "watchlist.add",
                         entity="watchlist_entries", entity_id=entry.id,
                         after={"reason": entry.reason, "until": entry.until}, at=self.clock.now())
            return _watch_row(entry)

    def refuse_watchlisted(self, actor: Actor, approver: Actor, form: CheckInForm) -> None:
        """Records that a manager refused entry to a watch-listed visitor."""
        require(actor, Permission.VISITS_CHECKIN)
        require(approver, Permission.WATCHLIST_DECIDE)
        with self.db.write() as session:
            hit = watch_hit(session, form, local_today(self.clock))
            if hit is None:
                raise NotFound(_("Ce visiteur ne figure pas (ou plus) sur la liste de vigilance."))
            audit.record(session, actor, "visits.watchlist_refused", entity="watchlist_entries",
                         entity_id=hit.entry_id, after={"decided_by": approver.username}, at=self.clock.now())
