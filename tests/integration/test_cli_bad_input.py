"""The command line answers bad input in one French line with its exit code, never 'Erreur inattendue':
a folder or a read-only place as --db, a URL that is none or not PostgreSQL, a %-escaped password, a wrong
sync password."""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from reception.cli import EXIT_DATABASE, EXIT_USAGE, main
from reception.core.database import Database
from reception.sync.engine import EXIT_REFUSED_LOGIN
from tests.integration.sync_harness import central_url, open_desk, seed_site
from tests.postgres_server import libpq

__all__ = ["central_url"]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    err = capsys.readouterr().err.strip()
    assert "inattendue" not in err
    return code, err


def test_a_folder_as_db_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _run(capsys, "--db", str(tmp_path), "audit", "verify")
    assert (code, err) == (EXIT_DATABASE, f"Erreur : {tmp_path} est un dossier : indiquez le fichier de la base "
                                          f"(par exemple {tmp_path / 'reception.db'}).")


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may write in (for an administrator, whom permission bits do not stop: sysfs)."""
    folder = tmp_path / "lecture-seule"
    folder.mkdir()
    folder.chmod(0o555)
    yield folder if os.geteuid() != 0 else Path("/sys")
    folder.chmod(0o755)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions (Windows uses ACLs)")
def test_a_read_only_folder_is_named(read_only_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _run(capsys, "--db", str(read_only_folder / "reception.db"), "demo", "--years", "1")
    assert code == EXIT_DATABASE
    assert err.startswith(f"Erreur : Écriture impossible dans {read_only_folder} (dossier ou fichier en lecture")


@pytest.mark.parametrize(("url", "message"), [
    ("pas une url", "URL de la base centrale illisible"),
    ("mysql://accueil:secret@serveur/reception", "Base centrale « mysql » non prise en charge"),
])
def test_a_central_url_that_is_none_or_not_postgresql(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      url: str, message: str) -> None:
    desk = Database(tmp_path / "d.db")
    desk.upgrade()
    desk.dispose()
    for argv in (["sync", "--central", url], ["central", "init", "--url", url]):
        code, err = _run(capsys, "--db", str(desk.path), *argv)
        assert code == EXIT_USAGE and err.startswith(f"Erreur : {message}") and "secret" not in err


@pytest.mark.postgres
def test_central_init_takes_a_percent_escaped_password(capsys: pytest.CaptureFixture[str],
                                                      postgres_admin_url: str) -> None:
    admin = postgres_admin_url
    role, name = f"erasure_pct_{uuid.uuid4().hex[:8]}", f"reception_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(libpq(admin), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE \"{role}\" LOGIN CREATEROLE PASSWORD 'p@ss%w:rd/1'")
        conn.execute(f'CREATE DATABASE "{name}" OWNER "{role}"')
    try:
        url = make_url(admin).set(username=role, password="p@ss%w:rd/1", database=name)
        escaped = url.render_as_string(hide_password=False)
        assert "p%40ss%25w%3Ard%2F1" in escaped
        assert _run(capsys, "central", "init", "--url", escaped)[0] == 0
    finally:
        with psycopg.connect(libpq(admin), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            conn.execute(f'DROP ROLE "{role}"')


@pytest.mark.postgres
def test_a_wrong_sync_password_says_so(tmp_path: Path, central_url: str,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    desk = open_desk(tmp_path, central_url, "CAS", "CAS-A1")
    seed_site(desk)
    desk.close()
    wrong = make_url(desk.url).set(password="pas-le-bon").render_as_string(hide_password=False)
    code, err = _run(capsys, "--db", str(desk.path), "sync", "--central", wrong)
    assert code == EXIT_REFUSED_LOGIN
    assert "mot de passe refusé" in err and "injoignable" not in err
