"""Start-up safety: backups kept, a corrupt file detected and restored from the latest good backup."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select

from reception.core.backups import list_backups, take_backup
from reception.core.database import (
    Database,
    alembic_config,
    latest_good_backup,
    open_for_startup,
    restore_backup,
    script_heads,
    stored_revisions,
)
from reception.core.errors import DatabaseCorrupt
from reception.core.file_checks import TRUSTED_FOR, record_sound
from reception.core.models import LocalIdentity, Tenant
from reception.core.services.container import Services


def _corrupt(path: Path) -> None:
    """Overwrites pages in the middle of the file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset + 40 : offset + 400] = b"\xde\xad\xbe\xef" * 90
    path.write_bytes(bytes(data))


def test_startup_backs_up_before_a_migration_only(services: Services, db_path: Path) -> None:
    services.db.dispose()
    db, report = open_for_startup(db_path)
    db.dispose()
    assert report.backup is None and list_backups(db_path) == []  # at head: the daily backup comes later
    command.downgrade(alembic_config(f"sqlite:///{db_path}"), "0006")  # as a desk before the last update
    stages: list[str] = []
    db, report = open_for_startup(db_path, stage=stages.append)
    db.dispose()
    assert report.backup is not None and list_backups(db_path) == [report.backup]
    assert "migration" in report.backup.name and stages == ["check", "backup", "upgrade"]
    assert report.sqlite_version.count(".") == 2


def test_corrupt_file_is_detected_and_latest_good_backup_restored(services: Services, admin, db_path: Path) -> None:
    services.directory.save_tenant(admin, {"name": "Atlas Digital SARL"})
    epoch_before = services.db.identity().epoch
    services.db.dispose()
    good = take_backup(db_path)
    with Database(db_path).write() as session:  # enough rows to spread over many pages
        session.add_all(Tenant(name=f"Société {i}", search_key=f"societe {i}") for i in range(3000))
    Database(db_path).engine.dispose()
    _corrupt(db_path)
    record_sound(db_path, at=datetime.now(UTC) - TRUSTED_FOR)  # the backup's check is now more than a day old

    with pytest.raises(DatabaseCorrupt, match="endommagée"):
        open_for_startup(db_path)
    backup = latest_good_backup(db_path)
    assert backup == good
    restore_backup(db_path, backup)

    db, _ = open_for_startup(db_path)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Tenant)) == 1
        assert session.execute(select(LocalIdentity)).scalar_one().epoch != epoch_before
    assert list(db_path.parent.glob("desk.corrupt-*")), "the damaged file is kept aside"


def test_the_cheap_head_check_agrees_with_alembic(services: Services, db_path: Path) -> None:
    """Every start compares the file's stamp with the version files' heads read as text (no Alembic)."""
    from alembic.script import ScriptDirectory

    services.db.dispose()
    assert script_heads() == set(ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads())
    assert stored_revisions(db_path) == script_heads()
    command.downgrade(alembic_config(f"sqlite:///{db_path}"), "0006")
    db = Database(db_path)
    assert stored_revisions(db_path) == db.current_revisions() == {"0002", "0003", "0004", "0006"}
    db.dispose()


def test_a_start_at_head_does_not_load_alembic(services: Services, db_path: Path) -> None:
    """A start with nothing to migrate leaves Alembic unimported (a second of the password's wait under load)."""
    services.db.dispose()
    probe = ("import sys; from pathlib import Path; from reception.core.database import open_for_startup; "
             f"db, _ = open_for_startup(Path({str(db_path)!r})); db.dispose(); "
             "print(sorted(name for name in sys.modules if name.split('.')[0] == 'alembic'))")
    ran = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "[]"
    command.downgrade(alembic_config(f"sqlite:///{db_path}"), "0012_agreements")
    db, report = open_for_startup(db_path)  # one revision behind: the real upgrade, its backup first
    db.dispose()
    assert report.backup is not None and stored_revisions(db_path) == script_heads()
