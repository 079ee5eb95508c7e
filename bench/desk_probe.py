"""Run in a subprocess by bench_desk: what a person at the desk waits for, end to end, in the real main window
of a receptionist on `DB`, with the printers set to `pdf:FOLDER` (Qt's PDF printer: the pages are rasterised
and painted as for a real printer, off the GUI thread as the console does).

Each interaction is timed from the first key (or the action) to what the person waits for, while a 10 ms
QTimer on the GUI thread records how late the event loop ran (the longest freeze). Prints one line per sample:
`sample NAME MILLISECONDS LATENESS_MS`, and `ref NAME MILLISECONDS` for the references measured alongside.
"""

from __future__ import annotations

import gc
import sqlite3
import sys
import time
from collections.abc import Callable
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

TICK_S = 0.010
TIMEOUT_S = 60
IDLE_SECONDS = 10


class Lateness:
    """The longest time the GUI thread failed to run a 10 ms timer, since `reset`."""

    def __init__(self) -> None:
        self.worst, self.last = 0.0, time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(round(TICK_S * 1000))
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last - TICK_S)
        self.last = now

    def reset(self) -> None:
        self.worst, self.last = 0.0, time.perf_counter()


class PaintedWhen(QObject):
    """Notes a paint of `widget` that happens once `ready()` holds (the data shown, then painted)."""

    def __init__(self, widget: QWidget, ready: Callable[[], bool]) -> None:
        super().__init__(widget)
        self.ready, self.seen = ready, False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.ready():
            self.seen = True
        return False


def wait_until(app: QApplication, done: Callable[[], bool]) -> None:
    """Lets the event loop run (as app.exec would) until `done`; the probe's own polling sleeps 1 ms."""
    deadline = time.perf_counter() + TIMEOUT_S
    while not done():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("interaction did not finish")
        time.sleep(0.001)


def measure(app: QApplication, late: Lateness, name: str, start: Callable[[], None],
            done: Callable[[], bool]) -> None:
    settle(app)
    late.reset()
    started = time.perf_counter()
    start()
    try:
        wait_until(app, done)
    except TimeoutError:
        print("failed", name, flush=True)
        print("debug", QApplication.activeWindow(), QApplication.focusWidget(), file=sys.stderr, flush=True)
        return
    elapsed = (time.perf_counter() - started) * 1000
    print("sample", name, f"{elapsed:.2f}", f"{late.worst * 1000:.1f}", flush=True)


def settle(app: QApplication, seconds: float = 0.15) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def main(db_file: str, folder: str, rounds: int, exports: int) -> None:
    app = QApplication(sys.argv[:1])
    from reception.core.database import Database
    from reception.core.services.container import Services
    from reception.ui.context import AppContext
    from reception.ui.main_window import MainWindow
    from reception.ui.operations import OperationRunner
    from reception.ui.scan import ScanRouter

    services = Services(Database(Path(db_file)))
    admin = services.auth.login("admin", "admin1234")
    services.settings.update(admin, {"printing.badge_printer": f"pdf:{folder}", "visits.auto_print_badge": True,
                                     "printing.receipt_printer": f"pdf:{folder}"}, at=services.clock.now())
    clerk = services.auth.login("accueil", "accueil123")
    caf = services.cafeteria
    if caf.current_session(clerk) is None:
        caf.open_session(clerk, 50_000)
    runner = OperationRunner()
    scans = ScanRouter()
    scans.install(app)
    window = MainWindow(AppContext(services, clerk, runner), services.site.info(), 30, scans)
    window.resize(1920, 1080)
    window.show()
    window.activateWindow()  # the F-keys are window shortcuts: they need the active window
    settle(app, 1.0)
    runner.wait()
    gc.collect()
    gc.freeze()  # as the app does once the main window is up
    late = Lateness()
    for _ in range(IDLE_SECONDS):  # the reference: how late the timer runs when the window has nothing to do
        late.reset()
        settle(app, 1.0)
        print("ref idle_lateness", f"{late.worst * 1000:.1f}", flush=True)
    posted: list[str] = []  # every status line since the interaction began (a mail notice may follow at once)
    runner.notices.posted.connect(lambda n: posted.append(n.text))

    def printed(title: str) -> Callable[[], bool]:
        return lambda: any(text.startswith(f"Imprimé : {title}") for text in posted)

    # --- returning check-in: first key to the badge printed ---------------------------------------------------
    visitors = window.show_page("visitors")
    form = visitors.checkin  # type: ignore[attr-defined]
    with closing(sqlite3.connect(db_file)) as conn:
        names = [r[0] for r in conn.execute(
            "SELECT v.last_name FROM visitors v WHERE anonymised = 0 AND length(last_name) >= 4 "
            "ORDER BY last_visit_at DESC LIMIT ?", (rounds,))]
    checked_in = []
    for last_name in names:
        form.clear()
        form.last_name.setFocus()
        settle(app)

        def type_and_check_in(typed: str = last_name[:4]) -> None:
            posted.clear()
            QTest.keyClicks(form.last_name, typed)

        def picked_then_printed() -> bool:
            if form.last_name.popup.isVisible():
                QTest.keyClick(form.last_name, Qt.Key.Key_Return)  # the most recent match, its last host proposed
                QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            return printed("Badge")()

        measure(app, late, "checkin", type_and_check_in, picked_then_printed)
        if form.last_visit is not None:
            checked_in.append(form.last_visit)

    # --- scan to checked out ----------------------------------------------------------------------------------
    desk = next(f for f in window.desk_features if hasattr(f, "toast"))
    for visit in checked_in:
        form.last_name.setFocus()
        settle(app)
        desk.toast.setText("")

        def scan(code: str = visit.badge_code) -> None:
            QTest.keyClicks(QApplication.focusWidget(), code)
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

        measure(app, late, "checkout", scan, lambda: "sorti" in desk.toast.text())

    # --- sale: F-key to the receipt printed ---------------------------------------------------------------------
    cafeteria = window.show_page("cafeteria")
    sale = cafeteria.sale  # type: ignore[attr-defined]
    window.activateWindow()
    settle(app, 0.5)
    runner.wait()
    for _ in range(rounds):
        sale.given.setFocus()
        settle(app)

        def sell() -> None:
            posted.clear()
            for key in (Qt.Key.Key_F1, Qt.Key.Key_F1, Qt.Key.Key_F3):
                QTest.keyClick(sale.given, key)
            QTest.keyClicks(sale.given, "100")
            QTest.keyClick(sale.given, Qt.Key.Key_Return)

        measure(app, late, "sale", sell, printed("Ticket"))

    # --- day grid: a date typed to the grid painted at 1920×1080 --------------------------------------------------
    rooms = window.show_page("rooms")
    planning = rooms.planning  # type: ignore[attr-defined]
    settle(app, 0.5)
    runner.wait()
    app.processEvents()
    grid = planning.grid
    today = date.today()
    painted = PaintedWhen(grid, lambda: bool(planning.status.text()))  # the status is set with the data
    for n in range(rounds):
        day = today - timedelta(days=37 * (n + 1))
        planning.status.setText("")
        painted.seen = False

        def pick(day: date = day) -> None:
            planning._date_edited(QDate(day.year, day.month, day.day))

        measure(app, late, "grid", pick, lambda: painted.seen)
    grid_size = grid.size()
    for _ in range(rounds):  # the reference: a bare widget of the same size, painted
        bare = QWidget()
        bare.resize(grid_size)
        started = time.perf_counter()
        bare.grab()
        print("ref grid_bare_paint", f"{(time.perf_counter() - started) * 1000:.2f}", flush=True)
        started = time.perf_counter()
        grid.grab()
        print("ref grid_paint", f"{(time.perf_counter() - started) * 1000:.2f}", flush=True)

    # --- the history: a name searched, first page and count shown; a full year exported to XLSX ----------------
    visitors = window.show_page("visitors")
    history = visitors.history  # type: ignore[attr-defined]
    visitors.tabs.setCurrentWidget(history)  # type: ignore[attr-defined]
    settle(app, 0.5)
    for prefix in ("ben", "ala", "el", "mo", "sa")[: max(1, rounds // 4)] * 4:
        history.name.setText(prefix)
        history.count.setText("")

        measure(app, late, "history_search", history.search,
                lambda: bool(history.count.text()) and history.model.rowCount() > 0)
    history.name.setText("")
    year = today.year - 1
    history.date_from.setDate(QDate(year, 1, 1))
    history.date_to.setDate(QDate(year, 12, 31))
    history.search()
    settle(app, 1.0)
    runner.wait()
    for n in range(exports):
        target = Path(folder) / f"history-{n}.xlsx"
        measure(app, late, "export_year", lambda t=target: history.export("xlsx", str(t)), target.exists)
    runner.wait()
    late.timer.stop()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
