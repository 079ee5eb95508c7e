"""Tables that belong to this desk only: its identity, its settings and the sync outbox."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from reception.core.models.base import Base


class LocalIdentity(Base):
    """Which site and desk this database belongs to, and its epoch.

    The epoch changes after a restore from backup or a re-install, so the central database can tell
    a replayed history from a new one.
    """

    __tablename__ = "local_identity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_code: Mapped[str] = mapped_column(String(16))
    desk_code: Mapped[str] = mapped_column(String(16))
    epoch: Mapped[str] = mapped_column(String(36))
    series: Mapped[str] = mapped_column(String(8), default="", server_default="")
    """Empty: numbers in the desk's main series; else a provisional series after a restore (docs/sync.md)."""
    acked_event: Mapped[str] = mapped_column(String(36), default="", server_default="")
    """The last event of this desk that central acknowledged or that a recovery brought back."""
    history_loaded: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    """Rows written without outbox events (demo, import) have reached central (sync/initial_load.py)."""


class Setting(Base):
    """One setting's value as JSON; names, types and defaults live in services/settings.py."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class OutboxEvent(Base):
    """A change waiting to be pushed to the central database (written by core/outbox.py only)."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_pending", "sent_at", "seq"), Index("ix_outbox_row", "row_id"))

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    desk_code: Mapped[str] = mapped_column(String(16))
    epoch: Mapped[str] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(60))
    op: Mapped[str] = mapped_column(String(10))
    row_id: Mapped[str] = mapped_column(String(36))
    payload: Mapped[str] = mapped_column(Text)
    schema_rev: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None] = mapped_column(nullable=True)
