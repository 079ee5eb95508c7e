"""Invitation e-mails of pre-registered guests: queued with their QR and .ics, in the guest's language, turned
off by a setting, withdrawn or cancelled with the visit."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from email import message_from_bytes
from email.policy import default as default_policy

import pytest
import zxingcpp
from icalendar import Calendar
from PIL import Image
from sqlalchemy import select

from reception.core.clock import FixedClock
from reception.core.errors import ValidationError
from reception.core.models import MailMessage, MailPart
from reception.core.services.container import Services
from reception.core.services.mail import Attachment, Letter, mime_message
from reception.core.services.permissions import Actor
from reception.core.services.visits import CheckInForm

TODAY = date(2026, 11, 26)
GUESTS = """nom;prénom;organisation;email;langue
Moreau;Camille;Boultek;camille@boultek.ma;
Smith;John;Acme;john@acme.com;anglais
Idrissi;Kenza;Studio 7;;
"""


def decoded_qr(png: bytes) -> str:
    [found] = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
    assert found.format == zxingcpp.BarcodeFormat.QRCode
    return found.text


def outbox(services: Services) -> list[tuple[MailMessage, Sequence[MailPart]]]:
    with services.db.read() as session:
        messages = session.execute(select(MailMessage).order_by(MailMessage.id)).scalars().all()
        return [(m, session.execute(select(MailPart).where(MailPart.message_id == m.id).order_by(MailPart.id))
                 .scalars().all()) for m in messages]


def _preregister(services: Services, actor: Actor, park: dict[str, str], email: str = "omar@inwi.ma",
                 language: str = "") -> str:
    return services.visits.preregister(actor, CheckInForm("Tazi", "Omar", "Inwi", email=email,
                                                          host_employee_id=park["noor.tazi"]), TODAY,
                                       language=language).id


def test_a_preregistered_guest_gets_an_invitation_with_their_qr_and_a_calendar_file(
        services: Services, park: dict[str, str], receptionist: Actor, admin: Actor, clock: FixedClock) -> None:
    services.settings.update(admin, {"visits.access_instructions": "Parking visiteurs au niveau -1."},
                             at=clock.now())
    expected_id = _preregister(services, receptionist, park)
    [(message, parts)] = outbox(services)
    [expected] = services.visits.expected(receptionist, TODAY)
    assert (message.to, message.status, message.expected_visit_id) == ("omar@inwi.ma", "queued", expected_id)
    assert message.subject == "Invitation : Technopark Casablanca, le jeudi 26 novembre 2026"
    assert "Youssef Tazi (Noor Green Energy SA) vous attend le jeudi 26 novembre 2026 au Technopark " \
           "Casablanca." in message.body
    assert "Accès : Parking visiteurs au niveau -1." in message.body
    assert f"Votre code : {expected.badge_code}" in message.body
    qr, ics = parts
    assert (qr.content_type, ics.content_type) == ("image/png", "text/calendar")
    assert f'src="cid:{qr.content_id}"' in message.html_body
    assert decoded_qr(qr.data) == expected.badge_code
    [event] = Calendar.from_ical(ics.data).walk("VEVENT")
    assert event.decoded("dtstart") == TODAY and str(event["status"]) == "CONFIRMED"


def test_no_address_or_invitations_turned_off_means_no_mail(
        services: Services, park: dict[str, str], receptionist: Actor, admin: Actor, clock: FixedClock) -> None:
    _preregister(services, receptionist, park, email="")
    services.settings.update(admin, {"visits.send_invitations": False}, at=clock.now())
    _preregister(services, receptionist, park)
    assert outbox(services) == []


def test_a_guest_list_invites_each_guest_with_an_address_in_their_language(
        services: Services, park: dict[str, str], receptionist: Actor) -> None:
    services.visits.import_guest_list(receptionist, GUESTS, TODAY, "Jam session", park["atlas.bennani"])
    (french, _), (english, _) = outbox(services)
    assert (french.to, french.language) == ("camille@boultek.ma", "fr")
    assert "Événement : Jam session" in french.body
    assert (english.to, english.language) == ("john@acme.com", "en")
    assert english.subject == "Invitation: Technopark Casablanca, on Thursday, 26 November 2026"
    assert "Mohamed Bennani (Atlas Digital SARL) is expecting you on Thursday, 26 November 2026 at " \
           "Technopark Casablanca." in english.body


def test_a_guest_list_with_an_unknown_language_says_which_line(
        services: Services, park: dict[str, str], receptionist: Actor) -> None:
    with pytest.raises(ValidationError) as error:
        services.visits.import_guest_list(receptionist, "nom;prenom;email;langue\nSmith;John;j@a.com;klingon\n",
                                          TODAY, "Jam session", park["atlas.bennani"])
    assert "Ligne 2, colonne « langue » : Langue : fr ou en" in str(error.value.errors)
    assert outbox(services) == []


def test_cancelling_withdraws_a_waiting_invitation_and_cancels_a_sent_one(
        services: Services, park: dict[str, str], receptionist: Actor) -> None:
    waiting = _preregister(services, receptionist, park)
    services.visits.cancel_expected(receptionist, waiting)
    assert outbox(services) == []

    sent = _preregister(services, receptionist, park, language="en")
    with services.db.write() as session:
        session.execute(select(MailMessage)).scalar_one().status = "sent"
    services.visits.cancel_expected(receptionist, sent)
    [_, (cancellation, [ics])] = outbox(services)
    assert cancellation.subject == "Visit cancelled: Technopark Casablanca, on Thursday, 26 November 2026"
    assert "no longer valid" in cancellation.body
    calendar = Calendar.from_ical(ics.data)
    assert str(calendar["method"]) == "CANCEL"
    assert str(calendar.walk("VEVENT")[0]["uid"]) == f"expected-{sent}@reception.technopark.ma"


def test_the_message_leaves_as_text_and_html_with_the_image_inline_and_the_file_attached() -> None:
    letter = Letter("Sujet", "Texte", '<p><img src="cid:qr@x"></p>', (
        Attachment("qr.png", "image/png", b"\x89PNG", "qr@x"), Attachment("a.ics", "text/calendar", b"BEGIN")))
    email = message_from_bytes(mime_message("a@b.ma", "c@d.ma", letter).as_bytes(), policy=default_policy)
    assert email.get_content_type() == "multipart/mixed"
    assert [p.get_content_type() for p in email.walk()] == [
        "multipart/mixed", "multipart/alternative", "text/plain", "multipart/related", "text/html", "image/png",
        "text/calendar"]
    image = next(p for p in email.walk() if p.get_content_type() == "image/png")
    assert image["Content-ID"] == "<qr@x>" and image.get_content() == b"\x89PNG"
    [attachment] = list(email.iter_attachments())
    assert attachment.get_filename() == "a.ics"
