"""Bad input gets a French answer naming the field: texts longer than their column, huge numbers, unknown
references; the limits come from the models (core/limits.py), and nothing half-written stays behind."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from reception.core.errors import ValidationError
from reception.core.limits import max_length
from reception.core.models import Employee, Room, Visitor
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.visits import CheckInForm
from tests.rooms_support import THURSDAY, draft, make_rooms


def test_a_5000_character_name_is_refused_at_check_in_with_the_field_named(
        services: Services, park: dict[str, str], receptionist: Actor) -> None:
    form = CheckInForm("N" * 5000, "Amine", "O" * 201, notes="x" * 3000, host_employee_id=park["atlas.bennani"])
    with pytest.raises(ValidationError) as caught:
        services.visits.check_in(receptionist, form)
    assert caught.value.errors == {
        "last_name": "Nom : 100 caractères au plus (5000 saisis).",
        "organisation": "Organisation : 200 caractères au plus (201 saisis).",
        "notes": "Notes : 2000 caractères au plus (3000 saisis).",
    }
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Visitor)) == 0


def test_the_limits_are_the_models_column_lengths(services: Services) -> None:
    assert max_length(Visitor, "last_name") == Visitor.__table__.c.last_name.type.length == 100
    assert max_length(Employee, "job_title") == 120


def test_directory_and_rooms_refuse_overlong_texts(services: Services, admin: Actor, park: dict[str, str],
                                                   facilities: Actor) -> None:
    with pytest.raises(ValidationError, match="Prénom : 100 caractères au plus") as caught:
        services.directory.save_employee(admin, {"tenant_id": park["atlas"], "last_name": "Alami",
                                                 "first_name": "É" * 101})
    assert caught.value.field == "first_name"
    with pytest.raises(ValidationError, match="Nom : 200 caractères au plus"):
        services.directory.save_tenant(admin, {"name": "S" * 201})
    rooms = make_rooms(services, facilities)
    with pytest.raises(ValidationError, match="Objet : 120 caractères au plus") as booked:  # the flush guard
        services.rooms.book(facilities, draft(rooms["atlas"], park["atlas"], THURSDAY, "14:00", "15:00",
                                              title="R" * 121))
    assert booked.value.field == "title"
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Room)) == 3


def test_folding_that_lengthens_a_name_is_cut_to_the_search_key(services: Services, admin: Actor,
                                                                 park: dict[str, str]) -> None:
    row = services.directory.save_employee(admin, {"tenant_id": park["atlas"], "last_name": "\ufdfa" * 100,
                                                   "first_name": "Amine"})
    with services.db.read() as session:
        employee = session.get(Employee, row.id)
        assert employee is not None and len(employee.search_key) == 220


def test_an_unknown_company_is_a_domain_error_not_a_foreign_key_failure(services: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError, match="Société introuvable") as caught:
        services.directory.save_employee(admin, {"tenant_id": "no-such-tenant", "last_name": "Alami",
                                                 "first_name": "Sara"})
    assert caught.value.field == "tenant_id"
