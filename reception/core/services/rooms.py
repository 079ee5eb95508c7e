"""Meeting rooms: rooms and quotas, conflict-free bookings and series, arrivals and no-shows, the day's grid.

Every write re-checks its rules inside the write transaction (BEGIN IMMEDIATE), so two people booking the
same slot at once cannot both succeed. A confirmed booking keeps the room's buffer free on both sides;
released (no-show) and cancelled bookings free their slot at once.
Billing and utilisation live in rooms_billing.py; report kinds in rooms_reports.py (registered below).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, func, select, true
from sqlalchemy.orm import Session

from reception.core.clock import Clock, local_day_bounds, local_to_utc, to_local
from reception.core.database import Database
from reception.core.errors import Conflict, DomainError, NotFound, ValidationError
from reception.core.i18n import _, ngettext
from reception.core.limits import check_period
from reception.core.models import Booking, BookingSeries, Employee, Room, Site, Tenant, TenantRoomQuota
from reception.core.models.rooms import CANCELLED, CONFIRMED, RELEASED
from reception.core.services import audit, overview
from reception.core.services.permissions import Actor, Permission, require
from reception.core.services.rooms_billing import build_month_statements, build_statement, build_utilisation
from reception.core.services.rooms_data import (
    BookingDraft,
    BookingRow,
    DayGrid,
    Occurrence,
    RoomRow,
    SeriesChanges,
    SeriesPreview,
    SeriesResult,
    SeriesRule,
    SlotRoom,
    Statement,
    Utilisation,
    WeekView,
    hhmm,
)
from reception.core.services.rooms_ics import bookings_calendar
from reception.core.services.rooms_queries import booking_query, booking_row, room_row
from reception.core.services.rooms_rules import (
    MAX_OCCURRENCES,
    conflict_message,
    describe_rule,
    expand,
    from_wall,
    local_wall,
    on_step,
    rrule_text,
    rule_problem,
    within_hours,
)
from reception.core.services.settings import SettingsService
from reception.core.text import fold

DEFAULT_HOURS = ("08:00", "20:00")  # a desk whose site is not configured yet
_SITE_HOURS_ROW = select(Site.opens_at, Site.closes_at).limit(1)
_SITE_HOURS = _SITE_HOURS_ROW.subquery()
# built once, like _SLOT_ROOM and _COLLISION: book() runs them at every save, inside its write transaction
_TENANT_ID = select(Tenant.id).where(Tenant.id == bindparam("tenant_id"))
_ORGANISER_TENANT = select(Employee.tenant_id).where(Employee.id == bindparam("employee_id"))
_ROOM = select(Room).where(Room.id == bindparam("room_id"))
_BOOKING_ROW = booking_query().where(Booking.id == bindparam("booking_id"))
_SLOT_ROOM = (
    select(Room.id, Room.buffer_minutes, Room.opens_at, Room.closes_at,
           _SITE_HOURS.c.opens_at.label("site_opens"), _SITE_HOURS.c.closes_at.label("site_closes"))
    .outerjoin(_SITE_HOURS, true()).where(Room.id == bindparam("room_id"))
)
_COLLISION = (  # built once: a slot is checked at each change of the form, statement building cost half of it
    select(Booking.id, Booking.title, Booking.start_at, Booking.end_at, Tenant.name)
    .join(Tenant, Tenant.id == Booking.tenant_id)
    .where(Booking.room_id == bindparam("room_id"), Booking.status == CONFIRMED,
           Booking.start_at < bindparam("starts_before"), Booking.start_at > bindparam("starts_after"),
           Booking.end_at > bindparam("ends_after"), Booking.id.not_in(bindparam("ignore", expanding=True)))
    .order_by(Booking.start_at).limit(1)
)
ROOM_FIELDS = ("name", "floor", "capacity", "equipment", "hourly_price_centimes", "opens_at", "closes_at",
               "buffer_minutes", "active")
def check_room(values: dict[str, Any]) -> dict[str, Any]:
    """Cleans a room form; raises every field's problem at once."""
    errors: dict[str, str] = {}
    clean = {k: values[k] for k in ROOM_FIELDS if k in values}
    clean["name"] = str(values.get("name", "")).strip()
    if not clean["name"]:
        errors["name"] = _("Le nom de la salle est obligatoire.")
    for key, label, low in (("capacity", _("La capacité"), 1), ("hourly_price_centimes", _("Le prix"), 0),
                            ("buffer_minutes", _("Le battement"), 0)):
        try:
            clean[key] = int(values.get(key, 0 if low == 0 else ""))
        except (TypeError, ValueError):
            errors[key] = _("{field} doit être un nombre entier.").format(field=label)
            continue
        if clean[key] < low:
            errors[key] = _("{field} doit valoir au moins {low}.").format(field=label, low=low)
    if "buffer_minutes" not in errors and clean["buffer_minutes"] % 15:
        errors["buffer_minutes"] = _("Le battement se compte par pas de 15 minutes.")
    equipment = values.get("equipment", "")
    if not isinstance(equipment, str):
        equipment = ", ".join(equipment)
    clean["equipment"] = ", ".join(e.strip() for e in equipment.split(",") if e.strip())
    for key in ("opens_at", "closes_at"):
        text = (values.get(key) or "").strip()
        clean[key] = text or None
        if text:
            try:
                if hhmm(text).minute % 15:
                    errors[key] = _("Heure attendue sur un quart d'heure (ex. 08:00).")
            except ValueError:
                errors[key] = _("Heure attendue au format hh:mm.")
    if not errors and clean["opens_at"] and clean["closes_at"] and clean["opens_at"] >= clean["closes_at"]:
        errors["closes_at"] = _("La fermeture doit suivre l'ouverture.")
    if errors:
        raise ValidationError(errors)
    return clean


class RoomService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self.settings = SettingsService(db)

    # --- rooms and quotas ----------------------------------------------------------------------------

    def rooms(self, actor: Actor, include_inactive: bool = False) -> list[RoomRow]:
        require(actor, Permission.ROOMS_BOOK)
        stmt = select(Room).order_by(Room.floor, Room.name)
        if not include_inactive:
            stmt = stmt.where(Room.active)
        with self.db.read() as session:
            return [room_row(r) for r in session.execute(stmt).scalars()]

    def save_room(self, actor: Actor, values: dict[str, Any], room_id: str | None = None) -> RoomRow:
        require(actor, Permission.ROOMS_MANAGE)
        clean = check_room(values)
        with self.db.write() as session:
            clash = select(Room.id).where(func.lower(Room.name) == clean["name"].lower(), Room.id != (room_id or ""))
            if session.execute(clash).first():
                raise ValidationError({"name": _("Une salle s'appelle déjà « {name} ».").format(name=clean["name"])})
            if room_id is None:
                room = Room(**clean)
                session.add(room)
                session.flush()
                audit.record(session, actor, "rooms.room_create", entity="rooms", entity_id=room.id,
                             after=audit.snapshot(room), at=self.clock.now())
                return room_row(room)
            room = self._room(session, room_id)
            before = audit.snapshot(room)
            for key, value in clean.items():
                setattr(room, key, value)
            session.flush()
            audit.record(session, actor, "rooms.room_update", entity="rooms", entity_id=room.id, before=before,
                         after=audit.snapshot(room), at=self.clock.now())
            return room_row(room)

    def quotas(self, actor: Actor) -> dict[str, int]:
        """Free minutes per month by tenant id (tenants without a row get none)."""
        require(actor, Permission.ROOMS_BOOK)
        with self.db.read() as session:
            rows = session.execute(select(TenantRoomQuota.tenant_id, TenantRoomQuota.free_minutes_per_month))
            return {tenant_id: minutes for tenant_id, minutes in rows}

    def set_quota(self, actor: Actor, tenant_id: str, free_minutes_per_month: int) -> None:
        require(actor, Permission.ROOMS_MANAGE)
        if free_minutes_per_month < 0 or free_minutes_per_month % 15:
            raise ValidationError({"free_minutes": _("Le forfait gratuit se compte par pas de 15 minutes.")})
        with self.db.write() as session:
            if session.get(Tenant, tenant_id) is None:
                raise NotFound(_("Société introuvable."))
            quota = session.execute(
                select(TenantRoomQuota).where(TenantRoomQuota.tenant_id == tenant_id)
            ).scalar_one_or_none()
            before = None if quota is None else audit.snapshot(quota)
            if quota is None:
                quota = TenantRoomQuota(tenant_id=tenant_id)
                session.add(quota)
            quota.free_minutes_per_month = free_minutes_per_month
            session.flush()
            audit.record(session, actor, "rooms.quota", entity="tenant_room_quotas", entity_id=quota.id,
                         before=before, after=audit.snapshot(quota), at=self.clock.now())

    def find_room(self, actor: Actor, name: str) -> RoomRow:
        """A room by its name, accents and case ignored (for the command line)."""
        matches = [r for r in self.rooms(actor, include_inactive=True) if fold(r.name) == fold(name)]
        if not matches:
            raise NotFound(_("Aucune salle ne s'appelle « {name} ».").format(name=name))
        return matches[0]

    # --- reading bookings ----------------------------------------------------------------------------

    def booking(self, actor: Actor, booking_id: str) -> BookingRow:
        require(actor, Permission.ROOMS_BOOK)
        with self.db.read() as session:
            row = session.execute(booking_query().where(Booking.id == booking_id)).first()
            if row is None:
                raise NotFound(_("Réservation introuvable."))
            return booking_row(row)

    def bookings(self, actor: Actor, date_from: date, date_to: date, *, room_id: str | None = None,
                 tenant_id: str | None = None, statuses: Iterable[str] = (CONFIRMED, RELEASED)) -> list[BookingRow]:
        """Bookings starting on local days date_from..date_to (inclusive), oldest first."""
        require(actor, Permission.ROOMS_BOOK)
        start = local_day_bounds(date_from)[0]
        end = local_day_bounds(date_to)[1]
        stmt = booking_query().where(Booking.start_at >= start, Booking.start_at < end,
                                     Booking.status.in_(tuple(statuses)))
        if room_id:
            stmt = stmt.where(Booking.room_id == room_id)
        if tenant_id:
            stmt = stmt.where(Booking.tenant_id == tenant_id)
        with self.db.read() as session:
            return [booking_row(r) for r in session.execute(stmt.order_by(Booking.start_at, Room.name))]

    def series_bookings(self, actor: Actor, series_id: str) -> list[BookingRow]:
        """The series' occurrences from now on, whatever their status: what a whole-series edit or cancel
        would touch, and the ones edited one by one (detached) that an edit keeps."""
        require(actor, Permission.ROOMS_BOOK)
        stmt = booking_query().where(Booking.series_id == series_id, Booking.start_at >= self.clock.now())
        with self.db.read() as session:
            return [booking_row(r) for r in session.execute(stmt.order_by(Booking.start_at))]

    def day_grid(self, actor: Actor, day: date) -> DayGrid:
        """Active rooms and the day's confirmed bookings, read in one snapshot for the grid."""
        require(actor, Permission.ROOMS_BOOK)
        start, end = local_day_bounds(day)
        with self.db.read() as session:
            opens, closes = self._site_hours(session)
            rooms = tuple(room_row(r) for r in session.execute(
                select(Room).where(Room.active).order_by(Room.floor, Room.name)).scalars())
            stmt = booking_query().where(Booking.start_at >= start, Booking.start_at < end,
                                         Booking.status == CONFIRMED)
            bookings = tuple(booking_row(r) for r in session.execute(stmt.order_by(Booking.start_at)))
        hours = {r.id: r.hours(opens, closes) for r in rooms}
        first = min((h[0] for h in hours.values()), default=hhmm(opens))
        last = max((h[1] for h in hours.values()), default=hhmm(closes))
        return DayGrid(day, first, last, rooms, hours, bookings)

    def week(self, actor: Actor, room_id: str, monday: date) -> WeekView:
        """One room's confirmed bookings from Monday to Sunday."""
        require(actor, Permission.ROOMS_BOOK)
        monday -= timedelta(days=monday.weekday())
        days = tuple(monday + timedelta(days=i) for i in range(7))
        with self.db.read() as session:
            room = room_row(self._room(session, room_id))
            opens, closes = room.hours(*self._site_hours(session))
        bookings = self.bookings(actor, days[0], days[-1], room_id=room_id, statuses=(CONFIRMED,))
        return WeekView(room, monday, days, opens, closes, tuple(bookings))

    def slot_problem(self, actor: Actor, room_id: str, start_at: datetime, end_at: datetime,
                     ignore_id: str | None = None) -> str | None:
        """Why this slot cannot be booked (past, hours, the booking it collides with), or None: the form
        asks before saving so the person sees the collision next to the field."""
        require(actor, Permission.ROOMS_BOOK)
        if end_at <= start_at:
            return _("La fin doit être après le début.")
        with self.db.read() as session:
            return self._slot_problem(session, self._slot_room_by_id(session, room_id), start_at, end_at,
                                      {ignore_id} if ignore_id else None)

    # --- booking one slot ----------------------------------------------------------------------------

    def book(self, actor: Actor, draft: BookingDraft, approver: Actor | None = None) -> BookingRow:
        """Books one slot or refuses with the reason (fields, or the booking it collides with).

        `approver` is a manager who allowed more attendees than the room holds; that is audited.
        """
        require(actor, Permission.ROOMS_BOOK)
        with self.db.write() as session:
            room = self._check_draft(session, draft, approver)
            self._check_slot(session, room, draft.start_at, draft.end_at)
            booking = Booking(**self._columns(draft), status=CONFIRMED)
            self._mark_override(booking, room, draft, approver)
            session.add(booking)
            session.flush()
            audit.record(session, actor, "rooms.book", entity="bookings", entity_id=booking.id,
                         after=audit.snapshot(booking), at=self.clock.now())
            self._audit_override(session, approver, booking, room)
            return self._row(session, booking.id)

    def update(self, actor: Actor, booking_id: str, draft: BookingDraft, approver: Actor | None = None) -> BookingRow:
        """Edits a booking (room, times, details); an occurrence edited this way leaves its series' edits."""
        require(actor, Permission.ROOMS_BOOK)
        with self.db.write() as session:
            booking = self._live_booking(session, booking_id)
            room = self._check_draft(session, draft, approver)
            started = booking.start_at < self.clock.now()
            if started and draft.start_at != booking.start_at:
                raise ValidationError({"start_at": _("Cette réservation a commencé : son début ne peut plus changer.")})
            self._check_slot(session, room, draft.start_at, draft.end_at, ignore_id=booking.id,
                             allow_past=started)
            before = audit.snapshot(booking)
            moved = (draft.room_id, draft.start_at, draft.end_at) != (booking.room_id, booking.start_at,
                                                                      booking.end_at)
            for key, value in self._columns(draft).items():
                setattr(booking, key, value)
            booking.detached = booking.detached or booking.series_id is not None
            self._mark_override(booking, room, draft, approver)
            session.flush()
            audit.record(session, actor, "rooms.move" if moved else "rooms.update", entity="bookings",
                         entity_id=booking.id, before=before, after=audit.snapshot(booking), at=self.clock.now())
            self._audit_override(session, approver, booking, room)
            return self._row(session, booking.id)

    def move(self, actor: Actor, booking_id: str, start_at: datetime, end_at: datetime,
             room_id: str | None = None) -> BookingRow:
        """Moves (or resizes) a booking, possibly to another room, keeping everything else."""
        current = self.booking(actor, booking_id)
        draft = BookingDraft(room_id or current.room_id, current.tenant_id, start_at, end_at, current.title,
                             current.organiser_employee_id, current.attendees, current.notes)
        return self.update(actor, booking_id, draft)

    def resize(self, actor: Actor, booking_id: str, end_at: datetime) -> BookingRow:
        current = self.booking(actor, booking_id)
        return self.move(actor, booking_id, current.start_at, end_at)

    def cancel(self, actor: Actor, booking_id: str) -> BookingRow:
        """Cancels one booking (one occurrence of a series leaves the others untouched)."""
        require(actor, Permission.ROOMS_BOOK)
        with self.db.write() as session:
            booking = self._live_booking(session, booking_id)
            before = audit.snapshot(booking)
            booking.status = CANCELLED
            booking.detached = booking.series_id is not None
            session.flush()
            audit.record(session, actor, "rooms.cancel", entity="bookings", entity_id=booking.id, before=before,
                         after=audit.snapshot(booking), at=self.clock.now())
            return self._row(session, booking.id)

    # --- the day at the desk -------------------------------------------------------------------------

    def confirm_arrival(self, actor: Actor, booking_id: str) -> BookingRow:
        """The organiser is here ("présent"): the booking will not be released."""
        require(actor, Permission.ROOMS_BOOK)
        now = self.clock.now()
        with self.db.write() as session:
            booking = self._live_booking(session, booking_id)
            if booking.end_at <= now:
                raise DomainError(_("Cette réservation est terminée."))
            if booking.start_at - now > timedelta(hours=1):
                raise DomainError(_("Trop tôt : la présence se confirme au plus une heure avant le début."))
            if booking.arrived_at is None:
                booking.arrived_at = now
                session.flush()
                audit.record(session, actor, "rooms.arrival", entity="bookings", entity_id=booking.id,
                             after={"arrived_at": now.isoformat()}, at=now)
            return self._row(session, booking.id)

    def release_no_shows(self, actor: Actor) -> list[BookingRow]:
        """Releases confirmed bookings whose organiser did not come within the setting's minutes of the start.

        The slot is free again at once; the booking stays, with status "released", counted as a no-show.
        """
        require(actor, Permission.ROOMS_BOOK)
        now = self.clock.now()
        late = now - timedelta(minutes=int(self.settings.get("rooms.no_show_minutes")))
        with self.db.write() as session:
            due = session.execute(select(Booking).where(
                Booking.status == CONFIRMED, Booking.arrived_at.is_(None), Booking.start_at <= late,
                Booking.end_at > late - timedelta(days=1),
            )).scalars().all()
            for booking in due:
                booking.status, booking.released_at = RELEASED, now
            session.flush()
            for booking in due:
                audit.record(session, actor, "rooms.no_show", entity="bookings", entity_id=booking.id,
                             after={"status": RELEASED}, at=now)
            return [self._row(session, b.id) for b in due]

    # --- series --------------------------------------------------------------------------------------

    def preview_series(self, actor: Actor, draft: BookingDraft, rule: SeriesRule) -> SeriesPreview:
        """Every occurrence of the series with, for those that cannot be booked, the reason why."""
        require(actor, Permission.ROOMS_BOOK)
        with self.db.read() as session:
            room = self._check_draft(session, draft, approver=None, capacity=False)
            return SeriesPreview(tuple(self._occurrences(session, room, draft, rule)))

    def book_series(self, actor: Actor, draft: BookingDraft, rule: SeriesRule, *, skip_conflicts: bool = False,
                    approver: Actor | None = None) -> SeriesResult:
        """Books the series. With conflicts, refuses unless `skip_conflicts` (then only the free ones)."""
        require(actor, Permission.ROOMS_BOOK)
        with self.db.write() as session:
            room = self._check_draft(session, draft, approver)
            occurrences = self._occurrences(session, room, draft, rule)
            blocked = [o for o in occurrences if o.problem]
            free = [o for o in occurrences if not o.problem]
            if not free:
                raise Conflict(_("Aucune occurrence de la série n'est libre."), field="series")
            if blocked and not skip_conflicts:
                raise Conflict(_occurrences_in_conflict(blocked), field="series")
            wall = local_wall(draft.start_at)
            series = BookingSeries(
                room_id=draft.room_id, tenant_id=draft.tenant_id, organiser_employee_id=draft.organiser_employee_id,
                title=draft.title.strip(), rule=rrule_text(rule, wall), dtstart_local=wall,
                duration_minutes=int((draft.end_at - draft.start_at).total_seconds() // 60),
                until=rule.until, count=rule.count, attendees=draft.attendees, notes=draft.notes.strip(),
            )
            session.add(series)
            session.flush()
            bookings = []
            for occurrence in free:
                booking = Booking(**self._columns(draft), status=CONFIRMED, series_id=series.id,
                                  occurrence_key=occurrence.key)
                booking.start_at, booking.end_at = occurrence.start_at, occurrence.end_at
                self._mark_override(booking, room, draft, approver)
                bookings.append(booking)
            session.add_all(bookings)
            session.flush()
            audit.record(session, actor, "rooms.series_create", entity="booking_series", entity_id=series.id,
                         after={**audit.snapshot(series), "description": describe_rule(rule, wall),
                                "booked": len(free), "skipped": [o.key.isoformat() for o in blocked]},
                         at=self.clock.now())
            self._audit_override(session, approver, bookings[0], room)
            rows = tuple(self._row(session, b.id) for b in bookings)
            return SeriesResult(series.id, rows, tuple(blocked))

    def preview_series_edit(self, actor: Actor, series_id: str, changes: SeriesChanges) -> SeriesPreview:
        """The future occurrences a whole-series edit would change, with why some cannot be: asked before saving."""
        require(actor, Permission.ROOMS_BOOK)
        with self.db.read() as session:
            _series, _room, _values, plan = self._series_edit(session, series_id, changes)
            return SeriesPreview(tuple(occurrence for _booking, occurrence in plan))

    def edit_series(self, actor: Actor, series_id: str, changes: SeriesChanges) -> list[BookingRow]:
        """Applies the changes (details, time, duration, room) to the series' future occurrences, except those
        edited one by one; refused whole, naming the occurrences that would collide.

        Occurrences moved, edited or cancelled on their own (detached) keep their own state: MRBS loses
        them on a series edit (its bug #659); here they survive.
        """
        require(actor, Permission.ROOMS_BOOK)
        now = self.clock.now()
        with self.db.write() as session:
            series, room, values, plan = self._series_edit(session, series_id, changes)
            problems = [occurrence for _booking, occurrence in plan if occurrence.problem]
            if problems:
                raise Conflict(_occurrences_in_conflict(problems), field="series")
            before = audit.snapshot(series)
            for key, value in values.items():
                setattr(series, key, value)
            over = series.attendees > room.capacity  # only when a manager allowed it at booking time
            for booking, occurrence in plan:
                booking.room_id, booking.start_at, booking.end_at = room.id, occurrence.start_at, occurrence.end_at
                booking.title, booking.attendees, booking.notes = series.title, series.attendees, series.notes
                booking.capacity_override_by = booking.capacity_override_by if over else None
            session.flush()
            audit.record(session, actor, "rooms.series_update", entity="booking_series", entity_id=series.id,
                         before=before, after={**audit.snapshot(series), "updated": len(plan)}, at=now)
            return [self._row(session, booking.id) for booking, _occurrence in plan]

    def cancel_series(self, actor: Actor, series_id: str) -> int:
        """Cancels every future occurrence still confirmed; returns how many."""
        require(actor, Permission.ROOMS_BOOK)
        now = self.clock.now()
        with self.db.write() as session:
            series = session.get(BookingSeries, series_id)
            if series is None:
                raise NotFound(_("Série introuvable."))
            future = session.execute(select(Booking).where(
                Booking.series_id == series_id, Booking.status == CONFIRMED, Booking.start_at >= now,
            )).scalars().all()
            for booking in future:
                booking.status = CANCELLED
            series.active = False
            session.flush()
            audit.record(session, actor, "rooms.series_cancel", entity="booking_series", entity_id=series_id,
                         after={"cancelled": len(future)}, at=now)
            return len(future)

    # --- calendars -----------------------------------------------------------------------------------

    def export_ics(self, actor: Actor, *, booking_id: str | None = None, room_id: str | None = None,
                   tenant_id: str | None = None, date_from: date | None = None,
                   date_to: date | None = None) -> bytes:
        """One booking, or a room's or a tenant's confirmed bookings over a period, as an .ics file."""
        if booking_id:
            booking = self.booking(actor, booking_id)
            return bookings_calendar([booking], booking.title, self.clock.now())
        if date_from is None or date_to is None or not (room_id or tenant_id):
            raise ValidationError({"from": _("Indiquez la salle ou la société, et la période.")})
        check_period(date_from, date_to)
        rows = self.bookings(actor, date_from, date_to, room_id=room_id, tenant_id=tenant_id, statuses=(CONFIRMED,))
        if room_id:
            with self.db.read() as session:
                name = f"Salle {self._room(session, room_id).name}"
        else:
            with self.db.read() as session:
                tenant = session.get(Tenant, tenant_id)
                name = f"Salles — {tenant.name if tenant else ''}"
        return bookings_calendar(rows, name, self.clock.now())

    # --- money and figures ---------------------------------------------------------------------------

    def statement(self, actor: Actor, tenant_id: str, month: date) -> Statement:
        """The tenant's monthly statement (see rooms_billing.build_statement for the rounding rule)."""
        require(actor, Permission.REPORTS_DESK)
        with self.db.read() as session:
            return build_statement(session, tenant_id, month.replace(day=1))

    def month_statements(self, actor: Actor, month: date) -> tuple[Statement, ...]:
        """Every company's statement for the month in one read (the month's billing run)."""
        require(actor, Permission.REPORTS_DESK)
        with self.db.read() as session:
            return build_month_statements(session, month.replace(day=1))

    def utilisation(self, actor: Actor, date_from: date, date_to: date) -> Utilisation:
        require(actor, Permission.REPORTS_DESK)
        if date_to < date_from:
            raise ValidationError({"to": _("La date de fin précède la date de début.")})
        with self.db.read() as session:
            return build_utilisation(session, date_from, date_to, *self._site_hours(session))

    # --- helpers -------------------------------------------------------------------------------------

    def _site_hours(self, session: Session) -> tuple[str, str]:
        site = session.execute(_SITE_HOURS_ROW).first()
        return (site.opens_at, site.closes_at) if site else DEFAULT_HOURS

    def _slot_room(self, session: Session, room: Room) -> SlotRoom:
        """The same prepared statement as the form's pre-check: both judge the slot by the same hours."""
        return self._slot_room_by_id(session, room.id)

    @staticmethod
    def _slot_room_by_id(session: Session, room_id: str) -> SlotRoom:
        """The room and the site's hours in one prepared Core statement: the form checks at each change."""
        row = session.connection().execute(_SLOT_ROOM, {"room_id": room_id}).first()
        if row is None:
            raise NotFound(_("Salle introuvable."))
        opens = hhmm(row.opens_at or row.site_opens or DEFAULT_HOURS[0])
        closes = hhmm(row.closes_at or row.site_closes or DEFAULT_HOURS[1])
        return SlotRoom(row.id, row.buffer_minutes, opens, closes)

    def _room(self, session: Session, room_id: str) -> Room:
        room = session.get(Room, room_id)
        if room is None:
            raise NotFound(_("Salle introuvable."))
        return room

    def _live_booking(self, session: Session, booking_id: str) -> Booking:
        booking = session.get(Booking, booking_id)
        if booking is None:
            raise NotFound(_("Réservation introuvable."))
        if booking.status != CONFIRMED:
            raise DomainError(_("Cette réservation est annulée : elle ne peut plus être modifiée.")
                              if booking.status == CANCELLED else
                              _("Cette réservation est libérée (absence) : elle ne peut plus être modifiée."))
        return booking

    def _row(self, session: Session, booking_id: str) -> BookingRow:
        return booking_row(session.execute(_BOOKING_ROW, {"booking_id": booking_id}).one())

    @staticmethod
    def _columns(draft: BookingDraft) -> dict[str, Any]:
        return {"room_id": draft.room_id, "tenant_id": draft.tenant_id, "start_at": draft.start_at,
                "end_at": draft.end_at, "title": draft.title.strip(), "attendees": draft.attendees,
                "organiser_employee_id": draft.organiser_employee_id or None, "notes": draft.notes.strip()}

    def _check_draft(self, session: Session, draft: BookingDraft, approver: Actor | None,
                     capacity: bool = True) -> Room:
        """Rules that do not depend on the slot's neighbours; every wrong field is reported at once."""
        errors: dict[str, str] = {}
        room = session.execute(_ROOM, {"room_id": draft.room_id}).scalar_one_or_none() if draft.room_id else None
        if room is None or not room.active:
            errors["room_id"] = _("Choisissez une salle ouverte à la réservation.")
        if not draft.title.strip():
            errors["title"] = _("Indiquez l'objet de la réunion.")
        tenant = session.execute(_TENANT_ID, {"tenant_id": draft.tenant_id}).first() if draft.tenant_id else None
        if tenant is None:
            errors["tenant_id"] = _("Choisissez la société qui réserve.")
        elif draft.organiser_employee_id:
            organiser = session.execute(_ORGANISER_TENANT, {"employee_id": draft.organiser_employee_id}).first()
            if organiser is None or organiser.tenant_id != draft.tenant_id:
                errors["organiser_employee_id"] = _("L'organisateur doit être un salarié de la société.")
        if draft.attendees < 1:
            errors["attendees"] = _("Au moins une personne participe.")
        elif capacity and room is not None and draft.attendees > room.capacity and not _may_override(approver):
            errors["attendees"] = _capacity_message(room)
        if draft.end_at <= draft.start_at:
            errors["end_at"] = _("La fin doit être après le début.")
        for key, moment in (("start_at", draft.start_at), ("end_at", draft.end_at)):
            if key not in errors and not on_step(moment):
                errors[key] = _("Les horaires se réservent par pas de 15 minutes (ex. 10:00, 10:15, 10:30).")
        if errors:
            raise ValidationError(errors)
        assert room is not None
        return room

    def _check_slot(self, session: Session, room: Room, start: datetime, end: datetime,
                    ignore_id: str | None = None, allow_past: bool = False) -> None:
        if not allow_past and start < self.clock.now():
            raise ValidationError({"start_at": _("Ce créneau est déjà passé : choisissez une heure à venir.")})
        slot_room = self._slot_room(session, room)
        hours_problem = self._hours_problem(slot_room, start, end)
        if hours_problem:
            raise ValidationError({"start_at": hours_problem})
        collision = self._collision(session, slot_room, start, end, {ignore_id} if ignore_id else set())
        if collision:
            raise Conflict(collision, field="start_at")

    def _slot_problem(self, session: Session, room: SlotRoom, start: datetime, end: datetime,
                      ignore_ids: set[str] | None = None) -> str | None:
        """Like _check_slot but tells the reason instead of raising (series previews)."""
        if start < self.clock.now():
            return _("Créneau déjà passé.")
        return (self._hours_problem(room, start, end)
                or self._collision(session, room, start, end, ignore_ids or set()))

    @staticmethod
    def _hours_problem(room: SlotRoom, start: datetime, end: datetime) -> str | None:
        if within_hours(start, end, room.opens, room.closes):
            return None
        return _("Hors des heures de réservation de la salle ({opens}–{closes}).").format(
            opens=f"{room.opens:%H:%M}", closes=f"{room.closes:%H:%M}")

    def _collision(self, session: Session, room: SlotRoom, start: datetime, end: datetime,
                   ignore_ids: set[str]) -> str | None:
        """The first confirmed booking of the room closer than the buffer, named for the person.

        A booking never outlasts its day, so the lower bound on start_at keeps the index range to a day or
        two instead of the room's whole history.
        """
        buffer = timedelta(minutes=room.buffer_minutes)
        hit = session.connection().execute(_COLLISION, {
            "room_id": room.id, "starts_before": end + buffer, "starts_after": start - buffer - timedelta(days=1),
            "ends_after": start - buffer, "ignore": sorted(ignore_ids)}).first()
        if hit is None:
            return None
        overlaps = hit.start_at < end and start < hit.end_at
        return conflict_message(hit.title, hit.name, hit.start_at, hit.end_at, room.buffer_minutes, overlaps)

    def _series_edit(self, session: Session, series_id: str, changes: SeriesChanges
                     ) -> tuple[BookingSeries, Room, dict[str, Any], list[tuple[Booking, Occurrence]]]:
        """The series, its room after the edit, its new column values, and each future occurrence still
        following it with its new slot (and problem); nothing is written, so a preview can use it too."""
        series = session.get(BookingSeries, series_id)
        if series is None or not series.active:
            raise NotFound(_("Série introuvable ou annulée."))
        values: dict[str, Any] = {
            "room_id": changes.room_id or series.room_id,
            "title": series.title if changes.title is None else changes.title.strip(),
            "attendees": series.attendees if changes.attendees is None else changes.attendees,
            "notes": series.notes if changes.notes is None else changes.notes.strip(),
            "dtstart_local": datetime.combine(series.dtstart_local.date(),
                                              changes.start_time or series.dtstart_local.time()),
            "duration_minutes": changes.duration_minutes or series.duration_minutes,
        }
        errors: dict[str, str] = {}
        room = session.get(Room, values["room_id"])
        if room is None or not room.active:
            errors["room_id"] = _("Choisissez une salle ouverte à la réservation.")
        if not values["title"]:
            errors["title"] = _("Indiquez l'objet de la réunion.")
        resized = changes.attendees is not None or values["room_id"] != series.room_id
        if room is not None and resized and values["attendees"] > room.capacity:
            errors["attendees"] = _capacity_message(room)
        if errors:
            raise ValidationError(errors)
        assert room is not None
        targets = session.execute(select(Booking).where(
            Booking.series_id == series.id, Booking.status == CONFIRMED, Booking.detached.is_(False),
            Booking.start_at >= self.clock.now(),
        ).order_by(Booking.start_at)).scalars().all()
        moving = {booking.id for booking in targets}
        slot_room = self._slot_room(session, room)
        duration = timedelta(minutes=values["duration_minutes"])
        plan = []
        for booking in targets:
            key = booking.occurrence_key or local_wall(booking.start_at)
            wall = datetime.combine(key.date(), values["dtstart_local"].time())
            start, end = from_wall(wall), from_wall(wall + duration)
            problem = self._slot_problem(session, slot_room, start, end, moving)
            plan.append((booking, Occurrence(key, start, end, problem)))
        return series, room, values, plan

    def _occurrences(self, session: Session, room: Room, draft: BookingDraft, rule: SeriesRule) -> list[Occurrence]:
        problem = rule_problem(rule)
        if problem:
            raise ValidationError({"series": problem})
        wall = local_wall(draft.start_at)
        duration = draft.end_at - draft.start_at
        starts = expand(rrule_text(rule, wall), wall)
        if len(starts) > MAX_OCCURRENCES:
            raise ValidationError({"series": _("Série trop longue : {count} occurrences au plus.").format(
                count=MAX_OCCURRENCES)})
        slot_room, result = self._slot_room(session, room), []
        for key in starts:
            start, end = from_wall(key), from_wall(key + duration)
            result.append(Occurrence(key, start, end, self._slot_problem(session, slot_room, start, end)))
        return result

    @staticmethod
    def _mark_override(booking: Booking, room: Room, draft: BookingDraft, approver: Actor | None) -> None:
        over = draft.attendees > room.capacity
        booking.capacity_override_by = approver.user_id if over and approver is not None else None

    def _audit_override(self, session: Session, approver: Actor | None, booking: Booking, room: Room) -> None:
        if approver is not None and booking.attendees > room.capacity:
            audit.record(session, approver, "rooms.capacity_override", entity="bookings", entity_id=booking.id,
                         after={"attendees": booking.attendees, "capacity": room.capacity, "room": room.name},
                         at=self.clock.now())


def _may_override(approver: Actor | None) -> bool:
    return approver is not None and approver.can(Permission.ROOMS_OVERRIDE)


def _capacity_message(room: Room) -> str:
    return _("Trop de participants : « {room} » accueille {capacity} personnes au plus "
             "(un responsable peut autoriser un dépassement).").format(room=room.name, capacity=room.capacity)


def _occurrence_text(occurrence: Occurrence) -> str:
    return f"{to_local(occurrence.start_at):%d/%m/%Y %H:%M} ({occurrence.problem})"


def _occurrences_in_conflict(blocked: list[Occurrence]) -> str:
    """The count and the first three, so the message stays one readable line."""
    shown = "; ".join(_occurrence_text(o) for o in blocked[:3]) + (" ..." if len(blocked) > 3 else "")
    return _("{count} occurrence(s) en conflit : {occurrences}").format(count=len(blocked), occurrences=shown)


# --- Accueil tiles -----------------------------------------------------------------------------------------


def _overview(session: Session, clock: Clock) -> list[overview.Figure]:
    now = clock.now()
    day = to_local(now).date()
    start, end = local_day_bounds(day)
    today = and_(Booking.start_at >= start, Booking.start_at < end)
    count = select(func.count()).select_from(Booking)
    booked = session.scalar(count.where(today, Booking.status == CONFIRMED)) or 0
    arrived = session.scalar(count.where(today, Booking.arrived_at.is_not(None))) or 0
    no_shows = session.scalar(count.where(today, Booking.status == RELEASED)) or 0
    month_start, _end = local_day_bounds(day.replace(day=1))
    month_no_shows = session.scalar(count.where(Booking.start_at >= month_start, Booking.start_at < end,
                                                Booking.status == RELEASED)) or 0
    rooms = session.scalar(select(func.count()).select_from(Room).where(Room.active)) or 0
    since = now - timedelta(days=1)  # a booking never outlasts its day: the index reads a day, not ten years
    busy = session.scalar(select(func.count(func.distinct(Booking.room_id))).where(
        Booking.status == CONFIRMED, Booking.start_at > since, Booking.start_at <= now, Booking.end_at > now)) or 0
    return [
        overview.Figure("rooms.today", _("Réservations aujourd'hui"), str(booked),
                        ngettext("{count} présence confirmée", "{count} présences confirmées", arrived).format(
                            count=arrived), target="rooms"),
        overview.Figure("rooms.free", _("Salles libres maintenant"), f"{rooms - busy}/{rooms}",
                        "" if rooms else _("Aucune salle : déclarez-les dans Salles › Salles (services généraux)."),
                        alert=rooms == 0, target="rooms"),
        overview.Figure("rooms.no_shows", _("Absences (salles libérées)"), str(no_shows),
                        _("{count} ce mois-ci").format(count=month_no_shows), alert=no_shows > 0, target="rooms"),
    ]


overview.register(Permission.ROOMS_BOOK, _overview)


def slot(day: date, start: time, end: time) -> tuple[datetime, datetime]:
    """The UTC bounds of a local slot on `day` (what the grid and the forms hand to BookingDraft)."""
    return local_to_utc(day, start.hour, start.minute), local_to_utc(day, end.hour, end.minute)


from reception.core.services import rooms_reports  # noqa: E402,F401  (registers the room report kinds)
