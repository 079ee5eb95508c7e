"""Money formatting, typed settings with French errors, and the demo park's size and determinism."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from reception.core.demo import DEMO_ACCOUNTS, build_demo
from reception.core.errors import DomainError, PermissionDenied, ValidationError
from reception.core.models import Employee, Tenant, User
from reception.core.money import format_dh, parse_dh
from reception.core.services.container import Services
from reception.core.services.permissions import Actor


def test_dirhams_are_shown_the_french_way() -> None:
    assert format_dh(500) == "5,00 DH"
    assert format_dh(123456) == "1\u00a0234,56 DH"
    assert format_dh(-50) == "-0,50 DH"


@given(st.integers(min_value=-10**9, max_value=10**9))
def test_parse_reads_back_what_format_writes(centimes: int) -> None:
    assert parse_dh(format_dh(centimes).replace("\u00a0", "")) == centimes


@pytest.mark.parametrize("text,expected", [("5", 500), ("5,5", 550), ("5.50", 550), ("12,05 DH", 1205)])
def test_parse_accepts_what_people_type(text: str, expected: int) -> None:
    assert parse_dh(text) == expected


def test_parse_refuses_garbage() -> None:
    with pytest.raises(DomainError, match="Montant invalide"):
        parse_dh("cinq")


def test_settings_have_defaults_and_typed_updates(services: Services, admin: Actor) -> None:
    assert services.settings.get("session.idle_lock_minutes") == 10
    services.settings.update(admin, {"session.idle_lock_minutes": "15", "visits.auto_print_badge": False},
                             at=services.clock.now())
    assert services.settings.get("session.idle_lock_minutes") == 15
    assert services.settings.get("visits.auto_print_badge") is False


def test_bad_settings_are_all_reported_and_nothing_saved(services: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError) as caught:
        services.settings.update(admin, {"session.idle_lock_minutes": "0", "sync.nightly_time": "25h",
                                         "ui.language": "fr"}, at=services.clock.now())
    assert set(caught.value.errors) == {"session.idle_lock_minutes", "sync.nightly_time"}
    assert services.settings.get("session.idle_lock_minutes") == 10


def test_only_an_admin_changes_settings(services: Services, receptionist: Actor) -> None:
    with pytest.raises(PermissionDenied):
        services.settings.update(receptionist, {"session.idle_lock_minutes": 5}, at=services.clock.now())


def _park_signature(path: Path) -> tuple[int, int, list[str]]:
    db = build_demo(path, years=0, seed=7)
    with db.read() as session:
        tenants = session.scalar(select(func.count()).select_from(Tenant)) or 0
        employees = session.scalar(select(func.count()).select_from(Employee)) or 0
        names = list(session.execute(select(Tenant.name).order_by(Tenant.name).limit(5)).scalars())
        users = set(session.execute(select(User.username)).scalars())
    db.dispose()
    assert users == {account[0] for account in DEMO_ACCOUNTS}
    return tenants, employees, names


def test_demo_park_is_realistic_and_deterministic(tmp_path: Path) -> None:
    first = _park_signature(tmp_path / "a.db")
    assert first == _park_signature(tmp_path / "b.db")
    tenants, employees, _ = first
    assert tenants == 170 and 1300 <= employees <= 1700
