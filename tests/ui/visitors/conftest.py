"""Fixtures of the Visiteurs tests: the real main window of a logged-in receptionist, with the scan router."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reception.core.clock import FixedClock
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.visits import CheckInForm, VisitRow
from reception.ui.context import AppContext
from reception.ui.main_window import MainWindow
from reception.ui.operations import OperationRunner
from reception.ui.scan import ScanRouter
from reception.ui.visitors.page import VisitorsPage


@pytest.fixture
def ctx(services: Services, receptionist: Actor) -> Iterator[AppContext]:
    """The receptionist's session context; waits for running operations at the end."""
    runner = OperationRunner()
    yield AppContext(services, receptionist, runner)
    runner.wait()


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, services: Services, park: dict[str, str]) -> Iterator[MainWindow]:
    """The real main window, shown and active, with the app-wide scan router installed."""
    scans = ScanRouter()
    scans.install(QApplication.instance())  # type: ignore[arg-type]
    main = MainWindow(ctx, services.site.info(), 10, scans)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    yield main
    QApplication.instance().removeEventFilter(scans)  # type: ignore[union-attr]
    ctx.runner.wait()


def visitors_page(window: MainWindow) -> VisitorsPage:
    page = window.show_page("visitors")
    assert isinstance(page, VisitorsPage)
    return page


def check_in(services: Services, actor: Actor, host_id: str, last: str, first: str, organisation: str = "",
             **extra: str) -> VisitRow:
    return services.visits.check_in(actor, CheckInForm(last_name=last, first_name=first, organisation=organisation,
                                                       host_employee_id=host_id, **extra))


@pytest.fixture
def returning_visitor(services: Services, receptionist: Actor, park: dict[str, str], clock: FixedClock) -> VisitRow:
    """Élodie Bennani (Cabinet Alami) came a week ago and left."""
    clock.advance(timedelta(days=-7))
    visit = check_in(services, receptionist, park["atlas.bennani"], "Bennani", "Élodie", "Cabinet Alami",
                     email="elodie@alami.ma", phone="0612345678")
    clock.advance(timedelta(hours=2))
    services.visits.check_out(receptionist, visit.id)
    clock.advance(timedelta(days=7, hours=-2))
    return visit
