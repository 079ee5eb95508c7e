"""The operation runner: a finished operation, its job and its handlers are freed, not kept for the day."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from reception.core.errors import DomainError
from reception.ui.operations import OperationRunner


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
