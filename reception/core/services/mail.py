"""The desk's outgoing mail: messages are queued in the caller's transaction and sent later with retries.

A check-in never waits on the network: it only adds a `MailMessage` row. `send_due` (called from a timer off
the GUI thread, or `reception mail send`) claims due messages, sends them through the SMTP server of the
mail.* settings, and reschedules failures with an exponential backoff, so nothing is lost while the server
is down. A message is marked sent right after the server accepted it; a short claim keeps two senders
(the app and a cron job) from sending the same message twice.
"""

from __future__ import annotations

import logging
import smtplib
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reception.core.clock import Clock
from reception.core.database import Database
from reception.core.models import MailMessage
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


def queue(session: Session, to: str, subject: str, body: str, now: datetime,
          visit_id: str | None = None) -> MailMessage:
    """Adds a message to the queue inside the caller's write transaction; `visit_id` links a host
    notification to its visit, so erasing the visitor finds it."""
    message = MailMessage(to=to, subject=subject, body=body, status="queued", attempts=0, next_attempt_at=now,
                          last_error="", created_at=now, visit_id=visit_id)
    session.add(message)
    return message


@dataclass(frozen=True)
class SendReport:
    sent: int
    retried: int
    failed: int
    waiting: int
    unreachable: str = ""  # why the server could not be reached, when it could not

    def describe(self) -> str:
        return (f"{self.sent} message(s) envoyé(s), {self.retried} à réessayer, {self.failed} en échec, "
                f"{self.waiting} en attente.")

    def problem(self) -> str:
        """What went wrong in this round, for a person; empty when nothing did."""
        if self.unreachable:
            return (f"serveur de messagerie injoignable ({self.unreachable}) ; "
                    f"{self.retried} message(s) seront réessayés.")
        return f"{self.failed} message(s) refusé(s) par le serveur de messagerie." if self.failed else ""


@dataclass(frozen=True)
class _Outgoing:
    id: int
    to: str
    subject: str
    body: str


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
                    self._reschedule(message.id, f"Serveur injoignable : {exc}", now)
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
            for row in rows:
                row.next_attempt_at = now + CLAIM
            return [_Outgoing(r.id, r.to, r.subject, r.body) for r in rows]

    def _connect(self) -> smtplib.SMTP:
        values = self.settings.all()
        host = values["mail.smtp_host"]
        if not host:
            raise smtplib.SMTPException("aucun serveur SMTP n'est configuré")
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
        email = EmailMessage()
        email["From"] = self.settings.get("mail.sender")
        email["To"] = message.to
        email["Subject"] = message.subject
        email.set_content(message.body)
        try:
            smtp.send_message(email)
        except smtplib.SMTPRecipientsRefused as exc:
            self._finish(message.id, "failed", f"Destinataire refusé : {exc.recipients}", None)
            return "failed"
        except (TimeoutError, smtplib.SMTPServerDisconnected):
            raise
        except smtplib.SMTPResponseException as exc:
            if 500 <= exc.smtp_code < 600:
                self._finish(message.id, "failed", f"Refusé par le serveur ({exc.smtp_code})", None)
                return "failed"
            self._reschedule(message.id, f"Erreur temporaire ({exc.smtp_code})", now)
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
