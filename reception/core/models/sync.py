"""Desk-side sync state: the log of runs, the pull cursors and the conflicts waiting for a manager.

These tables belong to the desk only (they are not Syncable); reception/sync writes them, the status bar,
Accueil and the digest read them through reception/core/services/sync_status.py.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from reception.core.models.base import Base


class SyncRun(Base):
    """One sync attempt, with its counts and outcome (the CLI exit code)."""

    __tablename__ = "sync_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    trigger: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None] = mapped_column(nullable=True)
    pushed: Mapped[int] = mapped_column(Integer, default=0)
    pulled: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[int | None] = mapped_column(Integer, nullable=True)
    error: Mapped[str] = mapped_column(Text, default="")
    warning: Mapped[str] = mapped_column(Text, default="")


class SyncCursor(Base):
    """Where the pull of one table stopped: central transaction id and row id (keyset order)."""

    __tablename__ = "sync_cursors"

    entity: Mapped[str] = mapped_column(String(60), primary_key=True)
    txid: Mapped[int] = mapped_column(BigInteger)
    row_id: Mapped[str] = mapped_column(String(36), default="")


class SyncConflict(Base):
    """Something the sync could not settle alone: a refused row, a stale reference edit, an overlap.

    `key` makes recording idempotent (a resent batch reports the same conflict again); `payload` keeps
    the desk's version of a refused edit, so nothing typed at a desk is ever lost.
    """

    __tablename__ = "sync_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    other_row_id: Mapped[str] = mapped_column(String(36), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[str] = mapped_column(Text, default="")
    detected_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None] = mapped_column(nullable=True)
    resolved_by: Mapped[str] = mapped_column(String(60), default="")
    resolution: Mapped[str] = mapped_column(Text, default="", server_default="")
    shared_at: Mapped[datetime | None] = mapped_column(nullable=True)
    """When central learnt of the settlement (conflicts are data at central too)."""
