"""Paramètres › Liste de vigilance: a manager adds, edits, ends and imports entries; the rules are on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel
from pytestqt.qtbot import QtBot

from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.visits_watchlist import matching_rules
from reception.ui.context import AppContext
from reception.ui.operations import OperationRunner
from reception.ui.settings.page import SettingsPage
from reception.ui.settings.pending_hosts_tab import PendingHostsTab
from reception.ui.settings.watchlist_tab import WatchListTab

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def tab(qtbot: QtBot, services: Services, manager: Actor, runner: OperationRunner) -> WatchListTab:
    """The manager's Paramètres page, on its watch-list tab."""
    page = SettingsPage(AppContext(services, manager, runner))
    qtbot.addWidget(page)
    assert list(page.by_key) == ["pending_hosts", "watchlist"]  # what a manager may do here
    page.resize(1100, 700)
    page.show()
    tab = page.by_key["watchlist"]
    assert isinstance(tab, WatchListTab)
    page.tabs.setCurrentWidget(tab)
    runner.wait()
    return tab


def _type_and_tab(qtbot: QtBot, *texts: str) -> None:
    for text in texts:
        field = QApplication.focusWidget()
        assert field is not None
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Tab)


def test_a_manager_adds_edits_and_ends_an_entry_by_keyboard(qtbot: QtBot, tab: WatchListTab, services: Services,
                                                            manager: Actor, runner: OperationRunner) -> None:
    assert tab.empty_hint.isVisible() and "Nouvelle entrée" in tab.empty_hint.text()
    shown = " ".join(label.text() for label in tab.findChildren(QLabel) if label.isVisible())
    assert all(rule in shown for rule in matching_rules())

    tab.add_button.click()
    dialog = tab.dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.fields["last_name"])
    _type_and_tab(qtbot, "Jabri", "Karim", "x99-8877", "Vol de materiel")
    qtbot.keyClick(dialog.fields["until"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert not tab.empty_hint.isVisible()
    [entry] = services.visits.watchlist(manager)
    assert (entry.id_number, entry.until, tab.model.rows[0].reason) == ("X998877", None, "Vol de materiel")
    assert tab.model.index(0, 4).data() == "sans date de fin"

    tab.view.selectRow(0)
    tab.edit_button.click()
    edit = tab.dialog
    assert edit is not None and edit is not dialog
    edit.fields["reason"].setText("Vol")
    qtbot.keyClick(edit.fields["reason"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.model.rows[0].reason == "Vol")

    tab.view.selectRow(0)
    tab.expire_button.click()
    end = tab.dialog
    assert end is not None
    qtbot.keyClick(end.fields["last_day"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)  # ended entries are hidden unless asked for
    tab.show_ended.setChecked(True)
    runner.wait()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.index(0, 4).data().startswith("terminée le")


def test_an_import_keeps_the_refused_lines_on_screen(qtbot: QtBot, tab: WatchListTab, tmp_path: Path) -> None:
    csv = tmp_path / "liste.csv"
    csv.write_text("nom;prenom;motif\nTazi;Omar;Fraude\n;Sans nom;Motif\nAlami;Sara;\n", encoding="utf-8")
    tab.import_csv(csv)
    qtbot.waitUntil(tab.refused.isVisible)
    assert "1 personne(s) ajoutée(s) ; 2 ligne(s) refusée(s)" in tab.notice.text()
    assert tab.refused.toPlainText().splitlines() == ["Ligne 3 : Le nom est obligatoire.  [;Sans nom;Motif]",
                                                      "Ligne 4 : Indiquez le motif.  [Alami;Sara;]"]
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)


def test_facilities_confirm_and_merge_the_hosts_added_at_the_desk(
        qtbot: QtBot, services: Services, facilities: Actor, receptionist: Actor, runner: OperationRunner,
        park: dict[str, str]) -> None:
    page = SettingsPage(AppContext(services, facilities, runner))
    qtbot.addWidget(page)
    assert list(page.by_key) == ["pending_hosts"]
    tab = page.by_key["pending_hosts"]
    assert isinstance(tab, PendingHostsTab)
    page.show()
    tab.refresh()
    qtbot.waitUntil(tab.empty_hint.isVisible)
    for last, first in (("Lahlou", "Rania"), ("Benani", "Mohamed")):
        services.directory.add_pending_host(receptionist, {"tenant_id": park["atlas"], "last_name": last,
                                                           "first_name": first})
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    assert not tab.empty_hint.isVisible()
    qtbot.keyClick(tab.view, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert "Rania Lahlou est confirmé(e)" in tab.notice.text()
    qtbot.keyClick(tab.view, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    dialog = tab.dialog
    assert dialog is not None
    into = dialog.fields["into"]
    assert isinstance(into, QComboBox)
    into.setCurrentIndex(into.findText("Bennani Mohamed"))
    qtbot.keyClick(into, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert services.directory.pending_hosts(facilities) == []
