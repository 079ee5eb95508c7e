"""The cafeteria's report kinds: Z and X of the drawer, sales, a tenant's statement, outstanding vouchers,
variances and voids.

Found by reports.load_report_kinds and imported by cafeteria.py. The Z and X reports have their own paper
layout (reception/printing/cafeteria_z.py); the others use the generic one.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Integer, Select, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from reception.core.clock import local_day_bounds, local_today, to_local
from reception.core.errors import ValidationError
from reception.core.i18n import N_, Labels, _
from reception.core.models import CashSession, Sale, SaleLine, Tenant, Voucher
from reception.core.models.cafeteria import CASH_IN, CASH_OUT, REFUND, SALE_OK, SALE_VOIDED
from reception.core.money import format_dh
from reception.core.reports import Chart, Column, ReportContext, ReportData, ReportKind, ReportTable, register
from reception.core.services.cafeteria_data import PAYMENT_LABELS, SessionSummary
from reception.core.services.permissions import Permission
from reception.core.services.tva import rate_label

if TYPE_CHECKING:
    from reception.core.services.cafeteria import CafeteriaService

MOVEMENT_LABELS: Labels[str] = Labels({CASH_IN: N_("Apport"), CASH_OUT: N_("Retrait"), REFUND: N_("Remboursement")})
Z_REPORT, X_REPORT = N_("Rapport Z"), N_("Rapport X")
DAY_CHART_LIMIT = 62


def _service(ctx: ReportContext) -> CafeteriaService:
    from reception.core.services.cafeteria import CafeteriaService  # cafeteria.py imports this module

    return CafeteriaService(ctx.db, ctx.clock)


def _period(ctx: ReportContext) -> tuple[date, date]:
    start, end = ctx.params.date_from, ctx.params.date_to
    if start is None or end is None:
        raise ValidationError({"from": _("Indiquez la période (du ... au ...).")})
    return start, end


def _dt(moment: datetime | None) -> str:
    return to_local(moment).strftime("%d/%m/%Y %H:%M") if moment else ""


# --- X and Z ------------------------------------------------------------------------------------------


def session_report(summary: SessionSummary, title: str) -> ReportData:
    """The drawer's figures as ReportData: what the Z layout and the generic exports both render."""
    s = summary.session
    data = ReportData(title=_("{title} n° {number} — poste {desk}").format(title=_(title), number=s.number,
                                                                         desk=s.desk_code))
    data.parameters = _("Ouverte le {moment} par {name}").format(moment=_dt(s.opened_at), name=s.opened_by) + (
        _(" · clôturée le {moment} par {name}").format(moment=_dt(s.closed_at), name=s.closed_by) if s.closed_at
        else _(" · session en cours"))
    counted = s.counted_centimes
    data.summary = [
        (_("Fond de caisse"), format_dh(s.float_centimes)),
        (_("Ventes"), _("{count} pour {amount}").format(count=summary.sales_count,
            amount=format_dh(summary.total_ttc_centimes))),
        (_("Bons vendus"), str(summary.vouchers_sold)),
        (_("Bons utilisés"), str(summary.vouchers_redeemed)),
        (_("Espèces attendues"), format_dh(summary.expected_cash_centimes)),
        (_("Espèces comptées"), format_dh(counted) if counted is not None else "—"),
        (_("Écart"), format_dh(s.variance_centimes) if s.variance_centimes is not None else "—"),
        (_("Écart validé par"), s.approved_by or "—"),
    ]
    tva_rows = [(rate_label(t.rate_bp), t.ht_centimes, t.tva_centimes, t.ttc_centimes) for t in summary.tva]
    data.tables.append(ReportTable(
        _("TVA par taux"), [Column(_("Taux")), Column(_("HT"), "money"), Column(_("TVA"), "money"),
                            Column(_("TTC"), "money")],
        tva_rows, (_("Total"), sum(r[1] for r in tva_rows), sum(r[2] for r in tva_rows), sum(r[3] for r in tva_rows))))
    data.tables.append(ReportTable(
        _("Paiements"), [Column(_("Mode")), Column(_("Ventes"), "int"), Column(_("Montant"), "money")],
        [(PAYMENT_LABELS.get(m, m), n, amount) for m, n, amount in summary.by_method],
        (_("Total"), summary.sales_count, summary.total_ttc_centimes)))
    cash_rows: list[tuple[object, ...]] = [(_("Fond de caisse"), s.float_centimes),
                                           (_("Ventes en espèces"), summary.cash_sales_centimes)]
    for kind in (CASH_IN, CASH_OUT, REFUND):
        amount = sum(m.amount_centimes for m in summary.movements if m.kind == kind)
        if amount:
            cash_rows.append((MOVEMENT_LABELS[kind], amount if kind == CASH_IN else -amount))
    data.tables.append(ReportTable(_("Espèces"), [Column(_("Opération")), Column(_("Montant"), "money")], cash_rows,
                                   (_("Attendu"), summary.expected_cash_centimes)))
    if s.counts:
        data.tables.append(ReportTable(
            _("Comptage"), [Column(_("Coupure"), "money"), Column(_("Nombre"), "int"), Column(_("Montant"), "money")],
            [(d, n, d * n) for d, n in sorted(s.counts.items(), reverse=True)],
            (_("Compté"), sum(s.counts.values()), counted)))
    if summary.voids:
        data.tables.append(ReportTable(
            _("Annulations et remboursements"),
            [Column(_("Ticket"), width_mm=22), Column(_("Vendu le"), "datetime"), Column(_("Montant"), "money"),
             Column(_("Mode")), Column(_("Par")), Column(_("Validé par")), Column(_("Motif"))],
            [(v.receipt_number, v.sold_at, v.amount_centimes, PAYMENT_LABELS.get(v.payment_method, ""), v.voided_by,
              v.approved_by, v.reason) for v in summary.voids]))
    if summary.movements:
        data.tables.append(ReportTable(
            _("Mouvements de caisse"),
            [Column(_("Heure"), "datetime"), Column(_("Type")), Column(_("Montant"), "money"),
             Column(_("Motif")), Column(_("Par"))],
            [(m.at, MOVEMENT_LABELS[m.kind], m.amount_centimes, m.reason, m.by_name) for m in summary.movements]))
    return data


def build_z(ctx: ReportContext) -> ReportData:
    number = ctx.params.options.get("session", "")
    if not number.isdigit():
        raise ValidationError({"session": _("Indiquez le numéro de la session de caisse (--session N).")})
    summary = _service(ctx).session_summary(ctx.actor, int(number), ctx.params.options.get("desk"))
    return session_report(summary, Z_REPORT if summary.is_closed else X_REPORT)


def build_x(ctx: ReportContext) -> ReportData:
    return session_report(_service(ctx).x_report(ctx.actor), X_REPORT)


# --- sales ---------------------------------------------------------------------------------------------


class _UtcHour(FunctionElement[int]):
    """Hours since 1970 of a naive UTC timestamp: one grouping key (hashed, not sorted) on both databases."""

    type = Integer()
    inherit_cache = True


@compiles(_UtcHour)
def _utc_hour_sqlite(element: _UtcHour, compiler: Any, **kw: Any) -> str:
    return f"CAST(STRFTIME('%s', {compiler.process(element.clauses, **kw)}) AS INTEGER) / 3600"


@compiles(_UtcHour, "postgresql")
def _utc_hour_postgresql(element: _UtcHour, compiler: Any, **kw: Any) -> str:
    return f"CAST(floor(EXTRACT(epoch FROM {compiler.process(element.clauses, **kw)}) / 3600) AS BIGINT)"


def _sums_by_utc_hour(kept: tuple[Any, ...]) -> Select[*tuple[Any, ...]]:
    """Count and totals per UTC hour, summed by the database: a year of six sites is a quarter of a million sales
    (seconds to fetch one by one), but at most 8,784 hours. Casablanca's offset changes on the hour, so each
    hour falls in one local day."""
    hour = _UtcHour(Sale.sold_at)
    return (select(hour, func.count(), func.sum(Sale.total_ht_centimes), func.sum(Sale.total_tva_centimes),
                   func.sum(Sale.total_ttc_centimes)).where(*kept).group_by(hour))


def build_sales(ctx: ReportContext) -> ReportData:
    """Sales kept (not voided) over a period, by day, by product and by payment method."""
    start, end = _period(ctx)
    since, until = local_day_bounds(start)[0], local_day_bounds(end)[1]
    kept = (Sale.status == SALE_OK, Sale.sold_at >= since, Sale.sold_at < until)
    by_day: dict[date, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    with ctx.db.read() as session:
        for hour, *figures in session.execute(_sums_by_utc_hour(kept)):
            day = by_day[to_local(datetime.fromtimestamp(int(hour) * 3600, UTC)).date()]
            for i, figure in enumerate(figures):
                day[i] += int(figure)
        products = session.execute(
            select(SaleLine.product_name, func.sum(SaleLine.quantity), func.sum(SaleLine.line_total_centimes))
            .join(Sale, Sale.id == SaleLine.sale_id).where(*kept).group_by(SaleLine.product_name)
            .order_by(func.sum(SaleLine.line_total_centimes).desc())).all()
        methods = session.execute(
            select(Sale.payment_method, func.count(), func.sum(Sale.total_ttc_centimes)).where(*kept)
            .group_by(Sale.payment_method).order_by(Sale.payment_method)).all()
        voided = session.scalar(select(func.count()).select_from(Sale).where(
            Sale.status == SALE_VOIDED, Sale.sold_at >= since, Sale.sold_at < until)) or 0
    days = sorted(by_day.items())
    totals = [sum(v[i] for _, v in days) for i in range(4)]
    data = ReportData(title=_("Ventes de la cafétéria"))
    data.summary = [(_("Ventes"), str(totals[0])), (_("Chiffre d'affaires TTC"), format_dh(totals[3])),
                    (_("dont TVA"), format_dh(totals[2])), (_("Ventes annulées (exclues)"), str(voided))]
    data.tables.append(ReportTable(
        _("Par jour"), [Column(_("Jour"), "date"), Column(_("Ventes"), "int"), Column(_("HT"), "money"),
                        Column(_("TVA"), "money"),
                     Column(_("TTC"), "money")],
        [(d, *v) for d, v in days], (_("Total"), *totals)))
    data.tables.append(ReportTable(
        _("Par produit"), [Column(_("Produit")), Column(_("Quantité"), "int"), Column(_("TTC"), "money")],
        [tuple(r) for r in products], (_("Total"), sum(r[1] for r in products), sum(r[2] for r in products))))
    data.tables.append(ReportTable(
        _("Par mode de paiement"), [Column(_("Mode")), Column(_("Ventes"), "int"), Column(_("Montant"), "money")],
        [(PAYMENT_LABELS.get(m, m), n, a) for m, n, a in methods], (_("Total"), totals[0], totals[3])))
    if 1 < len(days) <= DAY_CHART_LIMIT:
        data.charts.append(Chart(_("Chiffre d'affaires TTC par jour (DH)"), [f"{d:%d/%m}" for d, _v in days],
                                 {_("TTC"): [v[3] // 100 for _d, v in days]}))
    return data


# --- tenants and vouchers --------------------------------------------------------------------------------


def build_statement(ctx: ReportContext) -> ReportData:
    tenant_id = ctx.params.options.get("tenant")
    month = ctx.params.date_from
    if not tenant_id or month is None:
        raise ValidationError({"tenant": _("Indiquez la société et le mois (--tenant NOM --month AAAA-MM).")})
    statement = _service(ctx).account_statement(ctx.actor, tenant_id, month)
    data = ReportData(title=_("Relevé de compte cafétéria — {tenant}").format(tenant=statement.tenant_name),
                      parameters=_("Mois de {month}").format(month=f"{statement.month:%m/%Y}"))
    data.summary = [(_("Société"), statement.tenant_name), (_("Achats du mois"), format_dh(statement.total_centimes)),
                    (_("Plafond mensuel"), format_dh(statement.credit_limit_centimes)),
                    (_("Bons non utilisés"), str(statement.outstanding_vouchers))]
    data.tables.append(ReportTable(
        _("Achats sur compte"),
        [Column(_("Ticket"), width_mm=24), Column(_("Date"), "datetime"), Column(_("Détail")),
         Column(_("Montant TTC"), "money")],
        [(line.receipt_number, line.sold_at, line.description + (_(" (annulée)") if line.voided else ""),
          0 if line.voided else line.amount_centimes) for line in statement.lines],
        (_("Total"), None, None, statement.total_centimes)))
    data.notes.append(_("Montants TTC ; la facture mensuelle reprend ce relevé. Les ventes annulées sont à 0."))
    return data


def build_outstanding(ctx: ReportContext) -> ReportData:
    """Vouchers sold, not used, not voided, not expired on the day: what the park still owes."""
    day = ctx.params.date_from or local_today(ctx.clock)
    alive = (Voucher.redeemed_at.is_(None), ~Voucher.voided, Voucher.expires_on >= day)
    with ctx.db.read() as session:
        by_label = session.execute(
            select(Voucher.label, func.count(), func.sum(Voucher.value_centimes), func.min(Voucher.expires_on))
            .where(*alive).group_by(Voucher.label).order_by(Voucher.label)).all()
        by_tenant = session.execute(
            select(Tenant.name, func.count(), func.sum(Voucher.value_centimes))
            .join(Tenant, Tenant.id == Voucher.tenant_id).where(*alive).group_by(Tenant.name)
            .order_by(func.count().desc())).all()
        soon = session.execute(select(func.count(), func.coalesce(func.sum(Voucher.value_centimes), 0)).where(
            *alive, Voucher.expires_on <= day + timedelta(days=30))).one()
    count, value = sum(r[1] for r in by_label), sum(r[2] for r in by_label)
    data = ReportData(title=_("Bons en circulation"), parameters=_("Au {day}").format(day=f"{day:%d/%m/%Y}"))
    data.summary = [(_("Bons non utilisés"), str(count)), (_("Valeur"), format_dh(value)),
                    (_("Expirent sous 30 jours"), f"{soon[0]} ({format_dh(soon[1])})")]
    data.tables.append(ReportTable(
        _("Par bon"), [Column(_("Bon")), Column(_("Nombre"), "int"), Column(_("Valeur"), "money"),
                    Column(_("Première expiration"), "date")],
        [tuple(r) for r in by_label], (_("Total"), count, value, None)))
    if by_tenant:
        data.tables.append(ReportTable(
            _("Détenus par les sociétés (ventes sur compte)"), [Column(_("Société")), Column(_("Nombre"), "int"),
                                                             Column(_("Valeur"), "money")],
                                                                 [tuple(r) for r in by_tenant]))
    return data


def build_variances(ctx: ReportContext) -> ReportData:
    """Cash variances at closing and voided sales over a period, for the manager's review."""
    start, end = _period(ctx)
    since, until = local_day_bounds(start)[0], local_day_bounds(end)[1]
    with ctx.db.read() as session:
        sessions = session.execute(select(CashSession).where(
            CashSession.closed_at >= since, CashSession.closed_at < until, CashSession.variance_centimes != 0)
            .order_by(CashSession.closed_at)).scalars().all()
        voids = session.execute(select(Sale).where(Sale.status == SALE_VOIDED, Sale.voided_at >= since,
                                                   Sale.voided_at < until).order_by(Sale.voided_at)).scalars().all()
        variance_rows = [(s.number, s.origin_desk, s.closed_at, s.closed_by, s.expected_centimes, s.counted_centimes,
                          s.variance_centimes, s.approved_by) for s in sessions]
        void_rows = [(s.receipt_number, s.sold_at, s.voided_at, s.total_ttc_centimes, s.voided_by, s.void_approved_by,
                      s.void_reason) for s in voids]
    data = ReportData(title=_("Écarts de caisse et annulations"))
    data.summary = [(_("Sessions avec écart"), str(len(variance_rows))),
                    (_("Écart cumulé"), format_dh(sum(r[6] or 0 for r in variance_rows))),
                    (_("Ventes annulées"), str(len(void_rows))),
                    (_("Montant annulé"), format_dh(sum(r[3] for r in void_rows)))]
    data.tables.append(ReportTable(
        _("Écarts à la clôture"),
        [Column(_("Session"), "int", 16), Column(_("Poste"), width_mm=18), Column(_("Clôture"), "datetime"),
         Column(_("Par")),
         Column(_("Attendu"), "money"), Column(_("Compté"), "money"), Column(_("Écart"), "money"),
             Column(_("Validé par"))],
        variance_rows))
    data.tables.append(ReportTable(
        _("Annulations"),
        [Column(_("Ticket"), width_mm=22), Column(_("Vendu le"), "datetime"), Column(_("Annulé le"), "datetime"),
         Column(_("Montant"), "money"), Column(_("Par")), Column(_("Validé par")), Column(_("Motif"))], void_rows))
    return data


KINDS = (
    ReportKind("z", N_("Rapport Z (clôture de caisse)"), N_("Cafétéria"), Permission.REPORTS_DESK, ("session", "desk"),
               build_z, N_("Les chiffres d'une session de caisse : ventes, TVA, paiements, comptage et écart.")),
    ReportKind("x", N_("Rapport X (caisse en cours)"), N_("Cafétéria"), Permission.CAFETERIA_SELL, (), build_x,
               N_("Les chiffres de la session ouverte, sans la clôturer."), desk_only=True),
    ReportKind("sales", N_("Ventes de la cafétéria"), N_("Cafétéria"), Permission.REPORTS_VIEW, ("from", "to"),
               build_sales, N_("Par jour, par produit et par mode de paiement.")),
    ReportKind("account-statement", N_("Relevé de compte d'une société"), N_("Cafétéria"), Permission.REPORTS_VIEW,
               ("tenant", "month"), build_statement, N_("Les achats sur compte d'un mois, pour la facture."),
               cli_params=("site",)),
    ReportKind("outstanding-vouchers", N_("Bons en circulation"), N_("Cafétéria"), Permission.REPORTS_VIEW, ("date",),
               build_outstanding, N_("Les bons vendus non utilisés et non expirés, et ceux qui expirent bientôt.")),
    ReportKind("variances", N_("Écarts de caisse et annulations"), N_("Cafétéria"), Permission.CASH_VARIANCE_APPROVE,
               ("from", "to"), build_variances, N_("Pour la revue du responsable.")),
)
for _kind in KINDS:
    register(_kind)
