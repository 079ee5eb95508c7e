"""Run in a subprocess by bench_startup: prints when each window is first painted.

`--bare`: a bare PySide6 window (the reference). Otherwise the real console start-up on `--db`: the probe
says "typing" when the event loop first runs (keystrokes are handled from then on), submits a demo
receptionist's password at that very moment (held by the login until the database is checked and opened) or
`--submit-after` seconds later (the time a receptionist takes to type, the start-up's pre-work running meanwhile),
and reports the time from that submission to the main window shown with Accueil's figures, the longest GUI
freeze meanwhile (how late a 10 ms timer on the GUI thread ran, as in desk_probe) and the peak memory of the
process. The day's backup starts once the main window is open, as at a desk's first start of
the day; the probe waits for it before exiting.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from bench.desk_probe import Lateness
    from reception.ui.session import ConsoleSession


def say(*words: object) -> None:
    print(*words, flush=True)


class FirstPaint(QObject):
    """Calls `then` once, when the watched window is painted for the first time."""

    def __init__(self, widget: QWidget, then: object) -> None:
        super().__init__(widget)
        self._then = then
        self._done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, self._then)  # type: ignore[arg-type]
        return False


def bare() -> int:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(1366, 768)
    FirstPaint(window, lambda: (say("shown"), app.quit()))
    window.show()
    return app.exec()


def console(db: str, username: str, password: str, submit_after: float = 0.0) -> int:
    from bench.desk_probe import Lateness
    from reception.app import start_console
    from reception.ui.login import LoginWindow

    painted = LoginWindow.paintEvent

    def first_paint(window: LoginWindow, event: object) -> None:
        """The login window is painted inside start_console, before the probe could watch it."""
        painted(window, event)  # type: ignore[arg-type]
        if not getattr(window, "_probe_seen", False):
            window._probe_seen = True  # type: ignore[attr-defined]
            say("shown")

    LoginWindow.paintEvent = first_paint  # type: ignore[method-assign]
    console = start_console(["--db", db])
    app = console.app
    clock: dict[str, float] = {}

    def figures_shown() -> None:
        say("ready", f"{time.perf_counter() - clock['submitted']:.4f}")
        say("freeze", f"{late[0].worst * 1000:.1f}")
        say("maxrss_kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        assert console.session is not None and console.session.window is not None
        console.session.window.close_for_logout()
        app.quit()

    def main_window_opened(window: QWidget) -> None:
        home = window.pages["home"]  # type: ignore[attr-defined]
        home.figures_loaded.connect(figures_shown)

    def session_started(session: ConsoleSession) -> None:
        session.maximize = False
        session.main_window_opened.connect(main_window_opened)

    late: list[Lateness] = []

    def submit() -> None:
        late.append(Lateness())
        console.login.username.setText(username)
        console.login.password.setText(password)
        clock["submitted"] = time.perf_counter()
        console.login.attempt()

    console.session_started.connect(session_started)

    def loop_running() -> None:
        say("typing")
        QTimer.singleShot(round(submit_after * 1000), submit)

    QTimer.singleShot(0, loop_running)
    code = app.exec()
    console.runner.wait()
    console.background.wait()
    return code


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bare", action="store_true")
    parser.add_argument("--db")
    parser.add_argument("--user", default="accueil")
    parser.add_argument("--password", default="accueil123")
    parser.add_argument("--submit-after", type=float, default=0.0,
                        help="seconds between the loop running and the password submitted (typing time)")
    args = parser.parse_args()
    return bare() if args.bare else console(args.db, args.user, args.password, args.submit_after)


if __name__ == "__main__":
    raise SystemExit(main())
