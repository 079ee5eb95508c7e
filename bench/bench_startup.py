"""Start-up of the console: process start to the login window shown and to typing accepted (the event
loop running; against a bare PySide6 window measured the same way), password submitted the moment the loop
runs to Accueil shown with its figures (the database check included), peak memory."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median
from typing import Any

from bench.timing import p95, scratch_copy

RUNS = 5
ROOT = Path(__file__).resolve().parent.parent
LOGIN_BUDGET_S = 0.5
MEMORY_BUDGET_MB = 250



def _probe(*args: str, env: dict[str, str]) -> tuple[float, dict[str, str]]:
    """Seconds from launching the process to its first window painted, and what it reported after
    (`typing`: seconds from launching to the event loop running)."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "bench.startup_probe", *args], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    shown_after = None
    reported: dict[str, str] = {}
    for line in process.stdout:
        word, _, rest = line.strip().partition(" ")
        if word == "shown" and shown_after is None:
            shown_after = time.perf_counter() - started
        elif word == "typing":
            reported[word] = f"{time.perf_counter() - started:.4f}"
        else:
            reported[word] = rest
    if process.wait(timeout=120) != 0 or shown_after is None:
        raise RuntimeError(f"start-up probe failed ({' '.join(args)})")
    return shown_after, reported


def run(db_path: Path) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as folder:
        work = scratch_copy(db_path, Path(folder))  # the runs log in and take backups: keep the cached one as it was
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RECEPTION_LOG_DIR": folder,
               "RECEPTION_DATA_DIR": folder}
        env.pop("RECEPTION_DB", None)
        _probe("--db", str(work), env=env)  # warm-up: first upgrade, file cache
        bare, app, typing, login, memory = [], [], [], [], []
        for _ in range(RUNS):
            bare.append(_probe("--bare", env=env)[0])
            shutil.rmtree(work.parent / "backups", ignore_errors=True)  # each run is the day's first start
            shown, reported = _probe("--db", str(work), env=env)
            app.append(shown)
            typing.append(float(reported["typing"]))
            login.append(float(reported["ready"]))
            memory.append(int(reported["maxrss_kb"]) / 1024)
    bare_p95 = p95(bare)
    return [
        {"name": "startup: process start to login window shown", "p95_ms": round(p95(app) * 1000),
         "budget": round(3 * bare_p95 * 1000),
         "baseline": f"bare PySide6 window p95 {bare_p95 * 1000:.0f} ms (budget = 3×); "
                     f"medians {median(app) * 1000:.0f} / {median(bare) * 1000:.0f} ms"},
        {"name": "startup: process start to typing accepted (event loop running)",
         "p95_ms": round(p95(typing) * 1000), "budget": round(3 * bare_p95 * 1000),
         "baseline": f"samples {', '.join(f'{t * 1000:.0f}' for t in typing)} ms"},
        {"name": "startup: password submitted as the loop starts to Accueil shown with figures",
         "p95_ms": round(p95(login) * 1000), "budget": LOGIN_BUDGET_S * 1000,
         "baseline": "database check, imports and argon2 verification included; "
                     f"samples {', '.join(f'{t * 1000:.0f}' for t in login)} ms"},
        {"name": "startup: peak memory of the console process", "value": round(max(memory)), "unit": "MB",
         "budget": MEMORY_BUDGET_MB, "baseline": "ru_maxrss after Accueil is shown"},
    ]
