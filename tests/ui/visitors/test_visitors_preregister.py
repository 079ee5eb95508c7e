"""Pre-registering one guest from Visiteurs › Attendus: a refused e-mail is said beside its field and nothing
typed is lost; the guest then appears with their invitation waiting to leave; called off, the invitation goes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from reception.core.clock import FixedClock
from reception.core.models import MailMessage
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.visits import CheckInForm
from reception.ui.main_window import MainWindow
from reception.ui.visitors.expected import ExpectedPanel
from reception.ui.visitors.preregister import PreregisterDialog
from tests.smtp_inbox import Inbox, free_port, serving
from tests.ui.message_boxes import answer_when_asked
from tests.ui.visitors.conftest import visitors_page

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")  # dialogs on the offscreen platform
TODAY = date(2026, 11, 26)


def _waiting_mail(services: Services) -> int:
    with services.db.read() as session:
        return session.scalar(select(func.count()).select_from(MailMessage)) or 0


def _attendus(window: MainWindow) -> ExpectedPanel:
    page = visitors_page(window)
    page.tabs.setCurrentWidget(page.expected)
    return page.expected


def _fill(qtbot: QtBot, dialog: PreregisterDialog, email: str) -> None:
    for field, text in ((dialog.last_name, "Tazi"), (dialog.first_name, "Omar"), (dialog.organisation, "Inwi"),
                        (dialog.email, email)):
        qtbot.keyClicks(field, text)
    dialog.host_field.setFocus()
    qtbot.keyClicks(dialog.host_field, "taz")
    qtbot.waitUntil(dialog.host_field.popup.isVisible, timeout=5000)
    qtbot.keyClick(dialog.host_field, Qt.Key.Key_Return)
    assert dialog.host_field.text() == "Youssef Tazi — Noor Green Energy SA"


def test_a_guest_preregistered_at_the_desk_gets_an_invitation_and_a_cancelled_one_loses_it(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor, park: dict[str, str]) -> None:
    panel = _attendus(window)
    panel.preregister()
    dialog = panel.preregister_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    _fill(qtbot, dialog, "omar@inwi")

    dialog.save_button.click()
    error = dialog.errors.label("email")
    qtbot.waitUntil(error.isVisible, timeout=5000)
    assert "e-mail" in error.text().lower() and dialog.isVisible()
    assert (dialog.last_name.text(), dialog.email.text()) == ("Tazi", "omar@inwi")  # nothing lost
    qtbot.keyClicks(dialog.email, ".ma")
    dialog.save_button.click()

    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: "son invitation part par e-mail" in panel.notice.text(), timeout=5000)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    assert [panel.model.index(0, c).data() for c in (0, 5, 6)] == ["Omar Tazi", "Attendu(e)", "En attente d'envoi"]
    assert _waiting_mail(services) == 1

    panel.table.selectRow(0)
    seen = answer_when_asked(qtbot, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "est décommandé(e)" in panel.notice.text(), timeout=5000)
    assert seen and "Son invitation est retirée" in seen[0]
    qtbot.waitUntil(lambda: panel.model.index(0, 5).data() == "Annulé(e)", timeout=5000)
    assert panel.model.index(0, 6).data() == "—"
    assert _waiting_mail(services) == 0  # the invitation had not left: it is withdrawn, nothing confusing follows
    assert QApplication.activeModalWidget() is None


def test_a_guest_whose_invitation_left_is_sent_a_cancellation(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor, admin: Actor,
        park: dict[str, str], clock: FixedClock) -> None:
    port = free_port()
    services.settings.update(admin, {"mail.smtp_host": "127.0.0.1", "mail.smtp_port": port}, at=clock.now())
    services.visits.preregister(receptionist, CheckInForm("Smith", "John", "Acme", email="john@acme.com",
                                                          host_employee_id=park["noor.tazi"]), TODAY, language="en")
    inbox = Inbox()
    with serving(inbox, port):
        assert services.mail.send_due().sent == 1
        panel = _attendus(window)
        qtbot.waitUntil(lambda: panel.model.index(0, 6).data() == "Envoyée", timeout=5000)

        panel.table.selectRow(0)
        answer_when_asked(qtbot, QMessageBox.StandardButton.Yes)
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.model.index(0, 6).data() == "Annulation en attente d'envoi", timeout=5000)
        assert services.mail.send_due().sent == 1

    invitation, cancellation = inbox.messages
    assert invitation["Subject"].startswith("Invitation: ") and cancellation["Subject"].startswith("Visit cancelled: ")
    [ics] = list(cancellation.iter_attachments())
    assert "METHOD:CANCEL" in ics.get_content()


def test_an_imported_guest_list_says_how_many_invitations_leave(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor, park: dict[str, str],
        tmp_path: Path) -> None:
    path = tmp_path / "forum.csv"
    path.write_text("nom;prenom;email;langue\nSmith;John;john@acme.com;en\nAlami;Sara;;\n", encoding="utf-8")
    panel = _attendus(window)
    panel.import_guest_list(str(path))
    dialog = panel.import_dialog
    assert dialog is not None
    dialog._set_host(services.directory.employees(receptionist, query="bennani")[0])

    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.run_import()

    assert panel.notice.text() == "2 invité(s) importé(s) ; 1 invitation(s) partent par e-mail."
    assert _waiting_mail(services) == 1
