"""What every benchmark shares: timing an action, summarising its samples, a scratch copy of the database."""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any


def p95(samples: list[float]) -> float:
    """95th percentile; with fewer than 20 samples, the worst one (no percentile to speak of)."""
    return statistics.quantiles(samples, n=20)[18] if len(samples) >= 20 else max(samples)


def timed(action: Callable[[], Any]) -> float:
    """Milliseconds that `action` took."""
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def scratch_copy(db_path: Path, folder: Path) -> Path:
    """A consistent copy (SQLite's backup API, WAL included) for benchmarks that write, with the site's voucher
    key beside it: the cached demo database stays as it was built."""
    target = folder / db_path.name
    with closing(sqlite3.connect(db_path)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
    for key in db_path.parent.glob("voucher-key-*.bin"):
        shutil.copy2(key, folder / key.name)
    return target
