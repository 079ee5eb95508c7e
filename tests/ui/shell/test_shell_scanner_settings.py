"""Paramètres › Réglages: the scanner's prefix and suffix, and the field that tests a scanner."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from reception.core.services.scan_codes import is_badge
from reception.ui.context import AppContext
from reception.ui.scan import ScanRouter, register_scan_handler, set_scanner_affixes
from reception.ui.settings.preferences_tab import PreferencesTab
from tests.scanner_keys import US_ON_AZERTY, garbled, scanner_types

BADGE = "VBCDEFGH2345KLN"


@pytest.fixture
def tab(qtbot: QtBot, admin_ctx: AppContext, qapp: QApplication) -> Iterator[PreferencesTab]:
    """The Réglages tab at 1366 × 768, values loaded, with the scan router and a badge handler installed."""
    router = ScanRouter()
    router.install(qapp)
    checked_out: list[str] = []
    unregister = register_scan_handler(is_badge, checked_out.append)
    shown = PreferencesTab(admin_ctx)
    shown.checked_out = checked_out  # type: ignore[attr-defined]
    qtbot.addWidget(shown)
    shown.resize(1100, 660)
    shown.show()
    shown.activateWindow()
    qtbot.waitExposed(shown)
    shown.refresh()
    checkout = shown.editors["visits.auto_checkout_time"]
    assert isinstance(checkout, QLineEdit)
    qtbot.waitUntil(lambda: checkout.text() == "22:00")  # the stored values are on screen
    yield shown
    unregister()
    qapp.removeEventFilter(router)
    set_scanner_affixes("", "")


def _scan_into_test_field(qtbot: QtBot, tab: PreferencesTab, text: str, gap_ms: int) -> str:
    field = tab.scanner_test.field
    tab.scroll_area.ensureWidgetVisible(tab.scanner_test)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    scanner_types(qtbot, text, gap_ms)
    qtbot.waitUntil(lambda: bool(tab.scanner_test.result.text()))
    return tab.scanner_test.result.text()


def test_the_scanner_test_reads_an_azerty_garbled_badge_and_says_what_to_set(
        qtbot: QtBot, tab: PreferencesTab) -> None:
    said = _scan_into_test_field(qtbot, tab, garbled(BADGE, US_ON_AZERTY), 2)

    assert f"Lu : {BADGE} (badge visiteur ou invitation)" in said
    assert "QWERTY (US) sur un PC AZERTY" in said
    assert tab.checked_out == []  # type: ignore[attr-defined]  # a test scan never checks anyone out
    assert tab.scanner_test.field.text() == ""


def test_the_scanner_test_says_when_the_scanner_is_slow_or_sends_no_enter(qtbot: QtBot, tab: PreferencesTab) -> None:
    said = _scan_into_test_field(qtbot, tab, BADGE, 60)
    assert "lentement" in said

    tab.scanner_test.result.clear()
    field = tab.scanner_test.field
    field.setFocus()
    scanner_types(qtbot, BADGE, 2, enter=False)
    tab.editors["scanner.prefix"].setFocus()  # a Tab suffix moves the focus on
    qtbot.waitUntil(lambda: bool(tab.scanner_test.result.text()))
    assert "Entrée" in tab.scanner_test.result.text()


def test_a_prefix_typed_in_the_form_is_tried_then_saved_for_the_router(qtbot: QtBot, tab: PreferencesTab) -> None:
    prefix = tab.editors["scanner.prefix"]
    assert isinstance(prefix, QLineEdit)
    prefix.setText("]Q1")

    said = _scan_into_test_field(qtbot, tab, BADGE, 2)
    assert "préfixe réglé (]Q1) n'est pas arrivé" in said
    said = _scan_into_test_field(qtbot, tab, f"]Q1{BADGE}", 2)
    assert "Lecteur prêt" in said

    with qtbot.waitSignal(tab.saved):
        tab.save()
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    scanner_types(qtbot, f"]Q1{BADGE}", 70)  # slow, but the prefix says it is a scan
    assert tab.checked_out == [BADGE]  # type: ignore[attr-defined]
