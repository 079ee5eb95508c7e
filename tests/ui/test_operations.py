"""The operation runner: a finished operation, its job and its handlers are freed, not kept for the day."""

from __future__ import annotations

import gc

from pytestqt.qtbot import QtBot

from reception.ui.operations import Operation, OperationRunner


def _alive() -> int:
    gc.collect()
    return sum(isinstance(o, Operation) for o in gc.get_objects())


def test_finished_operations_are_freed(qtbot: QtBot) -> None:
    runner = OperationRunner()
    before = _alive()
    results: list[int] = []
    for n in range(20):
        runner.run(lambda n=n: n, results.append, lambda _e: results.append(-2))
    runner.run(lambda: 1 / 0, results.append, lambda _e: results.append(-1))
    qtbot.waitUntil(runner.idle)

    assert sorted(results) == [-1, *range(20)]
    qtbot.waitUntil(lambda: _alive() == before)  # the relays go at the next turn of the event loop
