"""Demo room history: twelve rooms, weekly series and one-off bookings over the years (and four weeks ahead),
with arrivals, cancellations and no-shows, the tenants' free quotas; bulk inserts, no overlap ever.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from reception.core.clock import local_to_utc
from reception.core.demo.context import DemoContext, history_writer
from reception.core.models import Booking, BookingSeries, Room, TenantRoomQuota
from reception.core.models.rooms import CANCELLED, CONFIRMED, RELEASED

ROOMS = (  # name, floor, capacity, equipment, DH per hour, buffer minutes, opens, closes
    ("Atlas", "0", 12, "Projecteur, Écran, Tableau blanc", 250, 15, None, None),
    ("Toubkal", "0", 20, "Visioconférence, Projecteur, Sonorisation", 400, 15, None, None),
    ("Rif", "1", 4, "Écran", 100, 0, None, None),
    ("Souss", "1", 6, "Écran, Tableau blanc", 150, 0, None, None),
    ("Oasis", "1", 8, "Visioconférence, Écran", 200, 15, None, None),
    ("Argan", "2", 6, "Tableau blanc", 150, 0, None, None),
    ("Zellige", "2", 10, "Projecteur, Tableau blanc", 200, 15, None, None),
    ("Majorelle", "3", 16, "Visioconférence, Projecteur", 350, 15, None, None),
    ("Cèdre", "3", 4, "Écran", 100, 0, None, None),
    ("Médina", "4", 8, "Écran, Visioconférence", 200, 0, None, None),
    ("Bouregreg", "4", 30, "Projecteur, Sonorisation, Scène", 600, 30, "07:00", "22:00"),
    ("Kasbah", "5", 2, "Écran", 80, 0, None, None),
)
TITLES = ("Réunion d'équipe", "Point client", "Entretien de recrutement", "Comité de direction", "Formation",
          "Atelier produit", "Revue de sprint", "Démonstration", "Visioconférence partenaires", "Séminaire",
          "Réunion commerciale", "Point projet", "Présentation investisseurs", "Brainstorming")
SERIES_TITLES = ("Réunion hebdomadaire", "Comité de pilotage", "Daily stand-up", "Point commercial")
NO_SHOW_RATE, CANCEL_RATE = 0.07, 0.04
FUTURE_DAYS = 28


@dataclass
class _Series:
    id: str
    room: int
    weekday: int
    start_q: int  # quarter hours after 08:00
    length_q: int
    first: date
    last: date
    tenant: dict[str, Any]
    title: str


def _rooms(ctx: DemoContext, at: datetime) -> list[dict[str, Any]]:
    return [{**ctx.stamp(at), "name": name, "floor": floor, "capacity": cap, "equipment": equipment,
             "hourly_price_centimes": price * 100, "buffer_minutes": buffer, "opens_at": opens, "closes_at": closes,
             "active": True} for name, floor, cap, equipment, price, buffer, opens, closes in ROOMS]


def _series(ctx: DemoContext, rooms: list[dict[str, Any]], end: date) -> list[_Series]:
    rng, result = ctx.rng, []
    span_days = (end - ctx.start).days
    for _ in range(max(4, span_days // 120)):
        first = ctx.start + timedelta(days=rng.randrange(max(1, span_days - 30)))
        result.append(_Series(
            id="", room=rng.randrange(len(rooms) - 1), weekday=rng.randrange(5), start_q=rng.choice((4, 8, 24, 32)),
            length_q=rng.choice((2, 4, 4, 6)), first=first, last=first + timedelta(weeks=rng.randint(8, 52)),
            tenant=rng.choice(ctx.tenants), title=rng.choice(SERIES_TITLES)))
    return result


@history_writer(order=20)
def write_room_history(ctx: DemoContext) -> None:
    rng = ctx.rng
    opened = local_to_utc(ctx.start, 8)
    rooms = _rooms(ctx, opened)
    ctx.insert(Room.__table__, rooms)
    ctx.insert(TenantRoomQuota.__table__, [
        {**ctx.stamp(opened), "tenant_id": t["id"], "free_minutes_per_month": rng.choice((60, 120, 240, 480))}
        for t in ctx.tenants if rng.random() < 0.6])
    staff: dict[str, list[str]] = {}
    for employee in ctx.employees:
        staff.setdefault(employee["tenant_id"], []).append(employee["id"])
    end = ctx.end + timedelta(days=FUTURE_DAYS)
    series = _series(ctx, rooms, end)
    series_rows = []
    for s in series:
        at = local_to_utc(s.first, 8)
        start_local = datetime(s.first.year, s.first.month, s.first.day, 8) + timedelta(minutes=15 * s.start_q)
        row = {**ctx.stamp(at), "room_id": rooms[s.room]["id"], "tenant_id": s.tenant["id"],
               "organiser_employee_id": rng.choice(staff.get(s.tenant["id"], [None])), "title": s.title,
               "rule": f"FREQ=WEEKLY;INTERVAL=1;BYDAY={('MO', 'TU', 'WE', 'TH', 'FR')[s.weekday]};"
                       f"UNTIL={s.last:%Y%m%d}T235959",
               "dtstart_local": start_local, "duration_minutes": 15 * s.length_q, "until": s.last, "count": None,
               "attendees": 4, "notes": "", "active": True}
        s.id = row["id"]
        series_rows.append(row)
    ctx.insert(BookingSeries.__table__, series_rows)
    writer = _BookingWriter(ctx, rooms, staff, series)
    day = ctx.start
    while day < end:
        if day.weekday() < 6:
            writer.day(day)
        day += timedelta(days=1)
    writer.flush()


class _BookingWriter:
    """Fills each room's day with the series' occurrences then one-off bookings, never closer than the buffer."""

    def __init__(self, ctx: DemoContext, rooms: list[dict[str, Any]], staff: dict[str, list[str]],
                 series: list[_Series]) -> None:
        self.ctx, self.rooms, self.staff, self.series = ctx, rooms, staff, series
        self.rows: list[dict[str, Any]] = []
        self.now = local_to_utc(ctx.end, 10)
        self.user = ctx.users.get("receptionist")

    def day(self, day: date) -> None:
        rng = self.ctx.rng
        quarters = 48 if day.weekday() < 5 else 16  # 08:00–20:00, Saturday mornings only
        for index, room in enumerate(self.rooms):
            taken: list[tuple[int, int]] = []
            gap = room["buffer_minutes"] // 15
            for s in self.series:
                if s.room == index and s.weekday == day.weekday() and s.first <= day <= s.last:
                    self._add(room, day, s.start_q, s.length_q, s.tenant, s.title, s.id)
                    taken.append((s.start_q, s.start_q + s.length_q))
            wanted = rng.choice((0, 1, 1, 2, 2, 3, 3, 4, 5)) if day.weekday() < 5 else rng.choice((0, 0, 1))
            for _ in range(wanted):
                length = rng.choice((2, 4, 4, 4, 6, 8, 12))
                start = rng.randrange(0, max(1, quarters - length))
                if all(start + length + gap <= a or b + gap <= start for a, b in taken):
                    taken.append((start, start + length))
                    self._add(room, day, start, length, rng.choice(self.ctx.tenants), rng.choice(TITLES), None)

    def _add(self, room: dict[str, Any], day: date, start_q: int, length_q: int, tenant: dict[str, Any],
             title: str, series_id: str | None) -> None:
        rng = self.ctx.rng
        start = local_to_utc(day, 8 + start_q // 4, start_q % 4 * 15)
        end = start + timedelta(minutes=15 * length_q)
        booked_at = start - timedelta(days=rng.randint(0, 20), hours=rng.randint(0, 8))
        status, arrived, released = CONFIRMED, None, None
        if start < self.now:
            roll = rng.random()
            if roll < CANCEL_RATE:
                status = CANCELLED
            elif roll < CANCEL_RATE + NO_SHOW_RATE:
                status, released = RELEASED, start + timedelta(minutes=15)
            else:
                arrived = start + timedelta(minutes=rng.randint(-10, 10))
        row = {**self.ctx.stamp(booked_at), "room_id": room["id"], "tenant_id": tenant["id"],
               "organiser_employee_id": rng.choice(self.staff.get(tenant["id"], [None])), "title": title,
               "start_at": start, "end_at": end, "attendees": rng.randint(1, room["capacity"]), "notes": "",
               "status": status, "arrived_at": arrived, "released_at": released, "series_id": series_id,
               "occurrence_key": (datetime(day.year, day.month, day.day, 8) + timedelta(minutes=15 * start_q)
                                  if series_id else None),
               "detached": False, "conflict": False, "capacity_override_by": None}
        self.rows.append(row)
        if series_id is None and booked_at < self.now:
            self.ctx.audit(booked_at, self.user, "rooms.book", "bookings", row["id"])
        if len(self.rows) >= 20_000:
            self.flush()

    def flush(self) -> None:
        self.ctx.insert(Booking.__table__, self.rows)
        self.rows = []
