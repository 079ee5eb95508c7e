"""Logging to a rotating file in the log folder, for the app and the command line alike."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from reception.core.paths import log_dir


def configure_logging(level: int = logging.INFO, folder: Path | None = None) -> Path:
    target = (folder or log_dir()) / "reception.log"
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        handler = RotatingFileHandler(target, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return target
