""""Synchroniser maintenant" (menu Console and toolbar) and the in-app schedule, installed once per window.

The decisions (is the nightly run due, catch-up after a night with the PC off, periodic upload) are in
reception/sync/schedule.py; here a one-minute QTimer asks, and the run goes to a worker thread. The
engine's lock keeps this and a scheduled `reception sync` from ever running at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QProgressBar

from reception.core.services.container import Services
from reception.core.services.permissions import Permission
from reception.core.shortcuts import key as shortcut_key
from reception.sync.schedule import NIGHTLY, due
from reception.ui import theme
from reception.ui.context import AppContext
from reception.ui.errors import BackgroundFailure

if TYPE_CHECKING:  # the engine (psycopg, Alembic, the whole sync) is imported by the worker that runs a sync:
    from reception.sync.engine import SyncReport  # not by the main window, which the password waits for

CHECK_EVERY_MS = 60_000


def scheduled_run(services: Services) -> SyncReport | None:
    """Worker side of the timer: runs the sync when the schedule says so, else nothing."""
    if not services.settings.get("sync.central_url"):
        return None
    last = services.sync_status.last_run()
    kind = due(services.clock.now(), services.settings.get("sync.nightly_time"),
               services.settings.get("sync.upload_every_minutes"), services.sync_status.last_success(),
               last.started_at if last else None)
    if kind is None:
        return None
    from reception.sync.engine import run_sync
    from reception.sync.verify import QUICK

    return run_sync(services.db.path, services.settings.central_url(), services.clock, trigger=kind,
                    verify=QUICK if kind == NIGHTLY else "")  # a divergence ends in exit 16


def _sync_now(services: Services, progress: Callable[[str], None]) -> SyncReport:
    """Worker side of "Synchroniser maintenant"."""
    from reception.sync.engine import run_sync

    return run_sync(services.db.path, services.settings.central_url(), services.clock, trigger="app",
                    progress=progress)


class SyncDesk(QObject):
    """Owns the action, the timer and the status-bar progress of the sync."""

    progress_text = Signal(str)
    sync_finished = Signal(object)

    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.running = False
        self._queued: Callable[[], SyncReport | None] | None = None
        self.action = QAction(theme.icon("sync"), self.tr("Synchroniser maintenant"), window)
        self.action.setShortcut(shortcut_key("sync.now"))
        self.action.setEnabled(ctx.actor.can(Permission.SYNC_RUN))
        self.action.triggered.connect(self.sync_now)
        window.addAction(self.action)
        self._place_action(window)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        self.step_label = QLabel()
        window.statusBar().addPermanentWidget(self.step_label)
        window.statusBar().addPermanentWidget(self.busy)
        self.progress_text.connect(self.step_label.setText)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_schedule)
        self.timer.start()
        QTimer.singleShot(0, self.check_schedule)  # catch-up at start-up

    def _place_action(self, window: QMainWindow) -> None:
        menus = [menu for a in window.menuBar().actions() if isinstance(menu := a.menu(), QMenu)]
        if menus:
            first = menus[0]
            separators = [a for a in first.actions() if a.isSeparator()]
            if separators:
                first.insertAction(separators[0], self.action)
            else:
                first.addAction(self.action)
        toolbar = getattr(window, "toolbar", None)
        if toolbar is not None:
            toolbar.addAction(self.action)

    def sync_now(self) -> None:
        if not self.ctx.services.settings.get("sync.central_url"):
            self.window.statusBar().showMessage(
                self.tr("Aucune base centrale configurée (Paramètres, groupe Synchronisation)."), 10_000)
            return
        services = self.ctx.services
        self._start(lambda: _sync_now(services, self.progress_text.emit))

    def check_schedule(self) -> None:
        if not self.running:
            self._start(lambda: scheduled_run(self.ctx.services), quiet=True)

    def _start(self, job: Callable[[], SyncReport | None], quiet: bool = False) -> None:
        """One job at a time; a click during the schedule's minute check runs right after it."""
        if not quiet:
            self.action.setEnabled(False)
            self.busy.show()
            self.step_label.setText(self.tr("Synchronisation…"))
        if self.running:
            self._queued = None if quiet else job
            return
        self.running = True
        self.ctx.runner.run(job, self._done, BackgroundFailure(
            self.ctx.runner.notices, self.tr("La synchronisation a échoué"), then=self._finish))

    def _finish(self) -> None:
        self.running = False
        queued, self._queued = self._queued, None
        if queued is not None:
            self._start(queued)
            return
        self.action.setEnabled(self.ctx.actor.can(Permission.SYNC_RUN))
        self.busy.hide()
        self.step_label.clear()
        refresh = getattr(self.window, "refresh_sync_status", None)
        if refresh is not None:
            refresh()

    def _done(self, report: SyncReport | None) -> None:
        queued = self._queued is not None
        self._finish()
        if report is None or queued:
            return
        from reception.sync.engine import EXIT_CONFLICTS, EXIT_OK  # imported by the run that reported

        if report.outcome in (EXIT_OK, EXIT_CONFLICTS):
            text = self.tr("Synchronisation terminée : {summary}").format(summary=report.summary())
        else:
            text = self.tr("Synchronisation interrompue : {reason}").format(reason=report.message)
        if report.warning:
            text += " " + report.warning
        self.window.statusBar().showMessage(text, 15_000)
        self.sync_finished.emit(report)


def install_sync_desk(ctx: AppContext, window: QMainWindow) -> SyncDesk:
    return SyncDesk(ctx, window)
