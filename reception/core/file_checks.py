"""When the whole database file was last read and found sound, so the start-up need not read it again.

A `quick_check` reads every page of the file: 8 s for ten years of a desk, paid by the password at each
start. The file is read whole and found sound by the start-up itself, by every verified backup (the copy
is taken page by page from the file and its own quick_check passes) and by every sync's integrity check.
When one of those succeeded within the last day on this very file, the start-up keeps only its cheap
checks (header, size, schema version); otherwise it reads the whole file as before. A disk that fails
between two checks is found by the next one, at most a day later; the daily backup keeps the last
verified copy to restore from.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reception.core.private_files import private_file

log = logging.getLogger(__name__)

TRUSTED_FOR = timedelta(days=1)


def _marker(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".checked")


def _file_identity(db_path: Path) -> list[int]:
    """Device and inode: a file restored, copied or moved in place of the checked one is a different file."""
    status = os.stat(db_path)
    return [status.st_dev, status.st_ino]


def record_sound(db_path: Path, at: datetime | None = None) -> None:
    """Notes that the whole of `db_path` was just read and found sound (never fails the caller)."""
    at = at or datetime.now(UTC)
    try:
        marker = _marker(db_path)
        marker.write_text(json.dumps({"at": at.isoformat(), "file": _file_identity(db_path)}))
        private_file(marker)
    except OSError as exc:
        log.warning("could not note the check of %s: %s", db_path, exc)


def checked_recently(db_path: Path, now: datetime | None = None) -> bool:
    """Whether this very file was read whole and found sound within the last day."""
    now = now or datetime.now(UTC)
    try:
        noted = json.loads(_marker(db_path).read_text())
        at = datetime.fromisoformat(noted["at"])
        same_file = noted["file"] == _file_identity(db_path)
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return same_file and timedelta(0) <= now - at < TRUSTED_FOR
