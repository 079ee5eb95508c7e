"""First start: the administrator account, with every mistake explained next to its field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from reception.core.services.container import Services
from reception.ui.first_admin import FirstAdminDialog
from reception.ui.operations import OperationRunner


def fill(qtbot: QtBot, dialog: FirstAdminDialog, username: str, name: str, password: str, again: str) -> None:
    for field, text in ((dialog.username, username), (dialog.full_name, name), (dialog.password, password),
                        (dialog.confirmation, again)):
        field.clear()
        qtbot.keyClicks(field, text)


def test_the_first_admin_dialog_explains_each_mistake_then_creates_the_account(
        qtbot: QtBot, services: Services, runner: OperationRunner) -> None:
    assert services.auth.needs_first_admin()
    dialog = FirstAdminDialog(services, runner)
    qtbot.addWidget(dialog)
    dialog.show()

    fill(qtbot, dialog, "admin", "Karim Tazi", "motdepasse1", "motdepasse2")
    dialog.submit()
    assert dialog.errors.label("confirmation").text() == "Les deux mots de passe ne sont pas identiques."
    assert dialog.errors.label("confirmation").isVisible()

    fill(qtbot, dialog, "", "", "court", "court")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.errors.label("password").isVisible())
    assert dialog.errors.label("username").text() == "L'identifiant est obligatoire."
    assert dialog.errors.label("full_name").text() == "Le nom complet est obligatoire."
    assert "au moins 8 caractères" in dialog.errors.label("password").text()
    assert not dialog.errors.label("confirmation").isVisible()
    assert dialog.password.text() == "court"  # nothing typed is lost

    fill(qtbot, dialog, "Admin", "Karim Tazi", "motdepasse1", "motdepasse1")
    with qtbot.waitSignal(dialog.accepted):
        dialog.submit()
    assert not services.auth.needs_first_admin()
    assert services.auth.login("admin", "motdepasse1").full_name == "Karim Tazi"


def test_first_start_by_keyboard_a_name_with_a_space_never_cancels(
        qtbot: QtBot, services: Services, runner: OperationRunner) -> None:
    """The focus was on "Créer le compte", Tab went to Annuler before the fields, and the space of "Karim Tazi"
    pressed Annuler: the app quit with no account. The 8-character rule showed only after a failure."""
    dialog = FirstAdminDialog(services, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.username.hasFocus)
    assert any("8 caractères au moins" in label.text() for label in dialog.findChildren(QLabel)
               if label.isVisible())

    def typed(text: str) -> None:
        qtbot.keyClicks(QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)

    for text in ("admin", "Karim Tazi", "motdepasse1", "motdepasse1"):
        typed(text)
    assert dialog.ok_button.hasFocus() and dialog.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Return)
    assert services.auth.login("admin", "motdepasse1").full_name == "Karim Tazi"
