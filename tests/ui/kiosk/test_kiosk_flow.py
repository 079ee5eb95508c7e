"""The kiosk driven as a visitor would: an invitation scanned to a printed badge, a walk-in with a photo, a
watch-listed walk-in sent to the desk, the idle reset, Arabic right to left, and leaving with a manager's
password only."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reception.core.clock import FixedClock, local_today
from reception.core.services.container import Services
from reception.core.services.kiosk import KioskHost
from reception.core.services.permissions import Actor
from reception.core.services.visits import CheckInForm, WatchEntryForm
from reception.ui.camera import CameraFeed
from reception.ui.idle_lock import IdleWatcher
from reception.ui.kiosk.window import KioskWindow
from tests.pdf_pages import qr_codes, render_pages
from tests.scanner_keys import scanner_types
from tests.ui.kiosk.conftest import face

WAIT_MS = 10_000


def _start(qtbot: QtBot, kiosk: KioskWindow) -> None:
    """Welcome, then the privacy notice, then the invitation screen."""
    kiosk.welcome.start.emit()
    assert kiosk.current() is kiosk.privacy
    kiosk.privacy.accepted.emit()
    assert kiosk.current() is kiosk.start


def _sign(qtbot: QtBot, kiosk: KioskWindow) -> None:
    """A signature as a finger would draw it: two strokes across the pad, then "Je signe"."""
    qtbot.waitUntil(lambda: kiosk.current() is kiosk.agreement, timeout=WAIT_MS)
    pad = kiosk.agreement.pad
    qtbot.waitExposed(pad)
    width, height = pad.width(), pad.height()
    for row in (0.4, 0.7):
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(int(width * 0.1), int(height * row)))
        for step in range(1, 20):
            QTest.mouseMove(pad, QPoint(int(width * (0.1 + step * 0.04)), int(height * (row + (step % 3) * 0.05))))
        QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(int(width * 0.9), int(height * row)))
    assert len(pad.strokes()) == 2
    qtbot.mouseClick(_sign_button(kiosk), Qt.MouseButton.LeftButton)


def _sign_button(kiosk: KioskWindow) -> QPushButton:
    return next(b for b in kiosk.agreement.findChildren(QPushButton) if b.objectName() == "kioskPrimary")


def _badges(folder: Path, qtbot: QtBot) -> list[Path]:
    qtbot.waitUntil(lambda: any(folder.glob("*.pdf")), timeout=WAIT_MS)
    return sorted(folder.glob("*.pdf"))


def test_an_invitation_scanned_at_the_kiosk_prints_the_badge(
        qtbot: QtBot, kiosk: KioskWindow, services: Services, receptionist: Actor, park: dict[str, str],
        clock: FixedClock, camera: CameraFeed, badge_folder: Path) -> None:
    expected = services.visits.preregister(receptionist, CheckInForm(
        "El Amrani", "Yasmine", "Orange Maroc", host_employee_id=park["atlas.bennani"]), local_today(clock))
    kiosk.setFocus()
    scanner_types(qtbot, expected.badge_code, 5)  # at the welcome screen: the privacy notice comes first
    assert kiosk.current() is kiosk.privacy
    kiosk.privacy.accepted.emit()
    qtbot.waitUntil(lambda: kiosk.current() is kiosk.confirm, timeout=WAIT_MS)
    assert "Yasmine" in kiosk.confirm.greeting.text()
    assert "Mohamed Bennani" in kiosk.confirm.visiting.text()
    assert "El Amrani" not in kiosk.confirm.greeting.text() + kiosk.confirm.visiting.text()
    camera.feed_frame(face())
    kiosk.confirm.confirmed.emit()
    _sign(qtbot, kiosk)
    qtbot.waitUntil(lambda: kiosk.current() is kiosk.photo_screen, timeout=WAIT_MS)
    kiosk.photo_screen.taken.emit()
    qtbot.waitUntil(lambda: kiosk.current() is kiosk.done, timeout=WAIT_MS)
    [visit] = services.visits.on_site(receptionist)
    assert visit.badge_code == expected.badge_code
    assert "Mohamed Bennani" in kiosk.done.detail.text()
    [badge] = _badges(badge_folder, qtbot)
    qtbot.waitUntil(lambda: badge.stat().st_size > 1000, timeout=WAIT_MS)
    kiosk.runner.wait()
    assert len(PdfReader(badge).pages) == 1  # printed through Qt's printer: a picture of the badge
    [page] = render_pages(badge, dpi=300)
    assert qr_codes(page) == [expected.badge_code]
    assert services.photos.photo(receptionist, visit.id) is not None


def test_a_walk_in_types_name_and_host_and_is_photographed(
        qtbot: QtBot, kiosk: KioskWindow, services: Services, receptionist: Actor, camera: CameraFeed) -> None:
    _start(qtbot, kiosk)
    kiosk.start.walk_in.emit()
    qtbot.keyClicks(kiosk.walk_in.first_name, "Rim")
    qtbot.keyClicks(kiosk.walk_in.last_name, "Kettani")
    kiosk.walk_in.submitted.emit()
    qtbot.waitUntil(lambda: kiosk.current() is kiosk.host, timeout=WAIT_MS)
    qtbot.keyClicks(kiosk.host.host_field, "be")
    kiosk.runner.wait()
    qtbot.wait(50)
    assert kiosk.host.host_group.buttons() == []  # two letters: no name shown
    qtbot.keyClicks(kiosk.host.host_field, "n")
    qtbot.waitUntil(lambda: len(kiosk.host.host_group.buttons()) == 2, timeout=WAIT_MS)
    kiosk.host.submitted.emit()  # no host chosen yet
    qtbot.waitUntil(lambda: kiosk.host.error.isVisible(), timeout=WAIT_MS)
    bennani = next(b for b in kiosk.host.host_group.buttons() if "Bennani" in b.text())
    qtbot.mouseClick(bennani, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.host.type_buttons["interview"], Qt.MouseButton.LeftButton)
    kiosk.host.submitted.emit()
    qtbot.waitUntil(lambda: kiosk.current() is kiosk.confirm, timeout=WAIT_MS)
    camera.feed_frame(face())
    kiosk.confirm.confirmed.emit()
    qtbot.waitUntil(lambda: kiosk.current() is kiosk.agreement, timeout=WAIT_MS)
    qtbot.mouseClick(_sign_button(kiosk), Qt.MouseButton.LeftButton)  # nothing drawn yet: refused
    assert kiosk.current() is kiosk.agreement and kiosk.agreement.error.isVisible()
    _sign(qtbot, kiosk)
    qtbot.waitUntil(lambda: kiosk.current() is kiosk.photo_screen, timeout=WAIT_MS)
    assert kiosk.photo_screen.preview.pixmap() is not None and not kiosk.photo_screen.preview.pixmap().isNull()
    kiosk.photo_screen.taken.emit()
    qtbot.waitUntil(lambda: kiosk.current() is kiosk.done, timeout=WAIT_MS)
    [visit] = services.visits.on_site(receptionist)
    assert (visit.visitor_name, visit.host_name, visit.visit_type) == ("Rim Kettani", "Mohamed Bennani", "interview")
    photo = services.photos.photo(receptionist, visit.id)
    assert photo is not None and photo.jpeg[:2] == b"\xff\xd8"
    signed = services.agreements.signed_for_visit(receptionist, visit.id)
    assert signed is not None and len(signed.strokes) == 2 and signed.recorded_by == "borne"


def test_without_a_camera_the_photo_step_is_skipped(
        qtbot: QtBot, kiosk: KioskWindow, services: Services, receptionist: Actor, park: dict[str, str],
        clock: FixedClock) -> None:
    expected = services.visits.preregister(receptionist, CheckInForm(
        "Naciri", "Ali", host_employee_id=park["noor.tazi"]), local_today(clock))
    _start(qtbot, kiosk)
    kiosk.setFocus()
    scanner_types(qtbot, expected.badge_code, 5)
    qtbot.waitUntil(lambda: kiosk.current() is kiosk.confirm, timeout=WAIT_MS)
    kiosk.confirm.confirmed.emit()
    _sign(qtbot, kiosk)
    qtbot.waitUntil(lambda: kiosk.current() is kiosk.done, timeout=WAIT_MS)
    [visit] = services.visits.on_site(receptionist)
    assert services.photos.photo(receptionist, visit.id) is None


def test_a_watch_listed_walk_in_is_sent_to_the_desk_without_a_reason(
        qtbot: QtBot, kiosk: KioskWindow, services: Services, manager: Actor, receptionist: Actor) -> None:
    services.visits.watchlist_add(manager, WatchEntryForm("Fassi", "Omar", reason="Incident du 12/10"))
    _start(qtbot, kiosk)
    kiosk.start.walk_in.emit()
    qtbot.keyClicks(kiosk.walk_in.first_name, "Omar")
    qtbot.keyClicks(kiosk.walk_in.last_name, "Fassi")
    kiosk.walk_in.submitted.emit()
    qtbot.waitUntil(lambda: kiosk.current() is kiosk.referral, timeout=WAIT_MS)
    shown = " ".join(_texts(kiosk.referral))
    assert "Merci de vous adresser à l'accueil" in shown
    assert "Incident" not in shown and "vigilance" not in shown
    [alert] = services.kiosk.alerts(receptionist)
    assert alert.name == "Omar Fassi"
    assert services.visits.on_site(receptionist) == []


def test_the_idle_reset_clears_everything_typed(qtbot: QtBot, kiosk: KioskWindow) -> None:
    kiosk.idle.setInterval(300)
    _start(qtbot, kiosk)
    kiosk.set_language("en")
    kiosk.start.walk_in.emit()
    qtbot.keyClicks(kiosk.walk_in.first_name, "Rim")
    qtbot.keyClicks(kiosk.walk_in.last_name, "Kettani")
    qtbot.waitUntil(lambda: kiosk.current() is kiosk.welcome, timeout=WAIT_MS)
    assert (kiosk.walk_in.first_name.text(), kiosk.walk_in.last_name.text()) == ("", "")
    assert kiosk.lang.code == "fr" and kiosk.guest is None


def test_arabic_turns_the_kiosk_right_to_left_in_arabic(qtbot: QtBot, kiosk: KioskWindow) -> None:
    qtbot.mouseClick(kiosk.language_buttons["ar"], Qt.MouseButton.LeftButton)
    assert kiosk.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert kiosk.walk_in.last_name.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert _texts(kiosk.welcome)[0] == "مرحبًا بكم في تكنوبارك"
    assert kiosk.styleSheet().split("font-family:")[1].strip().startswith('"Noto Sans Arabic"')
    assert kiosk.host.type_buttons["meeting"].text() == "اجتماع"  # the core's labels too
    qtbot.mouseClick(kiosk.language_buttons["en"], Qt.MouseButton.LeftButton)
    assert kiosk.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert _texts(kiosk.welcome)[0] == "Welcome to Technopark"


def _texts(screen: QWidget) -> list[str]:
    return [label.text() for label in screen.findChildren(QLabel) if label.text()]


def test_leaving_the_kiosk_needs_a_manager_password_with_the_login_lockout(
        qtbot: QtBot, kiosk: KioskWindow, manager: Actor, receptionist: Actor) -> None:
    kiosk.close()
    assert kiosk.isVisible()  # no way out without the password
    qtbot.mouseClick(kiosk.staff_button, Qt.MouseButton.LeftButton)
    assert kiosk.current() is kiosk.staff

    def attempt(username: str, password: str) -> str:
        kiosk.staff.username.setText(username)
        kiosk.staff.password.setText(password)
        kiosk.staff.error.setText("")
        kiosk.staff.submitted.emit(username, password)
        qtbot.waitUntil(lambda: bool(kiosk.staff.error.text()) or not kiosk.isVisible(), timeout=WAIT_MS)
        return kiosk.staff.error.text()

    assert "Action réservée" in attempt("accueil", "accueil-secret")  # a receptionist may not
    assert kiosk.isVisible()
    for _ in range(4):
        assert "incorrect" in attempt("responsable", "wrong")
    assert "verrouillé" in attempt("responsable", "wrong")
    assert "verrouillé" in attempt("responsable", "responsable-secret")  # locked, even with the right one
    assert kiosk.isVisible()


def test_a_manager_password_lets_the_kiosk_go(qtbot: QtBot, kiosk: KioskWindow, manager: Actor) -> None:
    kiosk.show_screen(kiosk.staff)
    with qtbot.waitSignal(kiosk.left, timeout=WAIT_MS) as left:
        kiosk.staff.submitted.emit("responsable", "responsable-secret")
    assert left.args[0].username == "responsable"
    assert not kiosk.isVisible()


@pytest.mark.parametrize("contact", ["elodie@alami.ma", "0612345678"])
def test_a_returning_visitor_is_found_by_exact_contact_only(
        qtbot: QtBot, kiosk: KioskWindow, services: Services, receptionist: Actor, park: dict[str, str],
        contact: str) -> None:
    services.visits.check_in(receptionist, CheckInForm("Bennani", "Élodie", "Cabinet Alami", "0612345678",
                                                       "elodie@alami.ma", host_employee_id=park["noor.tazi"]))
    _start(qtbot, kiosk)
    kiosk.start.returning.emit()
    qtbot.keyClicks(kiosk.contact.contact, "Bennani")
    kiosk.contact.submitted.emit("Bennani")
    qtbot.waitUntil(lambda: kiosk.contact.error.isVisible(), timeout=WAIT_MS)
    assert kiosk.current() is kiosk.contact
    kiosk.contact.submitted.emit(contact)
    qtbot.waitUntil(lambda: kiosk.current() is kiosk.host, timeout=WAIT_MS)
    assert kiosk.guest is not None and kiosk.guest.visitor_id is not None


def _returning_to_confirm(qtbot: QtBot, kiosk: KioskWindow) -> None:
    """Élodie types her e-mail, picks her host and confirms."""
    _start(qtbot, kiosk)
    kiosk.start.returning.emit()
    kiosk.contact.submitted.emit("elodie@alami.ma")
    qtbot.waitUntil(lambda: kiosk.current() is kiosk.host, timeout=WAIT_MS)
    qtbot.keyClicks(kiosk.host.host_field, "taz")
    qtbot.waitUntil(lambda: len(kiosk.host.host_group.buttons()) == 1, timeout=WAIT_MS)
    qtbot.mouseClick(kiosk.host.host_group.buttons()[0], Qt.MouseButton.LeftButton)
    kiosk.host.submitted.emit()
    qtbot.waitUntil(lambda: kiosk.current() is kiosk.confirm, timeout=WAIT_MS)
    kiosk.confirm.confirmed.emit()


def test_a_returning_visitor_with_a_valid_signature_skips_signing_until_a_new_version(
        qtbot: QtBot, kiosk: KioskWindow, services: Services, receptionist: Actor, admin: Actor,
        park: dict[str, str], clock: FixedClock) -> None:
    first = services.visits.check_in(receptionist, CheckInForm(
        "Bennani", "Élodie", "Cabinet Alami", email="elodie@alami.ma", host_employee_id=park["noor.tazi"]))
    text = services.agreements.text_for("meeting", "fr")
    services.agreements.sign(receptionist, first.id, text.id, [[(0.1, 0.5), (0.9, 0.5)]])
    services.visits.check_out(receptionist, first.id)

    _returning_to_confirm(qtbot, kiosk)
    qtbot.waitUntil(lambda: kiosk.current() is kiosk.done, timeout=WAIT_MS)  # no camera: straight to the badge
    second = next(v for v in services.visits.on_site(receptionist))
    assert services.agreements.signed_for_visit(receptionist, second.id) is None  # not asked again
    services.visits.check_out(receptionist, second.id)
    kiosk.reset()

    services.agreements.publish(admin, "meeting", "fr", "Accord visiteur (v2)", "Nouvelles règles du site.")
    _returning_to_confirm(qtbot, kiosk)
    qtbot.waitUntil(lambda: kiosk.current() is kiosk.agreement, timeout=WAIT_MS)
    assert kiosk.agreement.title.text() == "Accord visiteur (v2)"
    _sign(qtbot, kiosk)
    qtbot.waitUntil(lambda: kiosk.current() is kiosk.done, timeout=WAIT_MS)
    third = next(v for v in services.visits.on_site(receptionist))
    signed = services.agreements.signed_for_visit(receptionist, third.id)
    assert signed is not None and signed.version == 2


def test_host_answers_that_come_back_late_never_replace_the_newest(
        qtbot: QtBot, kiosk: KioskWindow, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each key starts a search on one of two threads; "ta" answering after "taz" (a slow disk, a busy
    thread) emptied the list under the visitor's finger."""
    real = services.kiosk.hosts

    def slow_for_two_letters(typed: str) -> list[KioskHost]:
        if typed == "ta":
            time.sleep(0.4)
        return real(typed)

    monkeypatch.setattr(services.kiosk, "hosts", slow_for_two_letters)
    _start(qtbot, kiosk)
    kiosk.show_screen(kiosk.host, kiosk.host.host_field)
    qtbot.keyClicks(kiosk.host.host_field, "taz")
    qtbot.waitUntil(lambda: len(kiosk.host.host_group.buttons()) == 1, timeout=WAIT_MS)
    qtbot.waitUntil(kiosk.runner.idle, timeout=WAIT_MS)  # "ta" has answered by now
    assert [b.text().splitlines()[0] for b in kiosk.host.host_group.buttons()] == ["Youssef Tazi"]


def test_touches_at_the_kiosk_never_keep_the_desk_unlocked(qtbot: QtBot, kiosk: KioskWindow,
                                                           qapp: QApplication) -> None:
    watcher = IdleWatcher(1)
    watcher.set_timeout_ms(400)
    qapp.installEventFilter(watcher)
    try:
        watcher.start()
        with qtbot.waitSignal(watcher.idle, timeout=3000):
            for _ in range(8):  # a visitor busy at the kiosk for longer than the desk's timeout
                qtbot.mouseClick(kiosk.language_buttons["en"], Qt.MouseButton.LeftButton)
                qtbot.wait(100)
    finally:
        qapp.removeEventFilter(watcher)
