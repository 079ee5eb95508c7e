"""Enrolment by one-time code, end to end on a real PostgreSQL: head office creates the desk, a fresh PC joins
with the code and the central address only, checks a visitor in and syncs; the code never works twice, nor
after its expiry, nor mistyped; central never holds the code or a readable password."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from reception.cli import main
from reception.core.database import Database
from reception.core.models import Employee, Room, Tenant, User
from reception.core.services.container import Services
from reception.sync.central import add_desk
from reception.sync.engine import EXIT_OK
from reception.sync.enrolment import EXIT_CODE_EXPIRED, EXIT_CODE_UNKNOWN, EXIT_CODE_USED
from tests.integration.sync_harness import Desk, assert_converged, central_url, check_in, open_desk, seed_site
from tests.postgres_server import libpq

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
__all__ = ["central_url"]

CODE = re.compile(r"Code d'inscription .*: ([A-Z0-9-]{19})$", re.M)
ADDRESS = re.compile(r"^Adresse de la base centrale : (\S+)$", re.M)


@pytest.fixture
def head_office(tmp_path: Path, central_url: str) -> Iterator[tuple[str, Desk]]:
    """Central with the Casablanca site seeded and synced by its first desk."""
    first = open_desk(tmp_path / "first", central_url, "CAS", "CAS-A1")
    seed_site(first)
    assert first.sync().outcome == EXIT_OK
    yield central_url, first
    first.close()


def add_desk_by_cli(central_url: str, capsys: pytest.CaptureFixture[str], desk: str = "CAS-A2",
                    *extra: str) -> tuple[str, str]:
    """`central add-desk` as head office types it: (the central address, the code) it printed."""
    assert main(["central", "add-desk", "--url", central_url, "--site", "CAS", "--desk", desk, *extra]) == 0
    printed = capsys.readouterr().out
    assert "Mot de passe" not in printed  # the password is handed over by the code only
    code, address = CODE.search(printed), ADDRESS.search(printed)
    assert code and address, printed
    return address.group(1), code.group(1)


def enrol(path: Path, address: str, code: str) -> int:
    return main(["--db", str(path), "enrol", "--central", address, "--code", code])


def admin_rows(central_url: str, sql: str) -> list[tuple[object, ...]]:
    with psycopg.connect(libpq(central_url)) as conn:
        return conn.execute(sql).fetchall()


def test_a_fresh_desk_joins_by_code_checks_in_and_syncs(
        head_office: tuple[str, Desk], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    central, first = head_office
    address, code = add_desk_by_cli(central, capsys)
    assert "@" not in address  # no user, no password: anyone may read it aloud

    path = tmp_path / "new-pc" / "reception.db"
    path.parent.mkdir()
    assert enrol(path, address, code.lower().replace("-", " ")) == EXIT_OK  # case and separators do not matter
    out = capsys.readouterr().out
    assert "Poste CAS-A2 (site CAS) inscrit et prêt" in out and "Téléchargement du site" in out

    db = Database(path)
    services = Services(db)
    desk = Desk(path, db, services, first.clock, "CAS", "CAS-A2", services.settings.central_url())
    try:
        assert db.identity().desk_code == "CAS-A2"  # type: ignore[union-attr]
        assert ":" not in services.settings.get("sync.central_url").split("@")[0].split("//")[1]  # no password
        with db.read() as session:  # the site came down with the first pull
            assert {u.username for u in session.scalars(select(User))} >= {"admin", "accueil"}
            assert session.scalars(select(Tenant)).all() and session.scalars(select(Employee)).all()
            assert session.scalars(select(Room)).all()
            host = session.scalars(select(Employee)).first()
        check_in(desk, host.id, 2, "Inscrit")  # type: ignore[union-attr]
        assert main(["--db", str(path), "sync"]) == EXIT_OK  # the password comes from the credential store
        assert first.sync().outcome == EXIT_OK
        assert_converged(central, [first, desk])
    finally:
        db.dispose()
    [(sealed, used)] = admin_rows(central, "SELECT sealed, used_at FROM sync_enrolments WHERE desk_code = 'CAS-A2'")
    assert sealed is None and used is not None  # nothing left to open at central

    again = tmp_path / "second-try.db"
    assert enrol(again, address, code) == EXIT_CODE_USED
    assert "déjà servi" in capsys.readouterr().err


def test_an_expired_code_is_refused_and_its_seal_erased(
        head_office: tuple[str, Desk], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    central, _first = head_office
    address, code = add_desk_by_cli(central, capsys, "CAS-A3", "--valid-hours", "1")
    with psycopg.connect(libpq(central)) as conn:
        conn.execute("UPDATE sync_enrolments SET expires_at = now() - interval '1 minute'")
    assert enrol(tmp_path / "late.db", address, code) == EXIT_CODE_EXPIRED
    assert "a expiré" in capsys.readouterr().err
    assert admin_rows(central, "SELECT sealed FROM sync_enrolments WHERE desk_code = 'CAS-A3'") == [(None,)]


def test_wrong_codes_and_an_unreachable_central_are_refused_without_using_the_code(
        head_office: tuple[str, Desk], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    central, _first = head_office
    address, code = add_desk_by_cli(central, capsys, "CAS-A4")
    wrong = code[:-1] + ("B" if code[-1] != "B" else "C")
    assert enrol(tmp_path / "a.db", address, wrong) == EXIT_CODE_UNKNOWN
    assert "inconnu" in capsys.readouterr().err
    assert enrol(tmp_path / "b.db", address, "BCDF-0000") == EXIT_CODE_UNKNOWN
    assert "16 caractères" in capsys.readouterr().err
    assert not (tmp_path / "b.db").exists()  # a refused enrolment leaves no empty database behind
    assert enrol(tmp_path / "c.db", "127.0.0.1:1/reception", code) == 14
    assert "injoignable" in capsys.readouterr().err
    pending = "SELECT used_at, sealed IS NOT NULL FROM sync_enrolments WHERE desk_code = 'CAS-A4'"
    assert admin_rows(central, pending) == [(None, True)]
    assert enrol(tmp_path / "d.db", address, code) == EXIT_OK  # still good after all that


def test_a_new_code_withdraws_the_desks_earlier_one(head_office: tuple[str, Desk], tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    central, _first = head_office
    address, old = add_desk_by_cli(central, capsys, "CAS-A5")
    new = add_desk(central, "CAS", "CAS-A5")
    assert enrol(tmp_path / "old.db", address, old) == EXIT_CODE_UNKNOWN  # its password is no longer the desk's
    assert enrol(tmp_path / "new.db", address, new.code) == EXIT_OK


def test_the_first_desk_of_a_new_site_brings_its_site_and_desk_rows(
        central_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["central", "add-desk", "--url", central_url, "--site", "FES", "--desk", "FES-A1"]) == 0
    printed = capsys.readouterr().out
    address, code = ADDRESS.search(printed), CODE.search(printed)
    assert address and code
    path = tmp_path / "fes.db"
    assert enrol(path, address.group(1), code.group(1)) == EXIT_OK
    db = Database(path)
    try:
        services = Services(db)
        info = services.site.info()
        assert (info.site_code, info.desk_code) == ("FES", "FES-A1")
        assert services.auth.needs_first_admin()  # the console's first start asks for it next
    finally:
        db.dispose()
