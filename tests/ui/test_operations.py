"""The operation runner: a finished operation, its job and its handlers are freed, not kept for the day."""

from __future__ import annotations

import gc
import sys
import threading

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from reception.core.errors import DomainError
from reception.ui.operations import GIL_SWITCH_SECONDS, Operation, OperationRunner, release


def _refused() -> None:
    raise DomainError("Refusé")  # an unexpected error's log record (kept by pytest) would hold the operation


def test_finished_operations_are_freed(qtbot: QtBot) -> None:
    """The leak was a cycle through Qt: each relay's connections held the handlers, which held the operation.
    Every relay is deleted once its handler ran, which cuts it; what Python still holds afterwards is only
    PySide's own bookkeeping of the pool's runnables, released as the pool runs on."""
    runner = OperationRunner()
    results: list[int] = []
    started = [runner.run(lambda n=n: n, results.append, lambda _e: results.append(-2)) for n in range(20)]
    started.append(runner.run(_refused, results.append, lambda _e: results.append(-1)))
    qtbot.waitUntil(runner.idle)

    assert sorted(results) == [-1, *range(20)]
    runner.wait()
    qtbot.wait(20)  # back in the event loop: the relays' deleteLater() runs
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert [shiboken6.isValid(operation.relay) for operation in started] == [False] * len(started)


def test_the_cyclic_collector_is_off_while_any_job_runs_and_back_on_after(qtbot: QtBot) -> None:
    """A bulk job's full collections ran in its thread holding the GIL: the window froze for seconds."""
    runner = OperationRunner()
    second_started, second_may_end = threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def first() -> None:
        seen["first"] = gc.isenabled()

    def second() -> None:
        second_started.set()
        second_may_end.wait(5)
        seen["second"] = gc.isenabled()

    qtbot.waitUntil(gc.isenabled)  # an earlier test's jobs (the count is the process's) have all ended
    runner.run(second, lambda _r: None, lambda _e: None)
    qtbot.waitUntil(second_started.is_set)
    runner.run(first, lambda _r: None, lambda _e: None)
    qtbot.waitUntil(lambda: "first" in seen)
    assert not gc.isenabled()  # the first job ended, the second still runs: still off
    second_may_end.set()
    qtbot.waitUntil(runner.idle)
    runner.wait()
    assert seen == {"first": False, "second": False}
    assert gc.isenabled()


def test_a_failing_job_switches_the_collector_back_on(qtbot: QtBot) -> None:
    runner = OperationRunner()
    failures: list[Exception] = []
    qtbot.waitUntil(gc.isenabled)  # an earlier test's jobs have all ended
    runner.run(_refused, lambda _r: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    runner.wait()
    assert gc.isenabled()


def test_a_worker_computing_gives_the_gil_back_to_the_gui_thread_within_a_millisecond(qtbot: QtBot) -> None:
    """Python's default lets a busy worker keep the GIL 5 ms each time the GUI thread asks for it, and a paint
    asks hundreds of times: the console's runner shortens that for the whole process."""
    sys.setswitchinterval(0.005)
    try:
        OperationRunner()
        assert sys.getswitchinterval() == pytest.approx(GIL_SWITCH_SECONDS) and GIL_SWITCH_SECONDS <= 0.001
    finally:
        sys.setswitchinterval(GIL_SWITCH_SECONDS)


def test_a_relay_outlives_its_worker_s_emit(qtbot: QtBot) -> None:
    """The handler can run while the worker is still inside `emit`: the relay is deleted only once the job's
    thread has left run() (deleting it earlier crashed the process on a loaded machine)."""
    operation = Operation(lambda: 1)
    release(operation)  # as the handler does, before the worker returned
    qtbot.wait(20)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert shiboken6.isValid(operation.relay)

    def deleted() -> bool:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return not shiboken6.isValid(operation.relay)

    operation.returned.set()
    qtbot.waitUntil(deleted)


def test_only_the_newest_answer_for_a_view_is_delivered(qtbot: QtBot) -> None:
    """Searches for one field finish out of order (the first one's thread is held up): the older answer,
    arriving last, is dropped; the newest one's answer is shown; a failure of a superseded one is dropped too."""
    runner = OperationRunner()
    field = object()
    shown: list[str] = []
    failures: list[Exception] = []
    older_may_finish = threading.Event()

    def older() -> str:
        older_may_finish.wait(5)
        return "ta"

    runner.run(older, shown.append, failures.append, latest_for=field)
    runner.run(_refused, shown.append, failures.append, latest_for=field)  # delivered after "taz" is asked
    runner.run(lambda: "taz", shown.append, failures.append, latest_for=field)
    qtbot.waitUntil(lambda: shown == ["taz"])
    older_may_finish.set()
    qtbot.waitUntil(runner.idle)

    assert shown == ["taz"] and failures == []
    runner.run(lambda: "tazi", shown.append, failures.append, latest_for=field)  # the next request is answered
    qtbot.waitUntil(runner.idle)
    assert shown == ["taz", "tazi"]
