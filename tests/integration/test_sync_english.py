"""Sync and enrolment speak the person's language: a sync against a real PostgreSQL reports, warns and fails in
English, and `reception sync`, `reception enrol` and `reception central add-desk` print one English line with
their exit code when LANG names English."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from reception.cli import EXIT_USAGE, main
from reception.core import i18n
from reception.core.database import Database
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.sync.central import add_desk
from reception.sync.engine import EXIT_IDENTITY, EXIT_OK, EXIT_REFUSED_LOGIN
from reception.sync.enrolment import EXIT_CODE_UNKNOWN, central_address, shown_address
from reception.sync.enrolment_code import new_code, shown
from tests.integration.sync_harness import Desk, central_url, check_in, open_desk, seed_site

__all__ = ["central_url"]


@pytest.fixture
def english_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    """The person's environment names English (the command line follows it)."""
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    return err.strip()


@pytest.mark.usefixtures("english_lang")
def test_enrol_with_a_mistyped_code_says_so_in_one_english_line(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new-pc.db"
    assert main(["--db", str(path), "enrol", "--central", "central.example:5432/reception",
                 "--code", "ABCD-EFGH"]) == EXIT_CODE_UNKNOWN
    assert _one_line(capsys) == ("Refused: An enrolment code has 16 characters (4 groups of 4); ABCD-EFGH has 8.")
    assert not path.exists()


@pytest.mark.usefixtures("english_lang")
def test_sync_with_a_central_url_that_is_no_postgresql_says_so_in_english(
        services: Services, admin: Actor, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "sync", "--central", "mysql://desk:secret@central/reception"]) == EXIT_USAGE
    assert _one_line(capsys) == ("Error: Central database “mysql” not supported: the central database is PostgreSQL "
                                 "(postgresql://user:password@server:5432/database).")


@pytest.mark.postgres
@pytest.mark.usefixtures("english_lang")
def test_enrol_with_an_unknown_code_is_refused_by_central_in_english(central_url: str,
                                                                     tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    address = shown_address(central_address(central_url))
    assert main(["--db", str(tmp_path / "new-pc.db"), "enrol", "--central", address,
                 "--code", shown(new_code())]) == EXIT_CODE_UNKNOWN
    assert _one_line(capsys).startswith("Refused: Enrolment code unknown to this central database")


@pytest.fixture
def synced(tmp_path: Path, central_url: str) -> tuple[Desk, dict[str, str]]:
    """CAS-A1 seeded the site and synced once."""
    desk = open_desk(tmp_path, central_url, "CAS", "CAS-A1")
    ids = seed_site(desk)
    assert desk.sync().outcome == EXIT_OK
    return desk, ids


@pytest.mark.postgres
@pytest.mark.slow  # a seeded site's first sync (about 5 s)
def test_a_sync_reports_and_warns_in_english(synced: tuple[Desk, dict[str, str]]) -> None:
    desk, ids = synced
    desk.clock.advance(timedelta(days=3))
    check_in(desk, ids["atlas.host"], 2)
    i18n.set_language("en")
    progress: list[str] = []
    report = desk.sync(progress=progress.append)
    assert report.outcome == EXIT_OK
    assert progress[:2] == ["Checking the local database…", "Connecting to the central database…"]
    assert report.warning.startswith("This desk's clock is ") and "min ahead of the server's" in report.warning
    assert report.summary().endswith(f"{report.pushed} changes sent, {report.pulled} received, "
                                     "0 conflict(s) to review.")


@pytest.mark.postgres
@pytest.mark.slow  # a seeded site's first sync (about 5 s)
def test_a_pc_enrolled_under_another_desk_is_stopped_in_english(synced: tuple[Desk, dict[str, str]],
                                                                tmp_path: Path, central_url: str) -> None:
    desk, _ids = synced
    other = Database(tmp_path / "second-pc.db")
    other.upgrade()
    other.set_identity("CAS", "CAS-A1")
    try:
        other_login = add_desk(central_url, "CAS", "CAS-A2").url
        i18n.set_language("en")
        report = Desk(other.path, other, Services(other, desk.clock), desk.clock, "CAS", "CAS-A1",
                      other_login).sync()
    finally:
        other.dispose()
    assert report.outcome == EXIT_IDENTITY
    assert report.message.startswith(
        "This PC is set up as desk CAS-A1 (site CAS), but its central database access is that of desk CAS-A2 "
        "(site CAS): its changes stay pending on this PC. Have this PC enrolled as the right desk")


@pytest.mark.postgres
@pytest.mark.slow  # a seeded site's first sync (about 5 s)
@pytest.mark.usefixtures("english_lang")
def test_the_command_line_sync_and_add_desk_refuse_in_one_english_line(
        synced: tuple[Desk, dict[str, str]], central_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    desk, _ids = synced
    desk.close()
    wrong = make_url(desk.url).set(password="not-the-one").render_as_string(hide_password=False)
    assert main(["--db", str(desk.path), "sync", "--central", wrong]) == EXIT_REFUSED_LOGIN
    assert _one_line(capsys) == (
        "Sync interrupted: Central database: password refused for this desk. Correct the URL of the "
        "sync.central_url setting (the password given by “reception central add-desk”); the changes stay pending.")
    assert main(["central", "add-desk", "--url", central_url, "--site", "CAS", "--desk", "CAS-A9",
                 "--db", str(desk.path)]) == EXIT_IDENTITY
    assert _one_line(capsys) == ("This desk has already synced as CAS-A1 (site CAS): it keeps that identity. "
                                 "Give it the central access of that desk.")
