"""Desk files readable by their owner only: the database, its WAL and SHM, backups and logs.

On POSIX the files are made 0600 and the folders the console creates 0700 (SQLite gives the WAL and SHM
the mode of the database file, so securing the database once covers them). On Windows the user's profile
folder already carries owner-only ACLs; nothing is changed there (`SECURE_MODES` is the seam).
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

SECURE_MODES = os.name == "posix"
FILE_MODE, FOLDER_MODE = 0o600, 0o700


def private_folder(path: Path) -> Path:
    """Creates `path` (and missing parents) for the console's own files; each folder it creates is 0700."""
    created = [folder for folder in (path, *path.parents) if not folder.exists()]
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    if SECURE_MODES:
        for folder in created:  # mkdir's mode is filtered by the umask, and not given to parents at all
            _chmod(folder, FOLDER_MODE)
    return path


def private_file(path: Path) -> None:
    """Takes group and other access away from an existing file of ours (no-op when already private)."""
    if not SECURE_MODES:
        return
    try:
        mode = path.stat().st_mode
    except OSError:
        return
    if stat.S_IMODE(mode) & 0o077:
        _chmod(path, stat.S_IMODE(mode) & FILE_MODE)


def _chmod(path: Path, mode: int) -> None:
    with contextlib.suppress(OSError):  # a file of another owner (a shared folder) stays as it is
        os.chmod(path, mode)
