"""Logging in: the role decides the navigation; five wrong passwords lock the account; log-out returns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from reception.ui.main_window import MainWindow
from reception.ui.pages import PAGES
from reception.ui.session import ConsoleSession
from tests.ui.shell.conftest import log_in


def navigation_titles(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def test_a_receptionist_sees_only_the_desk_pages(qtbot: QtBot, session: ConsoleSession) -> None:
    window = log_in(qtbot, session, "accueil", "accueil-secret")

    keys = [spec.key for spec in window.specs]
    assert keys[0] == "home"
    assert "settings" not in keys and "journal" not in keys
    assert navigation_titles(window) == [QCoreApplication.translate("Navigation", s.title) for s in window.specs]
    assert window.current_key() == "home"
    assert not session.login.isVisible()
    assert window.user_label.text() == "Accueil · Réceptionniste"
    assert window.desk_label.text() == "Poste CAS-A1 · Accueil principal"
    assert window.sync_label.text() == "Dernière synchro : jamais"


def test_an_admin_sees_every_page(qtbot: QtBot, session: ConsoleSession) -> None:
    window = log_in(qtbot, session, "admin", "admin1234")

    assert [spec.key for spec in window.specs] == [spec.key for spec in PAGES]
    assert "Paramètres" in navigation_titles(window)


def test_five_wrong_passwords_lock_the_account_and_the_window_says_so(qtbot: QtBot,
                                                                        session: ConsoleSession) -> None:
    login = session.login
    qtbot.keyClicks(login.username, "accueil")
    for attempt in range(5):
        qtbot.keyClicks(login.password, f"wrong-{attempt}")
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: login.submit.isEnabled() and login.error.isVisible())
        assert login.password.text() == ""
        assert login.username.text() == "accueil"

    assert "verrouillé" in login.error.text()
    qtbot.keyClicks(login.password, "accueil-secret")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: login.submit.isEnabled())
    assert "verrouillé" in login.error.text()
    assert session.window is None


def test_an_empty_form_is_explained_without_calling_the_service(qtbot: QtBot, session: ConsoleSession) -> None:
    session.login.attempt()

    assert session.login.error.text() == "Saisissez votre identifiant et votre mot de passe."
    assert session.login.username.hasFocus() or not session.login.isActiveWindow()


def test_logging_out_brings_the_login_window_back(qtbot: QtBot, session: ConsoleSession) -> None:
    window = log_in(qtbot, session, "admin", "admin1234")

    window.logout_action.trigger()

    assert session.window is None
    assert session.login.isVisible()
    assert session.login.password.text() == ""


def test_after_log_out_the_cursor_waits_in_an_empty_name_field(qtbot: QtBot, session: ConsoleSession) -> None:
    """The name used to stay and the cursor sat in the password: a name typed by habit was a wrong password."""
    window = log_in(qtbot, session, "admin", "admin1234")
    window.lock()
    window.overlay.switch_button.click()  # "Changer d'utilisateur" from the lock screen

    assert session.login.isVisible()
    assert session.login.focusWidget() is session.login.username  # where the cursor is once it is active
    assert session.login.username.text() == "" and session.login.password.text() == ""
    assert session.scans is None or not session.scans.locked
