"""Paramètres › Accords des visiteurs: the administrator reviews the text in force for each visit type and
language and publishes a new version, after which a visitor who signed the old one must sign again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.visits import CheckInForm
from reception.ui.context import AppContext
from reception.ui.operations import OperationRunner
from reception.ui.settings.agreements_tab import AgreementsTab
from reception.ui.settings.page import SettingsPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def tab(qtbot: QtBot, services: Services, admin: Actor, runner: OperationRunner) -> AgreementsTab:
    page = SettingsPage(AppContext(services, admin, runner))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    tab = page.by_key["agreements"]
    assert isinstance(tab, AgreementsTab)
    page.tabs.setCurrentWidget(tab)
    runner.wait()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 18)  # six visit types in French, English and Arabic
    return tab


def test_a_new_version_is_published_from_the_tab_and_asks_every_visitor_again(
        qtbot: QtBot, tab: AgreementsTab, services: Services, admin: Actor, receptionist: Actor,
        park: dict[str, str], runner: OperationRunner, tmp_path: Path) -> None:
    visit = services.visits.check_in(receptionist, CheckInForm("Kettani", "Rim", host_employee_id=park[
        "atlas.bennani"]))
    old = services.agreements.text_for("meeting", "fr")
    services.agreements.sign(receptionist, visit.id, old.id, [[(0.1, 0.5), (0.9, 0.5)]])
    assert visit.visitor_id is not None
    assert not services.agreements.needs_signature(visit.visitor_id, "meeting", "fr")
    row = next(i for i, t in enumerate(tab.model.rows) if (t.visit_type, t.language) == ("meeting", "fr"))
    tab.view.selectRow(row)

    tab.publish_button.click()
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    title = dialog.fields["title"]
    body = dialog.fields["body"]
    assert isinstance(title, QLineEdit) and title.text() == old.title
    assert isinstance(body, QPlainTextEdit) and dialog.values()["body"] == old.body
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "4. Je porte le casque dans les zones de chantier.")
    assert tab.grab().save(str(tmp_path / "agreements-tab.png"))
    assert dialog.grab().save(str(tmp_path / "agreements-publish.png"))
    qtbot.keyClick(title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    runner.wait()

    new = services.agreements.text_for("meeting", "fr")
    assert new.version == old.version + 1 and new.body.endswith("zones de chantier.") and new.sha256 != old.sha256
    assert services.agreements.needs_signature(visit.visitor_id, "meeting", "fr")
    qtbot.waitUntil(lambda: tab.model.rows[row].version == new.version)
    assert "signeront de nouveau" in tab.notice.text()


def test_an_empty_text_is_refused_next_to_its_field_and_nothing_is_published(
        qtbot: QtBot, tab: AgreementsTab, services: Services) -> None:
    tab.view.selectRow(0)
    before = tab.model.rows[0]
    tab.publish_button.click()
    dialog = tab.dialog
    assert dialog is not None
    body = dialog.fields["body"]
    assert isinstance(body, QPlainTextEdit)
    body.clear()
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.errors.label("body").isVisible(), timeout=5000)
    assert dialog.errors.label("body").text() == "Le texte est obligatoire."
    assert services.agreements.text_for(before.visit_type, before.language).version == before.version
