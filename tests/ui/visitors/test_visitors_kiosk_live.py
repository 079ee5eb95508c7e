"""The desk sees what the kiosk beside it does, though the kiosk is another process on the same database:
arrivals (with their photo) appear in Sur site, a watch-list referral is announced with the visitor's name."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
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
    page.onsite.table.selectRow(0)  # the visit's own line shows the photo too, beside its agreement
    qtbot.waitUntil(lambda: page.onsite.agreement.photo.isVisible(), timeout=5000)
    assert not page.onsite.agreement.photo.pixmap().isNull()

    services.visits.watchlist_add(manager, WatchEntryForm("Fassi", "Omar", reason="Incident"))
    with pytest.raises(KioskReferral):
        kiosk.kiosk.check_identity(KioskGuest("Fassi", "Omar"))
    watch.poll()
    qtbot.waitUntil(lambda: window.ctx.runner.notices.current is not None
                    and "Omar Fassi" in window.ctx.runner.notices.current.text, timeout=5000)
    kiosk.db.dispose()


def test_the_desk_photographs_the_visit_types_the_site_chose_and_the_badge_carries_it(
        qtbot: QtBot, window: MainWindow, services: Services, admin: Actor, receptionist: Actor,
        park: dict[str, str]) -> None:
    services.settings.update(admin, {"visits.desk_photo_types": "contractor", "visits.photo_on_badge": True},
                             at=services.clock.now())
    page = visitors_page(window)
    form = page.checkin
    form.camera.feed_frame(_frame())  # the seam: no camera on a test machine
    qtbot.keyClicks(form.last_name, "Lahlou")
    qtbot.keyClicks(form.first_name, "Said")
    form.set_host(services.directory.employees(receptionist, query="Bennani")[0])
    form.visit_type.setCurrentIndex(form.visit_type.findData("contractor"))
    form.check_in()
    qtbot.waitUntil(lambda: form.photo_dialog is not None and form.photo_dialog.isVisible(), timeout=5000)
    qtbot.mouseClick(form.photo_dialog.take, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.badges.preview is not None, timeout=5000)
    [visit] = services.visits.on_site(receptionist)
    assert services.photos.photo(receptionist, visit.id) is not None
    assert len(PdfReader(io.BytesIO(page.badges.preview.pdf)).pages[0].images) == 1
    page.badges.preview.close()


def test_a_meeting_is_not_photographed_at_the_desk_by_default(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor) -> None:
    page = visitors_page(window)
    form = page.checkin
    form.camera.feed_frame(_frame())
    qtbot.keyClicks(form.last_name, "Lahlou")
    qtbot.keyClicks(form.first_name, "Said")
    form.set_host(services.directory.employees(receptionist, query="Bennani")[0])
    form.check_in()
    qtbot.waitUntil(lambda: page.badges.preview is not None, timeout=5000)
    assert form.photo_dialog is None
    page.badges.preview.close()


def _frame() -> QImage:
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#94A3B8"))
    return image
