"""The main window: keyboard navigation, the idle lock that keeps everything typed, 1366 x 768."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reception.core.errors import AuthenticationError
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.ui.home.page import HomePage
from reception.ui.session import ConsoleSession
from reception.ui.settings.page import SettingsPage
from reception.ui.visitors.page import VisitorsPage
from tests.ui.shell.conftest import log_in


def test_ctrl_and_a_number_open_each_page(qtbot: QtBot, session: ConsoleSession) -> None:
    window = log_in(qtbot, session, "admin", "admin1234")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "settings"
    assert isinstance(window.stack.currentWidget(), SettingsPage)

    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "home"
    assert set(window.pages) == {"home", "settings"}  # pages are built when first shown


def test_idle_lock_then_unlock_returns_to_the_same_page_with_the_text_typed(
        qtbot: QtBot, session: ConsoleSession, services: Services, admin: Actor) -> None:
    services.settings.update(admin, {"session.idle_lock_minutes": 1}, at=services.clock.now())
    window = log_in(qtbot, session, "admin", "admin1234")
    assert window.idle_watcher.timer.interval() == 60_000
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    city = page.by_key["site"].fields["city"]
    qtbot.waitUntil(lambda: city.text() == "Casablanca")
    city.setFocus()
    qtbot.keyClicks(city, " (Sidi Maarouf)")

    window.idle_watcher.set_timeout_ms(50)
    qtbot.waitUntil(lambda: window.locked, timeout=2000)

    assert not window.centralWidget().isEnabled()
    assert not window.page_actions[0].isEnabled()
    qtbot.keyClicks(window.overlay.password, "not-my-password")
    qtbot.keyClick(window.overlay.password, Qt.Key.Key_Return)
    qtbot.waitUntil(window.overlay.error.isVisible)
    assert window.locked

    qtbot.keyClicks(window.overlay.password, "admin1234")
    qtbot.keyClick(window.overlay.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked)

    assert window.current_key() == "settings"
    assert city.text() == "Casablanca (Sidi Maarouf)"
    assert window.centralWidget().isEnabled()
    assert window.idle_watcher.timer.isActive()


def test_five_wrong_passwords_on_the_lock_screen_lock_the_account(
        qtbot: QtBot, session: ConsoleSession, services: Services) -> None:
    window = log_in(qtbot, session, "accueil", "accueil-secret")
    window.lock()
    overlay = window.overlay
    for attempt in range(1, 6):
        qtbot.keyClicks(overlay.password, "not-my-password")
        qtbot.keyClick(overlay.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: overlay.unlock_button.isEnabled() and not overlay.password.text())
        assert overlay.error.isVisible()
        assert ("Mot de passe incorrect" in overlay.error.text()) == (attempt < 5)
    assert "Trop d'essais" in overlay.error.text()

    qtbot.keyClicks(overlay.password, "accueil-secret")  # even the right password waits now
    qtbot.keyClick(overlay.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "réessayez dans 5 min" in overlay.error.text())
    assert window.locked
    with pytest.raises(AuthenticationError, match="verrouillé"):
        services.auth.login("accueil", "accueil-secret")


def test_ctrl_l_locks_at_once_and_changer_d_utilisateur_logs_out(qtbot: QtBot, session: ConsoleSession) -> None:
    window = log_in(qtbot, session, "accueil", "accueil-secret")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert window.overlay.geometry() == window.rect()

    qtbot.mouseClick(window.overlay.switch_button, Qt.MouseButton.LeftButton)
    assert session.window is None
    assert session.login.isVisible()


def test_accueil_tiles_lead_to_their_page_by_click_and_by_keyboard(qtbot: QtBot, session: ConsoleSession) -> None:
    window = log_in(qtbot, session, "accueil", "accueil-secret")
    home = window.pages["home"]
    assert isinstance(home, HomePage)
    qtbot.waitUntil(lambda: bool(home.tiles))
    by_key = {tile.figure.key: tile for tile in home.tiles}
    inside = by_key["visits.inside"]
    assert inside.actionable and inside.cursor().shape() == Qt.CursorShape.PointingHandCursor
    assert not by_key["directory.tenants"].actionable  # informs only

    qtbot.mouseClick(inside, Qt.MouseButton.LeftButton)
    assert window.current_key() == "visitors"
    assert isinstance(window.stack.currentWidget(), VisitorsPage)

    window.show_page("home")
    rooms = by_key["rooms.today"]
    rooms.setFocus()
    qtbot.keyClick(rooms, Qt.Key.Key_Space)
    assert window.current_key() == "rooms"


def test_the_window_fits_1366_by_768(qtbot: QtBot, session: ConsoleSession, tmp_path: Path) -> None:
    window = log_in(qtbot, session, "admin", "admin1234")
    for key in ("home", "settings"):
        window.show_page(key)
        window.resize(1366, 768)
        qtbot.wait(10)

        assert window.width() == 1366 and window.height() == 768
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768
        assert window.grab().save(str(tmp_path / f"{key}.png"))


def next_tab_stop(widget: QWidget) -> QWidget:
    following = widget.nextInFocusChain()
    while not following.focusPolicy() & Qt.FocusPolicy.TabFocus:
        following = following.nextInFocusChain()
    return following


def test_tab_goes_from_the_name_to_the_password_to_the_button(session: ConsoleSession) -> None:
    login = session.login
    assert next_tab_stop(login.username) is login.password
    assert next_tab_stop(login.password) is login.submit


def test_tab_in_the_lock_screen_goes_from_the_password_to_unlock(qtbot: QtBot, session: ConsoleSession) -> None:
    window = log_in(qtbot, session, "accueil", "accueil-secret")
    window.lock()
    assert next_tab_stop(window.overlay.password) is window.overlay.unlock_button
    assert next_tab_stop(window.overlay.unlock_button) is window.overlay.switch_button
