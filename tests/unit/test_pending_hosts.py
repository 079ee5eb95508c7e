"""A host missing from the directory, added at the desk: usable at once, confirmed or merged by facilities."""

from __future__ import annotations

import pytest

from reception.core.errors import Conflict, PermissionDenied, ValidationError
from reception.core.services.container import Services
from reception.core.services.journal import JournalFilters
from reception.core.services.permissions import Actor
from reception.core.services.visits import CheckInForm, WatchEntryForm


def _journal(services: Services, manager: Actor, action: str) -> list[str]:
    return [e.text for e in services.journal.page(manager, JournalFilters(action=action)).rows]


def test_a_receptionist_adds_a_missing_host_and_checks_the_visitor_in_at_once(
        services: Services, receptionist: Actor, manager: Actor, park: dict[str, str]) -> None:
    host = services.directory.add_pending_host(receptionist, {
        "tenant_id": park["atlas"], "last_name": " Lahlou ", "first_name": "Rania", "email": "r.lahlou@atlas.ma"})
    assert (host.full_name, host.tenant_name, host.pending) == ("Rania Lahlou", "Atlas Digital SARL", True)
    found = services.directory.employees(receptionist, query="lahl")
    assert [(e.id, e.pending) for e in found] == [(host.id, True)]
    visit = services.visits.check_in(receptionist, CheckInForm("Idrissi", "Omar", host_employee_id=host.id))
    assert visit.host_name == "Rania Lahlou"
    assert _journal(services, manager, "employees.add_pending") == [
        "Accueil a ajouté Rania Lahlou comme personne visitée, à confirmer"]


def test_a_missing_host_is_checked_like_any_employee(services: Services, receptionist: Actor,
                                                     park: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as refused:
        services.directory.add_pending_host(receptionist, {"tenant_id": "", "last_name": "", "first_name": "Rania",
                                                           "email": "pas-un-mail"})
    assert set(refused.value.errors) == {"tenant_id", "last_name", "email"}


def test_facilities_confirm_or_merge_and_the_visits_keep_their_host(
        services: Services, receptionist: Actor, facilities: Actor, manager: Actor, park: dict[str, str]) -> None:
    first = services.directory.add_pending_host(receptionist, {"tenant_id": park["atlas"], "last_name": "Lahlou",
                                                               "first_name": "Rania"})
    twin = services.directory.add_pending_host(receptionist, {"tenant_id": park["atlas"], "last_name": "Benani",
                                                              "first_name": "Mohamed"})
    services.visits.check_in(receptionist, CheckInForm("Idrissi", "Omar", host_employee_id=twin.id))
    with pytest.raises(PermissionDenied):
        services.directory.pending_hosts(receptionist)
    assert [h.id for h in services.directory.pending_hosts(facilities)] == [first.id, twin.id]

    assert not services.directory.confirm_pending_host(facilities, first.id).pending
    with pytest.raises(Conflict):
        services.directory.confirm_pending_host(facilities, first.id)
    with pytest.raises(ValidationError):
        services.directory.merge_pending_host(facilities, twin.id, twin.id)
    kept = services.directory.merge_pending_host(facilities, twin.id, park["atlas.bennani"])
    assert kept.full_name == "Mohamed Bennani"
    assert services.directory.pending_hosts(facilities) == []
    assert [e.full_name for e in services.directory.employees(receptionist, query="benani")] == ["Sara Benani"]
    [visit] = services.visits.on_site(receptionist)
    assert visit.host_name == "Mohamed Benani"  # what was recorded at the desk stays as it was
    assert _journal(services, manager, "employees.merge") == [
        "Services a fusionné Mohamed Benani avec sa fiche de l'annuaire"]


def test_the_journal_tells_watch_list_changes_in_sentences(services: Services, manager: Actor) -> None:
    entry = services.visits.watchlist_add(manager, WatchEntryForm("Jabri", reason="Vol"))
    services.visits.watchlist_expire(manager, entry.id)
    assert _journal(services, manager, "watchlist.expire") == [
        "Responsable a mis fin à une entrée de la liste de surveillance (dernier jour : 25/11/2026)"]
