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
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import psycopg
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError

from reception.core.backups import backup_before_sync
from reception.core.clock import Clock
from reception.core.database import Database
from reception.core.i18n import N_, _
from reception.core.models import SyncConflict, SyncRun
from reception.core.restore_marker import record_acknowledged
from reception.sync import versions
from reception.sync.apply import DeskId, apply_batch, identity_detail
from reception.sync.central import accepted_desk_schema, central_engine, role_desk
from reception.sync.conflict_sharing import share_conflicts
from reception.sync.initial_load import history_gap, initial_load
from reception.sync.initial_load import restart as restart_initial_load
from reception.sync.local import last_seq, mark_sent, pending_events, record_refusals
from reception.sync.pull import pull
from reception.sync.recovery import DeskState, central_state, lost_history, recover
from reception.sync.safety import (
    AlreadyRunning,
    SyncLock,
    clock_warning,
    schema_mismatch,
    sync_integrity_problems,
)
from reception.sync.verify import Difference, compare, divergence_message

log = logging.getLogger(__name__)

EXIT_OK, EXIT_CONFLICTS, EXIT_UPDATE, EXIT_RUNNING, EXIT_INTEGRITY, EXIT_NETWORK = 0, 10, 11, 12, 13, 14
EXIT_IDENTITY, EXIT_DIVERGED, EXIT_REFUSED_LOGIN = 15, 16, 17
LOGIN_REFUSED = ("password authentication failed", "authentification par mot de passe", "28P01")
KILL_ENV = "RECEPTION_SYNC_KILL_AT"
STEP_LOCKED, STEP_CHECKED, STEP_BATCH_READ, STEP_BATCH_APPLIED = 1, 2, 3, 4
STEP_CENTRAL_COMMITTED, STEP_BATCH_MARKED, STEP_FINISHED = 5, 6, 9
BATCH_SIZE = 1000
ENROL_HINT = N_("Faites inscrire ce PC sous le bon poste (reception central add-desk … --db <base du poste>) "
                "ou saisissez l'accès central de ce poste-ci.")

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
    loaded: int = 0
    recovered: int = 0

    def summary(self) -> str:
        extra = _("historique : {count} lignes envoyées ; ").format(count=self.loaded) if self.loaded else ""
        if self.recovered:
            extra += _("restauration : {count} lignes de ce poste récupérées ; ").format(count=self.recovered)
        return extra + _("{pushed} changements envoyés, {pulled} reçus, {conflicts} conflit(s) à examiner.").format(
            pushed=self.pushed, pulled=self.pulled, conflicts=self.conflicts)


class SyncFailed(Exception):
    def __init__(self, outcome: int, message: str) -> None:
        super().__init__(message)
        self.outcome = outcome
        self.message = message


class SyncEngine:
    """Runs one sync for a desk database against the central URL."""

    def __init__(self, db: Database, central_url: str, clock: Clock, *, trigger: str = "cli",
                 step: Step = kill_switch, progress: Progress | None = None, batch_size: int = BATCH_SIZE,
                 initial_load: bool = False, verify: str = "", app_version: str | None = None) -> None:
        self.db = db
        self.central_url = central_url
        self.clock = clock
        self.trigger = trigger
        self.step = step
        self.progress = progress or (lambda _message: None)
        self.batch_size = batch_size
        self.initial_load = initial_load
        self.verify = verify  # "" (no check), QUICK or FULL (verify.py)
        self.app_version = app_version or versions.app_version()  # the tests' seam for an updated desk

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
        self.progress(_("Vérification de la base locale…"))
        problems = sync_integrity_problems(self.db.path)
        if problems:
            raise SyncFailed(EXIT_INTEGRITY, _("Base locale endommagée, synchronisation refusée : {problem}").format(
                problem=problems[0]))
        backup_before_sync(self.db.path)
        identity = self.db.identity()
        if identity is None:
            raise SyncFailed(EXIT_INTEGRITY, _("Ce poste n'est pas encore configuré (site et poste inconnus)."))
        desk = DeskId(identity.site_code, identity.desk_code)
        central = central_engine(self.central_url)
        try:
            warning, state = self._preflight(central, desk)
            self.step(STEP_CHECKED)
            recovered = self._recover_if_restored(central, desk, state)
            loaded = self._load_history(central)
            epoch = self.db.identity().epoch  # type: ignore[union-attr]  # a recovery starts a new epoch
            pushed, refused = self.push(central, desk, epoch)
            self.progress(_("Réception des données de référence…"))
            pulled = pull(central, self.db, desk, epoch, self.clock, self.step)
            flagged, refused_flags = self.push(central, desk, epoch)  # overlap flags the pull has just set
            share_conflicts(central, self.db, desk, self.clock)
            differences = self._verify(central, desk) if self.verify else []
        except (DBAPIError, OSError, psycopg.Error) as exc:
            if isinstance(exc, DBAPIError) and not isinstance(exc.orig, psycopg.Error):
                raise  # a local SQLite problem is no network failure
            log.warning("sync network failure: %s", exc)
            raise SyncFailed(*connection_failure(exc)) from exc
        finally:
            central.dispose()
        self.step(STEP_FINISHED)
        open_conflicts = self._open_conflicts()
        new_conflicts = refused + refused_flags + pulled.conflicts
        report = SyncReport(EXIT_CONFLICTS if open_conflicts else EXIT_OK, pushed + flagged, pulled.pulled,
                            open_conflicts, warning=warning, loaded=loaded, recovered=recovered,
                            message=_("{count} nouveau(x) conflit(s).").format(count=new_conflicts)
                            if open_conflicts else "")
        if differences:
            return replace(report, outcome=EXIT_DIVERGED, message=divergence_message(differences))
        return report

    def _preflight(self, central: Engine, desk: DeskId) -> tuple[str, DeskState | None]:
        """Version and schema first (an old desk must not push), the desk's identity, then the clock (a
        warning only)."""
        self.progress(_("Connexion à la base centrale…"))
        with central.connect() as conn:
            minimum = versions.minimum_desk_version(conn)
            accepted = accepted_desk_schema(conn)
            bound = role_desk(conn)
            state = central_state(conn, desk.desk_code)
            server_now: datetime = conn.execute(text("SELECT now()")).scalar_one()
        refusal = versions.too_old(self.app_version, minimum)
        if refusal:
            raise SyncFailed(versions.EXIT_TOO_OLD, refusal)
        reason = schema_mismatch(self.db.current_revisions(), accepted)
        if reason:
            raise SyncFailed(EXIT_UPDATE, reason)
        if bound is not None and DeskId(bound.site_code, bound.desk_code) != desk:
            detail = identity_detail(desk, DeskId(bound.site_code, bound.desk_code), pending=True)
            raise SyncFailed(EXIT_IDENTITY, f"{detail} {_(ENROL_HINT)}")
        return clock_warning(self.clock.now(), server_now), state

    def _recover_if_restored(self, central: Engine, desk: DeskId, state: DeskState | None) -> int:
        """A desk file that lost acknowledged history takes it back before it pushes or numbers (recovery.py)."""
        if state is None or not lost_history(self.db, state):
            return 0
        log.warning("sync: desk %s lost history since a backup; recovering from central", desk.desk_code)
        brought = recover(central, self.db, desk.desk_code, desk.site_code, state, self.clock, self.progress)
        record_acknowledged(self.db.path, state.last_event_id)
        return brought

    def _load_history(self, central: Engine) -> int:
        """Asked for (`--initial-load`), or needed: rows of this desk that never went through the outbox."""
        identity = self.db.identity()
        if self.initial_load and identity is not None and identity.history_loaded:
            restart_initial_load(self.db)  # asked again after a complete load: from the first row
        elif not self.initial_load and not history_gap(self.db):
            return 0  # (an interrupted load, asked for or not, resumes where it stopped)
        self.progress(_("Envoi de l'historique du poste…"))
        return initial_load(self.db, central, self.progress)

    def _verify(self, central: Engine, desk: DeskId) -> list[Difference]:
        self.progress(_("Vérification de la convergence avec la base centrale…"))
        return compare(central, self.db, desk, self.verify)

    def push(self, central: Engine, desk: DeskId, epoch: str) -> tuple[int, int]:
        """Every pending event, batch by batch: (events pushed, new refusals)."""
        pushed = refused = 0
        ceiling = last_seq(self.db)  # what is written meanwhile goes next time
        while events := pending_events(self.db, self.batch_size, ceiling):
            self.step(STEP_BATCH_READ)
            self.progress(_("Envoi des changements ({count})…").format(count=pushed + len(events)))
            with central.begin() as conn:
                result = apply_batch(conn, desk, epoch, events, self.app_version)
                self.step(STEP_BATCH_APPLIED)
            self.step(STEP_CENTRAL_COMMITTED)
            with self.db.write() as session:
                mark_sent(session, events, self.clock.now())
                refused += record_refusals(session, result.refusals, self.clock.now())
            record_acknowledged(self.db.path, events[-1].event_id)
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


def connection_failure(exc: Exception) -> tuple[int, str]:
    """A refused password is no network failure: it will not heal by waiting, someone must fix the URL."""
    if any(sign in str(exc) for sign in LOGIN_REFUSED):
        return EXIT_REFUSED_LOGIN, _("Base centrale : mot de passe refusé pour ce poste. Corrigez l'URL du paramètre "
                                     "sync.central_url (le mot de passe donné par « reception central add-desk ») ; "
                                     "les changements restent en attente.")
    return EXIT_NETWORK, _("Base centrale injoignable ou connexion coupée ; les changements restent en attente et "
                           "partiront à la prochaine synchronisation.")


def run_sync(db_path: Path, central_url: str, clock: Clock, **options: object) -> SyncReport:
    """Opens the desk database just for this run (the CLI and the app's worker thread use this)."""
    db = Database(db_path)
    try:
        return SyncEngine(db, central_url, clock, **options).run()  # type: ignore[arg-type]
    finally:
        db.dispose()
