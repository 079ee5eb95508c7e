"""The invitation e-mail of a pre-registered guest, and its cancellation.

Queued in the pre-registration's own transaction (mail.py sends it later with retries): the day, the
place, the host, the site's access instructions, and the QR code of the expected visit as an inline PNG.
That QR holds the expected visit's badge code, so the desk's scanner checks the guest in from the phone's
screen (visits.scan_badge). An .ics file puts the visit in the guest's calendar. The text is the guest's
language when the guest list says it, otherwise the site's (visits.invitation_language).

A cancelled visit whose invitation already left gets a cancellation (with an .ics CANCEL for the same
event); one still waiting in the queue is simply withdrawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from html import escape

from babel.dates import format_date
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from reception.core.i18n import N_, translator
from reception.core.identity import desk_stamp
from reception.core.models import Employee, ExpectedVisit, MailMessage, Site, Tenant
from reception.core.qr import qr_png
from reception.core.services import mail
from reception.core.services.ics import UID_DOMAIN, calendar_file
from reception.core.services.mail import Attachment, Letter
from reception.core.services.settings import setting_in
from reception.core.services.visits_rows import person_name

QR_CONTENT_ID = "qr-invitation@" + UID_DOMAIN
DATE_LOCALES = {"fr": "fr_FR", "en": "en_GB"}

SUBJECT = N_("Invitation : {place}, le {day}")
GREETING = N_("Bonjour {name},")
EXPECTED_BY = N_("{host} ({company}) vous attend le {day} au {place}.")
EVENT = N_("Événement : {event}")
ADDRESS = N_("Adresse : {address}")
SHOW_QR = N_("À votre arrivée, présentez ce QR code au lecteur de l'accueil : il enregistre votre arrivée, "
             "imprime votre badge et prévient la personne qui vous reçoit.")
YOUR_CODE = N_("Votre code : {code}")
ACCESS = N_("Accès : {instructions}")
CALENDAR = N_("La visite est jointe à ce message (fichier .ics) pour votre agenda.")
SIGNATURE = N_("L'accueil du {place}")
CANCEL_SUBJECT = N_("Visite annulée : {place}, le {day}")
CANCELLED = N_("Votre visite du {day} au {place} auprès de {host} est annulée ; le QR code de votre "
               "invitation n'est plus valable.")


@dataclass(frozen=True)
class _Facts:
    """What an invitation says, read once in the pre-registration's transaction."""

    guest: ExpectedVisit
    host: str
    company: str
    place: str
    address: str
    instructions: str
    language: str


def queue_invitation(session: Session, expected: ExpectedVisit, now: datetime, language: str = "") -> bool:
    """Queues the guest's invitation when they have an e-mail address and the site sends invitations."""
    if not expected.email or not setting_in(session, "visits.send_invitations"):
        return False
    facts = _facts(session, expected, language or setting_in(session, "visits.invitation_language"))
    mail.queue_letter(session, expected.email, invitation_letter(facts, now), now, expected_visit_id=expected.id)
    return True


def withdraw_invitation(session: Session, expected: ExpectedVisit, now: datetime) -> bool:
    """After a cancellation: a queued invitation is withdrawn; a sent one is followed by a cancellation.
    Returns whether a cancellation was queued."""
    invitations = session.execute(select(MailMessage).where(MailMessage.expected_visit_id == expected.id)
                                  ).scalars().all()
    waiting = [m.id for m in invitations if m.status == "queued"]
    if waiting:
        session.execute(delete(MailMessage).where(MailMessage.id.in_(waiting)))
    sent = [m for m in invitations if m.status == "sent"]
    if not sent or not expected.email:
        return False
    facts = _facts(session, expected, sent[-1].language)
    mail.queue_letter(session, expected.email, cancellation_letter(facts, now), now, expected_visit_id=expected.id)
    return True


def _facts(session: Session, expected: ExpectedVisit, language: str) -> _Facts:
    host = session.get(Employee, expected.host_employee_id) if expected.host_employee_id else None
    company = session.get(Tenant, host.tenant_id) if host is not None else None
    site = session.execute(select(Site).where(Site.code == desk_stamp(session).site_code)).scalar_one_or_none()
    address = ", ".join(p for p in (site.address, site.city) if p) if site is not None else ""
    return _Facts(expected, person_name(host.first_name, host.last_name) if host else "",
                  company.name if company else "", site.name if site is not None else "", address,
                  str(setting_in(session, "visits.access_instructions")).strip(),
                  language if language in DATE_LOCALES else "fr")


def long_date(day: date, language: str) -> str:
    """'jeudi 26 novembre 2026', 'Thursday, 26 November 2026'."""
    return format_date(day, "full", locale=DATE_LOCALES.get(language, "fr_FR"))


def invitation_letter(facts: _Facts, now: datetime) -> Letter:
    """Plain text and HTML saying the same, the QR image inline, the .ics attached."""
    tr, guest = translator(facts.language), facts.guest
    day = long_date(guest.day, facts.language)
    lines = [tr(GREETING).format(name=person_name(guest.first_name, guest.last_name)),
             tr(EXPECTED_BY).format(host=facts.host, company=facts.company, day=day, place=facts.place)]
    if guest.event_name:
        lines.append(tr(EVENT).format(event=guest.event_name))
    if facts.address:
        lines.append(tr(ADDRESS).format(address=facts.address))
    if facts.instructions:
        lines.append(tr(ACCESS).format(instructions=facts.instructions))
    show, code = tr(SHOW_QR), tr(YOUR_CODE).format(code=guest.badge_code)
    closing = [tr(CALENDAR), tr(SIGNATURE).format(place=facts.place)]
    text = "\n\n".join([lines[0], "\n".join(lines[1:]), show, code, *closing]) + "\n"
    html = _html([lines[0], *lines[1:]], show, code, closing)
    files = (Attachment("invitation-qr.png", "image/png", qr_png(guest.badge_code), QR_CONTENT_ID),
             Attachment("invitation.ics", "text/calendar", _calendar(facts, now, cancelled=False)))
    return Letter(tr(SUBJECT).format(place=facts.place, day=day), text, html, files, facts.language)


def cancellation_letter(facts: _Facts, now: datetime) -> Letter:
    tr, guest = translator(facts.language), facts.guest
    day = long_date(guest.day, facts.language)
    paragraphs = [tr(GREETING).format(name=person_name(guest.first_name, guest.last_name)),
                  tr(CANCELLED).format(day=day, place=facts.place, host=facts.host),
                  tr(SIGNATURE).format(place=facts.place)]
    return Letter(tr(CANCEL_SUBJECT).format(place=facts.place, day=day), "\n\n".join(paragraphs) + "\n",
                  files=(Attachment("annulation.ics", "text/calendar", _calendar(facts, now, cancelled=True)),),
                  language=facts.language)


def _html(head: list[str], show: str, code: str, closing: list[str]) -> str:
    """A single-column message that reads the same in Outlook, Gmail and a phone (inline styles only)."""
    paragraph = '<p style="margin:0 0 12px">{}</p>'
    facts = "<br>".join(escape(line) for line in head[1:])
    return (
        '<!DOCTYPE html><html><body style="margin:0;padding:24px;background:#F1F5F9;'
        'font-family:Segoe UI,Arial,sans-serif;font-size:15px;color:#0F172A">'
        '<div style="max-width:560px;margin:auto;background:#FFFFFF;border-radius:8px;padding:24px">'
        + paragraph.format(escape(head[0])) + paragraph.format(facts) + paragraph.format(escape(show))
        + f'<p style="text-align:center;margin:16px 0"><img src="cid:{QR_CONTENT_ID}" alt="QR code"></p>'
        + f'<p style="text-align:center;font-family:Consolas,monospace;color:#475569">{escape(code)}</p>'
        + "".join(paragraph.format(escape(line)) for line in closing)
        + "</div></body></html>"
    )


def _calendar(facts: _Facts, now: datetime, *, cancelled: bool) -> bytes:
    """The visit as an all-day event (an expected visit has a day, not an hour); the same UID cancels it."""
    from icalendar import Event  # 0.3 s of imports: loaded by the first invitation, not by every start

    guest = facts.guest
    event = Event()
    event.add("uid", f"expected-{guest.id}@{UID_DOMAIN}")
    event.add("dtstamp", now)
    event.add("dtstart", guest.day)
    event.add("summary", guest.event_name or f"{facts.place} — {facts.host}")
    event.add("location", ", ".join(p for p in (facts.place, facts.address) if p))
    event.add("description", "\n".join(p for p in (f"{facts.host} ({facts.company})", facts.instructions) if p))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("sequence", 1 if cancelled else 0)
    return calendar_file([event], facts.place, method="CANCEL" if cancelled else "PUBLISH")
