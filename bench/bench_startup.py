"""Start-up of the console: process start to the login window shown and to typing accepted (the event
loop running; against a bare PySide6 window measured the same way), password submitted the moment the loop
runs to Accueil shown with its figures (the database check included), peak memory.

Python's bytecode is written by the warm-up start (into the scratch folder), as pip writes it when installing the
console. The day's backup is taken by the warm-up start, so the measured starts are the day's later ones (the backup
runs after the login anyway and is not in any figure); the whole-file quick_check is skipped when the file was
checked within the day (core/file_checks.py) and measured apart, its marker removed before each of 3 starts."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median
from typing import Any

from bench.timing import p95, scratch_copy, timed_row

RUNS = 20
UNCHECKED_RUNS = 3
ROOT = Path(__file__).resolve().parent.parent
LOGIN_BUDGET_S = 0.5
FREEZE_BUDGET_MS = 50
TYPING_S = 2.0  # a fast receptionist: a name and a password of about ten characters each
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
               "RECEPTION_DATA_DIR": folder, "PYTHONPYCACHEPREFIX": str(Path(folder) / "pycache")}
        env.pop("RECEPTION_DB", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed console has its bytecode (pip compiles it): the
        # warm-up start writes it, the measured ones read it instead of compiling every module of the app again
        _probe("--db", str(work), env=env)  # warm-up: first upgrade, the file checked, the day's backup taken
        bare, app, typing, login, freezes, memory = [], [], [], [], [], []
        for _ in range(RUNS):
            bare.append(_probe("--bare", env=env)[0])
            shown, reported = _probe("--db", str(work), env=env)
            app.append(shown)
            typing.append(float(reported["typing"]))
            login.append(float(reported["ready"]))
            freezes.append(float(reported["freeze"]))
            memory.append(int(reported["maxrss_kb"]) / 1024)
        typed = []  # the same with the password submitted after a receptionist's typing time
        for _ in range(RUNS):
            typed.append(float(_probe("--db", str(work), "--submit-after", str(TYPING_S), env=env)[1]["ready"]))
        unchecked = []
        for _ in range(UNCHECKED_RUNS):  # the first start after a day without a check (no sync, no backup)
            work.with_name(work.name + ".checked").unlink(missing_ok=True)
            unchecked.append(float(_probe("--db", str(work), env=env)[1]["ready"]))
    budget = round(3 * p95(bare) * 1000)
    reference = f"fenêtre PySide6 nue {p95(bare) * 1000:.0f} ms (p95 de {len(bare)}; budget = 3×)"
    ms = [t * 1000 for t in login]
    return [
        timed_row("startup: process start to login window shown", [t * 1000 for t in app], budget, reference, 0),
        timed_row("startup: process start to typing accepted (event loop running)", [t * 1000 for t in typing],
                  budget, reference, 0),
        timed_row("startup: password submitted as the loop starts to Accueil shown with figures (file checked "
                  "within the day)", ms, LOGIN_BUDGET_S * 1000, "tout ce qui suit la saisie : imports de la base, "
                  "des services et de la fenêtre (commencés à l'affichage de la connexion, ici au même instant), "
                  "vérifications d'en-tête et de version, argon2 et ouverture de session, fenêtre et chiffres "
                  f"d'Accueil ; médiane {median(ms):.0f} ms", 0),
        {"name": "startup: password to Accueil: longest GUI freeze", "value": round(max(freezes)),
         "unit": f"ms (max de {len(freezes)})", "samples": len(freezes), "budget": FREEZE_BUDGET_MS,
         "baseline": f"retard d'un QTimer de 10 ms sur le fil de l'interface ; médiane {median(freezes):.0f} ms"},
        timed_row(f"startup: password submitted {TYPING_S:.0f} s after the loop starts (typed) to Accueil shown with "
                  "figures", [t * 1000 for t in typed], LOGIN_BUDGET_S * 1000, "la même chose quand le travail "
                  "préalable (imports, ouverture de la base) a eu le temps de la saisie ; médiane "
                  f"{median(typed) * 1000:.0f} ms", 0),
        timed_row("startup: the same, first start after a day without a check (whole-file quick_check)",
                  [t * 1000 for t in unchecked], None, "une fois par jour au plus quand ni synchro ni sauvegarde "
                  "n'a vérifié le fichier", 0),
        {"name": "startup: peak memory of the console process", "value": round(max(memory)), "unit": "MB",
         "samples": len(memory), "budget": MEMORY_BUDGET_MB, "baseline": "ru_maxrss after Accueil is shown"},
    ]
