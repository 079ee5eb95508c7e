"""The visitor agreement at the desk: Sur site and Historique say whether the selected visit was signed, the
receptionist captures a signature by hand, and the signed PDF opens from the visit."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reception.core.clock import FixedClock
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.ui.main_window import MainWindow
from reception.ui.signature_pad import SignaturePad
from reception.ui.visitors.agreement import AgreementStatus, SignatureDialog
from tests.ui.visitors.conftest import check_in, visitors_page
from tests.ui.visitors.test_visitors_checkin import type_and_pick

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")  # dialogs on the offscreen platform


def _sign_with_the_mouse(pad: SignaturePad) -> None:
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(60, pad.height() // 2))
    for step in range(1, 40):
        QTest.mouseMove(pad, QPoint(60 + step * 10, pad.height() // 2 + (step % 8) * 6 - 20))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(460, pad.height() // 2))


def _select_first(status: AgreementStatus, table: object, qtbot: QtBot) -> None:
    table.selectRow(0)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: status.text.text() != "", timeout=5000)


def test_a_signature_taken_at_the_desk_shows_on_the_visit_and_its_pdf_opens(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor, park: dict[str, str]) -> None:
    visit = check_in(services, receptionist, park["atlas.bennani"], "Chraibi", "Nadia", "Inwi")
    page = visitors_page(window)
    page.tabs.setCurrentWidget(page.onsite)
    qtbot.waitUntil(lambda: page.onsite.model.rowCount() == 1, timeout=5000)
    status = page.onsite.agreement
    _select_first(status, page.onsite.table, qtbot)
    assert status.text.text() == "Accord à signer : ce type de visite le demande."
    assert status.sign_button.isVisible() and not status.pdf_button.isVisible()

    qtbot.mouseClick(status.sign_button, Qt.MouseButton.LeftButton)
    dialog = status.dialog
    assert isinstance(dialog, SignatureDialog)
    qtbot.waitUntil(lambda: dialog.agreement is not None, timeout=5000)
    assert "Conditions de visite — Réunion" in dialog.reader.toPlainText()
    assert not dialog.save_button.isEnabled()  # nothing signed yet
    _sign_with_the_mouse(dialog.pad)
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.recorded, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    signed = services.agreements.signed_for_visit(receptionist, visit.id)
    assert signed is not None and signed.language == "fr" and len(signed.strokes[0]) > 30
    qtbot.waitUntil(lambda: status.text.text().startswith("Accord signé le 26/11/2026 10:00"), timeout=5000)
    assert f"version 1, empreinte {signed.text_sha256[:12]}" in status.text.text()
    assert status.pdf_button.isVisible() and not status.sign_button.isVisible()

    qtbot.mouseClick(status.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status.preview is not None, timeout=10000)
    assert status.preview is not None
    text = PdfReader(io.BytesIO(status.preview.pdf)).pages[0].extract_text()
    assert "Nadia Chraibi" in text and signed.text_sha256 in text
    status.preview.reject()


def test_the_visitor_reads_in_arabic_right_to_left_and_a_refusal_keeps_the_signature(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor, admin: Actor,
        park: dict[str, str]) -> None:
    visit = check_in(services, receptionist, park["noor.tazi"], "العلوي", "سلمى", visit_type="contractor")
    page = visitors_page(window)
    dialog = SignatureDialog(page.ctx, visit, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    qtbot.waitUntil(lambda: dialog.agreement is not None and dialog.agreement.language == "ar", timeout=5000)
    assert dialog.reader.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.reader.toPlainText().startswith("شروط الزيارة — مقدم خدمات")
    _sign_with_the_mouse(dialog.pad)
    drawn = dialog.pad.strokes()
    shown = dialog.agreement
    assert shown is not None
    services.agreements.publish(admin, "contractor", "ar", shown.title, shown.body + "\n\nنص إضافي.")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.errors.general.isVisible(), timeout=5000)
    assert "a changé" in dialog.errors.general.text()
    qtbot.waitUntil(lambda: dialog.agreement is not None and dialog.agreement.version == 2, timeout=5000)
    assert dialog.pad.strokes() == drawn  # nothing drawn is lost
    assert "نص إضافي" in dialog.reader.toPlainText()
    with qtbot.waitSignal(dialog.recorded, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    signed = services.agreements.signed_for_visit(receptionist, visit.id)
    assert signed is not None and signed.version == 2


def test_history_shows_a_returning_visitor_s_earlier_signature_and_nothing_for_deliveries(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor, park: dict[str, str],
        clock: FixedClock) -> None:
    first = check_in(services, receptionist, park["atlas.bennani"], "Chraibi", "Nadia")
    services.agreements.sign(receptionist, first.id, services.agreements.text_for("meeting", "fr").id,
                             [[(0.1, 0.5), (0.9, 0.5)]])
    services.visits.check_out(receptionist, first.id)
    clock.advance(timedelta(hours=2))  # she comes back in the afternoon: her second visit is the latest
    assert first.visitor_id is not None
    check_in(services, receptionist, park["atlas.bennani"], "Chraibi", "Nadia", visitor_id=first.visitor_id)
    page = visitors_page(window)
    assert page.history is not None
    page.tabs.setCurrentWidget(page.history)
    qtbot.waitUntil(lambda: page.history is not None and page.history.model.rowCount() == 2, timeout=5000)
    status = page.history.agreement
    _select_first(status, page.history.table, qtbot)  # the latest visit first
    assert status.text.text().startswith("Accord valide : signé le 26/11/2026 10:00 lors d'une visite précédente")
    assert status.pdf_button.isVisible()


def test_right_after_a_check_in_the_desk_is_told_to_have_the_agreement_signed(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor) -> None:
    form = visitors_page(window).checkin
    qtbot.keyClicks(form.last_name, "Ouazzani")
    qtbot.keyClicks(form.first_name, "Hind")
    form.visit_type.setCurrentIndex(form.visit_type.findData("contractor"))
    form.host_field.setFocus()
    type_and_pick(qtbot, "benn")
    qtbot.keyClick(form.first_name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: form.agreement.sign_button.isVisible(), timeout=5000)
    assert form.agreement.text.text() == "Accord à signer : ce type de visite le demande."
    qtbot.mouseClick(form.agreement.sign_button, Qt.MouseButton.LeftButton)
    dialog = form.agreement.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.agreement is not None, timeout=5000)
    _sign_with_the_mouse(dialog.pad)
    with qtbot.waitSignal(dialog.recorded, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.agreement.text.text().startswith("Accord signé le"), timeout=5000)
    [visit] = services.visits.on_site(receptionist)
    assert services.agreements.signed_for_visit(receptionist, visit.id) is not None
