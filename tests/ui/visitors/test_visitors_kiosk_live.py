"""The desk sees what the kiosk beside it does, though the kiosk is another process on the same database:
arrivals (with their photo) appear in Sur site, a watch-list referral is announced with the visitor's name."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from reception.core.database import Database
from reception.core.services.container import Services
from reception.core.services.kiosk import KioskGuest, KioskHost, KioskReferral
from reception.core.services.permissions import Actor
from reception.core.services.visits import WatchEntryForm
from reception.ui.main_window import MainWindow
from reception.ui.visitors.kiosk_watch import KioskWatch
from tests.ui.visitors.conftest import visitors_page


def _kiosk_services(db: Database, services: Services) -> Services:
    """The kiosk's own services on its own engine: what a second process has."""
    return Services(Database(db.path), services.clock)


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (480, 640), "#94A3B8").save(out, "JPEG")
    return out.getvalue()


def test_a_kiosk_arrival_appears_in_sur_site_with_its_photo_and_a_referral_is_announced(
        qtbot: QtBot, window: MainWindow, services: Services, db: Database, manager: Actor,
        park: dict[str, str]) -> None:
    page = visitors_page(window)
    page.tabs.setCurrentWidget(page.onsite)
    [watch] = [f for f in window.desk_features if isinstance(f, KioskWatch)]
    qtbot.waitUntil(lambda: watch.stamp is not None)
    kiosk = _kiosk_services(db, services)
    guest = kiosk.kiosk.check_walk_in(KioskGuest("Kettani", "Rim", host=KioskHost(park["atlas.bennani"], "", "")))
    kiosk.kiosk.arrive(guest, photo=_jpeg())
    watch.poll()
    qtbot.waitUntil(lambda: page.onsite.model.rowCount() == 1, timeout=5000)
    assert page.onsite.model.rows[0].visitor_name == "Rim Kettani"
    qtbot.waitUntil(lambda: bool(page.onsite.model.photos), timeout=5000)
    thumbnail = page.onsite.model.index(0, 0).data(1)  # Qt.DecorationRole
    assert thumbnail is not None and not thumbnail.isNull()

    services.visits.watchlist_add(manager, WatchEntryForm("Fassi", "Omar", reason="Incident"))
    with pytest.raises(KioskReferral):
        kiosk.kiosk.check_identity(KioskGuest("Fassi", "Omar"))
    watch.poll()
    qtbot.waitUntil(lambda: window.ctx.runner.notices.current is not None
                    and "Omar Fassi" in window.ctx.runner.notices.current.text, timeout=5000)
    kiosk.db.dispose()
