"""The Rapports page: kinds by job and permission, preview, exports, and a long report that never blocks."""

from __future__ import annotations

import io
import os
import re
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reception.core.reports import REGISTRY, Column, ReportContext, ReportData, ReportKind, ReportTable, register
from reception.core.services.container import Services
from reception.core.services.permissions import Actor, Permission
from reception.ui.context import AppContext
from reception.ui.operations import OperationRunner
from reception.ui.reports.page import ReportsPage
from tests.cafeteria_helpers import stock_products
from tests.rooms_support import draft


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> ReportsPage:
    """The Rapports page of the manager."""
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    return widget


@pytest.fixture
def long_kind() -> Iterator[str]:
    """A report of 50,000 rows (several busy months of visitor log), registered for the test only."""
    start = datetime(2026, 11, 1, 8, tzinfo=UTC)
    rows = [(start + timedelta(minutes=5 * i), f"Visiteur {i}", f"Société {i % 170}", 500 * (i % 7))
            for i in range(50_000)]

    def build(_ctx: ReportContext) -> ReportData:
        return ReportData("Registre long", tables=[ReportTable("Visites", [
            Column("Arrivée", "datetime"), Column("Visiteur"), Column("Société"), Column("Montant", "money")], rows)])

    register(ReportKind("test-long", "Registre long", "Essais", Permission.REPORTS_VIEW, (), build))
    yield "test-long"
    del REGISTRY["test-long"]


def _groups(page: ReportsPage) -> dict[str, list[str]]:
    tree = page.tree
    return {tree.topLevelItem(i).text(0): [tree.topLevelItem(i).child(j).text(0)
                                           for j in range(tree.topLevelItem(i).childCount())]
            for i in range(tree.topLevelItemCount())}


def test_kinds_are_listed_by_job_and_permission(qtbot: QtBot, page: ReportsPage, services: Services,
                                                receptionist: Actor) -> None:
    groups = _groups(page)
    assert "Extrait du journal d'audit" in groups["Direction"]
    assert "Résumé quotidien du responsable" in groups["Direction"]
    desk = ReportsPage(AppContext(services, receptionist, OperationRunner()))
    qtbot.addWidget(desk)
    assert "Direction" not in _groups(desk)  # the journal's kinds need JOURNAL_VIEW


def test_preview_then_exports(qtbot: QtBot, page: ReportsPage, failed_logins: int, tmp_path: Path) -> None:
    page.select_kind("failed-logins")
    assert set(page.form.fields) == {"from", "to", "user"}
    with qtbot.waitSignal(page.report_ready, timeout=20_000):
        page.preview_button.click()
    assert page.document.pageCount() >= 1 and page.print_button.isEnabled()
    text = PdfReader(io.BytesIO(page.report.pdf)).pages[0].extract_text()
    # five failures lock the account; the two attempts made while locked are refused before any check
    assert re.search(r"Échecs de connexion\s+5\b", text) and re.search(r"Verrouillages\s+1\b", text)
    assert "jusqu'à 10:05" in text  # the lockout's end in Casablanca time
    with qtbot.waitSignal(page.exported, timeout=10_000):
        page.export("xlsx", tmp_path / "echecs.xlsx")
    sheet = load_workbook(tmp_path / "echecs.xlsx").active
    assert failed_logins == 7
    assert sheet["A2"].is_date and sheet.max_row == 1 + 5 + 1  # header, five failures, the lockout
    with qtbot.waitSignal(page.exported, timeout=10_000):
        page.export("csv", tmp_path / "echecs.csv")
    assert (tmp_path / "echecs.csv").read_text(encoding="utf-8-sig").startswith("Date et heure;Identifiant")


def test_bad_parameters_are_explained(qtbot: QtBot, page: ReportsPage) -> None:
    page.select_kind("audit")
    page.form.fields["from"].setDate(page.form.fields["to"].date().addDays(3))
    with qtbot.waitSignal(page.report_failed, timeout=10_000) as failure:
        page.preview_button.click()
    assert failure.args == ["La date de fin précède la date de début."]
    assert page.preview_button.isEnabled()


def test_gui_stays_responsive_during_a_long_report_and_cancel_stops_it(qtbot: QtBot, long_kind: str,
                                                                     page: ReportsPage) -> None:
    page.select_kind(long_kind)
    lateness: list[float] = []
    expected = [time.perf_counter() + 0.010]

    def tick() -> None:
        now = time.perf_counter()
        lateness.append(now - expected[0])
        expected[0] = now + 0.010

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    page.preview_button.click()
    qtbot.waitUntil(lambda: page.progress.value() > 0, timeout=30_000)  # the worker is under way:
    lateness.clear()  # from here on, measure the event loop while it runs
    expected[0] = time.perf_counter() + 0.010
    # a second of ticks, well into the formatting and layout of the rows
    qtbot.waitUntil(lambda: len(lateness) >= 100 or page.cancel_button.isHidden(), timeout=60_000)
    assert not page.cancel_button.isHidden(), page.status.text()  # still running
    assert page.progress.value() > 10
    timer.stop()
    page.cancel_button.click()
    assert page.status.text() == "Rapport annulé."
    assert page.preview_button.isEnabled() and page.progress.isHidden()
    assert page.ctx.runner.wait(30_000)  # the worker stops at its next progress step
    qtbot.wait(50)
    assert page.report is None  # the cancelled report never reaches the preview
    assert max(lateness) < 0.100, f"GUI event loop late by {max(lateness) * 1000:.0f} ms"


def test_the_z_runs_from_the_keyboard_with_the_current_session_proposed(
        qtbot: QtBot, services: Services, receptionist: Actor, admin: Actor) -> None:
    """Tab used to reach the buttons before the fields, Enter in a field did nothing, the session was typed."""
    stock_products(services, admin)
    services.cafeteria.open_session(receptionist, 20_000)
    services.cafeteria.close_session(receptionist, {20_000: 1})
    services.cafeteria.open_session(receptionist, 20_000)
    services.cafeteria.close_session(receptionist, {20_000: 1})
    runner = OperationRunner()
    page = ReportsPage(AppContext(services, receptionist, runner))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: "session" in page.choices)
    page.select_kind("z")
    page.tree.setFocus()
    page.activateWindow()
    qtbot.waitUntil(page.tree.hasFocus)

    assert page.form is not None
    session_field = page.form.fields["session"]
    qtbot.waitUntil(session_field.isVisible)

    qtbot.keyClick(page.tree, Qt.Key.Key_Tab)
    assert session_field.hasFocus() or session_field.isAncestorOf(QApplication.focusWidget())
    assert page.form.values()["session"] == "2"  # the desk's latest session, proposed
    with qtbot.waitSignal(page.report_ready, timeout=20_000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert page.report is not None and page.report.meta.title.startswith("Rapport Z")
    tree_width = page.tree.width()
    assert all(page.tree.fontMetrics().horizontalAdvance(page.tree.topLevelItem(i).child(j).text(0)) < tree_width
               for i in range(page.tree.topLevelItemCount()) for j in range(page.tree.topLevelItem(i).childCount()))
    runner.wait()


def test_the_month_s_room_statements_are_written_into_a_chosen_folder(
        qtbot: QtBot, page: ReportsPage, services: Services, manager: Actor, park: dict[str, str],
        tmp_path: Path) -> None:
    room = services.rooms.save_room(manager, {"name": "Atlas", "floor": "1", "capacity": 8,
                                              "hourly_price_centimes": 20_000}).id
    services.rooms.book(manager, draft(room, park["atlas"], date(2026, 11, 27), "10:00", "11:30", "Revue"))
    page.select_kind("room-statements")
    assert page.preview_button.text() == "Choisir le dossier et produire…"
    page.choose_folder = lambda: None  # type: ignore[method-assign]  # the person closed the dialog
    page.preview_button.click()
    assert page.operation is None and not (tmp_path / "relevés").exists() and page.preview_button.isEnabled()
    page.choose_folder = lambda: tmp_path / "relevés"  # type: ignore[method-assign]
    with qtbot.waitSignal(page.report_ready, timeout=20_000):
        page.preview_button.click()
    files = sorted(p.name for p in (tmp_path / "relevés").iterdir())
    assert files == ["2026-11 Atlas Digital SARL.pdf", "2026-11 synthèse.pdf"]
    assert page.status.text() == f"1 relevé(s) et la synthèse enregistrés dans {tmp_path / 'relevés'}"
    text = " ".join(PdfReader(io.BytesIO(page.report.pdf)).pages[0].extract_text().split())
    assert "Noor Green Energy SA" in text and "300,00" in text  # listed though it booked nothing
    page.grab().save(str(tmp_path / "page.png"))
    if shots := os.environ.get("RECEPTION_SHOTS"):
        page.grab().save(f"{shots}/reports-room-statements.png")
