"""What every benchmark shares: timing an action, summarising its samples, a scratch copy of the database."""

from __future__ import annotations

import math
import shutil
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

MIN_FOR_P95 = 20


def p95(samples: list[float]) -> float:
    """The 95th percentile by nearest rank (the smallest sample that at least 95 % of them do not exceed).

    Refuses fewer than 20 samples: a p95 of 5 runs is the worst of 5, and has to say so (see `figure`).
    """
    if len(samples) < MIN_FOR_P95:
        raise ValueError(f"p95 needs at least {MIN_FOR_P95} samples, not {len(samples)}: use figure()")
    ordered = sorted(samples)
    return ordered[math.ceil(0.95 * len(ordered)) - 1]


def figure(samples: list[float]) -> tuple[float, str]:
    """The row's figure and what it is: the p95 of 20 samples or more, else the worst one, labelled as such."""
    if len(samples) >= MIN_FOR_P95:
        return p95(samples), f"ms (p95 de {len(samples)})"
    return max(samples), f"ms (max de {len(samples)})"


def timed_row(name: str, samples: list[float], budget: float | None, baseline: Any = None,
              digits: int = 2, **extra: Any) -> dict[str, Any]:
    """A row for `samples` in milliseconds: p95 when there are enough, else "max de N"."""
    value, unit = figure(samples)
    return {"name": name, "value": round(value, digits), "unit": unit, "samples": len(samples), "budget": budget,
            "baseline": baseline, **extra}


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
