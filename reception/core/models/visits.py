"""Visitors and their visits: check-in, badges, pre-registration, the watch list and the host mail queue.

Personal data (names, phone, e-mail, ID numbers) lives on `Visitor` and `ExpectedVisit` only, so the purge
(law 09-08) anonymises a person in one place while visits keep their date, host, company and type.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from reception.core.i18n import N_, Labels
from reception.core.limits import DERIVED, note_limit
from reception.core.models.base import Base, Syncable

VISIT_TYPES: Labels[str] = Labels({
    "meeting": N_("Réunion"),
    "interview": N_("Entretien"),
    "delivery": N_("Livraison"),
    "contractor": N_("Prestataire"),
    "event": N_("Événement"),
    "other": N_("Autre"),
})
CHECKOUT_KINDS: Labels[str] = Labels({
    "": "",
    "desk": N_("À l'accueil"),
    "scan": N_("Badge scanné"),
    "bulk": N_("Sortie générale"),
    "auto": N_("Sortie non pointée"),
})


class Visitor(Syncable, Base):
    """A person who came (or is expected); `search_key` is fold("last first organisation")."""

    __tablename__ = "visitors"
    __table_args__ = (
        Index("ix_visitors_last_visit_at", "last_visit_at"),
        Index("ix_visitors_search_key", "search_key", "last_visit_at"),  # a returning guest's record
    )

    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    id_type: Mapped[str] = mapped_column(String(40), default="")
    id_number: Mapped[str] = mapped_column(String(60), default="")
    search_key: Mapped[str] = mapped_column(String(420), default="", info=DERIVED)
    last_visit_at: Mapped[datetime | None] = mapped_column(nullable=True)
    anonymised: Mapped[bool] = mapped_column(Boolean, default=False)


class VisitorWord(Base):
    """One word of a visitor's search key, with the visitor's last visit: the returning-visitor index.

    Desk-local and derived (rebuilt from `visitors` by the service): a prefix range on `word`, ordered by
    `last_visit_at`, finds the most recent matches among 200,000 visitors without scanning them.
    """

    __tablename__ = "visitor_words"
    __table_args__ = (Index("ix_visitor_words_word_recent", "word", "last_visit_at", "visitor_id"),)

    visitor_id: Mapped[str] = mapped_column(ForeignKey("visitors.id", ondelete="CASCADE"), primary_key=True)
    word: Mapped[str] = mapped_column(String(100), primary_key=True, info=DERIVED)
    last_visit_at: Mapped[datetime | None] = mapped_column(nullable=True)


class Visit(Syncable, Base):
    """One stay in the building, from check-in to check-out; written once, closed by the check-out."""

    __tablename__ = "visits"
    __table_args__ = (
        Index("ix_visits_checked_in_at", "checked_in_at"),
        Index("ix_visits_on_site", "checked_out_at", "checked_in_at"),
        Index("ix_visits_visitor", "visitor_id", "checked_in_at"),
        Index("ix_visits_host_tenant", "host_tenant_id", "checked_in_at"),
    )

    visitor_id: Mapped[str | None] = mapped_column(ForeignKey("visitors.id"), nullable=True)
    host_employee_id: Mapped[str | None] = mapped_column(ForeignKey("employees.id"), nullable=True)
    host_tenant_id: Mapped[str | None] = mapped_column(ForeignKey("tenants.id"), nullable=True)
    visit_type: Mapped[str] = mapped_column(String(20), default="meeting")
    checked_in_at: Mapped[datetime]
    expected_end: Mapped[datetime | None] = mapped_column(nullable=True)
    checked_out_at: Mapped[datetime | None] = mapped_column(nullable=True)
    checkout_kind: Mapped[str] = mapped_column(String(10), default="")
    badge_number: Mapped[str] = mapped_column(String(40))
    badge_code: Mapped[str] = mapped_column(String(40), unique=True)
    notes: Mapped[str] = mapped_column(Text, default="", info=note_limit())
    reprint_count: Mapped[int] = mapped_column(Integer, default=0)
    desk_code: Mapped[str] = mapped_column(String(16), default="")
    event_name: Mapped[str] = mapped_column(String(200), default="")
    watchlist_entry_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    watchlist_approved_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    anonymised: Mapped[bool] = mapped_column(Boolean, default=False)


class ExpectedVisit(Syncable, Base):
    """A pre-registered visitor for a day (a meeting announced by a host, an event's guest list)."""

    __tablename__ = "expected_visits"
    __table_args__ = (Index("ix_expected_visits_day", "day", "status"),)

    day: Mapped[date] = mapped_column(Date)
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    host_employee_id: Mapped[str | None] = mapped_column(ForeignKey("employees.id"), nullable=True)
    visit_type: Mapped[str] = mapped_column(String(20), default="meeting")
    event_name: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(12), default="expected")
    badge_code: Mapped[str] = mapped_column(String(40), default="")
    visit_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class WatchListEntry(Syncable, Base):
    """A person the park does not let in without a manager's decision; kept by managers centrally."""

    __tablename__ = "watchlist_entries"
    sync_owner = "central"

    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100), default="")
    name_key: Mapped[str] = mapped_column(String(220), index=True, info=DERIVED)
    id_number: Mapped[str] = mapped_column(String(60), default="", index=True)
    reason: Mapped[str] = mapped_column(Text, default="", info=note_limit())
    until: Mapped[date | None] = mapped_column(Date, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


ERASED_VALUES: dict[str, dict[str, object]] = {
    "visitors": {"last_name": "", "first_name": "", "organisation": "", "phone": "", "email": "", "id_type": "",
                 "id_number": "", "search_key": "", "anonymised": True},
    "visits": {"visitor_id": None, "notes": "", "anonymised": True},
    "expected_visits": {"last_name": "", "first_name": "", "organisation": "", "phone": "", "email": ""},
}
"""What erasure and the purge write over a person's data, by table and column: the desk's rows, the outbox
payloads of those rows and central's copy are all rewritten from this one table (law 09-08)."""


class BadgeCounter(Base):
    """The desk's gapless badge counter for one day, incremented in the check-in's transaction."""

    __tablename__ = "badge_counters"

    desk_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class MailMessage(Base):
    """An e-mail waiting to leave this desk (host notifications, invitations); sent by services/mail.py with
    retries. `html_body` and the parts (an inline QR image, an .ics file) make it multipart when present."""

    __tablename__ = "mail_messages"
    __table_args__ = (Index("ix_mail_messages_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    visit_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    """The visit a host notification is about, so erasing the visitor finds its mail."""
    expected_visit_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    """The expected visit an invitation (or its cancellation) is about: cancelling or erasing it finds it."""
    language: Mapped[str] = mapped_column(String(5), default="")
    """The language the message is written in (an invitation's cancellation follows it)."""
    to: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    html_body: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None] = mapped_column(nullable=True)


class MailPart(Base):
    """A file carried by a queued e-mail: an image shown inside its HTML (`content_id` set) or an attachment."""

    __tablename__ = "mail_parts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("mail_messages.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(100))
    content_type: Mapped[str] = mapped_column(String(60))
    content_id: Mapped[str] = mapped_column(String(100), default="")
    data: Mapped[bytes] = mapped_column(LargeBinary)
