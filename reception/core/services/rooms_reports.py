"""The rooms' report kinds: the morning sheet (room-day), utilisation (rooms), a tenant's statement, and
no-shows and cancellations per tenant (tenant-no-shows).

Found by reports.load_report_kinds (this module's name ends in _reports) and imported by rooms.py.
The statement has its own paper layout in reception/printing/rooms_pdf.py; the others use the generic one.
"""

from __future__ import annotations

from sqlalchemy import case, func, select

from reception.core import formats
from reception.core.clock import local_day_bounds, local_today, to_local
from reception.core.errors import ValidationError
from reception.core.i18n import N_, Labels, _, ngettext
from reception.core.models import Booking, Tenant
from reception.core.models.rooms import CANCELLED, RELEASED
from reception.core.money import format_dh
from reception.core.reports import (
    Chart,
    Column,
    ReportContext,
    ReportData,
    ReportKind,
    ReportPart,
    ReportTable,
    register,
)
from reception.core.services.permissions import Permission
from reception.core.services.rooms import RoomService
from reception.core.services.rooms_data import BookingRow, Statement

STATUS_LABELS = Labels({"confirmed": N_("Confirmée"), "released": N_("Absent (libérée)"),
                        "cancelled": N_("Annulée")})


def _status(booking: BookingRow) -> str:
    return _("Présent") if booking.arrived_at else STATUS_LABELS[booking.status]


def hours_text(minutes: int) -> str:
    """'2 h 30' for summaries."""
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest:02d}" if rest else f"{hours} h"


def _service(ctx: ReportContext) -> RoomService:
    return RoomService(ctx.db, ctx.clock)


def build_room_day(ctx: ReportContext) -> ReportData:
    """One table per room with the day's bookings, a 'Présent' column to tick at the door."""
    day = ctx.params.date_from or local_today(ctx.clock)
    grid = _service(ctx).day_grid(ctx.actor, day)
    data = ReportData(title=_("Réservations des salles du {day}").format(day=formats.day(day)),
                      parameters=_("Jour : {day}").format(day=formats.day(day)))
    empty = []
    columns = [Column(_("Horaire"), "text", 24), Column(_("Objet"), "text"), Column(_("Société"), "text", 42),
               Column(_("Organisateur"), "text", 34), Column(_("Pers."), "int", 12), Column(_("Présent"), "text", 16)]
    for room in grid.rooms:
        mine = [b for b in grid.bookings if b.room_id == room.id]
        if not mine:
            empty.append(room.name)
            continue
        rows = [(b.local_span, b.title + (f" — {b.notes}" if b.notes else ""), b.tenant_name, b.organiser_name,
                 b.attendees, _("oui") if b.arrived_at else "☐") for b in mine]
        title = f"{room.name} — " + ngettext("{count} place", "{count} places", room.capacity).format(
            count=room.capacity) + (f" — {room.equipment_text}" if room.equipment else "")
        data.tables.append(ReportTable(title, columns, rows))
    data.summary = [(_("Réservations"), str(len(grid.bookings))),
                    (_("Salles réservées"), _("{booked} sur {rooms}").format(booked=len(grid.rooms) - len(empty),
                                                                            rooms=len(grid.rooms)))]
    if empty:
        data.notes.append(_("Sans réservation ce jour : {rooms}.").format(rooms=", ".join(empty)))
    return data


def build_rooms(ctx: ReportContext) -> ReportData:
    """Booked hours over bookable hours per room, no-show rate and the busiest hours, with charts."""
    if not (ctx.params.date_from and ctx.params.date_to):
        raise ValidationError({"from": _("Indiquez la période (du ... au ...).")})
    figures = _service(ctx).utilisation(ctx.actor, ctx.params.date_from, ctx.params.date_to)
    rows = [(r.room_name, r.bookable_minutes / 60, r.booked_minutes / 60, r.occupancy, r.bookings, r.no_shows,
             r.no_show_rate) for r in figures.rooms]
    bookable = sum(r.bookable_minutes for r in figures.rooms)
    booked = sum(r.booked_minutes for r in figures.rooms)
    count = sum(r.bookings for r in figures.rooms)
    no_shows = sum(r.no_shows for r in figures.rooms)
    totals = (_("Total"), bookable / 60, booked / 60, booked / bookable if bookable else 0.0, count, no_shows,
              no_shows / count if count else 0.0)
    table = ReportTable(_("Occupation par salle"), [
        Column(_("Salle"), "text"), Column(_("Réservable"), "hours", 24), Column(_("Réservé"), "hours", 22),
        Column(_("Occupation"), "percent", 22), Column(_("Réservations"), "int", 24), Column(_("Absences"), "int", 20),
        Column(_("Taux d'absence"), "percent", 26),
    ], rows, totals)
    hours_table = ReportTable(_("Heures réservées par heure de la journée"), [
        Column(_("Heure"), "text", 30), Column(_("Heures réservées"), "hours", 40)],
        [(f"{h:02d}:00–{h + 1:02d}:00", m / 60) for h, m in figures.minutes_by_hour.items()])
    busiest = ", ".join(f"{h:02d} h–{h + 1:02d} h" for h in figures.busiest_hours) or "—"
    return ReportData(
        title=_("Occupation des salles"),
        parameters=_("Du {first} au {last}").format(first=formats.day(figures.date_from),
                                                    last=formats.day(figures.date_to)),
        summary=[(_("Taux d'occupation"), formats.percent(booked / bookable if bookable else 0)),
                 (_("Heures réservées"), hours_text(booked)), (_("Réservations"), str(count)),
                 (_("Taux d'absence"), formats.percent(no_shows / count if count else 0)),
                 (_("Heures les plus chargées"), busiest)],
        tables=[table, hours_table],
        charts=[Chart(_("Taux d'occupation par salle (%)"), [r.room_name for r in figures.rooms],
                      {_("Occupation"): [round(r.occupancy * 100, 1) for r in figures.rooms]}),
                Chart(_("Heures réservées par heure de la journée"), [f"{h} h" for h in figures.minutes_by_hour],
                      {_("Heures"): [m / 60 for m in figures.minutes_by_hour.values()]})],
        notes=[_("Heures réservables : du lundi au samedi, aux heures d'ouverture de chaque salle. "
                 "Les réservations annulées ne comptent pas ; les absences (salles libérées) comptent.")],
    )


def build_statement_report(ctx: ReportContext) -> ReportData:
    """The tenant's monthly statement: bookings, hours, free hours used and the amount due."""
    tenant_id = ctx.params.options.get("tenant")
    if not tenant_id or ctx.params.date_from is None:
        raise ValidationError({"tenant": _("Indiquez la société et le mois.")})
    return statement_data(_service(ctx).statement(ctx.actor, tenant_id, ctx.params.date_from))


def statement_data(st: Statement) -> ReportData:
    """A statement as a report; its summary holds, in this order, the company, the month, the four figures
    and the amount due (the statement's paper, printing/rooms_pdf.py, places them by position)."""
    lines = [(to_local(ln.booking.start_at).date(), ln.booking.local_span,
              ln.booking.room_name, ln.booking.title, ln.minutes / 60, ln.free_minutes / 60,
              ln.billable_minutes / 60, _status(ln.booking)) for ln in st.lines]
    bookings = ReportTable(_("Réservations du mois"), [
        Column(_("Date"), "date", 20), Column(_("Horaire"), "text", 22), Column(_("Salle"), "text", 32),
        Column(_("Objet"), "text"), Column(_("Durée"), "hours", 15), Column(_("Gratuit"), "hours", 15),
        Column(_("Facturé"), "hours", 15), Column(_("Statut"), "text", 24),
    ], lines, (_("Total"), "", "", "", st.booked_minutes / 60, st.free_minutes_used / 60, st.billable_minutes / 60,
               ""))
    charges = ReportTable(_("Montant par salle"), [
        Column(_("Salle"), "text"), Column(_("Prix horaire"), "money", 30),
        Column(_("Heures facturées"), "hours", 32), Column(_("Montant"), "money", 32),
    ], [(c.room_name, c.hourly_price_centimes, c.billable_minutes / 60, c.amount_centimes) for c in st.charges],
        (_("Total"), None, st.billable_minutes / 60, st.amount_centimes))
    month_name = formats.month(st.month)
    return ReportData(
        title=_("Relevé des salles de réunion — {company}").format(company=st.tenant_name),
        parameters=_("Mois : {month}").format(month=month_name),
        summary=[(_("Société"), st.tenant_name), (_("Mois"), month_name),
                 (_("Heures réservées"), hours_text(st.booked_minutes)),
                 (_("Forfait gratuit du mois"), hours_text(st.quota_minutes)),
                 (_("Heures gratuites utilisées"), hours_text(st.free_minutes_used)),
                 (_("Heures facturées"), hours_text(st.billable_minutes)),
                 (_("Montant dû"), format_dh(st.amount_centimes))],
        tables=[bookings, charges],
        notes=[_("Les réservations annulées ne sont pas facturées ; une absence (salle libérée) l'est. "
                 "Le forfait gratuit s'applique aux premières réservations du mois. Montant par salle : "
                 "heures facturées × prix horaire, arrondi au centime le plus proche (demi-centime au-dessus).")],
    )


def build_month_statements(ctx: ReportContext) -> ReportData:
    """The month's billing run: a summary of every company (hours and amount, those with nothing included)
    and, as parts, one statement per company that booked a room that month."""
    if ctx.params.date_from is None:
        raise ValidationError({"month": _("Indiquez le mois.")})
    statements = _service(ctx).month_statements(ctx.actor, ctx.params.date_from)
    month_name = formats.month(ctx.params.date_from)
    billed = [st for st in statements if st.lines]
    rows = [(st.tenant_name, len(st.lines), st.booked_minutes / 60, st.free_minutes_used / 60,
             st.billable_minutes / 60, st.amount_centimes, _("PDF joint") if st.lines else _("aucun"))
            for st in statements]
    booked = sum(st.booked_minutes for st in statements)
    free = sum(st.free_minutes_used for st in statements)
    billable = sum(st.billable_minutes for st in statements)
    amount = sum(st.amount_centimes for st in statements)
    table = ReportTable(_("Par société"), [
        Column(_("Société"), "text"), Column(_("Réservations"), "int", 21), Column(_("Heures réservées"), "hours", 22),
        Column(_("Gratuites"), "hours", 17), Column(_("Facturées"), "hours", 17), Column(_("Montant"), "money", 26),
        Column(_("Relevé"), "text", 20),
    ], rows, (_("Total"), sum(len(st.lines) for st in statements), booked / 60, free / 60, billable / 60, amount, ""))
    return ReportData(
        title=_("Relevés des salles de réunion — {month}").format(month=month_name),
        parameters=_("Mois : {month}").format(month=month_name),
        summary=[(_("Sociétés"), str(len(statements))), (_("Relevés produits"), str(len(billed))),
                 (_("Heures réservées"), hours_text(booked)), (_("Heures facturées"), hours_text(billable)),
                 (_("Montant total"), format_dh(amount))],
        tables=[table],
        notes=[_("Une société sans réservation ce mois-ci figure ici mais n'a pas de relevé.")],
        parts=[ReportPart(st.tenant_name, "room-statement", statement_data(st)) for st in billed],
    )


def build_tenant_reliability(ctx: ReportContext) -> ReportData:
    """Per tenant company: bookings made for the period, how many were cancelled, how many were no-shows
    (the room released because nobody came), so a manager sees who books rooms and leaves them empty."""
    if not (ctx.params.date_from and ctx.params.date_to):
        raise ValidationError({"from": _("Indiquez la période (du ... au ...).")})
    start, end = local_day_bounds(ctx.params.date_from)[0], local_day_bounds(ctx.params.date_to)[1]
    count_of = lambda status: func.sum(case((Booking.status == status, 1), else_=0))  # noqa: E731
    with ctx.db.read() as session:
        rows = session.execute(
            select(Tenant.name, func.count(), count_of(CANCELLED), count_of(RELEASED))
            .select_from(Booking).join(Tenant, Tenant.id == Booking.tenant_id)
            .where(Booking.start_at >= start, Booking.start_at < end)
            .group_by(Tenant.name).order_by(count_of(RELEASED).desc(), count_of(CANCELLED).desc(), Tenant.name)
        ).all()
    table_rows = [(name, total, cancelled or 0, (cancelled or 0) / total, no_shows or 0, (no_shows or 0) / total)
                  for name, total, cancelled, no_shows in rows]
    total = sum(r[1] for r in table_rows)
    cancelled = sum(r[2] for r in table_rows)
    no_shows = sum(r[4] for r in table_rows)
    table = ReportTable(_("Par société"), [
        Column(_("Société"), "text"), Column(_("Réservations"), "int", 26), Column(_("Annulées"), "int", 22),
        Column(_("Taux d'annulation"), "percent", 30), Column(_("Absences"), "int", 22),
        Column(_("Taux d'absence"), "percent", 28),
    ], table_rows, (_("Total"), total, cancelled, cancelled / total if total else 0.0, no_shows,
                    no_shows / total if total else 0.0) if table_rows else None)
    return ReportData(title=_("Absences et annulations par société"), tables=[table],
                      summary=[(_("Réservations"), str(total)), (_("Annulées"), str(cancelled)),
                               (_("Absences"), str(no_shows))])


register(ReportKind("room-day", N_("Réservations du jour (feuille du matin)"), N_("Salles"), Permission.ROOMS_BOOK,
                    ("date",), build_room_day,
                    N_("Les réservations de chaque salle pour un jour, à cocher à l'arrivée.")))
register(ReportKind("rooms", N_("Occupation des salles"), N_("Salles"), Permission.REPORTS_DESK, ("from", "to"),
                    build_rooms, N_("Heures réservées sur heures réservables, absences et heures chargées.")))
register(ReportKind("tenant-no-shows", N_("Absences et annulations par société"), N_("Salles"),
                    Permission.REPORTS_DESK, ("from", "to"), build_tenant_reliability,
                    N_("Réservations, annulations et absences (salle libérée) de chaque société, les plus absentes "
                       "d'abord.")))
register(ReportKind("room-statement", N_("Relevé mensuel d'une société"), N_("Salles"), Permission.REPORTS_DESK,
                    ("tenant", "month"), build_statement_report,
                    N_("Réservations du mois, heures gratuites utilisées et montant dû."), cli_params=("site",)))
register(ReportKind("room-statements", N_("Relevés du mois de toutes les sociétés"), N_("Salles"),
                    Permission.REPORTS_DESK, ("month",), build_month_statements,
                    N_("Un relevé PDF par société ayant réservé ce mois-ci et une synthèse (heures et montants de "
                       "toutes les sociétés), enregistrés dans un dossier."), writes_folder=True))
