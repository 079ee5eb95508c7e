"""Visiteurs › Arrivée driven through the real window: keyboard only, field errors, the watch-list stop."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from reception.core.models import AuditEvent
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.visits import CheckInForm, VisitRow, WatchEntryForm
from reception.ui.main_window import MainWindow
from tests.ui.visitors.conftest import check_in, visitors_page

TODAY = date(2026, 11, 26)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")  # dialogs on the offscreen platform


def type_and_pick(qtbot: QtBot, letters: str) -> None:
    """Types into whatever has the focus, waits for the suggestions, picks the first with Enter."""
    field = QApplication.focusWidget()
    qtbot.keyClicks(field, letters)
    qtbot.waitUntil(lambda: field.popup.isVisible(), timeout=5000)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_a_returning_visitor_checks_in_from_the_keyboard_alone(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor, park: dict[str, str],
        returning_visitor: VisitRow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = visitors_page(window)
    form = page.checkin
    qtbot.waitUntil(lambda: form.last_name.hasFocus())

    type_and_pick(qtbot, "ben")  # the name field: previous visitors
    assert (form.first_name.text(), form.organisation.text(), form.email.text()) == \
        ("Élodie", "Cabinet Alami", "elodie@alami.ma")
    assert form.submit.hasFocus()  # the last host is proposed: Enter would check in
    qtbot.keyClick(form.submit, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # Personne visitée: another one
    assert form.host_field.hasFocus()
    type_and_pick(qtbot, "taz")  # the host field: Youssef Tazi of Noor Green Energy
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: bool(services.visits.on_site(receptionist)), timeout=5000)
    [visit] = services.visits.on_site(receptionist)
    assert visit.visitor_id == returning_visitor.visitor_id
    assert (visit.visitor_name, visit.host_name, visit.host_company) == \
        ("Élodie Bennani", "Youssef Tazi", "Noor Green Energy SA")
    qtbot.waitUntil(lambda: "Élodie Bennani est arrivé(e)" in form.notice.text(), timeout=5000)  # GUI side done
    assert form.last_name.text() == ""
    qtbot.waitUntil(lambda: page.badges.preview is not None, timeout=5000)  # no badge printer set: preview
    badge = PdfReader(io.BytesIO(page.badges.preview.pdf))
    assert len(badge.pages) == 1 and visit.badge_number in badge.pages[0].extract_text()
    page.badges.preview.close()
    qtbot.waitUntil(lambda: window.focusWidget() is form.last_name, timeout=5000)  # ready for the next visitor


def test_a_bad_email_is_explained_next_to_the_field_and_nothing_typed_is_lost(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor) -> None:
    form = visitors_page(window).checkin
    qtbot.keyClicks(form.last_name, "Ouazzani")
    qtbot.keyClicks(form.first_name, "Hind")
    qtbot.keyClicks(form.organisation, "Cabinet Ouazzani")
    qtbot.keyClicks(form.phone, "0661234567")
    qtbot.keyClicks(form.email, "hind.ouazzani@")
    form.host_field.setFocus()
    type_and_pick(qtbot, "benn")

    qtbot.keyClick(form.email, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    error = form.errors.label("email")
    qtbot.waitUntil(error.isVisible, timeout=5000)
    assert error.text() == "Adresse e-mail invalide (exemple : nom@societe.ma)."
    assert form.email.hasFocus()
    assert [f.text() for f in (form.last_name, form.first_name, form.organisation, form.phone, form.email)] == \
        ["Ouazzani", "Hind", "Cabinet Ouazzani", "0661234567", "hind.ouazzani@"]
    assert form.host is not None and form.host.last_name == "Bennani"
    assert services.visits.on_site(receptionist) == []

    form.email.setText("hind@ouazzani.ma")
    qtbot.keyClick(form.email, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(services.visits.on_site(receptionist)), timeout=5000)
    assert not error.isVisible()


def _stopped_by_the_watch_list(qtbot: QtBot, window: MainWindow, services: Services, manager: Actor,
                               receptionist: Actor):  # type: ignore[no-untyped-def]
    services.visits.watchlist_add(manager, WatchEntryForm(last_name="Zeroual", first_name="Hicham",
                                                          reason="Comportement menaçant"))
    form = visitors_page(window).checkin
    qtbot.keyClicks(form.last_name, "Zeroual")
    qtbot.keyClicks(form.first_name, "Hicham")
    form.host_field.setFocus()
    type_and_pick(qtbot, "tazi")
    qtbot.keyClick(form.first_name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.approval_dialog is not None and form.approval_dialog.isVisible(), timeout=5000)
    assert services.visits.on_site(receptionist) == []  # stopped until a manager decides
    return form, form.approval_dialog


def test_a_watch_list_match_waits_for_a_manager_who_allows(
        qtbot: QtBot, window: MainWindow, services: Services, manager: Actor, receptionist: Actor) -> None:
    _form, dialog = _stopped_by_the_watch_list(qtbot, window, services, manager, receptionist)

    qtbot.keyClicks(dialog.username, "accueil")  # a receptionist cannot decide
    qtbot.keyClicks(dialog.password, "accueil-secret")
    dialog.allow_button.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert services.visits.on_site(receptionist) == []

    dialog.username.setText("responsable")
    qtbot.keyClicks(dialog.password, "responsable-secret")
    dialog.allow_button.click()

    qtbot.waitUntil(lambda: bool(services.visits.on_site(receptionist)), timeout=5000)
    [visit] = services.visits.on_site(receptionist)
    assert visit.visitor_name == "Hicham Zeroual"
    with services.db.read() as session:
        decisions = session.execute(select(AuditEvent.after).where(AuditEvent.action == "visits.watchlist_allowed"))
        assert [json.loads(after)["decided_by"] if isinstance(after, str) else after["decided_by"]
                for (after,) in decisions] == ["responsable"]


def test_a_watch_list_match_refused_by_the_manager_lets_nobody_in(
        qtbot: QtBot, window: MainWindow, services: Services, manager: Actor, receptionist: Actor) -> None:
    form, dialog = _stopped_by_the_watch_list(qtbot, window, services, manager, receptionist)

    qtbot.keyClicks(dialog.username, "responsable")
    qtbot.keyClicks(dialog.password, "responsable-secret")
    dialog.refuse_button.click()

    qtbot.waitUntil(lambda: "Entrée refusée à Hicham Zeroual" in form.notice.text(), timeout=5000)
    assert services.visits.on_site(receptionist) == []


def test_a_returning_visitor_for_the_same_host_takes_three_letters_and_two_keys(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor,
        returning_visitor: VisitRow) -> None:
    """The README's count: "ben", Enter (the visitor, with last time's host proposed), Enter (check in)."""
    page = visitors_page(window)
    form = page.checkin
    form.last_name.setFocus()
    qtbot.waitUntil(form.last_name.hasFocus)
    pressed: list[str] = []

    def press(key: Qt.Key | str) -> None:
        pressed.append(str(key))
        target = QApplication.focusWidget()
        if isinstance(key, str):
            qtbot.keyClicks(target, key)
        else:
            qtbot.keyClick(target, key)

    for letter in "ben":
        press(letter)
    qtbot.waitUntil(lambda: form.last_name.popup.isVisible(), timeout=5000)
    press(Qt.Key.Key_Return)
    assert form.host_field.text() == "Mohamed Bennani — Atlas Digital SARL"
    assert form.host_field.cursorPosition() == 0  # shown from the start, whole
    press(Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: bool(services.visits.on_site(receptionist)), timeout=5000)
    [visit] = services.visits.on_site(receptionist)
    assert (visit.visitor_id, visit.host_name) == (returning_visitor.visitor_id, "Mohamed Bennani")
    assert len(pressed) == 5
    qtbot.waitUntil(lambda: page.badges.preview is not None, timeout=5000)
    page.badges.preview.close()


def test_namesakes_are_told_apart_by_organisation_last_visit_and_masked_contact(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor, park: dict[str, str]) -> None:
    for organisation, email, phone in (("Inwi", "hicham@inwi.ma", ""), ("OCP", "", "0661234599")):
        visit = check_in(services, receptionist, park["noor.tazi"], "Berrada", "Hicham", organisation,
                         email=email, phone=phone)
        services.visits.check_out(receptionist, visit.id)
    form = visitors_page(window).checkin
    form.last_name.setFocus()
    qtbot.waitUntil(form.last_name.hasFocus)
    qtbot.keyClicks(form.last_name, "ber")
    qtbot.waitUntil(lambda: form.last_name.popup.isVisible(), timeout=5000)

    popup = form.last_name.popup
    rows = sorted(tuple(popup.topLevelItem(i).text(c) for c in (0, 1, 3)) for i in range(popup.topLevelItemCount()))
    assert rows == [("Hicham Berrada", "Inwi", "h•••@inwi.ma"), ("Hicham Berrada", "OCP", "06 •• •• •• 99")]


def test_a_guest_expected_today_is_listed_first_and_the_check_in_links_the_invitation(
        qtbot: QtBot, window: MainWindow, services: Services, receptionist: Actor, park: dict[str, str],
        returning_visitor: VisitRow) -> None:
    """Typing their name showed only past visits, and the check-in never linked the expected visit."""
    expected = services.visits.preregister(receptionist, CheckInForm(
        "Bennani", "Élodie", "Cabinet Alami", host_employee_id=park["noor.tazi"]), TODAY)
    page = visitors_page(window)
    form = page.checkin
    form.last_name.setFocus()
    qtbot.waitUntil(form.last_name.hasFocus)
    qtbot.keyClicks(form.last_name, "ben")
    qtbot.waitUntil(lambda: form.last_name.popup.isVisible(), timeout=5000)
    first = form.last_name.popup.topLevelItem(0)
    assert (first.text(0), first.text(2)) == ("Élodie Bennani", "attendu(e) aujourd'hui")
    assert form.last_name.popup.topLevelItemCount() == 1  # the same person, not listed twice

    qtbot.keyClick(form.last_name, Qt.Key.Key_Return)
    assert form.host_field.text().startswith("Youssef Tazi")  # the invitation's host
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: bool(services.visits.on_site(receptionist)), timeout=5000)
    [visit] = services.visits.on_site(receptionist)
    assert visit.badge_code == expected.badge_code and visit.visitor_id == returning_visitor.visitor_id
    [row] = services.visits.expected(receptionist, TODAY)
    assert (row.status, row.visit_id) == ("arrived", visit.id)
    qtbot.waitUntil(lambda: page.badges.preview is not None, timeout=5000)
    page.badges.preview.close()
