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
    qtbot.waitUntil(lambda: dialog.suggested)

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
    qtbot.waitUntil(lambda: dialog.suggested)
    assert QApplication.focusWidget() is dialog.site_code and dialog.site_code.text() == "CAS"
    for _suggestion in range(5):  # site code, site name, city, desk code, desk name: kept as suggested
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.ok_button.hasFocus() and dialog.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Return)
    assert services.auth.login("admin", "motdepasse1").full_name == "Karim Tazi"


def test_first_start_asks_the_site_and_desk_and_checks_them(
        qtbot: QtBot, services: Services, runner: OperationRunner) -> None:
    dialog = FirstAdminDialog(services, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.suggested)
    assert (dialog.site_code.text(), dialog.desk_code.text(), dialog.desk_name.text()) == (
        "CAS", "CAS-A1", "Accueil principal")
    fill(qtbot, dialog, "admin", "Karim Tazi", "motdepasse1", "motdepasse1")
    for field, text in ((dialog.site_code, "rab"), (dialog.site_name, "Technopark Rabat"), (dialog.city, "Rabat"),
                        (dialog.desk_code, "CAS-A1"), (dialog.desk_name, "")):
        field.clear()
        qtbot.keyClicks(field, text)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.errors.label("desk_code").isVisible())
    assert dialog.errors.label("desk_code").text() == "Le code du poste commence par celui du site : RAB-A1."
    assert dialog.errors.label("desk_name").text() == "Le nom du poste est obligatoire."
    assert services.auth.needs_first_admin()  # nothing written

    dialog.desk_code.setText("rab-a2")
    qtbot.keyClicks(dialog.desk_name, "Accueil hall B")
    with qtbot.waitSignal(dialog.accepted):
        dialog.submit()
    info = services.site.info()
    assert (info.site_code, info.site_name, info.city, info.desk_code, info.desk_name) == (
        "RAB", "Technopark Rabat", "Rabat", "RAB-A2", "Accueil hall B")
    assert services.auth.login("admin", "motdepasse1").full_name == "Karim Tazi"
    assert services.audit.verify_chain().ok
