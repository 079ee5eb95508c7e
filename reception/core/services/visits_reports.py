"""The visitors' report kinds: the evacuation roll call, the visitor log and the visit statistics.

Found by reports.load_report_kinds (this module's name ends in _reports) and imported by visits.py.
The evacuation roll call has its own paper layout (reception/printing/evacuation.py); the others use the
generic one. Statistics count anonymised visits too: the purge keeps date, host company and type for them.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime
from itertools import groupby
from typing import Any

from sqlalchemy import extract, func, select

from reception.core import formats
from reception.core.clock import local_day_bounds, local_today, to_local
from reception.core.i18n import N_, _
from reception.core.models import AuditEvent, Tenant, Visit, WatchListEntry
from reception.core.models.visits import CHECKOUT_KINDS, VISIT_TYPES
from reception.core.reports import Chart, Column, ReportContext, ReportData, ReportKind, ReportTable, register
from reception.core.services.permissions import Permission
from reception.core.services.photos import PhotoService
from reception.core.services.settings import SettingsService
from reception.core.services.visits import HistoryFilter, VisitRow, VisitService

NO_COMPANY = N_("Sans société")


def _period(ctx: ReportContext) -> tuple[date, date]:
    """The asked dates, today when none were given."""
    today = local_today(ctx.clock)
    start = ctx.params.date_from or ctx.params.date_to or today
    return start, ctx.params.date_to or start


def _bounds(ctx: ReportContext) -> tuple[datetime, datetime]:
    start, end = _period(ctx)
    return local_day_bounds(start)[0], local_day_bounds(end)[1]


def _floor_label(floor: str) -> str:
    if not floor:
        return _("étage non renseigné")
    return _("rez-de-chaussée") if floor == "0" else _("étage {floor}").format(floor=floor)


def _service(ctx: ReportContext) -> VisitService:
    return VisitService(ctx.db, ctx.clock)


# --- evacuation ----------------------------------------------------------------------------------------


def build_evacuation(ctx: ReportContext) -> ReportData:
    """Everyone inside now, one table per host company and floor, with a box to tick at the assembly point."""
    now = ctx.clock.now()
    inside = _service(ctx).on_site(ctx.actor)
    data = ReportData(title=_("Liste d'évacuation — personnes présentes"),
                      parameters=_("Situation au {day} à {time}").format(day=formats.day(now), time=formats.clock(now)))
    columns = [Column(_("Présent"), "text", 16), Column(_("Visiteur")), Column(_("Organisation"), "text", 44),
               Column(_("Personne visitée"), "text", 40), Column(_("Badge"), "text", 26),
               Column(_("Arrivée"), "time", 16)]

    def place(v: VisitRow) -> tuple[str, str]:
        return (v.host_floor, v.host_company or _(NO_COMPANY))

    for (floor, company), group in groupby(sorted(inside, key=lambda v: (*place(v), v.visitor_name)), key=place):
        rows = [("☐", v.visitor_name, v.organisation, v.host_name, v.badge_number, to_local(v.checked_in_at))
                for v in group]
        data.tables.append(ReportTable(f"{company} — {_floor_label(floor)} ({len(rows)})", columns, rows))
    photos = PhotoService(ctx.db, ctx.clock, SettingsService(ctx.db)).photos(ctx.actor, [v.id for v in inside])
    data.pictures = {v.badge_number: photos[v.id].jpeg for v in inside if v.id in photos}
    data.summary = [(_("Personnes présentes"), str(len(inside))), (_("Sociétés concernées"), str(len(data.tables)))]
    if not inside:
        data.notes.append(_("Aucun visiteur n'est enregistré dans le bâtiment."))
    return data


# --- visitor log ---------------------------------------------------------------------------------------


def build_visitor_log(ctx: ReportContext) -> ReportData:
    """The register of visits, day after day, as the desk keeps it."""
    start, end = _period(ctx)
    service = _service(ctx)
    filt = HistoryFilter(date_from=start, date_to=end, visit_type=ctx.params.options.get("type", ""))
    rows = sorted((v for batch in service.all_history(ctx.actor, filt) for v in batch), key=lambda v: v.checked_in_at)
    columns = [Column(_("Arrivée"), "datetime", 28), Column(_("Sortie"), "time", 14), Column(_("Visiteur")),
               Column(_("Organisation"), "text", 34), Column(_("Personne visitée"), "text", 34),
               Column(_("Société"), "text", 36), Column(_("Type"), "text", 20), Column(_("Badge"), "text", 26)]
    table = [(to_local(v.checked_in_at), to_local(v.checked_out_at) if v.checked_out_at else None,
              v.visitor_name, v.organisation, v.host_name, v.host_company, v.visit_type_label, v.badge_number)
             for v in rows]
    not_out = sum(1 for v in rows if v.checkout_kind == "auto")
    return ReportData(
        title=_("Registre des visiteurs"),
        summary=[(_("Visites"), str(len(rows))), (_("Sorties non pointées"), str(not_out))],
        tables=[ReportTable(_("Visites"), columns, table)],
    )


def history_export(rows: list[VisitRow], filt: HistoryFilter) -> ReportData:
    """The visit history as filtered on the Visiteurs page, a typed table for the CSV and XLSX exports."""
    described = ", ".join(_(template).format(value=value) for template, value in (
        (N_("nom : {value}"), filt.text), (N_("organisation : {value}"), filt.organisation),
        (N_("hôte : {value}"), filt.host)) if value)
    columns = [Column(_("Arrivée"), "datetime"), Column(_("Sortie"), "datetime"), Column(_("Type de sortie")),
               Column(_("Visiteur")), Column(_("Organisation")), Column(_("Personne visitée")), Column(_("Société")),
               Column(_("Étage")), Column(_("Type")), Column(_("Badge")), Column(_("Réimpressions"), "int")]
    table = ReportTable(_("Historique des visites"), columns, [
        (v.checked_in_at, v.checked_out_at, CHECKOUT_KINDS.get(v.checkout_kind, ""), v.visitor_name, v.organisation,
         v.host_name, v.host_company, v.host_floor, v.visit_type_label, v.badge_number, v.reprint_count)
        for v in rows
    ])
    return ReportData(_("Historique des visites"), described, tables=[table])


# --- statistics ----------------------------------------------------------------------------------------


def _count_by(ctx: ReportContext, *keys: Any) -> list[Any]:
    start, end = _bounds(ctx)
    stmt = (select(*keys, func.count().label("n")).select_from(Visit)
            .where(Visit.checked_in_at >= start, Visit.checked_in_at < end).group_by(*keys))
    with ctx.db.read() as session:
        return list(session.execute(stmt))


def build_by_company(ctx: ReportContext) -> ReportData:
    start, end = _bounds(ctx)
    stmt = (select(func.coalesce(Tenant.name, _(NO_COMPANY)).label("company"), func.count().label("n"))
            .select_from(Visit).outerjoin(Tenant, Tenant.id == Visit.host_tenant_id)
            .where(Visit.checked_in_at >= start, Visit.checked_in_at < end)
            .group_by(Tenant.id).order_by(func.count().desc()))
    with ctx.db.read() as session:
        counts = [(r.company, r.n) for r in session.execute(stmt)]
    total = sum(n for _, n in counts)
    rows = [(company, n, n / total) for company, n in counts]
    top = counts[:12]
    return ReportData(
        title=_("Visites par société hébergée"),
        summary=[(_("Visites"), str(total)), (_("Sociétés visitées"), str(len(counts)))],
        charts=[Chart(_("Les sociétés les plus visitées"), [c for c, _n in top], {_("Visites"): [n for _c, n in top]})],
        tables=[ReportTable(_("Visites par société"), [Column(_("Société")), Column(_("Visites"), "int", 24),
                                                       Column(_("Part"), "percent", 20)], rows,
                            (_("Total"), total, 1.0))],
    )


def build_by_type(ctx: ReportContext) -> ReportData:
    counts = {r.visit_type: r.n for r in _count_by(ctx, Visit.visit_type)}
    total = sum(counts.values())
    rows = [(label, counts.get(key, 0), counts.get(key, 0) / total if total else 0.0)
            for key, label in VISIT_TYPES.items()]
    return ReportData(
        title=_("Visites par type"),
        summary=[(_("Visites"), str(total))],
        charts=[Chart(_("Visites par type"), [r[0] for r in rows], {_("Visites"): [r[1] for r in rows]})],
        tables=[ReportTable(_("Visites par type"), [Column(_("Type")), Column(_("Visites"), "int", 24),
                                                    Column(_("Part"), "percent", 20)], rows,
                            (_("Total"), total, 1.0))],
    )


def build_by_month(ctx: ReportContext) -> ReportData:
    """Visits per month (months of the UTC timestamp: visits happen in the day, far from midnight).

    EXTRACT, not SQLite's strftime: the same query runs at head office on PostgreSQL."""
    year, month = extract("year", Visit.checked_in_at), extract("month", Visit.checked_in_at)
    counts = sorted((f"{int(r[0]):04d}-{int(r[1]):02d}", r.n) for r in _count_by(ctx, year, month))
    labels = [formats.short_month(date(int(m[:4]), int(m[5:]), 1)) for m, _n in counts]
    total = sum(n for _m, n in counts)
    return ReportData(
        title=_("Visites par mois"),
        summary=[(_("Visites"), str(total)),
                 (_("Moyenne mensuelle"), str(round(total / len(counts))) if counts else "0")],
        charts=[Chart(_("Visites par mois"), labels, {_("Visites"): [n for _m, n in counts]}, kind="line")],
        tables=[ReportTable(_("Visites par mois"), [Column(_("Mois")), Column(_("Visites"), "int", 24)],
                            [(label, n) for label, (_m, n) in zip(labels, counts, strict=True)],
                            (_("Total"), total))],
    )


def build_not_checked_out(ctx: ReportContext) -> ReportData:
    """Visits closed by the automatic check-out: badges that may not have come back."""
    start, end = _period(ctx)
    filt = HistoryFilter(date_from=start, date_to=end, checkout_kind="auto")
    service = _service(ctx)
    rows = [v for batch in service.all_history(ctx.actor, filt) for v in batch]
    columns = [Column(_("Arrivée"), "datetime", 28), Column(_("Visiteur")), Column(_("Organisation"), "text", 36),
               Column(_("Personne visitée"), "text", 36), Column(_("Société"), "text", 38),
               Column(_("Badge"), "text", 26)]
    table = [(to_local(v.checked_in_at), v.visitor_name, v.organisation, v.host_name, v.host_company,
              v.badge_number) for v in sorted(rows, key=lambda v: v.checked_in_at)]
    return ReportData(
        title=_("Sorties non pointées"),
        summary=[(_("Visites concernées"), str(len(rows)))],
        tables=[ReportTable(CHECKOUT_KINDS["auto"], columns, table)],
        notes=[_("Ces visites ont été clôturées par la sortie automatique : le badge n'a pas été scanné.")],
    )


def build_watchlist_alerts(ctx: ReportContext) -> ReportData:
    """Every watch-list decision taken at the desk (allowed or refused), from the audit trail."""
    start, end = _bounds(ctx)
    actions = {"visits.watchlist_allowed": _("Autorisé"), "visits.watchlist_refused": _("Refusé")}
    with ctx.db.read() as session:
        events = session.execute(
            select(AuditEvent).where(AuditEvent.action.in_(actions), AuditEvent.at >= start, AuditEvent.at < end)
            .order_by(AuditEvent.at, AuditEvent.desk_code, AuditEvent.seq)
        ).scalars().all()
        entries = {w.id: w for w in session.execute(select(WatchListEntry)).scalars()}
    rows = []
    for event in events:
        after = json.loads(event.after or "{}")
        entry = entries.get(after.get("entry_id") or event.entity_id)
        name = f"{entry.first_name} {entry.last_name}".strip() if entry else _("Entrée supprimée")
        rows.append((to_local(event.at), name, entry.reason if entry else "", actions[event.action],
                     after.get("decided_by", ""), event.username))
    decisions = Counter(r[3] for r in rows)
    columns = [Column(_("Date"), "datetime", 28), Column(_("Personne signalée"), "text", 40), Column(_("Motif")),
               Column(_("Décision"), "text", 20), Column(_("Responsable"), "text", 26),
               Column(_("Accueil"), "text", 24)]
    allowed, refused = actions.values()
    return ReportData(
        title=_("Alertes de la liste de vigilance"),
        summary=[(_("Alertes"), str(len(rows))), (_("Autorisées"), str(decisions[allowed])),
                 (_("Refusées"), str(decisions[refused]))],
        tables=[ReportTable(_("Décisions"), columns, rows)],
    )


VISITORS = N_("Visiteurs")
register(ReportKind("evacuation", N_("Liste d'évacuation (personnes présentes)"), VISITORS, Permission.VISITS_CHECKIN,
                    (), build_evacuation,
                    N_("Tous les visiteurs présents, par société et étage, avec une case à cocher.")))
register(ReportKind("visitor-log", N_("Registre des visiteurs"), VISITORS, Permission.VISITS_HISTORY,
                    ("from", "to", "type"), build_visitor_log, N_("Les visites jour après jour, arrivée et sortie.")))
register(ReportKind("visits-by-company", N_("Visites par société"), VISITORS, Permission.REPORTS_DESK,
                    ("from", "to"), build_by_company, N_("Nombre de visites reçues par chaque société hébergée.")))
register(ReportKind("visits-by-type", N_("Visites par type"), VISITORS, Permission.REPORTS_DESK, ("from", "to"),
                    build_by_type, N_("Réunions, entretiens, livraisons, prestataires, événements.")))
register(ReportKind("visits-by-month", N_("Visites par mois"), VISITORS, Permission.REPORTS_DESK, ("from", "to"),
                    build_by_month, N_("L'évolution mensuelle de la fréquentation.")))
register(ReportKind("not-checked-out", N_("Sorties non pointées"), VISITORS, Permission.VISITS_HISTORY,
                    ("from", "to"), build_not_checked_out, N_("Les visites clôturées par la sortie automatique.")))
register(ReportKind("watchlist-alerts", N_("Alertes de la liste de vigilance"), VISITORS, Permission.WATCHLIST_MANAGE,
                    ("from", "to"), build_watchlist_alerts, N_("Les décisions des responsables à l'accueil.")))
