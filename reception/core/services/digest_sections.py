"""The digest's sections for visitors, rooms, cafeteria, security and sync, read from each area's tables."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reception.core.clock import local_day_bounds, to_local
from reception.core.i18n import N_, Labels, _, ngettext
from reception.core.models import (
    AuditEvent,
    Booking,
    CashMovement,
    CashSession,
    Room,
    Sale,
    Setting,
    Site,
    SyncConflict,
    SyncRun,
    Tenant,
    User,
    Visit,
    Visitor,
)
from reception.core.models.cafeteria import CARD, CASH, ON_ACCOUNT, REFUND, SALE_VOIDED
from reception.core.models.rooms import RELEASED
from reception.core.models.visits import VISIT_TYPES
from reception.core.money import format_dh
from reception.core.reports import Chart, Column, ReportTable
from reception.core.services.digest import DigestSection, register_digest_section, weekday
from reception.core.services.rooms_billing import build_utilisation

HOURS = range(7, 22)
PAYMENT_LABELS = Labels({CASH: N_("Espèces"), CARD: N_("Carte"), ON_ACCOUNT: N_("Compte société")})


def _hhmm(moment: datetime) -> str:
    return to_local(moment).strftime("%H:%M")


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "—"


def _trend(today: int, before: int) -> str:
    if not before:
        return ""
    change = (today - before) / before * 100
    return f" ({change:+.0f} %)".replace("-", "−")


# --- visitors -----------------------------------------------------------------------------------------

def _per_hour(session: Session, day: date) -> Counter[int]:
    start, end = local_day_bounds(day)
    times = session.scalars(select(Visit.checked_in_at).where(Visit.checked_in_at >= start,
                                                              Visit.checked_in_at < end))
    return Counter(to_local(t).hour for t in times)


def visits_section(session: Session, day: date) -> DigestSection:
    start, end = local_day_bounds(day)
    in_day = (Visit.checked_in_at >= start, Visit.checked_in_at < end)
    hours, last_week = _per_hour(session, day), _per_hour(session, day - timedelta(days=7))
    count, before = sum(hours.values()), sum(last_week.values())
    by_type = session.execute(select(Visit.visit_type, func.count()).where(*in_day)
                              .group_by(Visit.visit_type).order_by(func.count().desc())).all()
    companies = session.execute(
        select(Tenant.name, func.count()).select_from(Visit).join(Tenant, Tenant.id == Visit.host_tenant_id)
        .where(*in_day)
        .group_by(Tenant.name).order_by(func.count().desc(), Tenant.name).limit(10)).all()
    still_in = session.execute(
        select(Visit.checked_in_at, Visitor.first_name, Visitor.last_name, Tenant.name, Visit.badge_number)
        .select_from(Visit).outerjoin(Visitor, Visitor.id == Visit.visitor_id)
        .outerjoin(Tenant, Tenant.id == Visit.host_tenant_id).where(*in_day, Visit.checked_out_at.is_(None))
        .order_by(Visit.checked_in_at)).all()
    auto_out = session.scalar(select(func.count()).select_from(Visit)
                              .where(*in_day, Visit.checkout_kind == "auto")) or 0
    peak = max(hours.items(), key=lambda item: (item[1], -item[0]), default=None)
    name = weekday(day).capitalize()
    section = DigestSection(_("Visiteurs"), figures=[
        (_("Visites"), f"{count}{_trend(count, before)}"),
        (_("{weekday} précédent").format(weekday=name), str(before)),
        (_("Heure de pointe"), f"{peak[0]}–{peak[0] + 1} h ({peak[1]})" if peak else "—"),
        (_("Non sortis"), str(len(still_in))),
        (_("Sorties non pointées"), str(auto_out)),
    ])
    section.charts.append(Chart(
        _("Visiteurs par heure d'arrivée"), [f"{h} h" for h in HOURS],
        {f"{name} {day:%d/%m}": [hours[h] for h in HOURS],
         f"{name} {day - timedelta(days=7):%d/%m}": [last_week[h] for h in HOURS]}))
    section.tables.append(ReportTable(_("Par type"), [Column(_("Type")), Column(_("Visites"), "int"),
                                                      Column(_("Part"), "percent")],
                                      [(VISIT_TYPES.get(t, t), n, n / count) for t, n in by_type]))
    section.tables.append(ReportTable(_("Sociétés les plus visitées"), [Column(_("Société")),
                                                                        Column(_("Visites"), "int")],
                                      [tuple(row) for row in companies]))
    if still_in:
        section.tables.append(ReportTable(_("Non sortis"), [
            Column(_("Arrivée"), "time"), Column(_("Visiteur")), Column(_("Société")), Column(_("Badge"))],
            [(r[0], _person(r[1], r[2]), r[3] or "", r[4]) for r in still_in],
            summary_rows=5))  # the alert above already names the first ones: the digest keeps to two pages
    section.alerts += _presence_alerts(still_in, _auto_checked_out(session, start, end))
    section.alerts += _watchlist_alerts(session, start, end)
    return section


def _person(first: str | None, last: str | None) -> str:
    """A visitor's name, or '(anonymisé)' once the purge has blanked it."""
    return f"{first or ''} {last or ''}".strip() or _("(anonymisé)")


def _names(people: list[str], shown: int = 3) -> str:
    """'A, B, C' or 'A, B, C et 3 autres': an alert names people, and stays one line."""
    more = len(people) - shown
    return ", ".join(people[:shown]) + (ngettext(" et {count} autre", " et {count} autres", more).format(count=more)
                                        if more > 0 else "")


def _auto_checked_out(session: Session, start: datetime, end: datetime) -> list[str]:
    rows = session.execute(
        select(Visitor.first_name, Visitor.last_name).select_from(Visit)
        .outerjoin(Visitor, Visitor.id == Visit.visitor_id)
        .where(Visit.checked_in_at >= start, Visit.checked_in_at < end, Visit.checkout_kind == "auto")
        .order_by(Visit.checked_in_at)).all()
    return [_person(first, last) for first, last in rows]


def _presence_alerts(still_in: Sequence[Any], auto_out: list[str]) -> list[str]:
    """What Accueil flags about visitors, by name: who has not checked out, whose exit was never scanned."""
    alerts = []
    if still_in:
        people = [_person(r[1], r[2]) for r in still_in]
        alerts.append(_("{count} visiteur(s) non sorti(s) : {names}").format(count=len(people), names=_names(people)))
    if auto_out:
        alerts.append(_("{count} sortie(s) non pointée(s), clôturée(s) automatiquement : {names}").format(
            count=len(auto_out), names=_names(auto_out)))
    return alerts


def _watchlist_alerts(session: Session, start: datetime, end: datetime) -> list[str]:
    admitted = session.execute(
        select(Visit.checked_in_at, Visitor.first_name, Visitor.last_name, User.full_name)
        .select_from(Visit).outerjoin(Visitor, Visitor.id == Visit.visitor_id)
        .outerjoin(User, User.id == Visit.watchlist_approved_by)
        .where(Visit.checked_in_at >= start, Visit.checked_in_at < end, Visit.watchlist_entry_id.is_not(None))).all()
    alerts = [_("Liste de surveillance : {name} admis(e) à {time}, validé par {approver}").format(
        name=f"{first} {last}", time=_hhmm(at), approver=approver or "?") for at, first, last, approver in admitted]
    refused = _events(session, start, end, "visits.watchlist_refused")
    if refused:
        alerts.append(_("Liste de surveillance : {count} entrée(s) refusée(s)").format(count=len(refused)))
    reprints = _events(session, start, end, "visits.reprint")
    if reprints:
        alerts.append(_("Badges réimprimés : {count}").format(count=len(reprints)))
    return alerts


def _events(session: Session, start: datetime, end: datetime, action: str) -> list[AuditEvent]:
    return list(session.scalars(select(AuditEvent).where(AuditEvent.at >= start, AuditEvent.at < end,
                                                         AuditEvent.action == action).order_by(AuditEvent.at)))


# --- rooms --------------------------------------------------------------------------------------------

def rooms_section(session: Session, day: date) -> DigestSection:
    hours = session.execute(select(Site.opens_at, Site.closes_at).limit(1)).first()
    usage = build_utilisation(session, day, day, *(hours or ("08:00", "20:00")))
    bookings = sum(r.bookings for r in usage.rooms)
    no_shows = sum(r.no_shows for r in usage.rooms)
    booked = sum(r.booked_minutes for r in usage.rooms)
    bookable = sum(r.bookable_minutes for r in usage.rooms)
    rows = [(r.room_name, r.bookings, r.occupancy, r.no_shows) for r in usage.rooms if r.bookings]
    return DigestSection(_("Salles"), figures=[
        (_("Réservations"), str(bookings)),
        (_("Occupation"), _percent(booked, bookable)),
        (_("Absences"), str(no_shows)),
    ], tables=[ReportTable(_("Par salle"), [Column(_("Salle")), Column(_("Réservations"), "int"),
                                            Column(_("Occupation"), "percent"), Column(_("Absences"), "int")], rows)],
        alerts=_no_show_alerts(session, day))


def _no_show_alerts(session: Session, day: date) -> list[str]:
    """Accueil flags the day's no-shows; the digest names them: room, time and company."""
    start, end = local_day_bounds(day)
    released = session.execute(
        select(Room.name, Booking.start_at, Booking.end_at, Tenant.name).select_from(Booking)
        .join(Room, Room.id == Booking.room_id).outerjoin(Tenant, Tenant.id == Booking.tenant_id)
        .where(Booking.start_at >= start, Booking.start_at < end, Booking.status == RELEASED)
        .order_by(Booking.start_at, Room.name)).all()
    if not released:
        return []
    named = [f"{room} {_hhmm(b_start)}–{_hhmm(b_end)} ({tenant or '?'})" for room, b_start, b_end, tenant in released]
    return [_("{count} absence(s) (salle libérée) : {names}").format(count=len(named), names=_names(named))]


# --- cafeteria ----------------------------------------------------------------------------------------

def cafeteria_section(session: Session, day: date) -> DigestSection:
    start, end = local_day_bounds(day)
    methods = session.execute(
        select(Sale.payment_method, func.count(), func.sum(Sale.total_ttc_centimes))
        .where(Sale.sold_at >= start, Sale.sold_at < end, Sale.status != SALE_VOIDED)
        .group_by(Sale.payment_method).order_by(Sale.payment_method)).all()
    voids = session.execute(
        select(Sale.receipt_number, Sale.total_ttc_centimes, Sale.void_reason, Sale.voided_by, Sale.void_approved_by)
        .where(Sale.voided_at >= start, Sale.voided_at < end).order_by(Sale.voided_at)).all()
    refunds = session.execute(
        select(CashMovement.at, CashMovement.amount_centimes, CashMovement.reason, CashMovement.by_name)
        .where(CashMovement.kind == REFUND, CashMovement.at >= start, CashMovement.at < end)).all()
    closed = session.execute(
        select(CashSession.origin_desk, CashSession.number, CashSession.closed_by, CashSession.variance_centimes,
               CashSession.approved_by)
        .where(CashSession.closed_at >= start, CashSession.closed_at < end).order_by(CashSession.closed_at)).all()
    left_open = session.execute(select(CashSession.origin_desk, CashSession.number, CashSession.opened_at)
                                .where(CashSession.closed_at.is_(None), CashSession.opened_at < end)).all()
    total = sum(amount or 0 for _method, _count, amount in methods)
    variance = sum(row.variance_centimes or 0 for row in closed)
    tickets = sum(n for _m, n, _a in methods)
    section = DigestSection(_("Cafétéria"), figures=[
        (_("Ventes TTC"), format_dh(total)),
        (_("Tickets"), str(tickets)),
        (_("Écart de caisse"), format_dh(variance) if closed else _("aucune clôture")),
        (_("Annulations et remboursements"), f"{len(voids)} / {len(refunds)}"),
    ])
    section.tables.append(ReportTable(
        _("Par mode de paiement"), [Column(_("Mode")), Column(_("Tickets"), "int"), Column(_("Montant"), "money")],
        [(PAYMENT_LABELS.get(m, m), n, amount or 0) for m, n, amount in methods],
        totals=(_("Total"), tickets, total) if methods else None))
    if closed:
        section.tables.append(ReportTable(_("Clôtures de caisse"), [
            Column(_("Caisse")), Column(_("Par")), Column(_("Écart"), "money"), Column(_("Validé par"))],
            [(f"{r.origin_desk} n° {r.number}", r.closed_by, r.variance_centimes, r.approved_by or "—")
             for r in closed]))
    corrections = [(_("Annulation"), r.receipt_number, r.total_ttc_centimes, r.void_reason, r.voided_by,
                    r.void_approved_by) for r in voids]
    corrections += [(_("Remboursement"), _hhmm(r.at), r.amount_centimes, r.reason, r.by_name, "") for r in refunds]
    if corrections:
        section.tables.append(ReportTable(_("Annulations et remboursements"), [
            Column(_("Opération")), Column(_("Ticket")), Column(_("Montant"), "money"), Column(_("Motif")),
            Column(_("Par")), Column(_("Validé par"))], corrections))
    section.alerts += [_("Caisse {desk} n° {number} encore ouverte (depuis le {day} à {time})").format(
        desk=desk, number=number, day=f"{to_local(at):%d/%m}", time=_hhmm(at)) for desk, number, at in left_open]
    section.alerts += [
        _("Écart de caisse de {amount} à la clôture {desk} n° {number} ({by})").format(
            amount=format_dh(r.variance_centimes), desk=r.origin_desk, number=r.number,
            by=_("{closed_by}, validé par {approver}").format(closed_by=r.closed_by, approver=r.approved_by)
            if r.approved_by else r.closed_by)
        for r in closed if r.variance_centimes]
    return section


# --- security and sync --------------------------------------------------------------------------------

def security_section(session: Session, day: date) -> DigestSection:
    start, end = local_day_bounds(day)
    failures = _events(session, start, end, "auth.login_failed")
    lockouts = _events(session, start, end, "auth.lockout")
    logins = _events(session, start, end, "auth.login")
    section = DigestSection(_("Sécurité"), figures=[
        (_("Connexions"), str(len(logins))),
        (_("Échecs de connexion"), str(len(failures))),
        (_("Verrouillages"), str(len(lockouts))),
    ])
    section.alerts += [_("Compte « {username} » verrouillé à {time}").format(username=e.username, time=_hhmm(e.at))
                       for e in lockouts]
    return section


def sync_section(session: Session, day: date) -> DigestSection:
    _start, end = local_day_bounds(day)
    last = session.scalars(select(SyncRun).where(SyncRun.started_at < end)
                           .order_by(SyncRun.started_at.desc()).limit(1)).first()
    open_conflicts = session.scalar(select(func.count()).select_from(SyncConflict)
                                    .where(SyncConflict.resolved_at.is_(None))) or 0
    configured = session.get(Setting, "sync.central_url")
    conflicts_alert = ([_("{count} conflit(s) de synchronisation à régler").format(count=open_conflicts)]
                       if open_conflicts else [])
    if last is None and not (configured and json.loads(configured.value)):
        return DigestSection(_("Synchronisation"), figures=[(_("Dernière synchronisation"), _("non configurée"))],
                             alerts=conflicts_alert)  # conflicts pulled before the address was cleared
    if last is None:
        status = _("jamais synchronisé")
    elif last.error:
        status = _("échec le {day} à {time}").format(day=f"{to_local(last.started_at):%d/%m}",
                                                     time=_hhmm(last.started_at))
    else:
        status = _("{day} à {time}, {pushed} envoyés, {pulled} reçus").format(
            day=f"{to_local(last.started_at):%d/%m}", time=_hhmm(last.started_at), pushed=last.pushed,
            pulled=last.pulled)
    section = DigestSection(_("Synchronisation"), figures=[(_("Dernière synchronisation"), status),
                                                           (_("Conflits à régler"), str(open_conflicts))])
    if last is not None and last.error:
        section.alerts.append(_("Dernière synchronisation en échec : {error}").format(
            error=last.error.splitlines()[0][:120]))
    section.alerts += conflicts_alert
    if last is None or (end - last.started_at) > timedelta(days=2):
        section.alerts.append(_("Aucune synchronisation depuis plus de deux jours"))
    return section


register_digest_section("visits", visits_section)
register_digest_section("rooms", rooms_section)
register_digest_section("cafeteria", cafeteria_section)
register_digest_section("security", security_section)
register_digest_section("sync", sync_section)
