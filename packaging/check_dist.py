"""The built application's smoke test (`make dist-check`, the Windows workflow): the programs in the
folder run on a fresh demo database, with nothing from the source tree or the build machine's Python.

  reception --help; reception demo; reception report digest; reception audit verify;
  reception-console --smoke-test (offscreen: log in, check a visitor in, print the badge to a PDF);
  with RECEPTION_TEST_PG set: reception central init, central add-desk (its one-time code), reception enrol
  with that code (which runs the first sync: the demo's history goes up) and a second sync against it.
Prints each step's time; exits 1 at the first failure. Standard library only.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

SUFFIX = ".exe" if sys.platform == "win32" else ""
SOURCE = Path(__file__).resolve().parent.parent
TIME_LIMIT_S = 300


def step(title: str, args: list[str], env: dict[str, str], ok_codes: tuple[int, ...] = (0,)) -> str:
    """Runs one program; prints its time, and the time to the console's login window when it says so."""
    started = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
                               errors="replace", env=env)
    assert process.stderr is not None and process.stdout is not None
    watchdog = threading.Timer(TIME_LIMIT_S, process.kill)  # a hung program (a blocking dialog) fails the check
    watchdog.start()
    errors = []
    for line in process.stderr:  # the programs print little: reading stderr first cannot block stdout
        errors.append(line)
        if "login window shown" in line:
            print(f"{time.perf_counter() - started:7.2f} s  {title}: login window shown")
    output = process.stdout.read()
    code = process.wait()
    watchdog.cancel()
    print(f"{time.perf_counter() - started:7.2f} s  {title} -> {code}")
    if code not in ok_codes:
        print(output, "".join(errors), sep="\n", file=sys.stderr)
        raise SystemExit(f"dist-check failed at: {title}")
    return output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the built folder (dist/reception)")
    parser.add_argument("--from-source", action="store_true",
                        help="run this Python's `-m reception` and main.py instead, for comparing start times")
    options = parser.parse_args()
    folder = options.folder.resolve()
    cli, console = [str(folder / f"reception{SUFFIX}")], [str(folder / f"reception-console{SUFFIX}")]
    if options.from_source:
        cli, console = [sys.executable, "-m", "reception"], [sys.executable, str(SOURCE / "main.py")]
    with tempfile.TemporaryDirectory(prefix="reception-dist-check-") as tmp:
        work = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RECEPTION_DATA_DIR": str(work / "data"),
               "RECEPTION_LOG_DIR": str(work / "logs")}
        if not options.from_source:
            env.pop("PYTHONPATH", None)  # nothing from the source tree
        db = ["--db", str(work / "desk.db")]
        step("reception --help", [*cli, "--help"], env)
        step("reception demo", [*cli, *db, "demo"], env)
        step("reception report digest", [*cli, *db, "report", "digest", "--out", str(work / "digest.pdf")], env)
        step("reception audit verify", [*cli, *db, "audit", "verify"], env)
        step("reception-console --smoke-test", [*console, *db, "--smoke-test", str(work / "badge.pdf")], env)
        for pdf in ("digest.pdf", "badge.pdf"):
            if not (work / pdf).read_bytes().startswith(b"%PDF"):
                raise SystemExit(f"dist-check failed: {pdf} is not a PDF")
        central = os.environ.get("RECEPTION_TEST_PG")
        if central:
            step("reception central init", [*cli, "central", "init", "--url", central], env)
            added = step("reception central add-desk",
                         [*cli, "central", "add-desk", "--url", central, "--site", "CAS", "--desk", "CAS-A1"], env)
            address = re.search(r"^Adresse de la base centrale : (\S+)$", added, re.M)
            code = re.search(r"^Code d'inscription .*: ([A-Z0-9-]{19})$", added, re.M)
            if address is None or code is None:
                raise SystemExit("dist-check failed: add-desk printed no address or no code")
            # a build machine has no credential store: keyring's null store accepts the password and keeps
            # nothing, and the enrolment's first sync (the demo's history going up) uses the one it redeemed
            keyless = {**env, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
            step("reception enrol", [*cli, *db, "enrol", "--central", address.group(1), "--code", code.group(1)],
                 keyless, ok_codes=(0, 10))
        else:
            print("   skipped  reception sync (RECEPTION_TEST_PG not set)")
    print("dist-check passed")


if __name__ == "__main__":
    main()
