"""The manager approval dialog: guessing the manager's password locks it like a login, said next to the field."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from reception.core.clock import FixedClock
from reception.core.services.container import Services
from reception.core.services.permissions import Actor, Permission
from reception.ui.approval import ManagerApprovalDialog
from reception.ui.operations import OperationRunner


@pytest.fixture
def dialog(qtbot: QtBot, services: Services, manager: Actor) -> Iterator[ManagerApprovalDialog]:
    """The approval a sale's void asks for, shown."""
    runner = OperationRunner()
    shown = ManagerApprovalDialog(services, runner, Permission.SALES_VOID, title="Annuler une vente",
                                  message="L'annulation d'une vente demande l'accord d'un responsable.")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    runner.wait()


def _try(qtbot: QtBot, dialog: ManagerApprovalDialog, password: str) -> str:
    """Types the manager's name and a password, presses Enter, and returns the message under the fields."""
    dialog.username.setText("responsable")
    dialog.password.setFocus()
    qtbot.keyClicks(dialog.password, password)
    dialog.error.clear()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.error.text()) or dialog.result() == QDialog.DialogCode.Accepted,
                    timeout=10_000)
    return dialog.error.text()


def test_the_dialog_says_the_manager_is_locked_after_five_guesses(
        qtbot: QtBot, dialog: ManagerApprovalDialog, clock: FixedClock) -> None:
    for _ in range(4):
        assert "incorrect" in _try(qtbot, dialog, "faux")
    assert "Trop d'essais" in _try(qtbot, dialog, "faux")
    assert "verrouillé" in _try(qtbot, dialog, "responsable-secret")
    assert dialog.error.isVisible() and dialog.isVisible() and dialog.password.text() == ""
    clock.advance(timedelta(minutes=5, seconds=1))
    with qtbot.waitSignal(dialog.decided, timeout=10_000) as decided:
        _try(qtbot, dialog, "responsable-secret")
    assert decided.args[0].username == "responsable"
