"""The scan router: a fast burst ended by Return goes to its handler, not into the focused field."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from reception.ui.scan import ScanRouter, register_scan_handler


@pytest.fixture
def router(qapp: QApplication) -> Iterator[ScanRouter]:
    """The router installed on the application, removed afterwards."""
    scans = ScanRouter()
    scans.install(qapp)
    yield scans
    qapp.removeEventFilter(scans)


@pytest.fixture
def field(qtbot: QtBot) -> Iterator[QLineEdit]:
    """A focused line edit in an active window, already holding a name."""
    window = QWidget()
    line = QLineEdit("Bennani")
    QVBoxLayout(window).addWidget(line)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    yield line  # the window stays alive until the test ends


@pytest.fixture
def received(router: ScanRouter) -> Iterator[list[str]]:
    """Codes taken by a handler of badge codes ('B-' and 10 digits)."""
    codes: list[str] = []
    unregister = register_scan_handler(lambda c: c.startswith("B-") and len(c) == 12, codes.append)
    yield codes
    unregister()


def test_a_burst_goes_to_its_handler_and_leaves_the_field_as_it_was(qtbot: QtBot, field: QLineEdit,
                                                                     received: list[str]) -> None:
    returns: list[bool] = []
    field.returnPressed.connect(lambda: returns.append(True))

    qtbot.keyClicks(field, "B-0000004217")
    qtbot.keyClick(field, Qt.Key.Key_Return)

    assert received == ["B-0000004217"]
    assert field.text() == "Bennani"
    assert returns == []  # the Return of the scanner was swallowed


def test_a_burst_no_handler_wants_stays_in_the_field(qtbot: QtBot, field: QLineEdit,
                                                      received: list[str]) -> None:
    returns: list[bool] = []
    field.returnPressed.connect(lambda: returns.append(True))

    qtbot.keyClicks(field, " 0612345678")
    qtbot.keyClick(field, Qt.Key.Key_Return)

    assert received == []
    assert field.text() == "Bennani 0612345678"
    assert returns == [True]


def test_typing_at_human_speed_is_never_a_scan(qtbot: QtBot, field: QLineEdit, received: list[str]) -> None:
    field.clear()
    qtbot.keyClicks(field, "B-0000004217", delay=45)
    qtbot.keyClick(field, Qt.Key.Key_Return)

    assert received == []
    assert field.text() == "B-0000004217"


def test_a_short_burst_is_not_a_scan(qtbot: QtBot, field: QLineEdit, router: ScanRouter) -> None:
    codes: list[str] = []
    unregister = register_scan_handler(lambda c: True, codes.append)
    qtbot.keyClicks(field, "abc")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    unregister()

    assert codes == []
    assert field.text() == "Bennaniabc"


def test_a_handler_goes_away_with_its_owner(qtbot: QtBot, field: QLineEdit, router: ScanRouter) -> None:
    codes: list[str] = []
    owner = QObject()
    register_scan_handler(lambda c: True, codes.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))

    qtbot.keyClicks(field, "B-0000004217")
    qtbot.keyClick(field, Qt.Key.Key_Return)

    assert codes == []


def test_a_disabled_router_lets_everything_through(qtbot: QtBot, field: QLineEdit, router: ScanRouter,
                                                   received: list[str]) -> None:
    router.enabled = False
    qtbot.keyClicks(field, "B-0000004217")
    qtbot.keyClick(field, Qt.Key.Key_Return)

    assert received == []
    assert field.text().endswith("B-0000004217")


def _alive(obj: QObject) -> bool:
    from shiboken6 import isValid

    return isValid(obj)
