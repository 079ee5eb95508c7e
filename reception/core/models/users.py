"""Console users (receptionists, facilities staff, managers, admins) and their login state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from reception.core.models.base import Base, Syncable


class User(Syncable, Base):
    """Someone who logs in at a desk. Roles are names from services/permissions.py."""

    __tablename__ = "users"
    sync_owner = "central"

    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class LoginState(Base):
    """Failed attempts and lockout, kept per desk: a lockout is about this keyboard, not synced."""

    __tablename__ = "login_state"

    username: Mapped[str] = mapped_column(String(60), primary_key=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(nullable=True)
