"""The desk's outgoing mail: messages are queued in the caller's transaction and sent later with retries.

A check-in or a pre-registration never waits on the network: it only adds a `MailMessage` row (with its
`MailPart` files when it carries an inline image or an attachment, as an invitation does). `send_due`
(called from a timer off the GUI thread, or `reception mail send`) claims due messages, sends them through
the SMTP server of the mail.* settings, and reschedules failures with an exponential backoff, so nothing is
lost while the server is down. A message is marked sent right after the server accepted it; a short claim
keeps two senders (the app and a cron job) from sending the same message twice.
"""

from __future__ import annotations

import logging
import smtplib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reception.core.clock import Clock
from reception.core.database import Database
from reception.core.i18n import _
from reception.core.models import MailMessage, MailPart
from reception.core.services.settings import SettingsService

log = logging.getLogger(__name__)

FIRST_RETRY = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=1)
CLAIM = timedelta(minutes=5)
BATCH = 50
SMTP_TIMEOUT_S = 15


def retry_delay(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min... doubling after each failed attempt, never more than an hour."""
    return min(FIRST_RETRY * (2 ** max(0, attempts - 1)), LONGEST_WAIT)


@dataclass(frozen=True)
class Attachment:
    """A file an e-mail carries: shown inside the HTML where it says `cid:<content_id>`, or attached."""

    filename: str
    content_type: str
    data: bytes
    content_id: str = ""


@dataclass(frozen=True)
class Letter:
    """What a queued e-mail says: plain text always, HTML and files when it has them."""

    subject: str
    body: str
    html: str = ""
    files: Sequence[Attachment] = ()
    language: str = ""


def queue(session: Session, to: str, subject: str, body: str, now: datetime,
          visit_id: str | None = None) -> MailMessage:
    """Adds a plain-text message to the queue inside the caller's write transaction; `visit_id` links a
    host notification to its visit, so erasing the visitor finds it."""
    return queue_letter(session, to, Letter(subject, body), now, visit_id=visit_id)


def queue_letter(session: Session, to: str, letter: Letter, now: datetime, *, visit_id: str | None = None,
                 expected_visit_id: str | None = None) -> MailMessage:
    """Adds a message with its HTML and files; `expected_visit_id` links an invitation to its guest."""
    message = MailMessage(to=to, subject=letter.subject, body=letter.body, html_body=letter.html,
                          status="queued", attempts=0, next_attempt_at=now, last_error="", created_at=now,
                          visit_id=visit_id, expected_visit_id=expected_visit_id, language=letter.language)
    session.add(message)
    session.flush()
    for file in letter.files:
        session.add(MailPart(message_id=message.id, filename=file.filename, content_type=file.content_type,
                             content_id=file.content_id, data=file.data))
    return message


def mime_message(sender: str, to: str, letter: Letter) -> EmailMessage:
    """The e-mail as it leaves: text, or text and HTML as alternatives with the HTML's images related to
    it, then the attachments (multipart/mixed)."""
    email = EmailMessage()
    email["From"] = sender
    email["To"] = to
    email["Subject"] = letter.subject
    email.set_content(letter.body)
    if letter.html:
        email.add_alternative(letter.html, subtype="html")
        html_part = email.get_body(preferencelist=("html",))
        assert html_part is not None
        for file in (f for f in letter.files if f.content_id):
            maintype, subtype = file.content_type.split("/", 1)
            html_part.add_related(file.data, maintype, subtype, cid=f"<{file.content_id}>", filename=file.filename,
                                  disposition="inline")
    for file in (f for f in letter.files if not f.content_id or not letter.html):
        maintype, subtype = file.content_type.split("/", 1)
        email.add_attachment(file.data, maintype, subtype, filename=file.filename)
    return email


@dataclass(frozen=True)
class SendReport:
    sent: int
    retried: int
    failed: int
    waiting: int
    unreachable: str = ""  # why the server could not be reached, when it could not

    def describe(self) -> str:
        return _("{sent} message(s) envoyé(s), {retried} à réessayer, {failed} en échec, {waiting} en attente."
                 ).format(sent=self.sent, retried=self.retried, failed=self.failed, waiting=self.waiting)

    def problem(self) -> str:
        """What went wrong in this round, for a person; empty when nothing did."""
        if self.unreachable:
            return _("serveur de messagerie injoignable ({reason}) ; {count} message(s) seront réessayés.").format(
                reason=self.unreachable, count=self.retried)
        if self.failed:
            return _("{count} message(s) refusé(s) par le serveur de messagerie.").format(count=self.failed)
        return ""


@dataclass(frozen=True)
class _Outgoing:
    id: int
    to: str
    letter: Letter


class MailService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self.settings = SettingsService(db)

    def waiting(self) -> int:
        with self.db.read() as session:
            return session.scalar(
                select(func.count()).select_from(MailMessage).where(MailMessage.status == "queued")
            ) or 0

    def send_due(self, now: datetime | None = None) -> SendReport:
        """Sends what is due; safe to call often and from several processes."""
        now = now or self.clock.now()
        batch = self._claim(now)
        sent = retried = failed = 0
        unreachable = ""
        if batch:
            try:
                with self._connect() as smtp:
                    for message in batch:
                        outcome = self._send_one(smtp, message, now)
                        sent += outcome == "sent"
                        retried += outcome == "retry"
                        failed += outcome == "failed"
            except (OSError, smtplib.SMTPException) as exc:
                unsent = self._unsent(batch)
                log.warning("SMTP server unreachable, %d message(s) rescheduled: %s", len(unsent), exc)
                for message in unsent:
                    self._reschedule(message.id, _("Serveur injoignable : {reason}").format(reason=exc), now)
                retried += len(unsent)
                unreachable = str(exc)
        return SendReport(sent, retried, failed, self.waiting(), unreachable)

    # --- steps ------------------------------------------------------------------------------------------

    def _claim(self, now: datetime) -> list[_Outgoing]:
        """Takes due messages for a while, so a concurrent sender skips them."""
        with self.db.write() as session:
            rows = session.execute(
                select(MailMessage)
                .where(MailMessage.status == "queued", MailMessage.next_attempt_at <= now)
                .order_by(MailMessage.next_attempt_at, MailMessage.id)
                .limit(BATCH)
            ).scalars().all()
            files: dict[int, list[Attachment]] = {}
            for part in session.execute(select(MailPart).where(MailPart.message_id.in_([r.id for r in rows]))
                                        .order_by(MailPart.id)).scalars():
                files.setdefault(part.message_id, []).append(
                    Attachment(part.filename, part.content_type, part.data, part.content_id))
            for row in rows:
                row.next_attempt_at = now + CLAIM
            return [_Outgoing(r.id, r.to, Letter(r.subject, r.body, r.html_body, tuple(files.get(r.id, ())),
                                                 r.language)) for r in rows]

    def _connect(self) -> smtplib.SMTP:
        values = self.settings.all()
        host = values["mail.smtp_host"]
        if not host:
            raise smtplib.SMTPException(_("aucun serveur SMTP n'est configuré"))
        smtp = smtplib.SMTP(host, values["mail.smtp_port"], timeout=SMTP_TIMEOUT_S)
        try:
            if values["mail.smtp_starttls"]:
                smtp.starttls()
            if values["mail.smtp_user"]:
                smtp.login(values["mail.smtp_user"], values["mail.smtp_password"])
        except (OSError, smtplib.SMTPException):
            smtp.close()
            raise
        return smtp

    def _send_one(self, smtp: smtplib.SMTP, message: _Outgoing, now: datetime) -> str:
        email = mime_message(self.settings.get("mail.sender"), message.to, message.letter)
        try:
            smtp.send_message(email)
        except smtplib.SMTPRecipientsRefused as exc:
            refused = _("Destinataire refusé : {recipients}").format(recipients=exc.recipients)
            self._finish(message.id, "failed", refused, None)
            return "failed"
        except (TimeoutError, smtplib.SMTPServerDisconnected):
            raise
        except smtplib.SMTPResponseException as exc:
            if 500 <= exc.smtp_code < 600:
                self._finish(message.id, "failed", _("Refusé par le serveur ({code})").format(code=exc.smtp_code), None)
                return "failed"
            self._reschedule(message.id, _("Erreur temporaire ({code})").format(code=exc.smtp_code), now)
            return "retry"
        self._finish(message.id, "sent", "", now)
        return "sent"

    def _unsent(self, batch: list[_Outgoing]) -> list[_Outgoing]:
        with self.db.read() as session:
            still = set(session.execute(
                select(MailMessage.id).where(MailMessage.id.in_([m.id for m in batch]),
                                             MailMessage.status == "queued")
            ).scalars())
        return [m for m in batch if m.id in still]

    def _reschedule(self, message_id: int, error: str, now: datetime) -> None:
        with self.db.write() as session:
            row = session.get(MailMessage, message_id)
            if row is None or row.status != "queued":
                return
            row.attempts += 1
            row.last_error = error[:500]
            row.next_attempt_at = now + retry_delay(row.attempts)

    def _finish(self, message_id: int, status: str, error: str, sent_at: datetime | None) -> None:
        with self.db.write() as session:
            row = session.get(MailMessage, message_id)
            if row is None:
                return
            row.attempts += 1
            row.status, row.last_error, row.sent_at = status, error[:500], sent_at
