"""Paramètres › Site et poste shows the backups: the last good one, a skipped or failed attempt and why."""

from __future__ import annotations

import os
import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from reception.core.backups import take_backup
from reception.ui import theme
from reception.ui.context import AppContext
from reception.ui.settings.site_tab import SiteTab


def _tab(qtbot: QtBot, ctx: AppContext) -> SiteTab:
    tab = SiteTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(900, 720)
    tab.show()
    tab.refresh()
    return tab


def test_the_last_backup_and_a_skipped_one_are_shown(qtbot: QtBot, admin_ctx: AppContext, db_path: Path) -> None:
    tab = _tab(qtbot, admin_ctx)
    qtbot.waitUntil(lambda: tab.backups.last_good.text() == "Aucune sauvegarde pour l'instant.")

    take_backup(db_path)
    take_backup(db_path, free_bytes=lambda _folder: 1024)  # the disk is nearly full
    tab.refresh()
    qtbot.waitUntil(lambda: tab.backups.problem.isVisible())
    assert re.fullmatch(r"Dernière sauvegarde le \d\d/\d\d/\d{4} \d\d:\d\d \(0,\d Mo\) · 1 conservée\(s\) "
                        r"depuis le \d\d/\d\d/\d{4}", tab.backups.last_good.text())
    assert tab.backups.problem.text().startswith("Sauvegarde non faite le ")
    assert "espace disque insuffisant" in tab.backups.problem.text()
    assert tab.backups.where.text().endswith(str(db_path.parent / "backups" / db_path.stem))
    if shots := os.environ.get("RECEPTION_SHOTS"):  # to look at it: RECEPTION_SHOTS=<folder> pytest ...
        tab.setStyleSheet(theme.stylesheet())
        qtbot.wait(50)
        tab.grab().save(str(Path(shots) / "settings-backups.png"))


def test_back_up_now_adds_one_and_clears_the_problem(qtbot: QtBot, admin_ctx: AppContext, db_path: Path) -> None:
    take_backup(db_path, free_bytes=lambda _folder: 1024)
    tab = _tab(qtbot, admin_ctx)
    qtbot.waitUntil(lambda: tab.backups.problem.isVisible())
    tab.backups.back_up.click()
    qtbot.waitUntil(lambda: not tab.backups.problem.isVisible() and "1 conservée" in tab.backups.last_good.text(),
                    timeout=10_000)
    assert tab.backups.back_up.isEnabled()
