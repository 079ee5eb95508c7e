"""No traceback reaches a person: the apology is short and French, the details go to the log."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from pytestqt.qtbot import QtBot

from reception.ui.errors import ErrorReporter, apology_text


def test_an_uncaught_error_is_logged_and_shown_as_a_short_apology(qtbot: QtBot,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    reporter = ErrorReporter()
    try:
        raise ValueError("détail interne : clé 42")
    except ValueError:
        with caplog.at_level(logging.ERROR):
            reporter.handle(*sys.exc_info())  # type: ignore[arg-type]

    record = next(r for r in caplog.records if r.name == "reception.unexpected")
    assert record.exc_info is not None and record.exc_info[0] is ValueError
    assert reporter.box is not None and reporter.box.isVisible()
    shown = reporter.box.text() + reporter.box.detailedText() + reporter.box.informativeText()
    assert shown == apology_text()
    assert "Une erreur inattendue est survenue" in shown
    assert "Traceback" not in shown and "42" not in shown
    reporter.box.close()


def test_an_error_in_a_worker_thread_is_apologised_for_on_the_gui_thread(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    reporter = ErrorReporter()
    reporter.install()

    def fail() -> None:
        raise RuntimeError("in a worker")

    with caplog.at_level(logging.ERROR):
        worker = threading.Thread(target=fail)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible())

    assert any(r.exc_info and r.exc_info[0] is RuntimeError for r in caplog.records)
    assert reporter.box is not None and reporter.box.text() == apology_text()
    reporter.box.close()


def test_several_errors_in_a_row_show_one_box(qtbot: QtBot) -> None:
    reporter = ErrorReporter()
    reporter.show_apology()
    first = reporter.box
    reporter.show_apology()

    assert reporter.box is first
    assert first is not None
    first.close()
