"""A desk's day in one process, for the soak test and for longer runs by hand on the demo database.

The console is driven as a receptionist leaves it open all day: every page and every tab shown and painted,
visitors checked in and out, badges shown in their preview, rooms booked and cancelled, coffees sold and
voided with a manager's approval. What it reads after each round (resident memory, references to None) is
what a process that runs from 07:30 to 22:00 must keep flat.
"""

from __future__ import annotations

import gc
import os
import sys
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from reception.core.services.cafeteria_data import Customer, LineInput, Payment
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.rooms_data import BookingDraft
from reception.core.services.visits import CheckInForm
from reception.ui.main_window import MainWindow
from reception.ui.operations import OperationRunner
from reception.ui.session import ConsoleSession
from reception.ui.visitors.page import VisitorsPage
from tests.cafeteria_helpers import PRODUCTS
from tests.rooms_support import make_rooms

PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")
REPAINTS = 3  # paints of each page or tab once shown: a day's paints are mostly the same screen again


def resident_bytes() -> int:
    """The process's resident memory, as the system monitor of the desk PC shows it (Linux)."""
    return int(Path("/proc/self/statm").read_text().split()[1]) * PAGE_BYTES


def none_references() -> int:
    """References to None once the garbage is collected: a binding that drops one per call makes this fall
    until the process aborts. Collected first, because the console pauses the cyclic collector while a
    worker job runs: a pass that happens to free a pile of objects between two readings is not a leak."""
    gc.collect()
    return sys.getrefcount(None)


def log_in(qtbot: QtBot, console: ConsoleSession, username: str, password: str) -> MainWindow:
    """Types the credentials in the login window as a person would and waits for the main window."""
    qtbot.keyClicks(console.login.username, username)
    qtbot.keyClicks(console.login.password, password)
    console.login.attempt()
    qtbot.waitUntil(lambda: console.window is not None, timeout=10_000)
    assert console.window is not None
    qtbot.waitExposed(console.window)
    return console.window


@dataclass
class Desk:
    """The people and things a round works with, read or made once through the services."""

    receptionist: Actor
    manager: Actor
    host_id: str
    tenant_id: str
    room_id: str
    coffee_id: str

    @classmethod
    def stocked(cls, services: Services, receptionist: Actor, manager: Actor, admin: Actor) -> Desk:
        """Adds what a bare park lacks (rooms, products, an open drawer); a full demo has them already."""
        if not services.rooms.rooms(admin):
            make_rooms(services, admin)
        products = {p.name: p.id for p in services.cafeteria.products(admin)}
        if not products:
            products = {str(values["name"]): services.cafeteria.save_product(admin, values).id
                        for _, values in PRODUCTS}
        if services.cafeteria.current_session(receptionist) is None:
            services.cafeteria.open_session(receptionist, 10_000)
        tenant = services.directory.tenants(admin)[0]
        host = services.directory.employees(admin, tenant.id)[0]
        return cls(receptionist, manager, host.id, tenant.id, services.rooms.rooms(admin)[0].id,
                   next(pid for name, pid in products.items() if name.startswith("Café")))


class ConsoleDay:
    """Rounds of a desk's work on a logged-in main window; counts paints and operations."""

    def __init__(self, qtbot: QtBot, window: MainWindow, runner: OperationRunner, desk: Desk) -> None:
        self.qtbot, self.window, self.runner, self.desk = qtbot, window, runner, desk
        self.services = window.ctx.services
        self.paints = 0
        self.operations = 0
        self.rounds = 0

    def settle(self) -> None:
        """Until every operation started by the last action has reported back to its page."""
        self.qtbot.waitUntil(self.runner.idle, timeout=30_000)
        QApplication.processEvents()

    def paint(self, widget: QWidget, times: int = 1) -> None:
        for _ in range(times):
            widget.grab()
        self.paints += times
        self.operations += times

    def walk(self) -> None:
        """Every page of the navigation, and every tab of each, shown and painted."""
        for row in range(len(self.window.specs)):
            self.window.navigation.setCurrentRow(row)
            self.settle()
            self.paint(self.window, REPAINTS)
            page = self.window.stack.currentWidget()
            assert page is not None
            for tabs in page.findChildren(QTabWidget):
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    self.settle()
                    self.paint(self.window, REPAINTS)
                tabs.setCurrentIndex(0)

    def work(self) -> None:
        """A visitor in and out with a badge, a room booked and cancelled, a coffee sold and voided."""
        services, desk = self.services, self.desk
        visit = services.visits.check_in(desk.receptionist, CheckInForm(
            last_name=f"Visiteur{self.rounds}", first_name="Amine", host_employee_id=desk.host_id))
        self.show_badge(visit)
        services.visits.check_out_by_code(desk.receptionist, visit.badge_code)
        start = services.clock.now() + timedelta(days=1 + self.rounds % 20)
        booking = services.rooms.book(desk.receptionist, BookingDraft(
            desk.room_id, desk.tenant_id, start.replace(minute=0, second=0, microsecond=0),
            start.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1), "Point d'équipe"))
        services.rooms.cancel(desk.receptionist, booking.id)
        sale = services.cafeteria.sell(desk.receptionist, [LineInput(desk.coffee_id, 1)], Customer(),
                                       Payment("cash", 500))
        services.cafeteria.void_sale(desk.receptionist, sale.receipt_number, desk.manager, "Erreur de saisie")
        self.operations += 6

    def show_badge(self, visit: object) -> None:
        """The badge as the desk shows it: built off the GUI thread, then its QtPdf preview painted and closed."""
        visitors = self.window.pages.get("visitors")
        if visitors is None:
            self.window.navigate("visitors")
            visitors = self.window.pages["visitors"]
        assert isinstance(visitors, VisitorsPage)
        visitors.badges.preview = None
        visitors.badges.print_visits([visit])  # type: ignore[list-item]
        self.settle()
        preview = visitors.badges.preview
        assert preview is not None, "the badge preview did not open"
        self.paint(preview)
        preview.reject()
        preview.deleteLater()

    def round(self) -> None:
        self.work()
        self.walk()
        self.rounds += 1

