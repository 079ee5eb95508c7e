"""Backups sized for a desk PC: verified before they count, 7 daily and 4 weekly, one folder per database,
the free disk space checked first, and the outcome recorded for Paramètres."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from reception.core.backups import (
    BackupFailed,
    backup_before_sync,
    backup_due,
    backup_status,
    backups_dir,
    list_backups,
    recent_backup,
    take_backup,
)
from reception.core.database import Database, latest_good_backup, open_for_startup, restore_backup
from reception.core.models import LocalIdentity, Tenant
from reception.core.services.container import Services

MONDAY = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def desk(services: Services, db_path: Path) -> Path:
    """The test database with its site and desk, closed so that backups see all of it."""
    services.db.dispose()
    return db_path


def _junk(desk: Path, when: datetime, content: bytes = b"") -> Path:
    """What a sync killed during its backup left behind: a final name, no database in it."""
    path = backups_dir(desk) / f"{desk.stem}-{when:%Y%m%dT%H%M%S%f}Z-synchro.db"
    path.write_bytes(content)
    return path


def test_a_backup_is_verified_then_renamed_and_recorded(desk: Path) -> None:
    target = take_backup(desk, reason="manuelle")
    assert target is not None and target.parent == desk.parent / "backups" / desk.stem
    assert not list(target.parent.glob("*.part"))
    with Database(target).read() as session:
        assert session.execute(select(LocalIdentity)).scalar_one().site_code == "CAS"
    status = backup_status(desk)
    assert status is not None and status.outcome == "ok" and status.size == target.stat().st_size
    assert status.last_ok_at == status.at and status.file == target.name


def test_zero_byte_and_empty_files_never_count_nor_push_good_ones_out(desk: Path) -> None:
    good = [take_backup(desk, now=MONDAY + timedelta(days=day)) for day in range(3)]
    junk = [_junk(desk, MONDAY + timedelta(days=10, minutes=n)) for n in range(12)]
    empty = backups_dir(desk) / f"{desk.stem}-20261120T000000000000Z-synchro.db"
    with closing(sqlite3.connect(empty)) as raw:  # a valid SQLite file without the desk's schema
        raw.execute("CREATE TABLE t(x)")

    assert list_backups(desk) == list(reversed(good))
    take_backup(desk, now=MONDAY + timedelta(days=11))  # the rotation runs: junk goes, good ones stay
    assert all(path.exists() for path in good)
    assert not any(path.exists() for path in junk) and not empty.exists()


def test_latest_good_backup_never_picks_an_empty_file_and_the_restore_keeps_the_desk(desk: Path, admin) -> None:
    good = take_backup(desk, now=MONDAY)
    _junk(desk, MONDAY + timedelta(days=1))
    assert latest_good_backup(desk) == good
    restore_backup(desk, good)
    db, _ = open_for_startup(desk)
    with db.read() as session:
        assert session.execute(select(LocalIdentity)).scalar_one().desk_code == "CAS-A1"
    db.dispose()


def test_no_good_backup_at_all_gives_none(desk: Path) -> None:
    _junk(desk, MONDAY)
    _junk(desk, MONDAY + timedelta(days=1), b"SQLite format 3\x00" + b"\x00" * 4000)
    assert latest_good_backup(desk) is None


def test_seven_daily_and_four_weekly_are_kept(desk: Path) -> None:
    for day in range(0, 40, 2):  # every other day for 40 days, twice on the last one
        take_backup(desk, now=MONDAY + timedelta(days=day, hours=6))
    for hour in (8, 14):
        take_backup(desk, now=MONDAY + timedelta(days=39, hours=hour - 8))
    kept = [path.name[len(desk.stem) + 1:][:13] for path in list_backups(desk)]
    last = MONDAY + timedelta(days=39)
    daily = [f"{last:%Y%m%d}T1400"] + [f"{last - timedelta(days=n):%Y%m%d}T1400" for n in range(1, 13, 2)]
    assert kept[:7] == daily  # the newest of each of the last 7 days with a backup
    assert kept[7:] == ["20261128T1400", "20261122T1400"]  # the newest of weeks 48 and 47 (49 and 50: daily)


def test_not_enough_disk_space_skips_and_says_so(desk: Path) -> None:
    good = take_backup(desk, now=MONDAY)
    assert take_backup(desk, free_bytes=lambda _folder: 1024) is None
    status = backup_status(desk)
    assert status is not None and status.outcome == "skipped"
    assert "espace disque insuffisant" in status.message
    assert status.last_ok_at == MONDAY.isoformat()
    assert list_backups(desk) == [good]


def test_a_copy_that_does_not_verify_fails_and_leaves_the_rotation_alone(desk: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    good = take_backup(desk, now=MONDAY)

    def broken_copy(_source: Path, part: Path) -> None:
        part.write_bytes(b"")  # killed half-way

    monkeypatch.setattr("reception.core.backups._copy", broken_copy)
    with pytest.raises(BackupFailed, match="incomplète"):
        take_backup(desk, now=MONDAY + timedelta(days=1))
    assert list_backups(desk) == [good]
    assert not list(backups_dir(desk).glob("*.part"))
    status = backup_status(desk)
    assert status is not None and status.outcome == "failed" and status.last_ok_at == MONDAY.isoformat()


def test_two_databases_side_by_side_keep_their_own_backups(services: Services, db_path: Path, admin) -> None:
    """reception.db and reception-formation.db in one folder: neither eats nor restores the other's."""
    services.directory.save_tenant(admin, {"name": "Atlas Digital SARL"})
    services.db.dispose()
    main = db_path.with_name("reception.db")
    db_path.replace(main)
    training = main.with_name("reception-formation.db")
    shutil.copyfile(main, training)
    with Database(training).write() as session:
        session.add(Tenant(name="Société de formation", search_key="societe de formation"))
    Database(training).dispose()

    ours = take_backup(main, now=MONDAY)
    theirs = take_backup(training, now=MONDAY + timedelta(days=1))
    assert list_backups(main) == [ours] and list_backups(training) == [theirs]
    assert latest_good_backup(main) == ours
    restore_backup(main, latest_good_backup(main))
    with Database(main).read() as session:
        assert session.scalar(select(func.count()).select_from(Tenant)) == 1


def test_legacy_backups_of_the_shared_folder_are_adopted_by_exact_name(desk: Path) -> None:
    made = take_backup(desk, now=MONDAY)
    shared = desk.parent / "backups"
    made.replace(shared / made.name)
    other = shared / f"{desk.stem}-formation-20261102T080000000000Z-demarrage.db"
    shutil.copyfile(shared / made.name, other)
    assert [p.name for p in list_backups(desk)] == [made.name]
    assert other.exists()


def test_the_daily_backup_is_due_once_a_day_and_a_sync_reuses_a_recent_one(desk: Path) -> None:
    assert backup_due(desk)
    now = datetime.now(UTC)
    made = take_backup(desk, now=now)
    assert not backup_due(desk, now) and backup_due(desk, now + timedelta(days=1))
    assert recent_backup(desk, now + timedelta(hours=1)) == made
    assert recent_backup(desk, now + timedelta(hours=5)) == made  # nothing written since it was taken
    with Database(desk).write() as session:
        session.add(Tenant(name="Nouvelle", search_key="nouvelle"))
    Database(desk).dispose()
    assert recent_backup(desk, datetime.now(UTC) + timedelta(hours=5)) is None


def test_a_sync_takes_one_backup_then_reuses_it(desk: Path) -> None:
    first = backup_before_sync(desk)
    assert first is not None and "synchro" in first.name
    assert backup_before_sync(desk) == first
    assert list_backups(desk) == [first]


def test_a_backup_killed_midway_leaves_nothing_that_counts(desk: Path) -> None:
    """The process dies (SIGKILL, a power cut) while its copy is written: the next ones are unaffected."""
    with closing(sqlite3.connect(desk)) as raw, raw:  # 30 MB: the copy and its check take a moment
        raw.execute("CREATE TABLE ballast(x)")
        raw.executemany("INSERT INTO ballast VALUES (?)", ((os.urandom(1500),) for _ in range(20_000)))
    good = take_backup(desk, now=MONDAY)
    child = subprocess.Popen([sys.executable, "-c", "import sys; from pathlib import Path; "
                              "from reception.core.backups import take_backup; take_backup(Path(sys.argv[1]))",
                              str(desk)])
    folder = backups_dir(desk)
    deadline = time.monotonic() + 30
    while not list(folder.glob("*.part")) and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.001)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert list(folder.glob("*.db.part")), "the copy was not caught half-way"
    assert list_backups(desk) == [good] and latest_good_backup(desk) == good
    made = take_backup(desk, now=MONDAY + timedelta(days=1))
    assert list_backups(desk) == [made, good]
