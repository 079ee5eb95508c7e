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
from reception.core.i18n import N_
from reception.core.models import CashSession, Sale, SaleLine, Tenant, Voucher
from reception.core.models.cafeteria import CASH_IN, CASH_OUT, REFUND, SALE_OK, SALE_VOIDED
from reception.core.money import format_dh
from reception.core.reports import Chart, Column, ReportContext, ReportData, ReportKind, ReportTable, register
from reception.core.services.cafeteria_data import PAYMENT_LABELS, SessionSummary
from reception.core.services.permissions import Permission
from reception.core.services.tva import rate_label

if TYPE_CHECKING:
    from reception.core.services.cafeteria import CafeteriaService

MOVEMENT_LABELS = {CASH_IN: "Apport", CASH_OUT: "Retrait", REFUND: "Remboursement"}
DAY_CHART_LIMIT = 62


def _service(ctx: ReportContext) -> CafeteriaService:
    from reception.core.services.cafeteria import CafeteriaService  # cafeteria.py imports this module

    return CafeteriaService(ctx.db, ctx.clock)


def _period(ctx: ReportContext) -> tuple[date, date]:
    start, end = ctx.params.date_from, ctx.params.date_to
    if start is None or end is None:
        raise ValidationError({"from": "Indiquez la période (du ... au ...)."})
    return start, end


def _dt(moment: datetime | None) -> str:
    return to_local(moment).strftime("%d/%m/%Y %H:%M") if moment else ""


# --- X and Z ------------------------------------------------------------------------------------------


def session_report(summary: SessionSummary, title: str) -> ReportData:
    """The drawer's figures as ReportData: what the Z layout and the generic exports both render."""
    s = summary.session
    data = ReportData(title=f"{title} n° {s.number} — poste {s.desk_code}")
    data.parameters = f"Ouverte le {_dt(s.opened_at)} par {s.opened_by}" + (
        f" · clôturée le {_dt(s.closed_at)} par {s.closed_by}" if s.closed_at else " · session en cours")
    counted = s.counted_centimes
    data.summary = [
        ("Fond de caisse", format_dh(s.float_centimes)),
        ("Ventes", f"{summary.sales_count} pour {format_dh(summary.total_ttc_centimes)}"),
        ("Bons vendus", str(summary.vouchers_sold)),
        ("Bons utilisés", str(summary.vouchers_redeemed)),
        ("Espèces attendues", format_dh(summary.expected_cash_centimes)),
        ("Espèces comptées", format_dh(counted) if counted is not None else "—"),
        ("Écart", format_dh(s.variance_centimes) if s.variance_centimes is not None else "—"),
        ("Écart validé par", s.approved_by or "—"),
    ]
    tva_rows = [(rate_label(t.rate_bp), t.ht_centimes, t.tva_centimes, t.ttc_centimes) for t in summary.tva]
    data.tables.append(ReportTable(
        "TVA par taux", [Column("Taux"), Column("HT", "money"), Column("TVA", "money"), Column("TTC", "money")],
        tva_rows, ("Total", sum(r[1] for r in tva_rows), sum(r[2] for r in tva_rows), sum(r[3] for r in tva_rows))))
    data.tables.append(ReportTable(
        "Paiements", [Column("Mode"), Column("Ventes", "int"), Column("Montant", "money")],
        [(PAYMENT_LABELS.get(m, m), n, amount) for m, n, amount in summary.by_method],
        ("Total", summary.sales_count, summary.total_ttc_centimes)))
    cash_rows: list[tuple[object, ...]] = [("Fond de caisse", s.float_centimes),
                                           ("Ventes en espèces", summary.cash_sales_centimes)]
    for kind in (CASH_IN, CASH_OUT, REFUND):
        amount = sum(m.amount_centimes for m in summary.movements if m.kind == kind)
        if amount:
            cash_rows.append((MOVEMENT_LABELS[kind], amount if kind == CASH_IN else -amount))
    data.tables.append(ReportTable("Espèces", [Column("Poste"), Column("Montant", "money")], cash_rows,
                                   ("Attendu", summary.expected_cash_centimes)))
    if s.counts:
        data.tables.append(ReportTable(
            "Comptage", [Column("Coupure", "money"), Column("Nombre", "int"), Column("Montant", "money")],
            [(d, n, d * n) for d, n in sorted(s.counts.items(), reverse=True)],
            ("Compté", sum(s.counts.values()), counted)))
    if summary.voids:
        data.tables.append(ReportTable(
            "Annulations et remboursements",
            [Column("Ticket", width_mm=22), Column("Vendu le", "datetime"), Column("Montant", "money"),
             Column("Mode"), Column("Par"), Column("Validé par"), Column("Motif")],
            [(v.receipt_number, v.sold_at, v.amount_centimes, PAYMENT_LABELS.get(v.payment_method, ""), v.voided_by,
              v.approved_by, v.reason) for v in summary.voids]))
    if summary.movements:
        data.tables.append(ReportTable(
            "Mouvements de caisse",
            [Column("Heure", "datetime"), Column("Type"), Column("Montant", "money"), Column("Motif"), Column("Par")],
            [(m.at, MOVEMENT_LABELS[m.kind], m.amount_centimes, m.reason, m.by_name) for m in summary.movements]))
    return data


def build_z(ctx: ReportContext) -> ReportData:
    number = ctx.params.options.get("session", "")
    if not number.isdigit():
        raise ValidationError({"session": "Indiquez le numéro de la session de caisse (--session N)."})
    summary = _service(ctx).session_summary(ctx.actor, int(number), ctx.params.options.get("desk"))
    return session_report(summary, "Rapport Z" if summary.is_closed else "Rapport X")


def build_x(ctx: ReportContext) -> ReportData:
    return session_report(_service(ctx).x_report(ctx.actor), "Rapport X")


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
    data = ReportData(title="Ventes de la cafétéria")
    data.summary = [("Ventes", str(totals[0])), ("Chiffre d'affaires TTC", format_dh(totals[3])),
                    ("dont TVA", format_dh(totals[2])), ("Ventes annulées (exclues)", str(voided))]
    data.tables.append(ReportTable(
        "Par jour", [Column("Jour", "date"), Column("Ventes", "int"), Column("HT", "money"), Column("TVA", "money"),
                     Column("TTC", "money")],
        [(d, *v) for d, v in days], ("Total", *totals)))
    data.tables.append(ReportTable(
        "Par produit", [Column("Produit"), Column("Quantité", "int"), Column("TTC", "money")],
        [tuple(r) for r in products], ("Total", sum(r[1] for r in products), sum(r[2] for r in products))))
    data.tables.append(ReportTable(
        "Par mode de paiement", [Column("Mode"), Column("Ventes", "int"), Column("Montant", "money")],
        [(PAYMENT_LABELS.get(m, m), n, a) for m, n, a in methods], ("Total", totals[0], totals[3])))
    if 1 < len(days) <= DAY_CHART_LIMIT:
        data.charts.append(Chart("Chiffre d'affaires TTC par jour (DH)", [f"{d:%d/%m}" for d, _ in days],
                                 {"TTC": [v[3] // 100 for _, v in days]}))
    return data


# --- tenants and vouchers --------------------------------------------------------------------------------


def build_statement(ctx: ReportContext) -> ReportData:
    tenant_id = ctx.params.options.get("tenant")
    month = ctx.params.date_from
    if not tenant_id or month is None:
        raise ValidationError({"tenant": "Indiquez la société et le mois (--tenant NOM --month AAAA-MM)."})
    statement = _service(ctx).account_statement(ctx.actor, tenant_id, month)
    data = ReportData(title=f"Relevé de compte cafétéria — {statement.tenant_name}",
                      parameters=f"Mois de {statement.month:%m/%Y}")
    data.summary = [("Société", statement.tenant_name), ("Achats du mois", format_dh(statement.total_centimes)),
                    ("Plafond mensuel", format_dh(statement.credit_limit_centimes)),
                    ("Bons non utilisés", str(statement.outstanding_vouchers))]
    data.tables.append(ReportTable(
        "Achats sur compte",
        [Column("Ticket", width_mm=24), Column("Date", "datetime"), Column("Détail"), Column("Montant TTC", "money")],
        [(line.receipt_number, line.sold_at, line.description + (" (annulée)" if line.voided else ""),
          0 if line.voided else line.amount_centimes) for line in statement.lines],
        ("Total", None, None, statement.total_centimes)))
    data.notes.append("Montants TTC ; la facture mensuelle reprend ce relevé. Les ventes annulées sont à 0.")
    return data


def build_outstanding(ctx: ReportContext) -> ReportData:
    """Vouchers sold, not used, not voided, not expired on the day: what the park still owes."""
    day = ctx.params.date_from or local_today(ctx.clock)
    alive = (Voucher.redeemed_at.is_(None), Voucher.voided.is_(False), Voucher.expires_on >= day)
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
    data = ReportData(title="Bons en circulation", parameters=f"Au {day:%d/%m/%Y}")
    data.summary = [("Bons non utilisés", str(count)), ("Valeur", format_dh(value)),
                    ("Expirent sous 30 jours", f"{soon[0]} ({format_dh(soon[1])})")]
    data.tables.append(ReportTable(
        "Par bon", [Column("Bon"), Column("Nombre", "int"), Column("Valeur", "money"),
                    Column("Première expiration", "date")],
        [tuple(r) for r in by_label], ("Total", count, value, None)))
    if by_tenant:
        data.tables.append(ReportTable(
            "Détenus par les sociétés (ventes sur compte)", [Column("Société"), Column("Nombre", "int"),
                                                             Column("Valeur", "money")], [tuple(r) for r in by_tenant]))
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
    data = ReportData(title="Écarts de caisse et annulations")
    data.summary = [("Sessions avec écart", str(len(variance_rows))),
                    ("Écart cumulé", format_dh(sum(r[6] or 0 for r in variance_rows))),
                    ("Ventes annulées", str(len(void_rows))),
                    ("Montant annulé", format_dh(sum(r[3] for r in void_rows)))]
    data.tables.append(ReportTable(
        "Écarts à la clôture",
        [Column("Session", "int", 16), Column("Poste", width_mm=18), Column("Clôture", "datetime"), Column("Par"),
         Column("Attendu", "money"), Column("Compté", "money"), Column("Écart", "money"), Column("Validé par")],
        variance_rows))
    data.tables.append(ReportTable(
        "Annulations",
        [Column("Ticket", width_mm=22), Column("Vendu le", "datetime"), Column("Annulé le", "datetime"),
         Column("Montant", "money"), Column("Par"), Column("Validé par"), Column("Motif")], void_rows))
    return data


KINDS = (
    ReportKind("z", N_("Rapport Z (clôture de caisse)"), N_("Cafétéria"), Permission.REPORTS_DESK, ("session", "desk"),
               build_z, N_("Les chiffres d'une session de caisse : ventes, TVA, paiements, comptage et écart.")),
    ReportKind("x", N_("Rapport X (caisse en cours)"), N_("Cafétéria"), Permission.CAFETERIA_SELL, (), build_x,
               N_("Les chiffres de la session ouverte, sans la clôturer.")),
    ReportKind("sales", N_("Ventes de la cafétéria"), N_("Cafétéria"), Permission.REPORTS_VIEW, ("from", "to"),
               build_sales, N_("Par jour, par produit et par mode de paiement.")),
    ReportKind("account-statement", N_("Relevé de compte d'une société"), N_("Cafétéria"), Permission.REPORTS_VIEW,
               ("tenant", "month"), build_statement, N_("Les achats sur compte d'un mois, pour la facture.")),
    ReportKind("outstanding-vouchers", N_("Bons en circulation"), N_("Cafétéria"), Permission.REPORTS_VIEW, ("date",),
               build_outstanding, N_("Les bons vendus non utilisés et non expirés, et ceux qui expirent bientôt.")),
    ReportKind("variances", N_("Écarts de caisse et annulations"), N_("Cafétéria"), Permission.CASH_VARIANCE_APPROVE,
               ("from", "to"), build_variances, N_("Pour la revue du responsable.")),
)
for _kind in KINDS:
    register(_kind)
