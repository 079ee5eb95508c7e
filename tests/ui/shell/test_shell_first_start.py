"""First start of a new desk: "Poste autonome" opens the first administrator's dialog; "Rejoindre le réseau"
redeems head office's code against a real PostgreSQL and brings the site down off the GUI thread."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from reception.core.clock import FixedClock
from reception.core.database import Database
from reception.core.services.container import Services
from reception.sync.central import add_desk
from reception.sync.engine import EXIT_OK
from reception.sync.enrolment import central_address, shown_address
from reception.ui.first_admin import FirstAdminDialog
from reception.ui.first_start import FirstStartDialog
from reception.ui.operations import OperationRunner
from tests.integration.sync_harness import central_url, open_desk, seed_site

__all__ = ["central_url"]


@pytest.fixture
def new_desk(db: Database, clock: FixedClock) -> Services:
    """A database as the first start leaves it: migrated, no identity, no site, no account."""
    assert db.identity() is None
    return Services(db, clock)


def test_working_alone_names_the_default_desk_and_opens_the_first_admin_dialog(
        qtbot: QtBot, new_desk: Services, runner: OperationRunner) -> None:
    dialog = FirstStartDialog(new_desk, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.standalone.hasFocus() or not dialog.isActiveWindow()
    seen: list[QDialog] = []

    def create_admin() -> None:
        admin_dialog = QApplication.activeModalWidget()
        assert isinstance(admin_dialog, FirstAdminDialog)
        seen.append(admin_dialog)
        qtbot.waitUntil(lambda: admin_dialog.suggested)  # the site and desk it proposes: the default ones
        for field, text in ((admin_dialog.username, "admin"), (admin_dialog.full_name, "Karim Tazi"),
                            (admin_dialog.password, "motdepasse1"), (admin_dialog.confirmation, "motdepasse1")):
            qtbot.keyClicks(field, text)
        admin_dialog.submit()

    QTimer.singleShot(0, create_admin)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.standalone.click()
    assert seen and new_desk.db.identity().desk_code == "CAS-A1"  # type: ignore[union-attr]
    assert new_desk.auth.login("admin", "motdepasse1").full_name == "Karim Tazi"


def test_typing_mistakes_are_said_next_to_their_fields_and_kept(
        qtbot: QtBot, new_desk: Services, runner: OperationRunner) -> None:
    dialog = FirstStartDialog(new_desk, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.network.click()
    assert dialog.pages.currentIndex() == 1
    qtbot.keyClicks(dialog.code, "BCDF-0123")
    dialog.join_button.click()
    qtbot.waitUntil(lambda: dialog.errors.label("code").isVisible())
    assert "16 caractères" in dialog.errors.label("code").text()
    assert "adresse" in dialog.errors.label("central").text()
    assert dialog.code.text() == "BCDF-0123" and dialog.code.isEnabled()
    assert new_desk.db.identity() is None  # nothing happened to the desk


@pytest.fixture
def head_office(tmp_path: Path, central_url: str) -> Iterator[str]:
    first = open_desk(tmp_path / "first", central_url, "CAS", "CAS-A1")
    seed_site(first)
    assert first.sync().outcome == EXIT_OK
    first.close()
    yield central_url


@pytest.mark.postgres
@pytest.mark.slow
def test_joining_the_network_brings_the_site_down(
        qtbot: QtBot, new_desk: Services, runner: OperationRunner, head_office: str) -> None:
    credentials = add_desk(head_office, "CAS", "CAS-A2")
    dialog = FirstStartDialog(new_desk, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.network.click()
    qtbot.keyClicks(dialog.central, shown_address(central_address(head_office)))
    qtbot.keyClicks(dialog.code, "ZZZZ" + credentials.code[4:])  # a letter no code has
    dialog.join_button.click()
    qtbot.waitUntil(lambda: dialog.errors.label("code").isVisible())
    assert "impossible" in dialog.errors.label("code").text()

    dialog.code.clear()
    qtbot.keyClicks(dialog.code, credentials.code[:8] + "BBBBBBBB")  # well formed, but not the code
    dialog.join_button.click()
    qtbot.waitUntil(lambda: dialog.errors.label("code").isVisible() and dialog.join_button.isEnabled(),
                    timeout=20_000)
    assert "inconnu" in dialog.errors.label("code").text()

    dialog.code.clear()
    qtbot.keyClicks(dialog.code, credentials.code)
    steps: list[str] = []
    dialog.progress.step.connect(steps.append)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.join_button.click()
        assert dialog.busy.isVisible() and not dialog.join_button.isEnabled()
    assert any("Téléchargement du site" in s for s in steps)
    assert new_desk.db.identity().desk_code == "CAS-A2"  # type: ignore[union-attr]
    assert not new_desk.auth.needs_first_admin()
    assert new_desk.auth.login("accueil", "accueil-secret").username == "accueil"
