"""An invitation from pre-registration to the badge: a real SMTP server receives it, its QR image is decoded
with zxing-cpp, and the decoded text is scanned at the real desk as a keyboard-wedge scanner types it."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from reception.core.clock import FixedClock
from reception.core.models import ExpectedVisit, MailMessage
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.visits import CheckInForm
from reception.ui.main_window import MainWindow
from tests.pdf_pages import qr_codes, render_pages
from tests.scanner_keys import scanner_types
from tests.smtp_inbox import Inbox, free_port, serving
from tests.ui.visitors.test_visitors_scanner import desk_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

TODAY = date(2026, 11, 26)
CR80_POINTS = (85.6 / 25.4 * 72, 54 / 25.4 * 72)


@pytest.fixture
def inbox(services: Services, admin: Actor, clock: FixedClock) -> Iterator[Inbox]:
    """A real SMTP server on a free local port, and the desk's mail settings pointing at it."""
    port = free_port()
    services.settings.update(admin, {"mail.smtp_host": "127.0.0.1", "mail.smtp_port": port,
                                     "mail.sender": "accueil@technopark.ma"}, at=clock.now())
    box = Inbox()
    with serving(box, port):
        yield box


@pytest.fixture
def badge_folder(services: Services, admin: Actor, clock: FixedClock, tmp_path: Path) -> Path:
    """The badge printer is a PDF folder, and badges print at check-in without a preview."""
    folder = tmp_path / "badges"
    folder.mkdir()
    services.settings.update(admin, {"printing.badge_printer": f"pdf:{folder}", "visits.auto_print_badge": True},
                             at=clock.now())
    return folder


def test_the_qr_of_a_real_invitation_scanned_at_the_desk_checks_the_guest_in(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor, park: dict[str, str],
        inbox: Inbox, badge_folder: Path) -> None:
    expected = services.visits.preregister(receptionist, CheckInForm(
        "Tazi", "Omar", "Inwi", email="omar.tazi@inwi.ma", host_employee_id=park["noor.tazi"]), TODAY)
    assert services.mail.send_due().sent == 1
    [invitation] = inbox.messages
    assert invitation["To"] == "omar.tazi@inwi.ma" and invitation["Subject"].startswith("Invitation : ")
    html = invitation.get_body(preferencelist=("html",))
    assert html is not None and "cid:" in html.get_content()
    [image] = [p for p in invitation.walk() if p.get_content_type() == "image/png"]
    [found] = zxingcpp.read_barcodes(Image.open(io.BytesIO(image.get_content())))
    assert found.format == zxingcpp.BarcodeFormat.QRCode
    assert [a.get_filename() for a in invitation.iter_attachments()] == ["invitation.ics"]

    home = window.show_page("home")  # the desk at rest: Accueil open, nothing to type in
    home.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    home.setFocus()
    qtbot.waitUntil(home.hasFocus)
    scanner_types(qtbot, found.text, 2)  # Shift around each capital, 2 ms apart, then Enter

    desk = desk_of(window)
    qtbot.waitUntil(lambda: desk.toast.text().startswith("Omar Tazi est arrivé(e)"), timeout=5000)
    [inside] = services.visits.on_site(receptionist)
    with services.db.read() as session:
        linked = session.get(ExpectedVisit, expected.id)
        assert linked is not None and (linked.status, linked.visit_id) == ("arrived", inside.id)
        host_mail = session.execute(select(MailMessage).where(MailMessage.visit_id == inside.id)).scalar_one()
    assert (host_mail.to, host_mail.status) == ("y@x.ma", "queued")
    assert host_mail.subject == "Votre visiteur est arrivé : Omar Tazi"

    qtbot.waitUntil(lambda: any(badge_folder.glob("*.pdf")) and window.notice.property("kind") == "done",
                    timeout=30_000)
    [badge] = badge_folder.glob("*.pdf")
    [page] = PdfReader(badge).pages
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(CR80_POINTS, abs=1)
    assert qr_codes(render_pages(badge)[0]) == [inside.badge_code] == [expected.badge_code]


def test_at_the_lock_screen_a_guest_s_badge_prints_at_once_on_the_badge_printer(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor, park: dict[str, str],
        badge_folder: Path) -> None:
    """Only a badge that needs a person (the preview, a print dialog) waits for the unlock: the guest at the
    desk during the lunch lock used to stand there until the receptionist came back."""
    expected = services.visits.preregister(receptionist, CheckInForm(
        "Tazi", "Omar", "Inwi", host_employee_id=park["noor.tazi"]), TODAY)
    window.lock()
    qtbot.waitUntil(window.overlay.password.hasFocus)

    scanner_types(qtbot, expected.badge_code, 2)

    qtbot.waitUntil(lambda: any(badge_folder.glob("*.pdf")), timeout=30_000)
    assert window.locked and window.overlay.password.text() == ""
    [badge] = badge_folder.glob("*.pdf")
    qtbot.waitUntil(lambda: window.notice.property("kind") == "done", timeout=30_000)
    assert qr_codes(render_pages(badge)[0]) == [expected.badge_code]
