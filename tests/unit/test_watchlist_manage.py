"""Watch list management: add, edit, expire, import a CSV line by line, managers only, all audited."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from reception.core.clock import FixedClock, local_today
from reception.core.errors import PermissionDenied, ValidationError
from reception.core.models import AuditEvent
from reception.core.services.container import Services
from reception.core.services.journal_text import ACTION_LABELS
from reception.core.services.permissions import Actor
from reception.core.services.visits import CheckInForm, WatchEntryForm, WatchListMatch
from reception.core.services.visits_watchlist import matching_rules


@pytest.fixture
def walk_in(park: dict[str, str]) -> CheckInForm:
    """A visitor coming to see Mohamed Bennani, named 'Karim Jabri' like the watch-list entry below."""
    return CheckInForm(last_name="JABRI", first_name="karim", host_employee_id=park["atlas.bennani"])


def _actions(services: Services, prefix: str) -> list[AuditEvent]:
    with services.db.read() as session:
        return [e for e in session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars()
                if e.action.startswith(prefix)]


def test_expiring_an_entry_stops_it_today_and_keeps_it_with_its_end_date(
        services: Services, manager: Actor, receptionist: Actor, walk_in: CheckInForm, clock: FixedClock) -> None:
    entry = services.visits.watchlist_add(manager, WatchEntryForm("Jabri", "Karim", "X998877", "Vol"))
    with pytest.raises(WatchListMatch):
        services.visits.check_in(receptionist, walk_in)
    ended = services.visits.watchlist_expire(manager, entry.id)
    assert ended.until == local_today(clock) - timedelta(days=1)
    assert services.visits.check_in(receptionist, walk_in).visitor_name == "karim JABRI"
    assert [e.id for e in services.visits.watchlist(manager)] == [entry.id]  # kept, with its end date
    with pytest.raises(ValidationError) as twice:
        services.visits.watchlist_expire(manager, entry.id)
    assert "déjà pris fin" in twice.value.errors["until"]
    expire = _actions(services, "watchlist.expire")[0]
    assert json.loads(expire.after) == {"until": ended.until.isoformat()} and "watchlist.expire" in ACTION_LABELS


def test_an_edit_changes_what_matches(services: Services, manager: Actor, receptionist: Actor,
                                     walk_in: CheckInForm) -> None:
    entry = services.visits.watchlist_add(manager, WatchEntryForm("Jabri", "Karim", reason="Vol"))
    services.visits.watchlist_update(manager, entry.id, WatchEntryForm("Jabri", "Kamal", "ab-123 456", "Vol"))
    assert services.visits.check_in(receptionist, walk_in).visitor_name == "karim JABRI"
    with pytest.raises(WatchListMatch):  # the ID number rule, as matching_rules states it
        services.visits.check_in(receptionist, replace(walk_in, last_name="Autre", id_type="CIN", id_number="AB123456"))
    assert [e.action for e in _actions(services, "watchlist.")] == ["watchlist.add", "watchlist.update"]


def test_only_managers_manage_the_list(services: Services, receptionist: Actor, manager: Actor) -> None:
    entry = services.visits.watchlist_add(manager, WatchEntryForm("Jabri", reason="Vol"))
    for attempt in (lambda: services.visits.watchlist(receptionist),
                    lambda: services.visits.watchlist_expire(receptionist, entry.id),
                    lambda: services.visits.watchlist_update(receptionist, entry.id, WatchEntryForm("X", reason="Y")),
                    lambda: services.visits.watchlist_import(receptionist, "nom;motif\nDoe;Vol\n")):
        with pytest.raises(PermissionDenied):
            attempt()


def test_the_rules_are_stated_in_words() -> None:
    rules = " ".join(matching_rules())
    assert "accents" in rules and "tirets" in rules and "date de fin incluse" in rules


def test_an_import_adds_good_lines_and_says_why_each_other_line_was_refused(
        services: Services, manager: Actor, receptionist: Actor, walk_in: CheckInForm, clock: FixedClock) -> None:
    services.visits.watchlist_add(manager, WatchEntryForm("Tazi", "Omar", "", "Fraude"))
    past = (local_today(clock) - timedelta(days=3)).strftime("%d/%m/%Y")
    csv = ("Nom;Prénom;Pièce;Motif;Fin\n"
           "Jabri;Karim;X998877;Vol de matériel;\n"
           ";Sans;;Nom manquant;\n"
           "Alami;Sara;;;\n"
           "Tazi;Omar;;Fraude;\n"
           "Idrissi;Nora;;Menaces;31/02/2027\n"
           f"Berrada;Ali;;Ancien;{past}\n"
           "Naciri;Hind;;Démarchage;31/12/2099\n"
           "JABRI;karim;x99-8877;Doublon dans le fichier;\n").encode("cp1252")
    report = services.visits.watchlist_import(manager, csv)

    assert report.added == 2
    reasons = {r.line: r.reason for r in report.refused}
    assert reasons == {3: "Le nom est obligatoire.", 4: "Indiquez le motif.",
                       5: "déjà sur la liste (même nom, même pièce).",
                       6: "date de fin illisible « 31/02/2027 » (attendu JJ/MM/AAAA).",
                       7: "La date de fin est déjà passée.", 9: "déjà sur la liste (même nom, même pièce)."}
    assert [r.text for r in report.refused][1] == "Alami;Sara;;;"  # the line as read: nothing lost
    with pytest.raises(WatchListMatch):
        services.visits.check_in(receptionist, walk_in)
    names = sorted(e.last_name for e in services.visits.watchlist(manager))
    assert names == ["Jabri", "Naciri", "Tazi"]
    summary = json.loads(_actions(services, "watchlist.import")[0].after)
    assert summary == {"added": 2, "refused": [3, 4, 5, 6, 7, 9]}


def test_an_unreadable_file_is_refused_whole(services: Services, manager: Actor) -> None:
    with pytest.raises(ValidationError) as missing:
        services.visits.watchlist_import(manager, "nom;prenom\nJabri;Karim\n")
    assert "Colonnes manquantes : motif" in missing.value.errors["file"]
    assert services.visits.watchlist(manager) == []
