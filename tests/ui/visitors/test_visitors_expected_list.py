"""Attendus is a live list: a refresh (the kiosk's arrivals, a colleague's pre-registration) must not drop
the guests the receptionist has just chosen with the arrow keys."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reception.core.clock import local_today
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.visits import CheckInForm
from reception.ui.main_window import MainWindow
from tests.ui.visitors.conftest import visitors_page


def test_the_chosen_guests_stay_chosen_across_a_refresh(qtbot: QtBot, window: MainWindow, services: Services,
                                                         receptionist: Actor, park: dict[str, str]) -> None:
    today = local_today(services.clock)
    for last, first in (("Zniber", "Omar"), ("Moreau", "Camille"), ("Idrissi", "Nadia")):
        services.visits.preregister(receptionist, CheckInForm(last, first, "Inwi", host_employee_id=park[
            "atlas.bennani"]), today)
    page = visitors_page(window)
    panel = page.expected
    page.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    panel.table.selectRow(1)
    chosen = panel.model.rows[1].id

    panel.refresh()
    window.ctx.runner.wait()
    qtbot.wait(50)

    rows = panel.table.selectionModel().selectedRows()
    assert [panel.model.rows[i.row()].id for i in rows] == [chosen]
