"""What is not a database is refused, never silently made one; desk files are private to their owner."""

from __future__ import annotations

import logging
import os
import re
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from reception.cli import main as cli
from reception.core.backups import backups_dir, take_backup
from reception.core.database import open_for_startup
from reception.core.errors import DatabaseCorrupt, DatabaseMissing
from reception.core.logs import configure_logging
from reception.core.services.container import Services


@pytest.fixture
def desk(services: Services, db_path: Path) -> Path:
    """A sound desk database, closed."""
    services.db.dispose()
    return db_path


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _damage_first_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[0:100] = b"\x00" * 100
    path.write_bytes(bytes(data))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


@pytest.mark.parametrize(("damage", "said"), [(_truncate, "tronquée"), (_damage_first_page, "en-tête"),
                                              (_empty, r"vide \(0 octet\)")])
def test_a_damaged_file_is_refused_as_damaged_and_left_as_it_was(desk: Path, damage, said: str) -> None:
    damage(desk)
    before = desk.read_bytes()
    with pytest.raises(DatabaseCorrupt, match=said):
        open_for_startup(desk)
    assert desk.read_bytes() == before


@pytest.mark.parametrize(("damage", "said"), [(_truncate, "tronquée"), (_damage_first_page, "en-tête"),
                                              (_empty, r"vide \(0 octet\)")])
def test_the_cli_refuses_a_damaged_file_with_exit_3_and_one_line(desk: Path, damage, said: str,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    damage(desk)
    assert cli(["--db", str(desk), "audit", "verify"]) == 3
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and re.search(said, err) and err.startswith("Erreur : ")


def test_a_wrong_path_is_refused_and_nothing_is_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing_folder = tmp_path / "nulle-part" / "reception.db"
    assert cli(["--db", str(missing_folder), "audit", "verify"]) == 3
    assert "introuvable" in capsys.readouterr().err and not missing_folder.parent.exists()
    missing_file = tmp_path / "reception.db"
    assert cli(["--db", str(missing_file), "audit", "verify"]) == 3
    err = capsys.readouterr().err
    assert "introuvable" in err and "0 événements" not in err and not missing_file.exists()
    assert cli(["--db", str(tmp_path), "audit", "verify"]) == 3
    assert "est un dossier" in capsys.readouterr().err


def test_only_the_first_start_creates_a_database(tmp_path: Path) -> None:
    path = tmp_path / "data" / "reception.db"
    with pytest.raises(DatabaseMissing):
        open_for_startup(path)
    db, _ = open_for_startup(path, may_create=True)
    db.dispose()
    assert path.stat().st_size > 0


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file; POSIX modes only")
def test_an_unreadable_file_is_refused(desk: Path) -> None:
    desk.chmod(0)
    try:
        with pytest.raises(DatabaseCorrupt, match="illisible"):
            open_for_startup(desk)
    finally:
        desk.chmod(0o600)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="Windows desks rely on the profile's ACLs")
def test_database_wal_backups_and_logs_are_private(tmp_path: Path) -> None:
    previous = os.umask(0o022)  # the usual umask that made them 0644 in a 0755 folder
    try:
        path = tmp_path / "donnees" / "reception.db"
        db, _ = open_for_startup(path, may_create=True)
        with db.write() as session:
            session.execute(text("CREATE TABLE probe(x)"))  # the WAL and SHM exist while it is open
        assert _mode(path.parent) == 0o700
        for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            assert _mode(file) == 0o600, file
        db.dispose()
        backup = take_backup(path)
        assert backup is not None and _mode(backup) == 0o600
        assert _mode(backups_dir(path)) == _mode(backups_dir(path).parent) == 0o700
        assert _mode(backups_dir(path) / "status.json") == 0o600
        logs = tmp_path / "journaux"
        root = logging.getLogger()
        handlers, root.handlers = root.handlers, []  # a fresh process: no log file configured yet
        try:
            target = configure_logging(folder=logs)
            logging.getLogger("test").warning("probe")
            assert _mode(target) == 0o600 and _mode(logs) == 0o700
        finally:
            for handler in root.handlers:
                handler.close()
            root.handlers = handlers
    finally:
        os.umask(previous)


def test_reception_backup_writes_a_verified_copy_or_says_why_not(desk: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["--db", str(desk), "backup"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Sauvegarde : ") and "-manuelle.db" in out
    assert cli(["--db", str(tmp_path / "ailleurs.db"), "backup"]) == 3
    assert "introuvable" in capsys.readouterr().err
