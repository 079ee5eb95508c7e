"""`reception-console --smoke-test OUT.pdf`: the built application proves itself on a demo database.

It goes the way a receptionist does, through the real start-up: the login window takes the demo's
`accueil` account, the main window opens, a visitor is checked in and the badge goes through Qt's print
path (QtPdf rasterising, QPrinter) into OUT.pdf; then the app exits 0. Any failure or a hang past the
time limit exits 1 with the reason in the log. It exists for `make dist-check` and the Windows CI, where
a frozen build that forgot a Qt plugin, a migration or a resource would fail here and not on a desk.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from reception.app import ConsoleStart
    from reception.core.services.visits_types import VisitRow
    from reception.ui.main_window import MainWindow
    from reception.ui.session import ConsoleSession

log = logging.getLogger(__name__)

SMOKE_ACCOUNT = ("accueil", "accueil123")  # the demo park's receptionist (core/demo/park.py)
TIME_LIMIT_MS = 90_000


class SmokeTest(QObject):
    """Drives the started console: log in, check a visitor in, print the badge to a file, quit."""

    def __init__(self, console: ConsoleStart, out: Path) -> None:
        super().__init__(console)
        self.console = console
        self.out = out
        self.session: ConsoleSession | None = None
        console.session_started.connect(self._log_in)
        QTimer.singleShot(TIME_LIMIT_MS, lambda: self._finish(1, "time limit reached"))
        self._say("login window shown")  # start_console has painted it; packaging/check_dist.py times this line

    def _log_in(self, session: ConsoleSession) -> None:
        self.session = session
        session.main_window_opened.connect(self._check_in)
        username, password = SMOKE_ACCOUNT
        session.login.username.setText(username)
        session.login.password.setText(password)
        session.login.attempt()

    def _check_in(self, window: MainWindow) -> None:
        services, actor = window.ctx.services, window.ctx.actor

        def check_in_and_make_badge() -> tuple[VisitRow, bytes, tuple[float, float]]:
            # imported here, on the worker: the database layer is being imported on another one at start-up
            from reception.core.services.visits_types import CheckInForm
            from reception.printing.badges import BadgeInfo, BadgeSetup

            host = services.directory.employees(actor)[0]
            visit = services.visits.check_in(actor, CheckInForm(
                last_name="Essai", first_name="Démarrage", organisation="Contrôle de la version",
                host_employee_id=host.id))
            setup = BadgeSetup.from_settings(services.settings.all())
            return visit, setup.pdf([BadgeInfo.of(visit, services.site.info().site_name)]), setup.size_mm

        window.ctx.runner.run(check_in_and_make_badge, self._print,
                              lambda error: self._finish(1, f"check-in failed: {error}"))

    def _print(self, result: tuple[VisitRow, bytes, tuple[float, float]]) -> None:
        from reception.ui.printing import print_pdf_to_file

        visit, pdf, size_mm = result
        try:
            print_pdf_to_file(pdf, self.out, size_mm)
        except Exception as exc:
            self._finish(1, f"printing failed: {exc}")
            return
        if not self.out.is_file() or self.out.stat().st_size == 0:
            self._finish(1, f"no PDF written to {self.out}")
            return
        self._finish(0, f"badge {visit.badge_number} printed to {self.out}")

    def _finish(self, code: int, message: str) -> None:
        (log.info if code == 0 else log.error)("smoke test: %s", message)
        self._say(message)
        self.console.app.exit(code)

    @staticmethod
    def _say(message: str) -> None:
        if sys.stderr is not None:  # a windowed Windows program has no console
            print(f"smoke test: {message}", file=sys.stderr, flush=True)
