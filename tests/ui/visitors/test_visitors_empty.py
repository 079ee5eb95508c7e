"""Empty pages say what to do first instead of showing a blank table."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.ui.main_window import MainWindow
from tests.ui.visitors.conftest import check_in, visitors_page


def test_an_empty_on_site_list_says_where_arrivals_are_recorded(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor, park: dict[str, str]) -> None:
    page = visitors_page(window)
    page.tabs.setCurrentWidget(page.onsite)
    hint = page.onsite.empty_hint
    qtbot.waitUntil(hint.isVisible)
    assert "onglet Arrivée (Alt+A)" in hint.text()
    page.tabs.setCurrentWidget(page.expected)
    qtbot.waitUntil(page.expected.empty_hint.isVisible)
    assert "Importez une liste d'invités" in page.expected.empty_hint.text()

    check_in(services, receptionist, park["noor.tazi"], "Bennani", "Élodie")
    page.tabs.setCurrentWidget(page.onsite)
    page.onsite.refresh()
    qtbot.waitUntil(lambda: page.onsite.model.rowCount() == 1, timeout=5000)
    assert not hint.isVisible()
