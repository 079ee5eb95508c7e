"""Returning-visitor search, check-in checks, the watch list, badge numbers and every way out."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from reception.core.clock import FixedClock, to_local
from reception.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from reception.core.models import AuditEvent, MailMessage, Visitor
from reception.core.services.container import Services
from reception.core.services.permissions import SYSTEM, Actor, Permission
from reception.core.services.visits import CheckInForm, HistoryFilter, WatchEntryForm, WatchListMatch
from reception.core.services.visits_rules import BADGE_CODE_PATTERN


@pytest.fixture
def walk_in(park: dict[str, str]) -> CheckInForm:
    """A valid walk-in visitor coming to see Mohamed Bennani (Atlas Digital)."""
    return CheckInForm(last_name="Alaoui", first_name="Élodie", organisation="Orange Maroc",
                       phone="06 12 34 56 78", email="elodie@orange.ma", id_type="CIN", id_number="BE 123456",
                       host_employee_id=park["atlas.bennani"])


def _actions(services: Services) -> list[AuditEvent]:
    with services.db.read() as session:
        return list(session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars())


# --- search -------------------------------------------------------------------------------------------


def test_search_ignores_accents_and_case(services: Services, receptionist: Actor, walk_in: CheckInForm) -> None:
    services.visits.check_in(receptionist, walk_in)
    found = services.visits.search_visitors(receptionist, "ELODIE")
    assert [(m.first_name, m.organisation) for m in found] == [("Élodie", "Orange Maroc")]
    assert services.visits.search_visitors(receptionist, "alaoui élo")[0].phone == "0612345678"
    assert services.visits.search_visitors(receptionist, "orange")[0].last_name == "Alaoui"


def test_search_proposes_the_last_host_still_on_staff(services: Services, clock: FixedClock, receptionist: Actor,
                                                      walk_in: CheckInForm, park: dict[str, str]) -> None:
    first = services.visits.check_in(receptionist, walk_in)
    clock.advance(timedelta(days=1))
    services.visits.check_in(receptionist, replace(walk_in, host_employee_id=park["noor.tazi"],
                                                   visitor_id=first.visitor_id))
    [match] = services.visits.search_visitors(receptionist, "alaoui")
    assert match.last_host is not None and match.last_host.full_name == "Youssef Tazi"
    assert match.contact_hint == "e•••@orange.ma"


def test_search_is_a_word_prefix_not_a_fuzzy_match(services: Services, receptionist: Actor,
                                                   walk_in: CheckInForm) -> None:
    services.visits.check_in(receptionist, replace(walk_in, last_name="Bennani", first_name="Omar"))
    assert services.visits.search_visitors(receptionist, "benani") == []
    assert [m.last_name for m in services.visits.search_visitors(receptionist, "bennani")] == ["Bennani"]
    assert [m.last_name for m in services.visits.search_visitors(receptionist, "ben")] == ["Bennani"]
    assert services.visits.search_visitors(receptionist, "be") == []  # fewer than 3 letters
    assert services.visits.search_visitors(receptionist, "nani") == []


def test_search_ranks_the_most_recent_visit_first(services: Services, clock: FixedClock, receptionist: Actor,
                                                  walk_in: CheckInForm) -> None:
    for first in ("Amine", "Sara", "Omar"):
        services.visits.check_in(receptionist, replace(walk_in, last_name="Tazi", first_name=first))
        clock.advance(timedelta(minutes=10))
    amine = services.visits.search_visitors(receptionist, "tazi amine")[0]
    assert [m.first_name for m in services.visits.search_visitors(receptionist, "taz")] == ["Omar", "Sara", "Amine"]
    services.visits.check_in(receptionist, replace(walk_in, last_name="Tazi", first_name="Amine",
                                                   visitor_id=amine.visitor_id))
    assert [m.first_name for m in services.visits.search_visitors(receptionist, "taz")] == ["Amine", "Omar", "Sara"]


def test_returning_visitor_is_updated_not_duplicated(services: Services, receptionist: Actor,
                                                     walk_in: CheckInForm) -> None:
    first = services.visits.check_in(receptionist, walk_in)
    services.visits.check_out(receptionist, first.id)
    again = services.visits.check_in(receptionist, replace(walk_in, organisation="Inwi", id_number="",
                                                           visitor_id=first.visitor_id))
    assert again.visitor_id == first.visitor_id and again.organisation == "Inwi"
    assert services.visits.search_visitors(receptionist, "orange") == []
    match = services.visits.search_visitors(receptionist, "inwi")[0]
    assert match.id_number_masked == "••••3456"  # kept from the first visit


# --- check-in -----------------------------------------------------------------------------------------


def test_check_in_gives_a_badge_number_per_desk_and_day_and_an_opaque_code(
        services: Services, clock: FixedClock, receptionist: Actor, walk_in: CheckInForm) -> None:
    first = services.visits.check_in(receptionist, walk_in)
    second = services.visits.check_in(receptionist, replace(walk_in, first_name="Sara"))
    assert (first.badge_number, second.badge_number) == ("A1-261126-001", "A1-261126-002")
    assert BADGE_CODE_PATTERN.match(first.badge_code) and first.badge_code != second.badge_code
    assert "alaoui" not in first.badge_code.lower()
    clock.advance(timedelta(days=1))
    assert services.visits.check_in(receptionist, walk_in).badge_number == "A1-271126-001"
    assert (first.host_name, first.host_company, first.host_floor) == ("Mohamed Bennani", "Atlas Digital SARL", "2")


def test_id_numbers_are_stored_masked_unless_the_site_says_otherwise(
        services: Services, clock: FixedClock, admin: Actor, receptionist: Actor, walk_in: CheckInForm) -> None:
    visit = services.visits.check_in(receptionist, walk_in)
    services.settings.update(admin, {"visits.mask_id_numbers": False}, at=clock.now())
    plain = services.visits.check_in(receptionist, replace(walk_in, first_name="Sara"))
    with services.db.read() as session:
        assert session.get(Visitor, visit.visitor_id).id_number == "••••3456"
        assert session.get(Visitor, plain.visitor_id).id_number == "BE123456"


def test_every_bad_field_is_reported_at_once_in_french(services: Services, clock: FixedClock,
                                                       receptionist: Actor, walk_in: CheckInForm) -> None:
    bad = replace(walk_in, first_name=" ", email="elodie@orange", phone="12345", host_employee_id="",
                  expected_end=clock.now() - timedelta(minutes=5))
    with pytest.raises(ValidationError) as caught:
        services.visits.check_in(receptionist, bad)
    assert set(caught.value.errors) == {"first_name", "email", "phone", "host_employee_id", "expected_end"}
    assert "e-mail" in caught.value.errors["email"]
    assert services.visits.on_site(receptionist) == []


@pytest.mark.parametrize("phone", ["0612345678", "+212 6 12 34 56 78", "05.22.33.44.55", "+33 6 12 34 56 78",
                                   "0033612345678", "+1 415 555 0100"])
def test_moroccan_and_international_phones_are_accepted(services: Services, receptionist: Actor,
                                                        walk_in: CheckInForm, phone: str) -> None:
    assert services.visits.check_in(receptionist, replace(walk_in, phone=phone)).visitor_name == "Élodie Alaoui"


def test_check_in_queues_the_host_mail_in_the_same_transaction(services: Services, receptionist: Actor,
                                                               walk_in: CheckInForm) -> None:
    visit = services.visits.check_in(receptionist, walk_in)
    with services.db.read() as session:
        message = session.execute(select(MailMessage)).scalar_one()
    assert (message.to, message.status) == ("m@x.ma", "queued")
    assert "Élodie Alaoui" in message.subject and visit.badge_number in message.body
    check_in = next(e for e in _actions(services) if e.action == "visits.check_in")
    assert "Alaoui" not in check_in.after and json.loads(check_in.after)["badge_number"] == visit.badge_number


# --- watch list ---------------------------------------------------------------------------------------


@pytest.fixture
def watched(services: Services, manager: Actor) -> str:
    """'Karim Jabri' (ID X998877) is on the watch list."""
    return services.visits.watchlist_add(manager, WatchEntryForm("Jabri", "Karim", "X998877", "Vol de matériel")).id


def test_a_watch_list_match_stops_the_check_in(services: Services, receptionist: Actor, walk_in: CheckInForm,
                                               watched: str) -> None:
    with pytest.raises(WatchListMatch) as by_name:
        services.visits.check_in(receptionist, replace(walk_in, last_name="JABRI", first_name="karim"))
    assert by_name.value.hit.entry_id == watched and "Vol de matériel" in by_name.value.message
    with pytest.raises(WatchListMatch):
        services.visits.check_in(receptionist, replace(walk_in, id_number="x99 8877"))
    assert services.visits.on_site(receptionist) == []


def test_a_manager_allows_or_refuses_and_both_are_audited(services: Services, manager: Actor,
                                                          receptionist: Actor, walk_in: CheckInForm,
                                                          watched: str) -> None:
    suspect = replace(walk_in, last_name="Jabri", first_name="Karim")
    approver = services.auth.approve("responsable", "responsable-secret", Permission.WATCHLIST_DECIDE)
    services.visits.refuse_watchlisted(receptionist, approver, suspect)
    visit = services.visits.check_in(receptionist, suspect, approval=approver)
    assert visit.visitor_name == "Karim Jabri"
    decisions = {e.action: json.loads(e.after) for e in _actions(services) if "watchlist_" in e.action}
    assert decisions["visits.watchlist_refused"] == {"decided_by": "responsable"}
    assert decisions["visits.watchlist_allowed"] == {"entry_id": watched, "decided_by": "responsable"}


def test_a_receptionist_cannot_approve_a_watch_listed_visitor(services: Services, receptionist: Actor,
                                                              walk_in: CheckInForm, watched: str) -> None:
    with pytest.raises(PermissionDenied):
        services.visits.check_in(receptionist, replace(walk_in, last_name="Jabri", first_name="Karim"),
                                 approval=receptionist)
    with pytest.raises(PermissionDenied):
        services.visits.watchlist_add(receptionist, WatchEntryForm("Doe", reason="Test"))


def test_an_expired_or_deactivated_entry_no_longer_stops(services: Services, clock: FixedClock, manager: Actor,
                                                         receptionist: Actor, walk_in: CheckInForm,
                                                         watched: str) -> None:
    suspect = replace(walk_in, last_name="Jabri", first_name="Karim")
    services.visits.watchlist_deactivate(manager, watched)
    assert services.visits.check_in(receptionist, suspect).visitor_name == "Karim Jabri"
    services.visits.watchlist_add(manager, WatchEntryForm("Jabri", "Karim", reason="Retard",
                                                          until=clock.now().date() + timedelta(days=1)))
    with pytest.raises(WatchListMatch):
        services.visits.check_in(receptionist, suspect)
    clock.advance(timedelta(days=2))
    assert services.visits.check_in(receptionist, suspect).visitor_name == "Karim Jabri"
    assert [e.reason for e in services.visits.watchlist(manager)] == ["Retard"]


# --- check-out ----------------------------------------------------------------------------------------


def test_a_scan_checks_out_and_a_second_scan_says_who_left(services: Services, clock: FixedClock,
                                                           receptionist: Actor, walk_in: CheckInForm) -> None:
    visit = services.visits.check_in(receptionist, walk_in)
    clock.advance(timedelta(hours=1, minutes=5))
    left = services.visits.check_out_by_code(receptionist, f" {visit.badge_code.lower()} ")
    assert (left.checkout_kind, left.time_inside(clock.now())) == ("scan", timedelta(hours=1, minutes=5))
    with pytest.raises(Conflict, match="Badge déjà utilisé : Élodie Alaoui est sorti à 11:05"):
        services.visits.check_out_by_code(receptionist, visit.badge_code)
    with pytest.raises(NotFound, match="Badge inconnu"):
        services.visits.check_out_by_code(receptionist, "VAAAAAAAAAAAAAA")


def test_on_site_lists_who_is_inside_by_company_and_floor(services: Services, park: dict[str, str],
                                                          receptionist: Actor, walk_in: CheckInForm) -> None:
    services.visits.check_in(receptionist, walk_in)
    services.visits.check_in(receptionist, replace(walk_in, first_name="Sara", host_employee_id=park["noor.tazi"]))
    gone = services.visits.check_in(receptionist, replace(walk_in, first_name="Omar"))
    services.visits.check_out(receptionist, gone.id)
    assert len(services.visits.on_site(receptionist)) == 2
    assert [v.visitor_name for v in services.visits.on_site(receptionist, company_id=park["noor"])] == ["Sara Alaoui"]
    assert [v.visitor_name for v in services.visits.on_site(receptionist, floor="2")] == ["Élodie Alaoui"]


def test_everyone_out_at_closing(services: Services, receptionist: Actor, walk_in: CheckInForm) -> None:
    for first in ("Amine", "Sara", "Omar"):
        services.visits.check_in(receptionist, replace(walk_in, first_name=first))
    assert services.visits.check_out_all(receptionist) == 3
    assert services.visits.on_site(receptionist) == []
    assert services.visits.check_out_all(receptionist) == 0


def test_automatic_check_out_marks_forgotten_visits_at_the_set_time(
        services: Services, clock: FixedClock, receptionist: Actor, walk_in: CheckInForm) -> None:
    forgotten = services.visits.check_in(receptionist, walk_in)
    assert services.visits.auto_check_out(SYSTEM) == 0  # 10:00, before 22:00
    clock.advance(timedelta(hours=12, minutes=30))  # 22:30 local
    late = services.visits.check_in(receptionist, replace(walk_in, first_name="Sara"))
    assert services.visits.auto_check_out() == 1
    closed = {v.id: v for v in services.visits.history(receptionist, HistoryFilter(), limit=10)}
    assert closed[forgotten.id].checkout_kind == "auto"
    assert f"{to_local(closed[forgotten.id].checked_out_at):%H:%M}" == "22:00"
    assert closed[late.id].checked_out_at is None  # came after 22:00: closed at tomorrow's cutoff


def test_a_reprint_is_counted_and_audited(services: Services, receptionist: Actor, walk_in: CheckInForm) -> None:
    visit = services.visits.check_in(receptionist, walk_in)
    assert services.visits.record_reprint(receptionist, visit.id).reprint_count == 1
    assert services.visits.record_reprint(receptionist, visit.id).reprint_count == 2
    reprints = [json.loads(e.after) for e in _actions(services) if e.action == "visits.reprint"]
    assert reprints == [{"reprint_count": 1}, {"reprint_count": 2}]
