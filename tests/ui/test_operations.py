"""The operation runner: a finished operation, its job and its handlers are freed, not kept for the day."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from reception.core.errors import DomainError
from reception.ui.operations import OperationRunner


def _refused() -> None:
    raise DomainError("Refusé")  # an unexpected error's log record (kept by pytest) would hold the operation


def test_finished_operations_are_freed(qtbot: QtBot) -> None:
    runner = OperationRunner()
    results: list[int] = []
    started = [weakref.ref(runner.run(lambda n=n: n, results.append, lambda _e: results.append(-2)))
               for n in range(20)]
    started.append(weakref.ref(runner.run(_refused, results.append, lambda _e: results.append(-1))))
    qtbot.waitUntil(runner.idle)

    assert sorted(results) == [-1, *range(20)]
    runner.wait()  # the pool deletes each runnable once its run() has returned
    qtbot.wait(20)  # back in the event loop: the relays' deleteLater() may run at this loop level
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what the app's event loop does next
    gc.collect()
    alive = [ref() for ref in started if ref() is not None]
    # The pool may still hold the last runnable each of its threads ran until that thread runs another:
    # bounded by the thread count, never growing with the day.
    assert len(alive) <= runner.pool.maxThreadCount()
