"""The Journal: a lazily loaded model (with and without a view), filters, before/after, integrity, export."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from reception.core.clock import FixedClock
from reception.core.i18n import _
from reception.core.services.container import Services
from reception.core.services.journal import JournalFilters
from reception.core.services.permissions import Actor
from reception.core.services.settings import SPECS
from reception.ui.context import AppContext
from reception.ui.journal.model import JournalModel
from reception.ui.journal.page import JournalPage

CHANGES = 260


@pytest.fixture
def trail(services: Services, admin: Actor, clock: FixedClock) -> int:
    """260 settings changes a second apart, then the total number of events in the trail."""
    for minutes in range(CHANGES):
        clock.advance(timedelta(seconds=1))
        services.settings.update(admin, {"session.idle_lock_minutes": 5 + minutes % 100}, at=clock.now())
    return services.audit.count()


def _sync_model(services: Services, actor: Actor, filters: JournalFilters | None = None) -> JournalModel:
    """A model reading its pages at once (no runner): the model without any thread or view."""
    return JournalModel(lambda key: services.journal.page(actor, filters or JournalFilters(), key))


def test_model_without_a_view_pages_through_the_whole_trail(services: Services, manager: Actor, trail: int) -> None:
    model = _sync_model(services, manager)
    assert model.rowCount() == 0 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 200
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == trail
    entries = [model.entry(row) for row in range(model.rowCount())]
    assert len({e.id for e in entries}) == trail  # keyset pages neither skip nor repeat
    assert [e.key for e in entries] == sorted((e.key for e in entries), reverse=True)
    assert model.index(0, 4).data() == "Karim Tazi a modifié le réglage « Verrouillage après inactivité (minutes) »"
    assert model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == "Paramètre modifié (settings.change)"


def test_model_passes_the_model_tester(qtmodeltester: ModelTester, services: Services, manager: Actor,
                                       trail: int) -> None:
    model = _sync_model(services, manager, JournalFilters(action="settings."))
    model.fetchMore()
    qtmodeltester.check(model, force_py=True)


def test_page_filters_shows_changes_verifies_and_exports(qtbot: QtBot, ctx: AppContext, services: Services,
                                                         trail: int, tmp_path: Path) -> None:
    page = JournalPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    with qtbot.waitSignal(page.model.page_loaded, timeout=10_000):
        page.refresh()
    assert page.model.rowCount() == 200
    page.action.setEditText("settings.change")
    with qtbot.waitSignal(page.model.page_loaded, timeout=10_000):
        page.apply_filters()
    assert {page.model.entry(r).action for r in range(page.model.rowCount())} == {"settings.change"}
    page.view.selectRow(0)
    cells = [[page.changes.item(r, c).text() for c in range(3)] for r in range(page.changes.rowCount())]
    label = _(SPECS["session.idle_lock_minutes"].label)
    assert cells == [[label, "63", "64"]]  # the last change: 63 -> 64, the setting named in words
    first = page.changes.item(0, 0)
    assert first is not None and first.toolTip() == "session.idle_lock_minutes"  # the stored name, one hover away

    with qtbot.waitSignal(page.verified, timeout=20_000) as verified:
        page.verify()
    assert verified.args[0].ok and verified.args[0].checked == trail
    assert page.result.text() == f"Journal intègre : {trail} événements vérifiés."

    with services.db.write() as session:  # someone edits an old event behind the console's back
        session.execute(text("UPDATE audit_events SET username = 'intrus' WHERE seq = 10"))
    with qtbot.waitSignal(page.verified, timeout=20_000) as verified:
        page.verify()
    assert not verified.args[0].ok
    assert "événement n° 10 : contenu modifié après coup" in page.result.text()

    with qtbot.waitSignal(page.exported, timeout=20_000):
        page.export("csv", tmp_path / "journal.csv")
    lines = (tmp_path / "journal.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 1 + CHANGES and all(";settings.change;" in line for line in lines[1:])
