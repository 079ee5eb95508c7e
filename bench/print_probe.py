"""Run in a subprocess by bench_printing: F9 pressed in a receptionist's main window on `DB`, the evacuation list
printed through the configured report printer (a `pdf:FOLDER` printer, so no CUPS is needed), measured from
the key press to the status bar's "Imprimé", with a 10 ms QTimer recording how late the event loop ran.

Prints one line per run: `run SECONDS WORST_LATENESS_MS PAGES CPU_SECONDS` (CPU of the whole process).
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

TICK_S = 0.010


def main(db_file: str, folder: str, runs: int) -> None:
    app = QApplication(sys.argv[:1])
    from reception.core.database import Database
    from reception.core.services.container import Services
    from reception.ui.context import AppContext
    from reception.ui.main_window import MainWindow
    from reception.ui.operations import OperationRunner

    services = Services(Database(Path(db_file)))
    admin = services.auth.login("admin", "admin1234")
    services.settings.update(admin, {"printing.report_printer": f"pdf:{folder}"}, at=services.clock.now())
    runner = OperationRunner()
    window = MainWindow(AppContext(services, services.auth.login("accueil", "accueil123"), runner),
                        services.site.info(), 30)
    window.show()
    settle(app, runner)
    gc.collect()
    gc.freeze()  # as the app does once the main window is up
    worst, last = [0.0], [0.0]

    def tick() -> None:
        now = time.perf_counter()
        worst[0] = max(worst[0], now - last[0] - TICK_S)
        last[0] = now

    timer = QTimer()
    timer.setInterval(round(TICK_S * 1000))
    timer.timeout.connect(tick)
    for _ in range(runs):
        window.notice.clear()
        worst[0], last[0] = 0.0, time.perf_counter()
        timer.start()
        started, cpu = time.perf_counter(), time.process_time()
        QTest.keyClick(window, Qt.Key.Key_F9)
        while not window.notice.text().startswith(("Imprimé", "Impression impossible", "Liste d'évacuation imp")):
            app.processEvents()
            time.sleep(0.002)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        timer.stop()
        pages = window.notice.text().rsplit("(", 1)[-1].split()[0]
        print("run", f"{elapsed:.3f}", f"{worst[0] * 1000:.0f}", pages, f"{cpu:.2f}", flush=True)
        settle(app, runner)


def settle(app: QApplication, runner: object) -> None:
    for _ in range(50):
        app.processEvents()
        time.sleep(0.02)
    runner.wait()  # type: ignore[attr-defined]
    app.processEvents()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
