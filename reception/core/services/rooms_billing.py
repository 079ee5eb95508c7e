"""Room money and figures: a tenant's monthly statement and the rooms' utilisation over a period.

Billing rule (also in docs/rooms.md):
- every booking of the month that was not cancelled counts, no-shows included (the room was held);
- the tenant's free minutes of the month are used up in chronological order, oldest booking first;
- the remaining (billable) minutes are summed per room, because rooms have their own hourly price, and
  each room's sum is converted once: minutes × hourly price / 60, rounded half up to the centime.
  Summing before rounding means the total never drifts by a centime per booking.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.clock import local_day_bounds, to_local
from reception.core.errors import NotFound
from reception.core.i18n import _
from reception.core.models import Booking, Room, Tenant, TenantRoomQuota
from reception.core.models.rooms import CANCELLED, RELEASED
from reception.core.services.rooms_data import (
    RoomCharge,
    RoomRow,
    RoomUtilisation,
    Statement,
    StatementLine,
    Utilisation,
)
from reception.core.services.rooms_queries import booking_query, booking_row, room_row
from reception.core.services.rooms_rules import amount_for


def next_month(month: date) -> date:
    return (month.replace(day=1) + timedelta(days=32)).replace(day=1)


def build_statement(session: Session, tenant_id: str, month: date) -> Statement:
    tenant = session.get(Tenant, tenant_id)
    if tenant is None:
        raise NotFound(_("Société introuvable."))
    start = local_day_bounds(month)[0]
    end = local_day_bounds(next_month(month))[0]
    quota = session.execute(select(TenantRoomQuota.free_minutes_per_month)
                            .where(TenantRoomQuota.tenant_id == tenant_id)).scalar_one_or_none() or 0
    rows = session.execute(booking_query().where(
        Booking.tenant_id == tenant_id, Booking.start_at >= start, Booking.start_at < end,
        Booking.status != CANCELLED,
    ).order_by(Booking.start_at))
    prices = {r.id: r.hourly_price_centimes for r in session.execute(select(Room.id, Room.hourly_price_centimes))}
    left = quota
    lines: list[StatementLine] = []
    billable_by_room: dict[str, int] = defaultdict(int)
    names: dict[str, str] = {}
    for row in rows:
        booking = booking_row(row)
        free = min(left, booking.minutes)
        left -= free
        lines.append(StatementLine(booking, booking.minutes, free, booking.minutes - free))
        billable_by_room[booking.room_id] += booking.minutes - free
        names[booking.room_id] = booking.room_name
    charges = tuple(
        RoomCharge(names[room_id], prices[room_id], minutes, amount_for(minutes, prices[room_id]))
        for room_id, minutes in sorted(billable_by_room.items(), key=lambda item: names[item[0]])
        if minutes
    )
    return Statement(tenant.id, tenant.name, month, tuple(lines), charges, quota)


def build_month_statements(session: Session, month: date) -> tuple[Statement, ...]:
    """Every company's statement for the month, by name: the active companies and any former one that still
    booked a room that month (a company with nothing has an empty statement, so a summary can list it)."""
    start = local_day_bounds(month)[0]
    end = local_day_bounds(next_month(month))[0]
    booked = select(Booking.tenant_id).where(Booking.start_at >= start, Booking.start_at < end)
    tenant_ids = session.execute(select(Tenant.id).where(Tenant.active | Tenant.id.in_(booked))
                                 .order_by(Tenant.search_key, Tenant.name)).scalars().all()
    return tuple(build_statement(session, tenant_id, month) for tenant_id in tenant_ids)


def bookable_days(date_from: date, date_to: date) -> int:
    """Days the rooms can be booked: every day but Sunday."""
    days = (date_to - date_from).days + 1
    return sum(1 for i in range(days) if (date_from + timedelta(days=i)).weekday() != 6)


def build_utilisation(session: Session, date_from: date, date_to: date, site_opens: str,
                      site_closes: str) -> Utilisation:
    """Booked / bookable minutes per room, no-show rate and minutes booked per hour of the day."""
    start = local_day_bounds(date_from)[0]
    end = local_day_bounds(date_to)[1]
    rooms: list[RoomRow] = [room_row(r) for r in session.execute(select(Room).order_by(Room.floor, Room.name))
                            .scalars()]
    days = bookable_days(date_from, date_to)
    booked: dict[str, int] = defaultdict(int)
    counts: dict[str, int] = defaultdict(int)
    no_shows: dict[str, int] = defaultdict(int)
    by_hour: dict[int, int] = defaultdict(int)
    rows = session.execute(select(Booking.room_id, Booking.start_at, Booking.end_at, Booking.status).where(
        Booking.start_at >= start, Booking.start_at < end, Booking.status != CANCELLED))
    for room_id, b_start, b_end, status in rows:
        minutes = int((b_end - b_start).total_seconds() // 60)
        booked[room_id] += minutes
        counts[room_id] += 1
        no_shows[room_id] += status == RELEASED
        _spread_by_hour(by_hour, to_local(b_start), minutes)
    result = []
    for room in rooms:
        if not room.active and not counts[room.id]:
            continue
        opens, closes = room.hours(site_opens, site_closes)
        per_day = (closes.hour * 60 + closes.minute) - (opens.hour * 60 + opens.minute)
        result.append(RoomUtilisation(room.name, per_day * days, booked[room.id], counts[room.id],
                                      no_shows[room.id]))
    return Utilisation(date_from, date_to, tuple(result), dict(sorted(by_hour.items())))


def _spread_by_hour(by_hour: dict[int, int], local_start: datetime, minutes: int) -> None:
    """Adds a booking's minutes to each local hour it covers (10:30–12:00: 30 to 10 h, 60 to 11 h)."""
    hour, offset = local_start.hour, local_start.minute
    while minutes > 0:
        chunk = min(60 - offset, minutes)
        by_hour[hour] += chunk
        minutes -= chunk
        hour, offset = hour + 1, 0
