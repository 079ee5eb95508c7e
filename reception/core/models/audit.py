"""The audit trail: one row per change a person makes, chained by hash per desk."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from reception.core.models.base import Base, Syncable


class AuditEvent(Syncable, Base):
    """Who did what, when, at which desk, with the state before and after (JSON).

    `seq` numbers a desk's events without gaps; `hash` covers the event and the previous hash, so an
    edited, deleted or reordered event breaks the chain at that point.
    """

    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_desk_seq", "desk_code", "seq", unique=True),
        Index("ix_audit_events_at", "at"),
    )

    desk_code: Mapped[str] = mapped_column(String(16))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime]
    user_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    username: Mapped[str] = mapped_column(String(60), default="")
    action: Mapped[str] = mapped_column(String(60), index=True)
    entity: Mapped[str] = mapped_column(String(60), default="")
    entity_id: Mapped[str] = mapped_column(String(36), default="")
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
