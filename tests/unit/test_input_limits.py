"""Bad input gets a French answer naming the field: texts longer than their column, huge numbers, unknown
references; the limits come from the models (core/limits.py), and nothing half-written stays behind."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from reception.cli import main
from reception.core import i18n
from reception.core.database import Database
from reception.core.errors import AuthenticationError, NotFound, PermissionDenied, ValidationError
from reception.core.limits import check_period, max_length
from reception.core.models import Employee, Room, Visitor
from reception.core.models.base import table_of
from reception.core.services.cafeteria_data import Customer, LineInput, Payment
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.rooms_data import SeriesRule
from reception.core.services.visits import CheckInForm, HistoryFilter
from tests.cafeteria_helpers import stock_products
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
    assert max_length(Visitor, "last_name") == table_of(Visitor).c.last_name.type.length == 100  # type: ignore[attr-defined]
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


def test_export_ics_refuses_a_period_backwards_or_out_of_bounds(services: Services, facilities: Actor,
                                                                 park: dict[str, str]) -> None:
    room = make_rooms(services, facilities)["atlas"]
    with pytest.raises(ValidationError, match="se termine le 01/11/2026, avant son début le 27/11/2026") as back:
        services.rooms.export_ics(facilities, room_id=room, date_from=date(2026, 11, 27), date_to=date(2026, 11, 1))
    assert back.value.field == "date_to"
    with pytest.raises(ValidationError, match="Du : le 01/01/1 est hors limites") as wide:
        services.rooms.export_ics(facilities, room_id=room, date_from=date(1, 1, 1), date_to=date(9999, 12, 31))
    assert set(wide.value.errors) == {"date_from", "date_to"}
    with pytest.raises(ValidationError, match="hors limites"):
        services.rooms.bookings(facilities, date(9999, 12, 31), date(9999, 12, 31))


def test_export_ics_on_the_command_line_says_what_is_wrong(db: Database, services: Services, facilities: Actor,
                                                           tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_rooms(services, facilities)
    base = ["--db", str(db.path), "rooms", "export-ics", "--room", "Atlas", "--out", str(tmp_path / "a.ics")]
    assert main([*base, "--from", "2026-11-27", "--to", "2026-11-01"]) == 1
    assert "avant son début" in capsys.readouterr().err
    assert main([*base, "--from", "0001-01-01", "--to", "9999-12-31"]) == 1
    assert "hors limites" in capsys.readouterr().err
    assert not (tmp_path / "a.ics").exists()


def test_a_series_ending_before_year_1000_is_refused(services: Services, facilities: Actor,
                                                      park: dict[str, str]) -> None:
    room = make_rooms(services, facilities)["atlas"]
    booking = draft(room, park["atlas"], THURSDAY, "14:00", "15:00")
    with pytest.raises(ValidationError, match="Date de fin : le 01/01/999 est hors limites"):
        services.rooms.book_series(facilities, booking, SeriesRule("weekly", until=date(999, 1, 1)))
    with pytest.raises(ValidationError, match="intervalle"):
        services.rooms.book_series(facilities, booking, SeriesRule("daily", interval=10**20, count=2))


def test_amounts_beyond_any_drawer_are_refused(services: Services, receptionist: Actor) -> None:
    with pytest.raises(ValidationError, match="montant trop grand"):
        services.cafeteria.open_session(receptionist, 2**63)
    services.cafeteria.open_session(receptionist, 20_000)
    with pytest.raises(ValidationError, match="montant trop grand") as caught:
        services.cafeteria.cash_movement(receptionist, "in", 2**63, "Monnaie")
    assert caught.value.field == "amount"
    with pytest.raises(ValidationError, match="Au plus 100000 pièces"):
        services.cafeteria.close_session(receptionist, {100: 2**64})


def test_the_flush_guard_bounds_dates_and_integers_of_every_write(services: Services, park: dict[str, str],
                                                                   receptionist: Actor) -> None:
    late = datetime(9999, 12, 31, 23, 0, tzinfo=UTC)
    with pytest.raises(ValidationError, match="Fin prévue : le 31/12/9999 est hors limites"):
        services.visits.check_in(receptionist, CheckInForm("Alami", "Sara", expected_end=late,
                                                           host_employee_id=park["atlas.bennani"]))


def test_a_nul_character_central_would_refuse_is_refused_at_the_desk(services: Services, admin: Actor,
                                                                      park: dict[str, str]) -> None:
    with pytest.raises(ValidationError, match="Fonction : caractère nul") as caught:
        services.directory.save_employee(admin, {"tenant_id": park["atlas"], "last_name": "Alami",
                                                 "first_name": "Sara", "job_title": "Chef\x00de projet"})
    assert caught.value.field == "job_title"


def test_pages_beyond_what_sqlite_counts_are_bounded(services: Services, admin: Actor, receptionist: Actor,
                                                     park: dict[str, str]) -> None:
    assert len(services.directory.employees(admin, limit=2**64)) == 4
    assert services.visits.history(receptionist, HistoryFilter(), limit=-5) == []
    assert services.visits.history_count(receptionist, HistoryFilter(), cap=2**64) == 0


def test_an_english_desk_reads_the_limits_in_english(services: Services, park: dict[str, str],
                                                      receptionist: Actor) -> None:
    """The limits' messages are catalogue entries: in English mode no French reaches the field."""
    i18n.set_language("en")
    try:
        form = CheckInForm("N" * 101, "Amine", "Orange", host_employee_id=park["atlas.bennani"])
        with pytest.raises(ValidationError) as caught:
            services.visits.check_in(receptionist, form)
        assert caught.value.errors == {"last_name": "Name: at most 100 characters (101 typed)."}
        with pytest.raises(ValidationError, match="amount too large"):
            services.cafeteria.open_session(receptionist, 2**63)
        with pytest.raises(ValidationError, match="The period ends on 01/11/2026, before it starts on 27/11/2026"):
            check_period(date(2026, 11, 27), date(2026, 11, 1))
        with pytest.raises(ValidationError, match="From: 01/01/1 is out of range"):
            check_period(date(1, 1, 1), date(2026, 11, 1))
    finally:
        i18n.set_language("fr")


def test_an_english_desk_reads_sign_in_and_permission_errors_in_english(services: Services, admin: Actor,
                                                                        receptionist: Actor) -> None:
    """Messages from the services a person meets at the desk: a wrong password, a restricted action."""
    i18n.set_language("en")
    try:
        with pytest.raises(AuthenticationError, match=r"^Wrong username or password\.$"):
            services.auth.login("admin", "not the password")
        with pytest.raises(PermissionDenied, match=r"^Restricted action: your role \(Receptionist\)"):
            services.site.update(receptionist, {"name": "Technopark"})
        with pytest.raises(ValidationError) as caught:
            services.site.update(admin, {"name": " ", "opens_at": "8h"})
        assert caught.value.errors["opens_at"] == "Time expected as hh:mm."
    finally:
        i18n.set_language("fr")


def test_an_english_desk_reads_the_drawer_and_price_errors_in_english(services: Services, admin: Actor,
                                                                       receptionist: Actor) -> None:
    i18n.set_language("en")
    try:
        with pytest.raises(ValidationError) as product:
            services.cafeteria.save_product(admin, {"name": "", "price_centimes": 500, "tva_rate_bp": 1000})
        assert product.value.errors["name"] == "The product name is required."
        services.cafeteria.open_session(receptionist, 20_000)
        with pytest.raises(ValidationError, match=r"^Unknown denomination: 3\.00 DH\.$"):
            services.cafeteria.close_session(receptionist, {300: 1})
    finally:
        i18n.set_language("fr")


def test_an_english_desk_reads_the_rooms_errors_in_english(services: Services, facilities: Actor,
                                                            park: dict[str, str]) -> None:
    room = make_rooms(services, facilities)["atlas"]
    i18n.set_language("en")
    try:
        with pytest.raises(ValidationError) as caught:
            services.rooms.book(facilities, draft(room, park["atlas"], THURSDAY, "14:00", "14:10"))
        assert "Times are booked in steps of 15 minutes (e.g. 10:00, 10:15, 10:30)." in caught.value.errors.values()
    finally:
        i18n.set_language("fr")


def test_an_english_desk_reads_the_sale_errors_in_english(services: Services, admin: Actor) -> None:
    ids = stock_products(services, admin)
    services.cafeteria.open_session(admin, 10_000)
    i18n.set_language("en")
    try:
        with pytest.raises(ValidationError, match=r"^Amount given is not enough: 5\.00 DH to pay\.$"):
            services.cafeteria.sell(admin, [LineInput(ids["cafe"], 1)], Customer(), Payment("cash", 100))
        with pytest.raises(NotFound, match=r"^Receipt Z9-000009 not found at this desk\.$"):
            services.cafeteria.receipt(admin, "Z9-000009")
    finally:
        i18n.set_language("fr")
