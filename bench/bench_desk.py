"""What a person at the desk waits for, end to end, in the real main window (desk_probe.py, a subprocess on the
offscreen platform, on a copy of the database), and the longest GUI freeze during each interaction.

Each interaction is timed from the first key (or the action) to what the person waits for: the badge or the
receipt handed to Qt's PDF printer and written (pages rasterised, off the GUI thread as the console does), the
"est sorti(e)" toast, the day grid painted at 1920×1080 with the day's bookings, the first history page and
its count shown, the XLSX file written. The freeze is the longest delay of a 10 ms timer on the GUI thread.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path
from statistics import median
from typing import Any

from bench.timing import figure, scratch_copy, timed_row

ROOT = Path(__file__).resolve().parent.parent
ROUNDS, EXPORTS = 20, 3
INTERACTION_FREEZE_MS, BACKGROUND_FREEZE_MS = 50, 100

# name: (row title, budget ms for the whole wait, freeze budget ms, what the figure leaves out)
INTERACTIONS = {
    "checkin": ("desk: returning check-in, first key to the badge printed (PDF printer)", 2000,
                INTERACTION_FREEZE_MS),
    "checkout": ("desk: badge scanned to visitor checked out (toast shown)", 300, INTERACTION_FREEZE_MS),
    "sale": ("desk: sale from the first F-key to the receipt printed (PDF printer)", 1000, INTERACTION_FREEZE_MS),
    "grid": ("desk: day grid, date chosen to the day painted at 1920×1080", 300, INTERACTION_FREEZE_MS),
    "history_search": ("desk: history searched by name, first page and count shown", 500, INTERACTION_FREEZE_MS),
    "export_year": ("desk: a full year of visits exported to XLSX (file written)", 30_000, BACKGROUND_FREEZE_MS),
}


def _probe(work: Path, folder: Path) -> tuple[dict[str, list[tuple[float, float]]], dict[str, list[float]],
                                             list[str]]:
    temporary = folder / "tmp"  # openpyxl's scratch files, out of reach of whatever else cleans the shared one
    temporary.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RECEPTION_LOG_DIR": str(folder), "TMPDIR": str(temporary)}
    output = subprocess.run([sys.executable, "-m", "bench.desk_probe", str(work), str(folder), str(ROUNDS),
                             str(EXPORTS)], cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout
    samples: dict[str, list[tuple[float, float]]] = {}
    references: dict[str, list[float]] = {}
    failed: list[str] = []
    for line in output.splitlines():
        word, *rest = line.split()
        if word == "sample":
            samples.setdefault(rest[0], []).append((float(rest[1]), float(rest[2])))
        elif word == "ref":
            references.setdefault(rest[0], []).append(float(rest[1]))
        elif word == "failed":
            failed.append(rest[0])
    return samples, references, failed


def run(db_path: Path) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as folder:
        work = scratch_copy(db_path, Path(folder))
        samples, references, failed = _probe(work, Path(folder))
    rows: list[dict[str, Any]] = []
    for key, (title, budget, freeze_budget) in INTERACTIONS.items():
        taken = samples.get(key, [])
        missed = failed.count(key)
        if not taken:
            rows.append({"name": title, "value": None, "budget": budget, "error": True,
                         "baseline": f"{missed} échec(s), aucune mesure"})
            continue
        waits, freezes = [t for t, _ in taken], [f for _, f in taken]
        baseline = f"médiane {median(waits):.0f} ms" + (f"; {missed} échec(s)" if missed else "")
        if key == "grid" and references.get("grid_bare_paint"):
            bare, ours = figure(references["grid_bare_paint"]), figure(references["grid_paint"])
            baseline += (f"; peinture seule de la grille {ours[0]:.1f} {ours[1]}, "
                         f"d'un QWidget nu de même taille {bare[0]:.1f} {bare[1]}")
        rows.append(timed_row(title, waits, budget, baseline, digits=0))
        rows.append({"name": f"{title}: longest GUI freeze", "value": round(max(freezes)),
                     "unit": f"ms (max de {len(freezes)})", "samples": len(freezes), "budget": freeze_budget,
                     "baseline": "retard d'un QTimer de 10 ms sur le fil de l'interface"})
    idle = references.get("idle_lateness", [])
    if idle:
        rows.append({"name": "desk: longest GUI freeze with nothing to do (the machine's own noise)",
                     "value": round(max(idle)), "unit": f"ms (max de {len(idle)} s)", "samples": len(idle),
                     "budget": None, "baseline": "même minuterie, fenêtre ouverte, aucune interaction"})
    return rows


if __name__ == "__main__":
    for row in run(Path(sys.argv[1])):
        print(row)
