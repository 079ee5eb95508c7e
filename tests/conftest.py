"""Shared fixtures: a real migrated SQLite file on tmp_path, a clock you can move, services and actors."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pytestqt.qtbot import QtBot

from reception.core import i18n
from reception.core.clock import FixedClock
from reception.core.database import Database
from reception.core.services.container import Services
from reception.core.services.permissions import Actor, Role
from tests.file_keyring import FileKeyring, installed
from tests.postgres_server import postgres_server


def _patient(method: Any) -> Any:
    """pytest-qt waits 5 s by default: on a loaded CI machine (the suite runs on every core) a worker's answer
    can take longer. A condition that comes true still returns at once; only a failing wait lasts 20 s."""
    def wait(self: QtBot, *args: Any, timeout: int = 20_000, **kwargs: Any) -> Any:
        return method(self, *args, timeout=timeout, **kwargs)
    return wait


QtBot.waitUntil = _patient(QtBot.waitUntil)  # type: ignore[method-assign]
QtBot.waitSignal = _patient(QtBot.waitSignal)  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def _isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keeps data and logs of every test inside its tmp_path, and the locale neutral (French, the source)."""
    monkeypatch.setenv("RECEPTION_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("RECEPTION_LOG_DIR", str(tmp_path / "logs"))
    for name in ("LC_ALL", "LC_MESSAGES"):  # the command line follows the person's language: the tests name none
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("RECEPTION_DB", raising=False)


@pytest.fixture(autouse=True)
def credential_store(tmp_path: Path) -> Iterator[FileKeyring]:
    """Every test gets its own credential store (a 0600 file in tmp_path), never the person's keyring."""
    with installed(FileKeyring(tmp_path / "keyring.json")) as backend:
        yield backend  # type: ignore[misc]


@pytest.fixture(autouse=True)
def _french_core() -> Iterator[None]:
    """Every test starts and ends with the core speaking French, whatever a previous test installed."""
    i18n.set_language("fr")
    yield
    i18n.set_language("fr")


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str]:
    """A PostgreSQL superuser URL for the whole session: RECEPTION_TEST_PG's, or a throwaway server's."""
    with postgres_server() as url:
        yield url


@pytest.fixture
def clock() -> FixedClock:
    """A clock set to Thursday 26/11/2026 10:00 in Casablanca, moved only by the test."""
    return FixedClock(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's database file lives."""
    return tmp_path / "desk.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A real SQLite file migrated to head, with the site CAS and desk CAS-A1."""
    database = Database(db_path)
    database.upgrade()
    yield database
    database.dispose()


@pytest.fixture
def services(db: Database, clock: FixedClock) -> Services:
    """Every service on the test database, with the movable clock."""
    built = Services(db, clock)
    built.site.ensure("CAS", "Technopark Casablanca", "Casablanca", "CAS-A1", "Accueil principal")
    return built


def _make(services: Services, role: Role, username: str) -> Actor:
    if services.auth.needs_first_admin():
        services.auth.create_first_admin("admin", "Karim Tazi", "admin1234")
    if role is Role.ADMIN and username == "admin":
        return services.auth.login("admin", "admin1234")
    admin = services.auth.login("admin", "admin1234")
    return services.auth.create_user(admin, username, username.title(), role, f"{username}-secret")


@pytest.fixture
def admin(services: Services) -> Actor:
    """The first admin (password admin1234)."""
    return _make(services, Role.ADMIN, "admin")


@pytest.fixture
def receptionist(services: Services, admin: Actor) -> Actor:
    """A receptionist 'accueil' (password accueil-secret)."""
    return _make(services, Role.RECEPTIONIST, "accueil")


@pytest.fixture
def facilities(services: Services, admin: Actor) -> Actor:
    """A facilities user 'services' (password services-secret)."""
    return _make(services, Role.FACILITIES, "services")


@pytest.fixture
def manager(services: Services, admin: Actor) -> Actor:
    """A manager 'responsable' (password responsable-secret)."""
    return _make(services, Role.MANAGER, "responsable")


@pytest.fixture
def park(services: Services, admin: Actor) -> dict[str, str]:
    """Two tenant companies with two employees each; returns their ids by short name."""
    ids = {}
    for short, name, floor in (("atlas", "Atlas Digital SARL", "2"), ("noor", "Noor Green Energy SA", "4")):
        ids[short] = services.directory.save_tenant(admin, {"name": name, "floor": floor, "sector": "Informatique"}).id
    people = (("atlas", "Bennani", "Mohamed"), ("atlas", "Alaoui", "Élodie"),
              ("noor", "Tazi", "Youssef"), ("noor", "Benani", "Sara"))
    for short, last, first in people:
        row = services.directory.save_employee(admin, {"tenant_id": ids[short], "last_name": last,
                                                       "first_name": first, "email": f"{first[0].lower()}@x.ma"})
        ids[f"{short}.{last.lower()}"] = row.id
    return ids
