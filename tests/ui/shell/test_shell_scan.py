"""The scan router: a fast burst ended by Return goes to its handler, not into the focused field."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from reception.core.services.scan_codes import is_badge
from reception.ui.scan import ScanRouter, register_scan_handler, set_scanner_affixes
from tests.scanner_keys import US_ON_AZERTY, garbled, press_shift, scanner_types

BADGE = "VBCDEFGH2345KLN"  # a badge code in the layout-proof alphabet


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
    """80 ms a key is a very fast typist (150 words a minute); scanners type a key every 1 to 30 ms."""
    field.clear()
    qtbot.keyClicks(field, "B-0000004217", delay=80)
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


@pytest.fixture
def badges(router: ScanRouter) -> Iterator[list[str]]:
    """What the real badge matcher takes (it reads through keyboard-layout mismatches)."""
    codes: list[str] = []
    unregister = register_scan_handler(is_badge, codes.append)
    yield codes
    unregister()


@pytest.mark.parametrize("gap_ms", [2, 30])
def test_a_scanner_pressing_shift_for_each_capital_is_a_scan(qtbot: QtBot, field: QLineEdit, badges: list[str],
                                                            gap_ms: int) -> None:
    """The bug seen at the desk: Shift (a key without text) used to reset the burst, so the code landed in Nom."""
    scanner_types(qtbot, BADGE, gap_ms)

    assert badges == [BADGE]
    assert field.text() == "Bennani"


@pytest.mark.parametrize("gap_ms", [2, 30])
def test_a_us_scanner_on_an_azerty_pc_is_read_back(qtbot: QtBot, field: QLineEdit, badges: list[str],
                                                   gap_ms: int) -> None:
    arrived = garbled("VQA23456789BCDE", US_ON_AZERTY)
    assert arrived == "VAQé\"'(-è_çBCDE"
    scanner_types(qtbot, arrived, gap_ms)

    assert len(badges) == 1 and is_badge(badges[0])
    assert field.text() == "Bennani"


def test_a_fast_typist_is_not_taken_for_a_scanner(qtbot: QtBot, field: QLineEdit, badges: list[str]) -> None:
    """Even typing a real badge code, with Shift for each capital, at 80 ms a key."""
    field.clear()
    scanner_types(qtbot, BADGE, 80)

    assert badges == []
    assert field.text() == BADGE


def test_a_ctrl_shortcut_in_the_middle_ends_the_burst(qtbot: QtBot, field: QLineEdit, badges: list[str]) -> None:
    scanner_types(qtbot, BADGE[:7], 2, enter=False)
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo, a person's shortcut
    scanner_types(qtbot, BADGE[7:], 2)

    assert badges == []


def test_a_lone_shift_does_not_reset_a_scan(qtbot: QtBot, field: QLineEdit, badges: list[str]) -> None:
    scanner_types(qtbot, BADGE[:5], 2, enter=False)
    press_shift(True)
    press_shift(False)
    scanner_types(qtbot, BADGE[5:], 2)

    assert badges == [BADGE]


def test_a_configured_prefix_and_suffix_frame_the_code(qtbot: QtBot, field: QLineEdit, badges: list[str]) -> None:
    """A scanner set to send "]Q1" before the code and "#" after it (no Enter)."""
    set_scanner_affixes("]Q1", "#")
    try:
        scanner_types(qtbot, f"]Q1{BADGE}#", 2, enter=False)
    finally:
        set_scanner_affixes("", "")

    assert badges == [BADGE]
    assert field.text() == "Bennani"


def test_with_a_prefix_a_slow_scanner_still_counts(qtbot: QtBot, field: QLineEdit, badges: list[str]) -> None:
    set_scanner_affixes("]Q1", "")
    try:
        scanner_types(qtbot, f"]Q1{BADGE}", 70)
    finally:
        set_scanner_affixes("", "")

    assert badges == [BADGE]
