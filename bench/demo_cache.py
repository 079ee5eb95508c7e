"""The demo database the benchmarks run on, built once and reused while nothing it depends on changed.

The cache is keyed by a hash of the generator's source (reception/core/demo), the migrations (db/versions),
the number of years and the seed: a database built by an older generator or schema is rebuilt, never measured.
The key and the build time are written beside the file; the build row says "en cache" when this run did not build.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "reception" / "core" / "demo", ROOT / "db" / "versions")
SEED = 2026


def source_key(years: int, seed: int = SEED) -> str:
    """Hash of every file the demo database depends on, with the build's parameters."""
    digest = hashlib.sha256(f"years={years};seed={seed}".encode())
    for folder in SOURCES:
        for file in sorted(folder.rglob("*.py")):
            digest.update(str(file.relative_to(ROOT)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class CachedDemo:
    path: Path
    key: str
    build_seconds: float
    built_now: bool


def _meta(path: Path) -> Path:
    return path.with_name(path.name + ".cache.json")


def demo_database(path: Path, years: int) -> CachedDemo:
    """`path` as built by today's generator and migrations: reused when its recorded key matches, else rebuilt."""
    key = source_key(years)
    meta = _meta(path)
    if path.exists() and meta.exists():
        recorded = json.loads(meta.read_text())
        if recorded.get("key") == key:
            return CachedDemo(path, key, float(recorded["build_seconds"]), built_now=False)
    from reception.core.demo import build_demo

    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"), meta):
        stale.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"Construction de la base de démonstration ({years} ans, clé {key}) : {path} ...", flush=True)
    started = time.perf_counter()
    build_demo(path, years=years, seed=SEED).dispose()
    seconds = time.perf_counter() - started
    meta.write_text(json.dumps({"key": key, "years": years, "build_seconds": round(seconds, 1)}))
    print(f"  construite en {seconds:.0f} s", flush=True)
    return CachedDemo(path, key, seconds, built_now=True)


def build_row(demo: CachedDemo, years: int) -> dict[str, object]:
    """The generator's own budget (ten years in under ten minutes); says when the figure is a cached one."""
    size = demo.path.stat().st_size / 1_048_576
    when = "construite par ce passage" if demo.built_now else "en cache (construite plus tôt, même clé)"
    return {"name": f"demo: construction de {years} ans d'historique", "value": round(demo.build_seconds),
            "unit": "s", "budget": 600, "samples": 1,
            "baseline": f"{when}; clé {demo.key} (générateur + migrations); {size:.0f} Mo"}


if __name__ == "__main__":  # python -m bench.demo_cache PATH YEARS: build (or confirm) the cached database
    import sys

    built = demo_database(Path(sys.argv[1]), int(sys.argv[2]))
    print(built)
