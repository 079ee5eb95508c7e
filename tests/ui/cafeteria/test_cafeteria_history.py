"""Cafétéria › Ventes: the lazy sales model (qtmodeltester, paging without a view) and the tab itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from reception.core.clock import FixedClock
from reception.core.services.cafeteria_history import SalesFilter
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.ui.cafeteria.history import SalesHistoryTab, SalesModel
from reception.ui.cafeteria.page import CafeteriaPage
from reception.ui.context import AppContext
from reception.ui.operations import OperationRunner
from tests.cafeteria_history_helpers import sell_history


@pytest.fixture
def numbers(services: Services, clock: FixedClock, admin: Actor, receptionist: Actor, manager: Actor) -> list[str]:
    return sell_history(services, clock, admin, receptionist, manager)


@pytest.fixture
def ctx(services: Services, receptionist: Actor) -> Iterator[AppContext]:
    runner = OperationRunner()
    yield AppContext(services, receptionist, runner)
    runner.wait()


def _model(services: Services, actor: Actor, filters: SalesFilter, limit: int) -> SalesModel:
    return SalesModel(lambda key: services.cafeteria.sales_page(actor, filters, key, limit))


def test_model_passes_qtmodeltester(qtmodeltester: ModelTester, services: Services, receptionist: Actor,
                                    numbers: list[str]) -> None:
    model = _model(services, receptionist, SalesFilter(), 6)
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model)
    assert model.rowCount() > 6  # the tester fetched further pages


def test_fetch_more_pages_through_every_sale_without_a_view(services: Services, receptionist: Actor,
                                                            numbers: list[str]) -> None:
    model = _model(services, receptionist, SalesFilter(), 4)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 4
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert sorted(model.data(model.index(r, 0)) for r in range(model.rowCount())) == sorted(numbers)
    voided = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == numbers[4])
    assert model.data(model.index(voided, 7)) == "annulée"
    assert model.data(model.index(voided, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(voided, 6)).endswith("DH")


def test_the_tab_lists_filters_exports_and_shows_a_sale(qtbot: QtBot, ctx: AppContext, numbers: list[str],
                                                        tmp_path: Path) -> None:
    page = CafeteriaPage(ctx)
    qtbot.addWidget(page)
    page.show()
    tab = page.history
    assert isinstance(tab, SalesHistoryTab)
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 25)
    assert "25" in tab.count.text()

    tab.status.setCurrentIndex(tab.status.findData("voided"))
    tab.search()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and not tab.model.loading)
    assert tab.model.data(tab.model.index(0, 0)) == numbers[4]

    target = tmp_path / "ventes.xlsx"
    tab.export("xlsx", str(target))
    qtbot.waitUntil(target.exists)
    sheet = load_workbook(target).active
    assert sheet is not None
    cells = [str(c.value) for row in sheet.iter_rows() for c in row]
    assert numbers[4] in cells and numbers[5] not in cells

    tab.table.doubleClicked.emit(tab.model.index(0, 0))
    qtbot.waitUntil(lambda: tab.detail is not None and tab.detail.isVisible())
    assert tab.detail is not None and tab.detail.lines.rowCount() == 1
    tab.detail.close()
