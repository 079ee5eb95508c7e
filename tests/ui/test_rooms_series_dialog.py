"""A whole series edited or cancelled from one of its occurrences in the booking dialog: the edit is previewed
(clashes listed, nothing saved), confirmed, then applied to every occurrence except the one moved on its own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.rooms_data import BookingRow, SeriesRule
from reception.ui.context import AppContext
from reception.ui.operations import OperationRunner
from reception.ui.rooms.booking_dialog import BookingDialog
from tests.rooms_support import FRIDAY, draft, local, make_rooms

MOVED, OPENED, LAST = date(2026, 12, 4), date(2026, 12, 11), date(2026, 12, 18)

OpenDialog = Callable[[BookingRow], BookingDialog]


@pytest.fixture
def rooms(services: Services, facilities: Actor) -> dict[str, str]:
    return make_rooms(services, facilities)


@pytest.fixture
def series(services: Services, receptionist: Actor, rooms: dict[str, str], park: dict[str, str]) -> str:
    """'Point hebdo' in Rif on four Fridays 14:00–15:00 from 27/11; the one of 04/12 moved to 16:00 on its own."""
    weekly = draft(rooms["rif"], park["atlas"], FRIDAY, "14:00", "15:00", "Point hebdo")
    result = services.rooms.book_series(receptionist, weekly, SeriesRule("weekly", count=4))
    moved = next(b for b in result.booked if b.start_at == local(MOVED, "14:00"))
    services.rooms.move(receptionist, moved.id, local(MOVED, "16:00"), local(MOVED, "17:00"))
    return result.series_id


@pytest.fixture
def open_dialog(qtbot: QtBot, services: Services, receptionist: Actor, series: str) -> Iterator[OpenDialog]:
    """Opens a booking in the dialog as the planning does, with the rooms and tenants loaded."""
    runner = OperationRunner()
    ctx = AppContext(services, receptionist, runner)
    rooms, tenants = services.rooms.rooms(receptionist), services.directory.tenants(receptionist)

    def open_(booking: BookingRow) -> BookingDialog:
        dialog = BookingDialog(ctx, rooms, tenants, booking=booking)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    yield open_
    runner.wait()


def _occurrences(services: Services, receptionist: Actor, series_id: str) -> dict[str, tuple[str, str, str, str]]:
    """Each occurrence by local date: (room, title, local span, status)."""
    return {f"{b.start_at:%d/%m}": (b.room_name, b.title, b.local_span, b.status)
            for b in services.rooms.series_bookings(receptionist, series_id)}


def _open_whole_series(qtbot: QtBot, open_dialog: OpenDialog, services: Services, receptionist: Actor,
                       series_id: str) -> BookingDialog:
    opened = next(b for b in services.rooms.series_bookings(receptionist, series_id)
                  if b.start_at == local(OPENED, "14:00"))
    dialog = open_dialog(opened)
    assert dialog.scope is not None and dialog.scope.only.isChecked()
    qtbot.waitUntil(lambda: dialog.scope is not None and dialog.scope.upcoming == 4)
    dialog.scope.whole.setFocus()
    qtbot.keyClick(dialog.scope.whole, Qt.Key.Key_Space)  # reachable from the keyboard
    assert dialog.scope.is_whole() and dialog.cancel_series_button.isVisible()
    assert not dialog.day.isEnabled() and dialog.cancel_button is not None and not dialog.cancel_button.isVisible()
    return dialog


def test_editing_the_whole_series_keeps_the_occurrence_moved_on_its_own(
        qtbot: QtBot, open_dialog: OpenDialog, services: Services, receptionist: Actor, series: str) -> None:
    dialog = _open_whole_series(qtbot, open_dialog, services, receptionist, series)
    assert dialog.scope is not None
    assert dialog.scope.kept.text() == "1 réservation modifiée une à une reste inchangée."
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Revue de projet")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled() and dialog.errors.general.isVisible())
    assert dialog.save_button.text() == "Modifier 3 occurrence(s)"
    assert dialog.errors.general.text() == "Modifier les 3 occurrence(s) à venir de la série ?"
    assert _occurrences(services, receptionist, series)["11/12"][1] == "Point hebdo"  # only previewed so far
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _occurrences(services, receptionist, series) == {
        "27/11": ("Rif", "Revue de projet", "14:00–15:00", "confirmed"),
        "04/12": ("Rif", "Point hebdo", "16:00–17:00", "confirmed"),
        "11/12": ("Rif", "Revue de projet", "14:00–15:00", "confirmed"),
        "18/12": ("Rif", "Revue de projet", "14:00–15:00", "confirmed"),
    }


def test_a_clash_in_the_new_room_is_listed_before_anything_is_saved(
        qtbot: QtBot, open_dialog: OpenDialog, services: Services, receptionist: Actor, rooms: dict[str, str],
        park: dict[str, str], series: str) -> None:
    services.rooms.book(receptionist, draft(rooms["atlas"], park["noor"], LAST, "14:00", "15:00", "Jury"))
    before = _occurrences(services, receptionist, series)
    dialog = _open_whole_series(qtbot, open_dialog, services, receptionist, series)
    dialog.room.setCurrentIndex(dialog.room.findData(rooms["atlas"]))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.scope is not None
    qtbot.waitUntil(lambda: dialog.scope is not None and dialog.scope.conflicts.isVisible())
    listed = [dialog.scope.conflicts.item(i).text() for i in range(dialog.scope.conflicts.count())]
    assert len(listed) == 1 and listed[0].startswith("18/12/2026 14:00 — ") and "Jury" in listed[0]
    assert dialog.errors.general.text().startswith("1 occurrence(s) en conflit")
    assert dialog.save_button.text() == "Enregistrer" and dialog.isVisible()
    assert _occurrences(services, receptionist, series) == before


def test_cancelling_the_series_asks_first_then_cancels_what_remains(
        qtbot: QtBot, open_dialog: OpenDialog, services: Services, receptionist: Actor, series: str) -> None:
    dialog = _open_whole_series(qtbot, open_dialog, services, receptionist, series)
    qtbot.mouseClick(dialog.cancel_series_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.general.text().startswith("Annuler les 4 occurrence(s) à venir")
    assert {s for *_, s in _occurrences(services, receptionist, series).values()} == {"confirmed"}
    qtbot.mouseClick(dialog.cancel_series_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert {s for *_, s in _occurrences(services, receptionist, series).values()} == {"cancelled"}
