"""Logging to a rotating file in the log folder, for the app and the command line alike."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from reception.core.paths import log_dir
from reception.core.private_files import private_file, private_folder


class PrivateLogFile(RotatingFileHandler):
    """The log names visitors and staff: each file it opens (first and after rotation) is 0600."""

    def _open(self):  # type: ignore[no-untyped-def]  # typeshed's signature varies with Python versions
        stream = super()._open()
        private_file(Path(self.baseFilename))
        return stream


def configure_logging(level: int = logging.INFO, folder: Path | None = None) -> Path:
    target = private_folder(folder or log_dir()) / "reception.log"
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        handler = PrivateLogFile(target, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return target
