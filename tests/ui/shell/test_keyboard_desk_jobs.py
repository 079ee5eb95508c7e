"""Every desk job by keyboard alone, through the real main window: keys only, from the page shortcut on.

Check-in, the sale paid by card, the drawer closed with its Z and the X have their keyboard-only tests in
tests/ui/visitors and tests/ui/cafeteria (also through the real window); these cover the rest: a check-out
from Sur site, a booking from the planning, and a report with the current drawer session proposed.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.visits import CheckInForm
from reception.ui.context import AppContext
from reception.ui.main_window import MainWindow
from reception.ui.operations import OperationRunner
from reception.ui.reports.page import ReportsPage
from reception.ui.rooms.page import RoomsPage
from reception.ui.visitors.page import VisitorsPage
from tests.cafeteria_helpers import stock_products
from tests.rooms_support import THURSDAY, make_rooms

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot: QtBot, services: Services, receptionist: Actor, facilities: Actor,
           park: dict[str, str]) -> Iterator[MainWindow]:
    """The receptionist's main window at 1366 × 768, rooms declared, shown and active."""
    make_rooms(services, facilities)
    runner = OperationRunner()
    main = MainWindow(AppContext(services, receptionist, runner), services.site.info(), 10)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    runner.wait()


def focused(qtbot: QtBot, window: QWidget) -> QWidget:
    """Where the next key goes (the window itself when nothing inside has the focus)."""
    qtbot.wait(10)
    return QApplication.focusWidget() or window


def press(qtbot: QtBot, window: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
          times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(qtbot, window), key, modifier)


def test_a_check_out_from_sur_site_by_keyboard(qtbot: QtBot, window: MainWindow, services: Services,
                                              receptionist: Actor, park: dict[str, str]) -> None:
    for last in ("Alaoui", "Berrada"):
        services.visits.check_in(receptionist, CheckInForm(last, "Salma", host_employee_id=park["atlas.bennani"]))
    press(qtbot, window, Qt.Key.Key_2, CTRL)  # Visiteurs
    page = window.pages["visitors"]
    assert isinstance(page, VisitorsPage)
    press(qtbot, window, Qt.Key.Key_S, ALT)  # Sur site
    qtbot.waitUntil(lambda: page.onsite.model.rowCount() == 2)
    assert page.onsite.table.hasFocus()  # the list, ready for the arrows
    press(qtbot, window, Qt.Key.Key_Down)  # the second: Berrada
    press(qtbot, window, Qt.Key.Key_R, ALT)  # Sortie
    qtbot.waitUntil(lambda: len(services.visits.on_site(receptionist)) == 1, timeout=5000)
    assert [v.visitor_name for v in services.visits.on_site(receptionist)] == ["Salma Alaoui"]


def test_a_booking_from_the_planning_by_keyboard(qtbot: QtBot, window: MainWindow, services: Services,
                                                receptionist: Actor) -> None:
    press(qtbot, window, Qt.Key.Key_3, CTRL)  # Salles
    page = window.pages["rooms"]
    assert isinstance(page, RoomsPage)
    grid = page.planning.grid
    qtbot.waitUntil(lambda: len(grid.columns) == 3)
    assert grid.hasFocus()  # the planning, its cursor at the current time
    press(qtbot, window, Qt.Key.Key_Down)
    press(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, window, Qt.Key.Key_Return)
    dialog = page.planning.dialog
    assert dialog is not None
    dialog.activateWindow()  # the window system does it when the dialog opens; offscreen needs asking
    qtbot.waitUntil(dialog.isActiveWindow)
    press(qtbot, dialog, Qt.Key.Key_O, ALT)  # Société
    qtbot.keyClicks(focused(qtbot, dialog), "Atlas Digital SARL")
    press(qtbot, dialog, Qt.Key.Key_B, ALT)  # Objet
    qtbot.keyClicks(focused(qtbot, dialog), "Point hebdo")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        press(qtbot, dialog, Qt.Key.Key_Return)
    [booking] = services.rooms.day_grid(receptionist, THURSDAY).bookings
    assert (booking.title, f"{booking.start_at:%H:%M}") == ("Point hebdo", "09:15")  # 10:15 in Casablanca


def test_the_z_of_the_current_session_from_the_keyboard(qtbot: QtBot, window: MainWindow, services: Services,
                                                       receptionist: Actor, admin: Actor) -> None:
    stock_products(services, admin)
    for _day in range(2):
        services.cafeteria.open_session(receptionist, 20_000)
        services.cafeteria.close_session(receptionist, {20_000: 1})
    press(qtbot, window, Qt.Key.Key_5, CTRL)  # Rapports
    page = window.pages["reports"]
    assert isinstance(page, ReportsPage)
    qtbot.waitUntil(lambda: "session" in page.choices)
    assert page.tree.hasFocus()  # the list of reports
    for _attempt in range(40):  # down the list to the Z, as a person would
        if page.kind is not None and page.kind.key == "z":
            break
        press(qtbot, window, Qt.Key.Key_Down)
    assert page.kind is not None and page.kind.key == "z" and page.form is not None
    press(qtbot, window, Qt.Key.Key_Tab)
    assert page.form.values()["session"] == "2"  # the desk's latest session, proposed
    with qtbot.waitSignal(page.report_ready, timeout=20_000):
        press(qtbot, window, Qt.Key.Key_Return)
    assert page.report is not None and page.report.meta.title.startswith("Rapport Z")
