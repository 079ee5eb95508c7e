"""Property: whatever people do, no two confirmed bookings of a room come closer than its buffer,
and every refusal says why in words."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import combinations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from reception.core.errors import DomainError, ValidationError
from reception.core.models import Booking, BookingSeries, Room
from reception.core.models.rooms import CONFIRMED
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.rooms import slot
from reception.core.services.rooms_data import BookingDraft, SeriesRule
from tests.rooms_support import make_rooms

DAYS = [date(2026, 11, 26) + timedelta(days=i) for i in range(6)]  # from the test clock's day on
ROOMS = ("atlas", "rif")  # Atlas keeps a 15-minute buffer, Rif none

times = st.integers(min_value=7 * 4, max_value=21 * 4)  # quarter hours, some outside 08:00–20:00
lengths = st.integers(min_value=-2, max_value=12)  # quarter hours; zero or less must be refused
ops = st.one_of(
    st.tuples(st.just("create"), st.sampled_from(ROOMS), st.sampled_from(DAYS), times, lengths),
    st.tuples(st.just("move"), st.integers(0, 30), st.sampled_from(DAYS), times, st.sampled_from(ROOMS)),
    st.tuples(st.just("resize"), st.integers(0, 30), lengths),
    st.tuples(st.just("cancel"), st.integers(0, 30)),
    st.tuples(st.just("series"), st.sampled_from(ROOMS), st.sampled_from(DAYS), times, st.booleans()),
)


def _at(day: date, quarter: int) -> datetime:
    return slot(day, time(min(quarter // 4, 23), quarter % 4 * 15), time(0))[0]


def _apply(services: Services, actor: Actor, rooms: dict[str, str], tenant: str, known: list[str], op: tuple) -> None:
    kind = op[0]
    if kind == "create":
        _, room, day, start, length = op
        begin = _at(day, start)
        end = begin + timedelta(minutes=15 * length)
        row = services.rooms.book(actor, BookingDraft(rooms[room], tenant, begin, end, "Réunion"))
        known.append(row.id)
    elif kind == "series":
        _, room, day, start, skip = op
        begin = _at(day, start)
        draft = BookingDraft(rooms[room], tenant, begin, begin + timedelta(hours=1), "Série")
        result = services.rooms.book_series(actor, draft, SeriesRule("daily", count=4), skip_conflicts=skip)
        known.extend(b.id for b in result.booked)
    elif known:
        target = known[op[1] % len(known)]
        if kind == "move":
            _, _, day, start, room = op
            current = services.rooms.booking(actor, target)
            begin = _at(day, start)
            services.rooms.move(actor, target, begin, begin + (current.end_at - current.start_at), rooms[room])
        elif kind == "resize":
            current = services.rooms.booking(actor, target)
            services.rooms.resize(actor, target, current.start_at + timedelta(minutes=15 * op[2]))
        else:
            services.rooms.cancel(actor, target)


def _assert_no_overlap(services: Services) -> None:
    with services.db.read() as session:
        buffers = {r.id: timedelta(minutes=r.buffer_minutes) for r in session.execute(select(Room)).scalars()}
        confirmed = session.execute(select(Booking).where(Booking.status == CONFIRMED)).scalars().all()
    for a, b in combinations(confirmed, 2):
        if a.room_id == b.room_id:
            gap = buffers[a.room_id]
            assert not (a.start_at < b.end_at + gap and b.start_at < a.end_at + gap), (a.title, b.title)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(ops, min_size=1, max_size=14))
def test_no_sequence_of_operations_overlaps_confirmed_bookings(
        services: Services, facilities: Actor, receptionist: Actor, park: dict[str, str], operations: list) -> None:
    with services.db.write() as session:  # hypothesis reuses the fixtures: start each example afresh
        session.execute(delete(Booking))
        session.execute(delete(BookingSeries))
        session.execute(delete(Room))
    rooms = make_rooms(services, facilities)
    known: list[str] = []
    for op in operations:
        try:
            _apply(services, receptionist, rooms, park["atlas"], known, op)
        except ValidationError as refused:
            assert refused.errors and all(message.strip() for message in refused.errors.values())
        except DomainError as refused:
            assert refused.message.strip()
        _assert_no_overlap(services)
