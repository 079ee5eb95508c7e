"""Arrivée: a host missing from the directory is added from the check-in form, by keyboard, and used at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.ui.main_window import MainWindow
from tests.ui.visitors.conftest import visitors_page

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_a_missing_host_is_added_from_the_form_and_the_visitor_checks_in(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor, facilities: Actor) -> None:
    form = visitors_page(window).checkin
    qtbot.waitUntil(form.last_name.hasFocus)
    qtbot.keyClicks(form.last_name, "Idrissi")
    qtbot.keyClicks(form.first_name, "Omar")
    form.host_field.setFocus()
    qtbot.keyClicks(form.host_field, "Lahlou")
    qtbot.waitUntil(lambda: form.host_field.rows == [] and not form.host_field.popup.isVisible())
    qtbot.keyClick(form.host_field, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: form.missing_host_dialog is not None and form.missing_host_dialog.isVisible())
    dialog = form.missing_host_dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.fields["last_name"])
    assert dialog.fields["last_name"].text() == "Lahlou"  # what was typed in the host field
    qtbot.keyClick(dialog.fields["last_name"], Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Rania")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    company = QApplication.focusWidget()
    assert isinstance(company, QComboBox)
    qtbot.keyClicks(company, "Noor")  # the first letters go to the company
    assert company.currentText() == "Noor Green Energy SA"
    qtbot.keyClick(company, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.host is not None, timeout=5000)
    assert form.host is not None and form.host.pending
    assert form.host_field.text() == "Rania Lahlou — Noor Green Energy SA"
    assert "à confirmer" in form.notice.text()

    window.activateWindow()  # what the window manager does when the dialog closes
    qtbot.waitUntil(window.isActiveWindow)
    assert window.focusWidget() is form.visit_type  # the next field after the host
    qtbot.keyClick(form.visit_type, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(services.visits.on_site(receptionist)), timeout=5000)
    [visit] = services.visits.on_site(receptionist)
    assert (visit.visitor_name, visit.host_name, visit.host_company) == ("Omar Idrissi", "Rania Lahlou",
                                                                         "Noor Green Energy SA")
    assert [h.full_name for h in services.directory.pending_hosts(facilities)] == ["Rania Lahlou"]
