"""A fresh desk, page by page: every empty list says what to do first instead of showing a blank table."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QListWidget, QTreeWidget
from pytestqt.qtbot import QtBot

from reception.ui.context import AppContext
from reception.ui.home.page import HomePage
from reception.ui.journal.page import JournalPage
from reception.ui.main_window import MainWindow
from reception.ui.rooms.page import RoomsPage
from tests.ui.shell.test_shell_shortcuts import _every_screen

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _empty_views(window: MainWindow) -> list[QAbstractItemView]:
    """Visible lists with no rows (the navigation, lookup pop-ups and the report list are never empty; the
    journal's before/after pane has its own line above it: "Sélectionnez un événement…")."""
    journal = next(iter(window.findChildren(JournalPage)), None)
    return [v for v in window.findChildren(QAbstractItemView)
            if v.isVisible() and not isinstance(v, QListWidget | QTreeWidget | QHeaderView) and v.model() is not None
            and v.model().rowCount() == 0 and (journal is None or v is not journal.changes)]


def _hint(view: QAbstractItemView) -> str:
    hints = [label.text() for label in view.viewport().findChildren(QLabel, "emptyHint") if label.isVisible()]
    return hints[0] if hints else ""


def test_every_empty_list_of_a_fresh_desk_says_what_to_do_first(qtbot: QtBot, admin_window: MainWindow,
                                                                admin_ctx: AppContext) -> None:
    checked = []
    for where in _every_screen(qtbot, admin_window):
        admin_ctx.runner.wait()
        qtbot.wait(20)
        for view in _empty_views(admin_window):
            assert len(_hint(view)) > 40, f"{where}: an empty list without a first step"
            checked.append(where)
    assert len(set(checked)) >= 9, sorted(set(checked))


def test_rooms_and_accueil_of_a_fresh_desk_say_what_to_do_first(qtbot: QtBot, admin_window: MainWindow,
                                                                admin_ctx: AppContext) -> None:
    rooms = admin_window.show_page("rooms")
    assert isinstance(rooms, RoomsPage)
    qtbot.waitUntil(rooms.planning.no_rooms.isVisible)
    assert "Aucune salle n'est encore déclarée" in rooms.planning.no_rooms.text()

    home = admin_window.show_page("home")
    assert isinstance(home, HomePage)
    home.refresh()
    qtbot.waitUntil(lambda: bool(home.tiles))
    tiles = {tile.figure.key: tile.figure for tile in home.tiles}
    assert tiles["directory.tenants"].alert and "importez-le" in tiles["directory.tenants"].detail
    assert tiles["rooms.free"].alert and "déclarez-les" in tiles["rooms.free"].detail
