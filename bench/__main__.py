"""`python -m bench [--db PATH] [--years 10]`: builds the demo database once, runs every benchmark,
prints the figures beside their budgets and writes them into docs/benchmarks.md.

A capability registers its benchmark with one line at the end of this file:
`register("name", lazy("bench.bench_<area>"))`; the function takes the database path and returns rows
{"name", "p95_ms" or "value" (+ "unit"), "budget", "baseline"}.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import time
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

Row = dict[str, Any]
Benchmark = Callable[[Path], list[Row]]

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / ".data"
REPORT = ROOT / "docs" / "benchmarks.md"
BEGIN, END = "<!-- bench:results:begin -->", "<!-- bench:results:end -->"

_BENCHMARKS: list[tuple[str, Benchmark]] = []


def register(name: str, fn: Benchmark) -> None:
    _BENCHMARKS.append((name, fn))


def lazy(module: str) -> Benchmark:
    """Imports the benchmark module only when it runs, so one broken module does not stop the others."""
    def run(db_path: Path) -> list[Row]:
        return importlib.import_module(module).run(db_path)
    return run


def demo_database(explicit: str | None, years: int) -> Path:
    if explicit:
        return Path(explicit)
    path = DATA / f"demo-{years}y.db"
    if not path.exists():
        from reception.core.demo import build_demo

        DATA.mkdir(parents=True, exist_ok=True)
        print(f"Construction de la base de démonstration ({years} ans) : {path} ...", flush=True)
        started = time.perf_counter()
        build_demo(path, years=years).dispose()
        seconds = time.perf_counter() - started
        _build_time_file(path).write_text(f"{seconds:.0f}")
        print(f"  construite en {seconds:.0f} s", flush=True)
    return path


def _build_time_file(path: Path) -> Path:
    return path.with_name(path.name + ".build-seconds")


def demo_build_row(path: Path, years: int) -> list[Row]:
    """The generator's own budget (ten years in under ten minutes), measured when the cached base was built."""
    recorded = _build_time_file(path)
    if not recorded.exists():
        return []
    return [{"name": f"demo: construction de {years} ans d'historique", "value": int(recorded.read_text()),
             "unit": "s", "budget": 600, "baseline": f"{path.stat().st_size / 1_048_576:.0f} Mo écrits"}]


def _figure(row: Row) -> tuple[float | None, str]:
    if "p95_ms" in row:
        return row["p95_ms"], "ms (p95)"
    return row.get("value"), str(row.get("unit", ""))


def _verdict(row: Row) -> str:
    value, budget = _figure(row)[0], row.get("budget")
    if row.get("error"):
        return "ERREUR"
    if "ok" in row:  # a benchmark whose budget is not "value <= budget" (a minimum, a ratio) decides itself
        return "ok" if row["ok"] else "DÉPASSÉ"
    if not isinstance(budget, int | float) or not isinstance(value, int | float):
        return "—"
    return "ok" if value <= budget else "DÉPASSÉ"


def _table(rows: list[Row]) -> list[str]:
    lines = ["| Mesure | Valeur | Unité | Budget | Référence | Verdict |", "|---|---:|---|---:|---|---|"]
    for row in rows:
        value, unit = _figure(row)
        budget = row.get("budget")
        lines.append(f"| {row['name']} | {'' if value is None else value} | {unit} | "
                     f"{'—' if budget is None else budget} | {row.get('baseline', '') or ''} | {_verdict(row)} |")
    return lines


def machine_summary() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        model = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                     if line.startswith("model name"))
        cpu = model
    except (OSError, StopIteration):
        pass
    memory = ""
    try:
        kb = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal")))
        memory = f", {kb / 1_048_576:.1f} Go de mémoire"
    except (OSError, StopIteration):
        pass
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cœurs{memory}, "
            f"Python {platform.python_version()}")


def write_report(rows: list[Row], command: str, db_path: Path) -> None:
    block = "\n".join([
        BEGIN,
        f"Produit par `{command}` le {datetime.now():%d/%m/%Y à %H:%M} sur {machine_summary()}.",
        f"Base : `{db_path.name}` ({db_path.stat().st_size / 1_048_576:.0f} Mo).",
        "",
        *_table(rows),
        END,
    ])
    text = REPORT.read_text(encoding="utf-8") if REPORT.exists() else "# Benchmarks\n\n"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + block + rest.split(END, 1)[1]
    else:
        text = text.rstrip() + "\n\n## Derniers résultats\n\n" + block + "\n"
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--db", help="base à mesurer (par défaut : la base de démonstration en cache)")
    parser.add_argument("--years", type=int, default=10, help="années d'historique de la base de démonstration")
    parser.add_argument("--only", action="append", default=[], help="ne lancer que ces benchmarks (par nom)")
    args = parser.parse_args(argv)
    db_path = demo_database(args.db, args.years)
    rows: list[Row] = [] if args.db else demo_build_row(db_path, args.years)
    for name, fn in _BENCHMARKS:
        if args.only and name not in args.only:
            continue
        print(f"== {name}", flush=True)
        try:
            produced = fn(db_path)
        except Exception as exc:  # one failing benchmark is reported, the others still run
            traceback.print_exc()
            produced = [{"name": f"{name}: {type(exc).__name__}", "value": None, "budget": None,
                         "baseline": str(exc)[:80], "error": True}]
        for line in _table(produced)[2:]:
            print(line, flush=True)
        rows.extend(produced)
    print("\n".join(_table(rows)))
    command = "python -m bench" + (f" --years {args.years}" if args.years != 10 else "") + (
        f" --db {args.db}" if args.db else "")
    if not args.only:
        write_report(rows, command, db_path)
        print(f"\nRésultats écrits dans {REPORT}")
    return 0


register("startup", lazy("bench.bench_startup"))
register("visits", lazy("bench.bench_visits"))
register("badges", lazy("bench.bench_badges"))
register("rooms", lazy("bench.bench_rooms"))
register("cafeteria", lazy("bench.bench_cafeteria"))
register("sync", lazy("bench.bench_sync"))
register("reports", lazy("bench.bench_reports"))
register("printing", lazy("bench.bench_printing"))
register("rush", lazy("bench.bench_rush"))
register("central", lazy("bench.bench_central"))

if __name__ == "__main__":
    raise SystemExit(main())
