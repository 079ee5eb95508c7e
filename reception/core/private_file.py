"""Creating a small secret file so that it is either absent or whole: never empty, never half-written.

The bytes go to a temporary file (0600) in the same folder, are flushed to the disk (fsync), then the file
is published under its name in one step that never replaces an existing file (link on POSIX, rename on
Windows), and the folder is synced. A crash at any point leaves no file or the complete one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def create_private_file(path: Path, data: bytes) -> bool:
    """True if this call created `path`; False if another process published it first (theirs is kept)."""
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")  # mode 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        created = _publish(Path(temporary), path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
    _sync_folder(path.parent)
    return created


def _publish(temporary: Path, path: Path) -> bool:
    try:
        if os.name == "nt":
            os.rename(temporary, path)  # refuses an existing target on Windows
        else:
            os.link(temporary, path)  # refuses an existing target; rename would replace it
    except FileExistsError:
        return False
    return True


def _sync_folder(folder: Path) -> None:
    """The new name itself reaches the disk (POSIX; Windows has no directory handles to sync)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
