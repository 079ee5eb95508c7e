"""The start-up reads the whole file (quick_check) only when no check succeeded on it within the day:
the start-up's own, a verified backup's or a sync's integrity check."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reception.core.backups import take_backup
from reception.core.database import Database, open_for_startup
from reception.core.file_checks import TRUSTED_FOR, checked_recently, record_sound
from reception.sync.safety import sync_integrity_problems


def _start(db_path: Path) -> bool:
    """Opens the desk as the app does; True when the whole file was read."""
    db, report = open_for_startup(db_path)
    db.dispose()
    return report.whole_file_checked


def test_first_start_reads_the_whole_file_and_the_next_one_within_the_day_does_not(db: Database,
                                                                                    db_path: Path) -> None:
    db.dispose()
    assert not checked_recently(db_path)
    assert _start(db_path) is True
    assert checked_recently(db_path)
    assert _start(db_path) is False


def test_a_check_older_than_a_day_is_done_again(db: Database, db_path: Path) -> None:
    db.dispose()
    record_sound(db_path, at=datetime.now(UTC) - TRUSTED_FOR - timedelta(minutes=1))
    assert _start(db_path) is True
    record_sound(db_path, at=datetime.now(UTC) + timedelta(hours=2))  # a clock put back since: not trusted
    assert _start(db_path) is True


def test_a_verified_backup_counts_as_the_day_s_check(db: Database, db_path: Path) -> None:
    db.dispose()
    assert take_backup(db_path, reason="quotidienne") is not None
    assert checked_recently(db_path)
    assert _start(db_path) is False


def test_a_sync_integrity_check_counts_as_the_day_s_check(db: Database, db_path: Path) -> None:
    db.dispose()
    assert sync_integrity_problems(db_path) == []
    assert _start(db_path) is False


def test_another_file_put_in_place_of_the_checked_one_is_read_whole(db: Database, db_path: Path,
                                                                    tmp_path: Path) -> None:
    db.dispose()
    record_sound(db_path)
    elsewhere = tmp_path / "copied-in.db"
    shutil.copyfile(db_path, elsewhere)
    elsewhere.replace(db_path)  # as a file copied back from another PC: same name, another file
    assert not checked_recently(db_path)
    assert _start(db_path) is True
