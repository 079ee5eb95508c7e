"""Leaving the building: a badge scan anywhere, everyone out at closing, and F9's evacuation roll call."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reception.core.clock import FixedClock
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.ui.main_window import MainWindow
from reception.ui.visitors.desk import VisitorDesk
from tests.ui.visitors.conftest import check_in, visitors_page

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")  # dialogs on the offscreen platform


def desk_of(window: MainWindow) -> VisitorDesk:
    [desk] = [f for f in window.desk_features if isinstance(f, VisitorDesk)]
    return desk


def test_a_badge_scanned_while_typing_elsewhere_checks_the_visitor_out(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor, park: dict[str, str],
        clock: FixedClock) -> None:
    visit = check_in(services, receptionist, park["atlas.bennani"], "Bennani", "Élodie")
    clock.advance(timedelta(hours=1))
    field = visitors_page(window).checkin.organisation
    field.setFocus()
    qtbot.keyClicks(field, "Cabinet")
    qtbot.wait(100)  # a person's typing, then a pause before the scanner's burst

    qtbot.keyClicks(field, visit.badge_code.lower())  # a wedge scanner: a fast burst, then Enter
    qtbot.keyClick(field, Qt.Key.Key_Return)

    desk = desk_of(window)
    qtbot.waitUntil(lambda: desk.toast.isVisible(), timeout=5000)
    assert desk.toast.text() == "Élodie Bennani est sorti(e)"
    assert window.statusBar().currentMessage() == "Élodie Bennani est sorti(e)"
    assert field.text() == "Cabinet"  # the burst did not land in the field
    assert services.visits.on_site(receptionist) == []

    qtbot.keyClicks(field, visit.badge_code)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.toast.text().startswith("Badge déjà utilisé"), timeout=5000)


def test_an_unknown_badge_says_so(qtbot: QtBot, window: MainWindow) -> None:
    field = visitors_page(window).checkin.first_name
    field.setFocus()

    qtbot.keyClicks(field, "VABCDEFGHJKLMNP")
    qtbot.keyClick(field, Qt.Key.Key_Return)

    desk = desk_of(window)
    qtbot.waitUntil(lambda: desk.toast.isVisible(), timeout=5000)
    assert desk.toast.text() == "Badge inconnu."


def _answer_next_question(button: QMessageBox.StandardButton) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    QTimer.singleShot(200, answer)


def test_everyone_out_at_closing_after_confirmation(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor, park: dict[str, str]) -> None:
    for last, first in (("Bennani", "Élodie"), ("El Fassi", "Amine"), ("Chraibi", "Leïla")):
        check_in(services, receptionist, park["noor.tazi"], last, first)
    page = visitors_page(window)
    page.tabs.setCurrentWidget(page.onsite)
    qtbot.waitUntil(lambda: page.onsite.model.rowCount() == 3, timeout=5000)

    _answer_next_question(QMessageBox.StandardButton.No)
    page.onsite.everyone_out.click()
    assert len(services.visits.on_site(receptionist)) == 3

    _answer_next_question(QMessageBox.StandardButton.Yes)
    page.onsite.everyone_out.click()
    qtbot.waitUntil(lambda: page.onsite.model.rowCount() == 0, timeout=5000)
    assert services.visits.on_site(receptionist) == []
    assert "0 personne(s) sur site" in page.onsite.count.text()


def test_the_on_site_list_filters_by_company_and_checks_one_out(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor, park: dict[str, str],
        clock: FixedClock) -> None:
    check_in(services, receptionist, park["atlas.bennani"], "Bennani", "Élodie")
    clock.advance(timedelta(minutes=75))
    check_in(services, receptionist, park["noor.tazi"], "El Fassi", "Amine")
    page = visitors_page(window)
    page.tabs.setCurrentWidget(page.onsite)
    panel = page.onsite
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2 and panel.company.count() == 3, timeout=5000)
    assert [panel.model.data(panel.model.index(r, 7)) for r in range(2)] == ["1 h 15", "0 min"]

    panel.company.setCurrentIndex(panel.company.findData(park["noor"]))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    assert panel.model.rows[0].visitor_name == "Amine El Fassi"
    panel.table.selectRow(0)
    panel.check_out_button.click()

    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=5000)
    assert [v.visitor_name for v in services.visits.on_site(receptionist)] == ["Élodie Bennani"]


def test_f9_anywhere_prints_the_evacuation_list_of_exactly_who_is_inside(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor, park: dict[str, str]) -> None:
    inside = [check_in(services, receptionist, park["atlas.bennani"], "Bennani", "Élodie"),
              check_in(services, receptionist, park["noor.tazi"], "Naciri", "Omar")]
    left = check_in(services, receptionist, park["noor.tazi"], "Chraibi", "Leïla")
    services.visits.check_out(receptionist, left.id)
    window.show_page("home")

    qtbot.keyClick(window, Qt.Key.Key_F9)

    desk = desk_of(window)
    qtbot.waitUntil(lambda: desk.preview is not None, timeout=10_000)  # no report printer set: the preview
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(desk.preview.pdf)).pages)
    for visit in inside:
        assert visit.visitor_name in text
    assert left.visitor_name not in text
