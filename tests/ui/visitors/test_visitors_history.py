"""Visiteurs › Historique: the lazy model (model tester, pages fetched on demand), filters and typed exports."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from reception.core.clock import FixedClock
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.visits import HistoryFilter
from reception.ui.context import AppContext
from reception.ui.visitors import history
from reception.ui.visitors.history import HistoryModel, HistoryPanel
from tests.ui.visitors.conftest import check_in

VISITS = 25


@pytest.fixture
def past_visits(services: Services, receptionist: Actor, park: dict[str, str], clock: FixedClock) -> None:
    """25 visits over 25 days, every fifth one to Noor Green Energy, all checked out."""
    clock.advance(timedelta(days=-VISITS))
    for n in range(VISITS):
        host = park["noor.tazi"] if n % 5 == 0 else park["atlas.bennani"]
        visit = check_in(services, receptionist, host, f"Visiteur{n:02d}", "Test", "Boultek" if n % 2 else "OCP")
        clock.advance(timedelta(hours=1))
        services.visits.check_out(receptionist, visit.id)
        clock.advance(timedelta(days=1, hours=-1))


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages of 10 rows, so that 25 visits take three fetches."""
    monkeypatch.setattr(history, "PAGE_SIZE", 10)


def test_the_history_model_fetches_page_by_page(qtbot: QtBot, ctx: AppContext, past_visits: None,
                                               small_pages: None) -> None:
    model = HistoryModel(ctx)
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.set_filter(HistoryFilter())
    assert model.rowCount() == 10 and model.canFetchMore(model.index(-1, -1))
    qtbot.waitUntil(lambda: model.total == VISITS, timeout=5000)

    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.fetchMore(model.index(-1, -1))
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.fetchMore(model.index(-1, -1))

    assert model.rowCount() == VISITS and not model.canFetchMore(model.index(-1, -1))
    arrivals = [model.rows[r].checked_in_at for r in range(VISITS)]
    assert arrivals == sorted(arrivals, reverse=True)  # newest first
    assert model.data(model.index(0, 2)) == "Test Visiteur24"


def test_the_history_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester: object, ctx: AppContext,
                                                  past_visits: None, small_pages: None) -> None:
    model = HistoryModel(ctx)
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.set_filter(HistoryFilter(organisation="Boultek"))

    qtmodeltester.check(model)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not model.canFetchMore(model.index(-1, -1)) or model.rowCount() >= 10, timeout=5000)
    assert all(row.organisation == "Boultek" for row in model.rows)


def test_a_new_filter_drops_the_answers_of_the_old_one(qtbot: QtBot, ctx: AppContext, past_visits: None,
                                                       park: dict[str, str]) -> None:
    model = HistoryModel(ctx)
    model.set_filter(HistoryFilter())
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.set_filter(HistoryFilter(company_id=park["noor"]))
    ctx.runner.wait()

    assert [row.host_company for row in model.rows] == ["Noor Green Energy SA"] * 5


def test_the_panel_exports_the_filtered_history_as_csv_and_typed_xlsx(
        qtbot: QtBot, ctx: AppContext, past_visits: None, tmp_path: Path) -> None:
    panel = HistoryPanel(ctx)
    qtbot.addWidget(panel)
    panel.organisation.setText("OCP")
    with qtbot.waitSignal(panel.model.page_loaded, timeout=5000):
        panel.search()

    panel.export("xlsx", str(tmp_path / "h.xlsx"))
    panel.export("csv", str(tmp_path / "h.csv"))
    qtbot.waitUntil(lambda: (tmp_path / "h.xlsx").exists() and (tmp_path / "h.csv").exists(), timeout=5000)
    assert ctx.runner.notices.current is not None
    assert ctx.runner.notices.current.text.startswith("Historique exporté : h.")  # the worker's progress, then done

    sheet = load_workbook(tmp_path / "h.xlsx").active
    header, *rows = list(sheet.iter_rows(values_only=True))
    assert header[:4] == ("Arrivée", "Sortie", "Type de sortie", "Visiteur")
    assert len(rows) == 13  # the even-numbered visitors came from OCP
    assert all(isinstance(r[0], datetime) and isinstance(r[1], datetime) for r in rows)
    assert isinstance(rows[0][10], int)
    assert sheet.cell(row=2, column=1).number_format == "dd/mm/yyyy hh:mm"
    lines = list(csv.reader(io.StringIO((tmp_path / "h.csv").read_text(encoding="utf-8-sig")), delimiter=";"))
    assert len(lines) == 14 and lines[1][3] == "Test Visiteur24" and lines[1][4] == "OCP"


def test_a_count_beyond_the_cap_reads_more_than(qtbot: QtBot, ctx: AppContext, past_visits: None,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(history, "HISTORY_COUNT_CAP", 20)
    panel = HistoryPanel(ctx)
    qtbot.addWidget(panel)
    panel.search()
    qtbot.waitUntil(lambda: panel.model.total is not None and panel.model.rowCount() > 0, timeout=5000)
    assert panel.model.total == 21
    assert panel.count.text() == f"{VISITS} affichée(s) sur plus de 20 visites"
