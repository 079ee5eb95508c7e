"""The watch list and the directory are reference data: a manager's watch-list additions, edits and end dates
at one desk reach central and every desk of the site with the next syncs, and a check-in there is stopped (or
no longer stopped); a host added at one desk is confirmed at another."""

from __future__ import annotations

from pathlib import Path

import pytest

from reception.core.services.visits import CheckInForm, WatchEntryForm, WatchListMatch
from reception.sync.engine import EXIT_OK
from tests.integration.sync_harness import assert_converged, central_rows, central_url, open_desk, seed_site

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
__all__ = ["central_url"]


def test_watch_list_edits_reach_central_and_the_other_desk(tmp_path: Path, central_url: str) -> None:
    first = open_desk(tmp_path, central_url, "CAS", "CAS-A1")
    ids = seed_site(first)
    admin = first.login()
    entry = first.services.visits.watchlist_add(admin, WatchEntryForm("Jabri", "Karim", "X998877", "Vol"))
    report = first.services.visits.watchlist_import(admin, "nom;prenom;motif\nTazi;Omar;Fraude\n")
    assert report.added == 1
    assert first.sync().outcome == EXIT_OK
    at_central = central_rows(central_url, "watchlist_entries", "CAS")
    assert {r["last_name"] for r in at_central.values()} == {"Jabri", "Tazi"}

    second = open_desk(tmp_path, central_url, "CAS", "CAS-B1")
    assert second.sync().outcome == EXIT_OK
    visitor = CheckInForm(last_name="Jabri", first_name="Karim", host_employee_id=ids["atlas.host"])
    receptionist = second.login("accueil", "accueil-secret")
    with pytest.raises(WatchListMatch):
        second.services.visits.check_in(receptionist, visitor)

    first.services.visits.watchlist_update(admin, entry.id, WatchEntryForm("Jabri", "Karim", "X998877", "Vol (2)"))
    first.services.visits.watchlist_expire(admin, entry.id)
    assert first.sync().outcome == EXIT_OK
    assert second.sync().outcome == EXIT_OK
    assert second.services.visits.check_in(receptionist, visitor).visitor_name == "Karim Jabri"
    missing = second.services.directory.add_pending_host(receptionist, {"tenant_id": ids["atlas"],
                                                                        "last_name": "Lahlou", "first_name": "Rania"})
    assert [e.reason for e in second.services.visits.watchlist(second.login()) if e.id == entry.id] == ["Vol (2)"]
    assert second.sync().outcome == EXIT_OK
    assert first.sync().outcome == EXIT_OK
    assert [h.id for h in first.services.directory.pending_hosts(admin)] == [missing.id]
    first.services.directory.confirm_pending_host(admin, missing.id)
    assert first.sync().outcome == EXIT_OK
    assert second.sync().outcome == EXIT_OK
    assert second.services.directory.pending_hosts(second.login()) == []
    assert second.sync().outcome == EXIT_OK  # the log-in just above is audited
    assert_converged(central_url, [first, second])
