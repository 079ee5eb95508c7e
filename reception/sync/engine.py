"""One sync run of a desk: lock, checks, backup, push before pull, with numbered steps and exit codes.

Steps (RECEPTION_SYNC_KILL_AT=<n> makes the process SIGKILL itself there, for the fault tests):
  1 lock taken            2 checks passed, backup taken, central reached
  3 batch read            4 batch applied centrally, not committed
  5 central committed     6 batch marked sent locally
  7 pull page fetched     8 pull page and cursor saved
  9 run finished, before it is recorded
Whatever happens between two steps, the next run finishes the job: the central transaction makes a batch
all-or-nothing, event ids make a resend harmless, and a pull cursor is saved with the rows it covers.
"""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import psycopg
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError

from reception.core.clock import Clock
from reception.core.database import Database, take_backup
from reception.core.i18n import _
from reception.core.models import SyncConflict, SyncRun
from reception.sync.apply import DeskId, apply_batch
from reception.sync.central import accepted_desk_schema, central_engine
from reception.sync.local import mark_sent, pending_events, record_refusals
from reception.sync.pull import pull
from reception.sync.safety import AlreadyRunning, SyncLock, clock_warning, integrity_problems, schema_mismatch

log = logging.getLogger(__name__)

EXIT_OK, EXIT_CONFLICTS, EXIT_UPDATE, EXIT_RUNNING, EXIT_INTEGRITY, EXIT_NETWORK = 0, 10, 11, 12, 13, 14
KILL_ENV = "RECEPTION_SYNC_KILL_AT"
STEP_LOCKED, STEP_CHECKED, STEP_BATCH_READ, STEP_BATCH_APPLIED = 1, 2, 3, 4
STEP_CENTRAL_COMMITTED, STEP_BATCH_MARKED, STEP_FINISHED = 5, 6, 9
BATCH_SIZE = 1000

Step = Callable[[int], None]
Progress = Callable[[str], None]


def kill_switch(step: int) -> None:
    """The fault tests' hook: die at the numbered step, as a power cut or a killed task would."""
    if os.environ.get(KILL_ENV) == str(step):
        os.kill(os.getpid(), signal.SIGKILL)


@dataclass(frozen=True)
class SyncReport:
    outcome: int
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    message: str = ""
    warning: str = ""

    def summary(self) -> str:
        return (f"{self.pushed} changements envoyés, {self.pulled} reçus, "
                f"{self.conflicts} conflit(s) à examiner.")


class SyncFailed(Exception):
    def __init__(self, outcome: int, message: str) -> None:
        super().__init__(message)
        self.outcome = outcome
        self.message = message


class SyncEngine:
    """Runs one sync for a desk database against the central URL."""

    def __init__(self, db: Database, central_url: str, clock: Clock, *, trigger: str = "cli",
                 step: Step = kill_switch, progress: Progress | None = None, batch_size: int = BATCH_SIZE) -> None:
        self.db = db
        self.central_url = central_url
        self.clock = clock
        self.trigger = trigger
        self.step = step
        self.progress = progress or (lambda _message: None)
        self.batch_size = batch_size

    def run(self) -> SyncReport:
        started = self.clock.now()
        try:
            with SyncLock(self.db.path):
                self.step(STEP_LOCKED)
                report = self._run_locked()
        except AlreadyRunning as exc:
            report = SyncReport(EXIT_RUNNING, message=str(exc))
        except SyncFailed as exc:
            report = SyncReport(exc.outcome, message=exc.message)
        self._record(started, report)
        log.info("sync %s: outcome %s, %s %s", self.trigger, report.outcome, report.summary(), report.message)
        return report

    def _run_locked(self) -> SyncReport:
        self.progress("Vérification de la base locale…")
        problems = integrity_problems(self.db.path)
        if problems:
            raise SyncFailed(EXIT_INTEGRITY, "Base locale endommagée, synchronisation refusée : " + problems[0])
        take_backup(self.db.path, reason="synchro")
        identity = self.db.identity()
        if identity is None:
            raise SyncFailed(EXIT_INTEGRITY, "Ce poste n'est pas encore configuré (site et poste inconnus).")
        desk = DeskId(identity.site_code, identity.desk_code)
        central = central_engine(self.central_url)
        try:
            warning = self._preflight(central)
            self.step(STEP_CHECKED)
            pushed, refused = self.push(central, desk, identity.epoch)
            self.progress("Réception des données de référence…")
            pulled = pull(central, self.db, desk, self.clock, self.step)
        except (DBAPIError, OSError) as exc:
            if isinstance(exc, DBAPIError) and not isinstance(exc.orig, psycopg.Error):
                raise  # a local SQLite problem is no network failure
            log.warning("sync network failure: %s", exc)
            message = _("Base centrale injoignable ou connexion coupée ; les changements restent en attente et "
                        "partiront à la prochaine synchronisation.")
            raise SyncFailed(EXIT_NETWORK, message) from exc
        finally:
            central.dispose()
        self.step(STEP_FINISHED)
        open_conflicts = self._open_conflicts()
        outcome = EXIT_CONFLICTS if open_conflicts else EXIT_OK
        return SyncReport(outcome, pushed, pulled.pulled, open_conflicts, warning=warning,
                          message=f"{refused + pulled.conflicts} nouveau(x) conflit(s)." if open_conflicts else "")

    def _preflight(self, central: Engine) -> str:
        """Schema first (an old desk must not push), then the clock (a warning only)."""
        self.progress("Connexion à la base centrale…")
        with central.connect() as conn:
            accepted = accepted_desk_schema(conn)
            server_now: datetime = conn.execute(text("SELECT now()")).scalar_one()
        reason = schema_mismatch(self.db.current_revisions(), accepted)
        if reason:
            raise SyncFailed(EXIT_UPDATE, reason)
        return clock_warning(self.clock.now(), server_now)

    def push(self, central: Engine, desk: DeskId, epoch: str) -> tuple[int, int]:
        """Every pending event, batch by batch: (events pushed, new refusals)."""
        pushed = refused = 0
        while events := pending_events(self.db, self.batch_size):
            self.step(STEP_BATCH_READ)
            self.progress(f"Envoi des changements ({pushed + len(events)})…")
            with central.begin() as conn:
                result = apply_batch(conn, desk, epoch, events)
                self.step(STEP_BATCH_APPLIED)
            self.step(STEP_CENTRAL_COMMITTED)
            with self.db.write() as session:
                mark_sent(session, events, self.clock.now())
                refused += record_refusals(session, result.refusals, self.clock.now())
            self.step(STEP_BATCH_MARKED)
            pushed += len(events)
        return pushed, refused

    def _open_conflicts(self) -> int:
        with self.db.read() as session:
            return session.scalar(select(func.count()).select_from(SyncConflict)
                                  .where(SyncConflict.resolved_at.is_(None))) or 0

    def _record(self, started: datetime, report: SyncReport) -> None:
        with self.db.write() as session:
            session.add(SyncRun(trigger=self.trigger, started_at=started, finished_at=self.clock.now(),
                                pushed=report.pushed, pulled=report.pulled, conflicts=report.conflicts,
                                outcome=report.outcome, error=report.message if report.outcome not in
                                (EXIT_OK, EXIT_CONFLICTS) else "", warning=report.warning))


def run_sync(db_path: Path, central_url: str, clock: Clock, **options: object) -> SyncReport:
    """Opens the desk database just for this run (the CLI and the app's worker thread use this)."""
    db = Database(db_path)
    try:
        return SyncEngine(db, central_url, clock, **options).run()  # type: ignore[arg-type]
    finally:
        db.dispose()
