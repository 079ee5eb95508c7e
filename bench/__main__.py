"""`python -m bench [--db PATH] [--years 10] [--runs 3]`: builds the demo database once (cached, keyed by the
generator's and the migrations' source), runs every benchmark three times, prints each row's median with the
spread of the three runs beside its budget and writes the table into docs/benchmarks.md.

A capability registers its benchmark with one line at the end of this file:
`register("name", lazy("bench.bench_<area>"))`; its `run(db_path) -> list[Row]` returns rows
{"name", "value" + "unit" (or "p95_ms"), "samples", "budget", "baseline"}, and optionally "ok" (a verdict
the benchmark decides itself), "over" (why a row over budget is over) or "skipped" (why it could not run).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import statistics
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.demo_cache import build_row, demo_database

Row = dict[str, Any]
Benchmark = Callable[[Path], list[Row]]

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / ".data"
REPORT = ROOT / "docs" / "benchmarks.md"
BEGIN, END = "<!-- bench:results:begin -->", "<!-- bench:results:end -->"
RUNS = 3

_BENCHMARKS: list[tuple[str, Benchmark]] = []


def register(name: str, fn: Benchmark) -> None:
    _BENCHMARKS.append((name, fn))


def lazy(module: str, runs: int | None = None) -> Benchmark:
    """Imports the benchmark module only when it runs, so one broken module does not stop the others.
    `runs`: how many times the suite runs it (default: --runs), for a benchmark too long to repeat."""
    def run(db_path: Path) -> list[Row]:
        return importlib.import_module(module).run(db_path)
    run.runs = runs  # type: ignore[attr-defined]
    return run


def _value(row: Row) -> Any:
    return row["p95_ms"] if "p95_ms" in row else row.get("value")


def _unit(row: Row) -> str:
    return "ms (p95)" if "p95_ms" in row else str(row.get("unit", ""))


def merge_runs(runs: list[list[Row]]) -> list[Row]:
    """One row per name over the runs: the median of the runs' figures, their spread and each run's figure."""
    merged: dict[str, Row] = {}
    figures: dict[str, list[Any]] = {}
    verdicts: dict[str, list[bool]] = {}
    for rows in runs:
        for row in rows:
            name = row["name"]
            merged.setdefault(name, dict(row))
            merged[name].update({k: v for k, v in row.items() if k not in ("value", "p95_ms")})
            figures.setdefault(name, []).append(_value(row))
            if "ok" in row:
                verdicts.setdefault(name, []).append(bool(row["ok"]))
    for name, row in merged.items():
        values = figures[name]
        row["runs"] = values
        numbers = [v for v in values if isinstance(v, int | float)]
        if numbers and len(numbers) == len(values):
            row["unit"] = _unit(row)
            row["value"] = round(statistics.median(numbers), 2)
            row.pop("p95_ms", None)
        if name in verdicts:  # a benchmark that decides itself: the majority of its runs
            row["ok"] = 2 * sum(verdicts[name]) > len(verdicts[name])
    return list(merged.values())


def _verdict(row: Row) -> str:
    if row.get("skipped"):
        return "ignoré : " + str(row["skipped"])
    if row.get("error"):
        return "ERREUR"
    value, budget = _value(row), row.get("budget")
    if "ok" in row:  # a benchmark whose budget is not "value <= budget" (a minimum, a ratio) decides itself
        within = bool(row["ok"])
    elif isinstance(budget, int | float) and isinstance(value, int | float):
        within = value <= budget
    else:
        return "—"
    if within:
        return "dans le budget"
    return "DÉPASSÉ" + (f" : {row['over']}" if row.get("over") else "")


def _number(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}".replace(",", " ") if value < 100 else f"{value:,.0f}".replace(",", " ")
    if isinstance(value, int):
        return f"{value:,}".replace(",", " ")
    return "" if value is None else str(value)


def _spread(row: Row) -> str:
    values = row.get("runs") or []
    if len(values) < 2:
        return "1 passage"
    numbers = [v for v in values if isinstance(v, int | float)]
    if len(numbers) == len(values):
        low, high = min(numbers), max(numbers)
        return f"{_number(low)} – {_number(high)} ({len(values)} passages)"
    return " / ".join(_number(v) for v in values)


def _table(rows: list[Row]) -> list[str]:
    lines = ["| Mesure | Résultat | Unité | Budget | Écart des passages | Référence | Verdict |",
             "|---|---:|---|---:|---|---|---|"]
    for row in rows:
        budget = row.get("budget")
        lines.append(f"| {row['name']} | {_number(_value(row))} | {_unit(row)} | "
                     f"{'—' if budget is None else _number(budget)} | {_spread(row)} | "
                     f"{row.get('baseline', '') or ''} | {_verdict(row)} |")
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


def _load() -> str:
    """The machine's load when the report is written: figures taken on a busy machine are high."""
    try:
        one, five, _fifteen = os.getloadavg()
    except OSError:
        return ""
    return f"Charge moyenne de la machine : {one:.1f} (1 min), {five:.1f} (5 min) sur {os.cpu_count()} cœurs."


def write_report(rows: list[Row], command: str, db_path: Path) -> None:
    block = "\n".join([
        BEGIN,
        f"Produit par `{command}` le {datetime.now():%d/%m/%Y à %H:%M} sur {machine_summary()}.",
        f"Base : `{db_path.name}` ({db_path.stat().st_size / 1_048_576:.0f} Mo). {_load()}",
        "Résultat : la médiane des passages ; chaque passage donne le p95 de ses échantillons (au moins 20), "
        "sinon « max de N ».",
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
    parser.add_argument("--cache", help="fichier de la base de démonstration en cache "
                                        "(par défaut bench/.data/demo-<années>y.db)")
    parser.add_argument("--years", type=int, default=10, help="années d'historique de la base de démonstration")
    parser.add_argument("--runs", type=int, default=RUNS, help="passages de chaque benchmark (médiane et écart)")
    parser.add_argument("--only", action="append", default=[], help="ne lancer que ces benchmarks (par nom)")
    parser.add_argument("--save", help="écrire aussi les lignes obtenues dans ce fichier JSON")
    parser.add_argument("--combine", nargs="+", help="ne rien mesurer : réunir ces fichiers JSON (--save) en un "
                                                      "tableau et l'écrire dans docs/benchmarks.md")
    args = parser.parse_args(argv)
    if args.combine:
        return combine([Path(f) for f in args.combine])
    if args.db:
        db_path, rows = Path(args.db), []
    else:
        demo = demo_database(Path(args.cache) if args.cache else DATA / f"demo-{args.years}y.db", args.years)
        db_path, rows = demo.path, [build_row(demo, args.years)]
    for name, fn in _BENCHMARKS:
        if args.only and name not in args.only:
            continue
        runs = getattr(fn, "runs", None) or args.runs
        produced = []
        for number in range(1, runs + 1):
            print(f"== {name} ({number}/{runs})", flush=True)
            try:
                produced.append(fn(db_path))
            except Exception as exc:  # one failing benchmark is reported, the others still run
                traceback.print_exc()
                produced.append([{"name": f"{name}: {type(exc).__name__}", "value": None, "budget": None,
                                  "baseline": str(exc)[:80], "error": True}])
            for line in _table(produced[-1])[2:]:
                print(line, flush=True)
        rows.extend(merge_runs(produced))
    print("\n".join(_table(rows)))
    if args.save:
        Path(args.save).write_text(json.dumps({"db": str(db_path), "rows": rows}, ensure_ascii=False, default=str))
    command = "python -m bench" + (f" --years {args.years}" if args.years != 10 else "") + (
        f" --runs {args.runs}" if args.runs != RUNS else "") + (f" --db {args.db}" if args.db else "")
    if not args.only:
        write_report(rows, command, db_path)
        print(f"\nRésultats écrits dans {REPORT}")
    return 0


def combine(files: list[Path]) -> int:
    """One table from benchmarks run apart (e.g. in parallel when time is short), in the registry's order."""
    saved = [json.loads(f.read_text()) for f in files]
    order = {name: i for i, (name, _fn) in enumerate(_BENCHMARKS)}
    rows = sorted((row for part in saved for row in part["rows"]),
                  key=lambda row: order.get(str(row["name"]).split(":")[0].split(" ")[0], -1))
    print("\n".join(_table(rows)))
    write_report(rows, "python -m bench --save … (par groupes) puis --combine", Path(saved[0]["db"]))
    print(f"\nRésultats écrits dans {REPORT}")
    return 0


register("startup", lazy("bench.bench_startup"))
register("visits", lazy("bench.bench_visits"))
register("badges", lazy("bench.bench_badges"))
register("rooms", lazy("bench.bench_rooms"))
register("cafeteria", lazy("bench.bench_cafeteria"))
register("sync", lazy("bench.bench_sync", runs=1))  # minutes per run on ten years
register("reports", lazy("bench.bench_reports"))
register("printing", lazy("bench.bench_printing"))
register("rush", lazy("bench.bench_rush"))
register("central", lazy("bench.bench_central", runs=1))  # a 6-site build, then p95 of 20 per report
register("desk", lazy("bench.bench_desk"))

if __name__ == "__main__":
    raise SystemExit(main())
