"""Real scanners at the real desk: Shift per capital, AZERTY garbling, invitations, and the lock screen."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from reception.core.clock import FixedClock
from reception.core.models import AuditEvent
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.visits import CheckInForm
from reception.ui.main_window import MainWindow
from reception.ui.visitors.desk import VisitorDesk
from tests.scanner_keys import US_ON_AZERTY, garbled, scanner_types
from tests.ui.visitors.conftest import check_in, visitors_page

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

TODAY = date(2026, 11, 26)


def desk_of(window: MainWindow) -> VisitorDesk:
    [desk] = [f for f in window.desk_features if isinstance(f, VisitorDesk)]
    return desk


def _failed_unlocks(services: Services) -> int:
    with services.db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent)
                              .where(AuditEvent.action == "auth.unlock_failed")) or 0


@pytest.mark.parametrize("gap_ms", [2, 30])
def test_an_upper_case_badge_scanned_into_nom_checks_the_visitor_out(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor, park: dict[str, str],
        clock: FixedClock, gap_ms: int) -> None:
    """The desk's finding: with Shift per capital, the code used to land in Nom and the visitor stayed inside."""
    visit = check_in(services, receptionist, park["atlas.bennani"], "Bennani", "Élodie")
    clock.advance(timedelta(hours=1))
    name = visitors_page(window).checkin.last_name
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)

    scanner_types(qtbot, garbled(visit.badge_code, US_ON_AZERTY), gap_ms)

    desk = desk_of(window)
    qtbot.waitUntil(lambda: desk.toast.text() == "Élodie Bennani est sorti(e)", timeout=5000)
    assert name.text() == ""
    assert services.visits.on_site(receptionist) == []


def test_an_invitation_scanned_at_the_desk_checks_the_guest_in(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor, park: dict[str, str]) -> None:
    expected = services.visits.preregister(receptionist, CheckInForm(
        "Tazi", "Omar", "Inwi", host_employee_id=park["noor.tazi"], visit_type="interview"), TODAY)
    home = window.show_page("home")  # Accueil open, nothing to type in
    home.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    home.setFocus()
    qtbot.waitUntil(home.hasFocus)

    scanner_types(qtbot, expected.badge_code, 2)

    desk = desk_of(window)
    qtbot.waitUntil(lambda: desk.toast.text().startswith("Omar Tazi est arrivé(e)"), timeout=5000)
    [inside] = services.visits.on_site(receptionist)
    assert inside.badge_code == expected.badge_code
    assert services.visits.expected(receptionist, TODAY)[0].status == "arrived"
    qtbot.waitUntil(lambda: desk.badges.preview is not None, timeout=10000)  # no printer set: the preview
    desk.badges.preview.close()


def test_scans_at_the_lock_screen_check_out_and_never_count_as_wrong_passwords(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor, park: dict[str, str],
        clock: FixedClock) -> None:
    """Five badge scans at the lock screen used to be five failed unlocks: the account locked for 5 minutes."""
    visits = [check_in(services, receptionist, park["atlas.bennani"], "Bennani", first)
              for first in ("Élodie", "Amine", "Sara", "Omar", "Leïla")]
    clock.advance(timedelta(hours=1))
    window.lock()
    password = window.overlay.password
    qtbot.waitUntil(password.hasFocus)
    desk = desk_of(window)

    for visit in visits:
        scanner_types(qtbot, garbled(visit.badge_code, US_ON_AZERTY), 2)
        qtbot.waitUntil(lambda v=visit: desk.toast.text() == f"{v.visitor_name} est sorti(e)", timeout=5000)
        assert desk.toast.isVisible() and window.locked
        assert password.text() == "" and not window.overlay.error.isVisible()

    assert services.visits.on_site(receptionist) == []
    assert _failed_unlocks(services) == 0
    qtbot.keyClicks(password, "accueil-secret")
    qtbot.keyClick(password, "\r")
    qtbot.waitUntil(lambda: not window.locked, timeout=5000)


def test_an_invitation_at_the_lock_screen_prints_its_badge_after_the_unlock(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor, park: dict[str, str]) -> None:
    expected = services.visits.preregister(receptionist, CheckInForm(
        "Tazi", "Omar", "Inwi", host_employee_id=park["noor.tazi"]), TODAY)
    window.lock()
    qtbot.waitUntil(window.overlay.password.hasFocus)
    desk = desk_of(window)

    scanner_types(qtbot, expected.badge_code, 30)

    qtbot.waitUntil(lambda: desk.toast.text().startswith("Omar Tazi est arrivé(e)"), timeout=5000)
    assert desk.badges.preview is None  # nothing opens over the lock screen
    window.unlock()
    qtbot.waitUntil(lambda: desk.badges.preview is not None, timeout=10000)
    desk.badges.preview.close()
