"""F9 to the evacuation list printed, and how late the window's event loop ran meanwhile (printing is on a
worker: the loop must keep its pace). Printed through a `pdf:FOLDER` printer, on a copy of the database."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path
from statistics import median
from typing import Any

from bench.timing import scratch_copy

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
ON_PAPER_BUDGET_S = 5
LATENESS_BUDGET_MS = 100


def run(db_path: Path) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as folder:
        work = scratch_copy(db_path, Path(folder))
        printed = Path(folder) / "printed"
        printed.mkdir()
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RECEPTION_LOG_DIR": folder}
        output = subprocess.run([sys.executable, "-m", "bench.print_probe", str(work), str(printed), str(RUNS)],
                                cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout
    runs = [line.split()[1:] for line in output.splitlines() if line.startswith("run ")]
    seconds = [float(r[0]) for r in runs]
    lateness = [float(r[1]) for r in runs]
    pages = runs[0][2] if runs else "?"
    cpu = median(float(r[3]) for r in runs)
    return [
        {"name": "printing: F9 to evacuation list printed", "value": round(max(seconds), 2), "unit": "s",
         "budget": ON_PAPER_BUDGET_S,
         "baseline": f"{pages} A4 pages, worst of {len(seconds)} runs (median {median(seconds):.2f} s, "
                     f"{cpu:.1f} s of CPU); was on the GUI thread at the printer's resolution"},
        {"name": "printing: worst event-loop lateness while F9 prints", "value": round(max(lateness)),
         "unit": "ms", "budget": LATENESS_BUDGET_MS, "baseline": "10 ms QTimer on the GUI thread"},
    ]
