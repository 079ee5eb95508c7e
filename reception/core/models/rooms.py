"""Meeting rooms: the rooms and tenants' free quotas (central reference data), bookings and series (desk data)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from reception.core.limits import note_limit
from reception.core.models.base import Base, Syncable

CONFIRMED, CANCELLED, RELEASED = "confirmed", "cancelled", "released"
"""Booking statuses; RELEASED is a no-show whose slot was given back."""


class Room(Syncable, Base):
    """A shared meeting room. Null opening hours mean the site's own (Site.opens_at / closes_at)."""

    __tablename__ = "rooms"
    sync_owner = "central"

    name: Mapped[str] = mapped_column(String(80), index=True)
    floor: Mapped[str] = mapped_column(String(20), default="")
    capacity: Mapped[int] = mapped_column(Integer)
    equipment: Mapped[str] = mapped_column(String(300), default="")  # comma-separated list
    hourly_price_centimes: Mapped[int] = mapped_column(Integer, default=0)
    opens_at: Mapped[str | None] = mapped_column(String(5), nullable=True)
    closes_at: Mapped[str | None] = mapped_column(String(5), nullable=True)
    buffer_minutes: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class TenantRoomQuota(Syncable, Base):
    """Free room minutes a tenant gets each month before the hourly price applies."""

    __tablename__ = "tenant_room_quotas"
    sync_owner = "central"

    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), unique=True)
    free_minutes_per_month: Mapped[int] = mapped_column(Integer, default=0)


class BookingSeries(Syncable, Base):
    """A repeating booking: an RRULE evaluated in Casablanca wall-clock time from `dtstart_local`.

    Local time (naive, Africa/Casablanca) is what the person chose, so 10:00 stays 10:00 when the
    offset changes around Ramadan; each occurrence is a Booking row carrying its `occurrence_key`.
    """

    __tablename__ = "booking_series"

    room_id: Mapped[str] = mapped_column(ForeignKey("rooms.id"))
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    organiser_employee_id: Mapped[str | None] = mapped_column(ForeignKey("employees.id"), nullable=True)
    title: Mapped[str] = mapped_column(String(120))
    rule: Mapped[str] = mapped_column(String(200))
    dtstart_local: Mapped[datetime] = mapped_column(DateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    until: Mapped[date | None] = mapped_column(Date, nullable=True)
    count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    attendees: Mapped[int] = mapped_column(Integer, default=1)
    notes: Mapped[str] = mapped_column(Text, default="", info=note_limit())
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Booking(Syncable, Base):
    """One booked slot of a room, in UTC on 15-minute steps."""

    __tablename__ = "bookings"
    __table_args__ = (
        Index("ix_bookings_room_status_start_end", "room_id", "status", "start_at", "end_at"),
        Index("ix_bookings_start_at", "start_at"),
        Index("ix_bookings_tenant_start", "tenant_id", "start_at"),
        Index("ix_bookings_series", "series_id"),
    )

    room_id: Mapped[str] = mapped_column(ForeignKey("rooms.id"))
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    organiser_employee_id: Mapped[str | None] = mapped_column(ForeignKey("employees.id"), nullable=True)
    title: Mapped[str] = mapped_column(String(120))
    start_at: Mapped[datetime]
    end_at: Mapped[datetime]
    attendees: Mapped[int] = mapped_column(Integer, default=1)
    notes: Mapped[str] = mapped_column(Text, default="", info=note_limit())
    status: Mapped[str] = mapped_column(String(12), default=CONFIRMED)
    arrived_at: Mapped[datetime | None] = mapped_column(nullable=True)
    released_at: Mapped[datetime | None] = mapped_column(nullable=True)
    series_id: Mapped[str | None] = mapped_column(ForeignKey("booking_series.id"), nullable=True)
    occurrence_key: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)  # original local start
    detached: Mapped[bool] = mapped_column(Boolean, default=False)  # edited on its own, kept by series edits
    conflict: Mapped[bool] = mapped_column(Boolean, default=False)  # set by the sync: another desk overlaps
    capacity_override_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
