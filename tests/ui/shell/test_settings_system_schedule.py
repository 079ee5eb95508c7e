"""Paramètres › Site et poste › Synchronisation console fermée: the status line, install and remove, and a
refusal by the system shown in the box (the systemd backend on a temporary folder, its tool recorded)."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from reception.core.system_scheduler import SystemdUserTimer
from reception.ui import theme
from reception.ui.context import AppContext
from reception.ui.settings.site_tab import SiteTab
from tests.scheduler_helpers import RecordingRunner


def _tab(qtbot: QtBot, ctx: AppContext, timer: SystemdUserTimer) -> SiteTab:
    ctx.services.system_schedule.scheduler = lambda: timer
    tab = SiteTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(900, 900)
    tab.show()
    tab.refresh()
    return tab


def test_install_then_remove_from_the_settings(qtbot: QtBot, admin_ctx: AppContext, tmp_path: Path) -> None:
    timer = SystemdUserTimer(tmp_path / "xdg", RecordingRunner())
    tab = _tab(qtbot, admin_ctx, timer)  # kept: the box lives inside it
    box = tab.system_schedule
    qtbot.waitUntil(lambda: box.status.text().endswith("non installée."))
    assert not box.remove.isEnabled()

    box.install.click()
    qtbot.waitUntil(lambda: "chaque nuit à 02:00, active" in box.status.text())
    assert timer.timer_file.exists() and box.remove.isEnabled() and box.install.text() == "Mettre à jour"
    if shots := os.environ.get("RECEPTION_SHOTS"):  # to look at it: RECEPTION_SHOTS=<folder> pytest ...
        box.window().setStyleSheet(theme.stylesheet())
        qtbot.wait(50)
        box.window().grab().save(str(Path(shots) / "settings-system-schedule.png"))

    box.remove.click()
    qtbot.waitUntil(lambda: box.status.text().endswith("non installée."))
    assert not timer.timer_file.exists()


def test_a_refusal_by_the_system_is_shown_in_the_box(qtbot: QtBot, admin_ctx: AppContext, tmp_path: Path) -> None:
    timer = SystemdUserTimer(tmp_path, RecordingRunner(fail_on="enable", output="Failed to connect to bus"))
    tab = _tab(qtbot, admin_ctx, timer)  # kept: the box lives inside it
    box = tab.system_schedule
    qtbot.waitUntil(lambda: box.install.isEnabled())

    box.install.click()
    qtbot.waitUntil(lambda: box.problem.isVisible())
    assert box.problem.text() == "systemd n'a pas activé le minuteur : Failed to connect to bus"
    assert box.status.text().endswith("non installée.") and box.install.isEnabled()
