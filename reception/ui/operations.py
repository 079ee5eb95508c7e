"""One operation per user action: the service call runs on a worker thread, the result comes back by signal.

Widgets never open database sessions and never block the GUI thread on a service call that may be slow.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from reception.core.errors import DomainError
from reception.ui.errors import BackgroundFailure
from reception.ui.notices import StatusNotices

log = logging.getLogger(__name__)

GIL_SWITCH_SECONDS = 0.001
"""How long a worker computing in Python may keep the GIL while the GUI thread asks for it (Python's default is
5 ms). A paint or a table's data() calls into Python hundreds of times and waits that long each time while a
badge, a receipt or an export is built: measured with a table painted beside a busy worker, 175–250 ms at
5 ms, 85 ms at 1 ms, 48 ms with no worker. The workers lose only the switches the GUI thread asks for."""


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int)


_pause_lock = threading.Lock()
_paused_jobs = 0


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic collector stays off while any worker job runs.

    A job that builds an export or a report allocates millions of objects; the collector's full passes then
    run in the job's thread holding the GIL, seconds during which the GUI thread cannot run (a year's XLSX
    export froze the window 4 s). Reference counting still frees what the job drops; cyclic garbage waits
    until the last running job ends and the collector is switched back on.
    """
    global _paused_jobs
    with _pause_lock:
        _paused_jobs += 1
        gc.disable()
    try:
        yield
    finally:
        with _pause_lock:
            _paused_jobs -= 1
            if _paused_jobs == 0:
                gc.enable()


class Cancelled(Exception):
    """Raised inside a job when the person pressed Annuler."""


class Operation(QRunnable):
    """A job for the thread pool. `progress(n)` may be called by the job; it raises Cancelled when asked."""

    def __init__(self, job: Callable[..., Any], with_progress: bool = False) -> None:
        super().__init__()
        self.relay = _Relay()
        self._job = job
        self._with_progress = with_progress
        self._cancelled = False
        self.logs_unexpected = True  # False when the failure handler logs for itself (BackgroundFailure)
        self.returned = threading.Event()  # set once run() no longer touches the relay

    def cancel(self) -> None:
        self._cancelled = True

    def _progress(self, value: int) -> bool:
        self.relay.progressed.emit(value)
        return not self._cancelled

    def run(self) -> None:
        try:
            with collector_paused():
                result = self._job(self._progress) if self._with_progress else self._job()
        except DomainError as exc:
            self.relay.failed.emit(exc)
        except Exception as exc:  # logged here (or by a BackgroundFailure), shown as an apology by the receiver
            if self.logs_unexpected:
                log.exception("operation failed")
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)
        finally:
            self.returned.set()


def release(operation: Operation) -> None:
    """Deletes the operation's relay once its job's thread has left `emit`. The queued signal can reach the GUI
    thread, and its handler run, while the worker is still inside `emit` reading the relay's connections:
    deleting the relay then crashed the process (a segmentation fault seen on a loaded machine)."""
    if operation.returned.is_set():
        operation.relay.deleteLater()
    else:
        QTimer.singleShot(1, lambda: release(operation))


def percent(report: Callable[[int], bool]) -> Callable[[int, int], None]:
    """Turns a service's progress(done, total) into the operation's percentage."""
    def forward(done: int, total: int) -> None:
        report(done * 100 // max(total, 1))

    return forward


class OperationRunner(QObject):
    """Starts operations on a shared pool and keeps them alive until they report back.

    `notices` is the status bar's line for work that runs out of sight (see notices.py). Jobs marked
    `one_at_a_time` (printing) queue on a lane of their own, in order, and never hold up the screens' operations.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        sys.setswitchinterval(GIL_SWITCH_SECONDS)  # workers start here: the GUI thread must not queue behind them
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.lane = QThreadPool(self)
        self.lane.setMaxThreadCount(1)
        self.notices = StatusNotices(self)
        self._running: set[Operation] = set()
        self._latest: dict[object, Operation] = {}

    def run(
        self,
        job: Callable[..., Any],
        on_success: Callable[[Any], object],
        on_failure: Callable[[Exception], object],
        *,
        on_progress: Callable[[int], None] | None = None,
        one_at_a_time: bool = False,
        latest_for: object = None,
    ) -> Operation:
        """Runs `job` off the GUI thread. With `on_progress`, `job` receives a progress callback.

        With `latest_for` (the field or view asking), only the newest operation asked for it reports back:
        requests made key by key (a search per letter, a day per Page Down) run on two threads and can finish
        out of order, and an older answer arriving last must not replace the newer one on screen.

        The handlers' return values are ignored, so a lambda around a call that returns something will do.
        """
        operation = Operation(job, with_progress=on_progress is not None)
        operation.logs_unexpected = not isinstance(on_failure, BackgroundFailure)
        self._running.add(operation)  # the pool deletes the runnable after run(); its relay lives until delivered
        if latest_for is not None:
            self._latest[latest_for] = operation

        def finish(handler: Callable[[Any], object]) -> Callable[[Any], None]:
            owner = getattr(handler, "__self__", None)

            def done(value: Any) -> None:
                self._running.discard(operation)
                # The relay's connections hold these handlers and they hold the operation: a cycle through Qt
                # that Python's collector cannot see. Deleting the relay cuts it, or every operation of the
                # day stays in memory.
                release(operation)
                if latest_for is not None:
                    if self._latest.get(latest_for) is not operation:
                        return  # superseded: a newer request for the same view is on its way
                    del self._latest[latest_for]
                if isinstance(owner, QObject) and not shiboken6.isValid(owner):
                    return  # the screen that asked was closed meanwhile: nobody is left to tell
                handler(value)
            return done

        operation.relay.succeeded.connect(finish(on_success))
        operation.relay.failed.connect(finish(on_failure))
        if on_progress is not None:
            operation.relay.progressed.connect(on_progress)
        (self.lane if one_at_a_time else self.pool).start(operation)
        return operation

    def idle(self) -> bool:
        """True when every operation has reported back (its handler ran), not merely finished its job."""
        return not self._running

    def wait(self, msecs: int = 30_000) -> bool:
        """For shutdown and tests: waits until every running operation is done."""
        return self.pool.waitForDone(msecs) and self.lane.waitForDone(msecs)
