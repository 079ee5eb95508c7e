"""Pre-registered visitors, event guest lists from CSV, and checking a group in at once."""

from __future__ import annotations

from datetime import date

import pytest

from reception.core.errors import Conflict, ValidationError
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.visits import CheckInForm

TODAY = date(2026, 11, 26)
GUESTS = """nom;prénom;organisation;email;telephone
Moreau;Camille;Boultek;camille@boultek.ma;0612345678
El Fassi;Reda;;reda@gmail.com;
Idrissi;Kenza;Studio 7;;+33 6 11 22 33 44
"""


def test_preregistered_visitor_is_expected_then_arrives(services: Services, park: dict[str, str],
                                                        receptionist: Actor) -> None:
    form = CheckInForm("Tazi", "Omar", "Inwi", host_employee_id=park["noor.tazi"], visit_type="interview")
    expected = services.visits.preregister(receptionist, form, TODAY)
    assert (expected.status, expected.host_company, expected.visitor_name) == ("expected", "Noor Green Energy SA",
                                                                              "Omar Tazi")
    visit = services.visits.check_in(receptionist, CheckInForm("Tazi", "Omar", "Inwi",
                                                               host_employee_id=park["noor.tazi"],
                                                               visit_type="interview",
                                                               expected_visit_id=expected.id))
    assert visit.badge_code == expected.badge_code  # a pre-printed badge works at the door
    [row] = services.visits.expected(receptionist, TODAY)
    assert (row.status, row.visit_id) == ("arrived", visit.id)
    assert services.visits.expected(receptionist, TODAY, include_done=False) == []


def test_guest_list_import_then_group_check_in(services: Services, park: dict[str, str],
                                               receptionist: Actor) -> None:
    guests = services.visits.import_guest_list(receptionist, GUESTS, TODAY, "Jam session Boultek",
                                               park["atlas.alaoui"])
    assert [g.visitor_name for g in guests] == ["Camille Moreau", "Reda El Fassi", "Kenza Idrissi"]
    assert {g.event_name for g in guests} == {"Jam session Boultek"}
    visits = services.visits.check_in_group(receptionist, [g.id for g in guests[:2]])
    assert [v.badge_number for v in visits] == ["A1-261126-001", "A1-261126-002"]
    assert {v.visit_type for v in visits} == {"event"}
    statuses = {e.visitor_name: e.status for e in services.visits.expected(receptionist, TODAY)}
    assert statuses == {"Reda El Fassi": "arrived", "Kenza Idrissi": "expected", "Camille Moreau": "arrived"}
    with pytest.raises(Conflict, match="déjà arrivé"):
        services.visits.check_in_group(receptionist, [guests[0].id, guests[2].id])
    assert len(services.visits.on_site(receptionist)) == 2  # the failed group changed nothing


def test_guest_list_is_all_or_nothing_with_line_numbers(services: Services, park: dict[str, str],
                                                        receptionist: Actor) -> None:
    bad = GUESTS + "Zniber;;;pas-un-mail;\nBerrada;Ali;;;123\n"
    with pytest.raises(ValidationError) as caught:
        services.visits.import_guest_list(receptionist, bad, TODAY, "Masterclass", park["atlas.alaoui"])
    message = caught.value.errors["file"]
    assert "Ligne 5, colonne « prénom » : Le prénom est obligatoire." in message
    assert "Ligne 5, colonne « email » : Adresse e-mail invalide" in message
    assert "Ligne 6, colonne « telephone » : Téléphone invalide" in message
    assert services.visits.expected(receptionist, TODAY) == []


def test_guest_list_needs_the_name_columns(services: Services, park: dict[str, str], receptionist: Actor) -> None:
    with pytest.raises(ValidationError, match="Colonnes manquantes : prenom"):
        services.visits.import_guest_list(receptionist, "nom,email\nTazi,t@x.ma\n", TODAY, "", park["atlas.alaoui"])


def test_a_cancelled_guest_cannot_be_checked_in(services: Services, park: dict[str, str],
                                                receptionist: Actor) -> None:
    expected = services.visits.preregister(receptionist, CheckInForm("Naciri", "Ilyas",
                                                                     host_employee_id=park["noor.tazi"]), TODAY)
    assert services.visits.cancel_expected(receptionist, expected.id).status == "cancelled"
    with pytest.raises(Conflict, match="annulé"):
        services.visits.check_in_group(receptionist, [expected.id])


def test_a_returning_guest_keeps_their_visitor_record(services: Services, park: dict[str, str],
                                                      receptionist: Actor) -> None:
    first = services.visits.check_in(receptionist, CheckInForm("Moreau", "Camille", "Boultek",
                                                               host_employee_id=park["atlas.bennani"]))
    [guest] = services.visits.import_guest_list(receptionist, GUESTS.splitlines()[0] + "\n"
                                                + GUESTS.splitlines()[1], TODAY, "Concert", park["atlas.alaoui"])
    [visit] = services.visits.check_in_group(receptionist, [guest.id])
    assert visit.visitor_id == first.visitor_id
