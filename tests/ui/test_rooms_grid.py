"""The Salles page driven like a receptionist: a booking by dragging on the grid, a conflict refused before
saving and named next to the times, keyboard navigation between slots and days."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.ui.context import AppContext
from reception.ui.operations import OperationRunner
from reception.ui.rooms.page import RoomsPage
from reception.ui.rooms.time_grid import TimeGrid
from tests.rooms_support import FRIDAY, THURSDAY, draft, make_rooms


@pytest.fixture
def rooms(services: Services, facilities: Actor) -> dict[str, str]:
    """Atlas (8 places, 15-min buffer), Rif (4) and Sahara (20, 07:00–22:00)."""
    return make_rooms(services, facilities)


@pytest.fixture
def page(qtbot: QtBot, services: Services, receptionist: Actor, rooms: dict[str, str],
         park: dict[str, str]) -> Iterator[RoomsPage]:
    """The receptionist's Salles page on Thursday 26/11/2026, 10:00, loaded."""
    runner = OperationRunner()
    widget = RoomsPage(AppContext(services, receptionist, runner))
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    qtbot.waitUntil(lambda: len(widget.planning.grid.columns) == 3)
    yield widget
    if widget.planning.dialog is not None:
        widget.planning.dialog.close()
    runner.wait()


def _centre(grid: TimeGrid, column: int, row: int) -> QPoint:
    return grid.cell_rect(column, row).center().toPoint()


def _row(grid: TimeGrid, hhmm: time) -> int:
    return (hhmm.hour * 60 + hhmm.minute - grid.opens.hour * 60 - grid.opens.minute) // 15


def test_dragging_on_free_cells_books_that_slot(qtbot: QtBot, page: RoomsPage, services: Services,
                                                receptionist: Actor) -> None:
    grid = page.planning.grid
    rif = [c.key for c in grid.columns].index(page.planning.rooms[1].id)
    assert grid.columns[rif].title == "Rif"
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=_centre(grid, rif, _row(grid, time(14))))
    qtbot.mouseMove(grid, _centre(grid, rif, _row(grid, time(14, 45))))
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=_centre(grid, rif, _row(grid, time(14, 45))))
    dialog = page.planning.dialog
    assert dialog is not None
    assert (dialog.room.currentData(), dialog.start.currentText(), dialog.end.currentText()) == (
        grid.columns[rif].key, "14:00", "15:00")
    dialog.tenant.setCurrentIndex(dialog.tenant.findText("Atlas Digital SARL"))  # completer popups need a display
    qtbot.keyClicks(dialog.title_edit, "Revue trimestrielle")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    booked = services.rooms.bookings(receptionist, THURSDAY, THURSDAY)
    assert [(b.room_name, b.title, b.local_span) for b in booked] == [("Rif", "Revue trimestrielle", "14:00–15:00")]
    qtbot.waitUntil(lambda: [b.title for b in grid.blocks] == ["Revue trimestrielle"])


def test_a_conflict_is_named_next_to_the_times_and_nothing_is_saved(
        qtbot: QtBot, page: RoomsPage, services: Services, receptionist: Actor, rooms: dict[str, str],
        park: dict[str, str]) -> None:
    services.rooms.book(receptionist, draft(rooms["rif"], park["noor"], THURSDAY, "14:00", "15:00", "Jury"))
    page.planning.open_new(rooms["rif"], time(14, 30), time(15, 30))
    dialog = page.planning.dialog
    assert dialog is not None
    label = dialog.errors.label("start_at")
    expected = "Conflit avec « Jury » (Noor Green Energy SA) de 14:00 à 15:00."
    qtbot.waitUntil(lambda: label.text() == expected)  # before saving, as the slot is chosen
    dialog.tenant.setCurrentIndex(dialog.tenant.findText("Atlas Digital SARL"))  # completer popups need a display
    qtbot.keyClicks(dialog.title_edit, "Point")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled() and label.isVisible())
    assert dialog.isVisible() and label.text() == expected
    assert len(services.rooms.bookings(receptionist, THURSDAY, THURSDAY)) == 1
    dialog.end.setCurrentIndex(dialog.end.findText("16:00"))
    dialog.start.setCurrentIndex(dialog.start.findText("15:00"))
    qtbot.waitUntil(lambda: not label.isVisible())


def test_keyboard_moves_between_slots_and_days(qtbot: QtBot, page: RoomsPage) -> None:
    grid = page.planning.grid
    grid.setFocus()
    grid.cursor_column, grid.cursor_row = 0, _row(grid, time(11))
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert grid.cursor_slot() == (page.planning.rooms[1].id, time(11, 15), time(12, 0))
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert page.planning.day == FRIDAY
    qtbot.waitUntil(lambda: page.planning.date_edit.date().day() == 27)
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)
    assert page.planning.day == THURSDAY
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    dialog = page.planning.dialog
    assert dialog is not None and dialog.isVisible()
    assert (dialog.start.currentText(), dialog.end.currentText()) == ("11:15", "12:00")
