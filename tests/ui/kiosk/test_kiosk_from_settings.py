"""Paramètres › Réglages › Borne opens the kiosk full screen from a logged-in desk, with the site's settings."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.ui.context import AppContext
from reception.ui.kiosk.window import KioskWindow
from reception.ui.operations import OperationRunner
from reception.ui.settings.preferences_tab import PreferencesTab


def test_the_settings_action_opens_the_kiosk_full_screen(qtbot: QtBot, services: Services, admin: Actor) -> None:
    services.settings.update(admin, {"kiosk.idle_seconds": 90}, at=services.clock.now())
    runner = OperationRunner()
    tab = PreferencesTab(AppContext(services, admin, runner))
    qtbot.addWidget(tab)
    tab.kiosk_button.click()
    qtbot.waitUntil(lambda: tab.kiosk is not None, timeout=10_000)
    kiosk = tab.kiosk
    assert isinstance(kiosk, KioskWindow)
    qtbot.addWidget(kiosk)
    assert kiosk.isFullScreen() and kiosk.current() is kiosk.welcome
    assert kiosk.idle.interval() == 90_000
    assert kiosk.setup.site_name == "Technopark Casablanca"
    runner.wait()
    kiosk._may_close = True
    kiosk.close()
    kiosk.deleteLater()
