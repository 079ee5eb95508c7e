"""The cash drawer: sessions opened with a float, cash in/out, the X report and the counted close (Z).

Expected cash = float + cash sales + cash in − cash out − cash refunds. A sale voided in its own
session simply drops out of the totals (the money went straight back); a sale of an earlier session
refunded in cash is a `refund` movement of the session that paid it back, so a closed Z never changes.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from reception.core.clock import Clock
from reception.core.database import Database
from reception.core.errors import DomainError, NotFound, ValidationError
from reception.core.i18n import _
from reception.core.identity import desk_stamp
from reception.core.limits import amount_error
from reception.core.models import CafeteriaCounter, CashMovement, CashSession, Sale, SaleLine, Voucher
from reception.core.models.cafeteria import CASH, CASH_IN, CASH_OUT, REFUND, SALE_OK
from reception.core.money import format_dh
from reception.core.numbering import counter_name, session_number
from reception.core.services import audit
from reception.core.services.cafeteria_data import (
    DENOMINATIONS,
    MovementRow,
    SessionRow,
    SessionSummary,
    VoidRow,
)
from reception.core.services.permissions import Actor, Permission, require
from reception.core.services.settings import SettingsService
from reception.core.services.tva import TvaLine, merge, tva_included

TOLERANCE_SETTING = "cafeteria.variance_tolerance_centimes"


class ApprovalRequired(DomainError):
    """The action needs a manager's password typed at the desk (the UI asks for it and retries)."""


def desk_code(session: Session) -> str:
    desk = desk_stamp(session).desk_code
    if not desk:
        raise DomainError(_("Ce poste n'est pas encore configuré."))
    return desk


def next_number(session: Session, name: str) -> int:
    """Bumps a desk counter inside the caller's transaction: rolled back with it, so never a gap."""
    counter = session.get(CafeteriaCounter, name)
    if counter is None:
        counter = CafeteriaCounter(name=name, last_value=0)
        session.add(counter)
    counter.last_value += 1
    session.flush()
    return counter.last_value


def open_session_of(session: Session, desk: str) -> CashSession | None:
    return session.execute(select(CashSession).where(CashSession.origin_desk == desk,
                                                     CashSession.closed_at.is_(None))).scalar_one_or_none()


def require_open_session(session: Session) -> CashSession:
    current = open_session_of(session, desk_code(session))
    if current is None:
        raise DomainError(_("Aucune caisse ouverte : ouvrez la caisse avant de vendre."))
    return current


def session_row(s: CashSession) -> SessionRow:
    counts = {int(k): v for k, v in json.loads(s.counts_json).items()} if s.counts_json else {}
    return SessionRow(s.id, s.number, s.origin_desk, s.opened_at, s.opened_by, s.float_centimes, s.closed_at,
                      s.closed_by, s.expected_centimes, s.counted_centimes, s.variance_centimes, s.approved_by,
                      counts)


def counts_in_session(session_id: str) -> ColumnElement[bool]:
    """Sales that belong to a session's totals: kept, or voided later in another session (a refund)."""
    return and_(Sale.session_id == session_id,
                or_(Sale.status == SALE_OK, Sale.void_session_id != session_id))


def summarize(session: Session, cash: CashSession, now: datetime) -> SessionSummary:
    """Every figure of the X/Z report, read in the caller's snapshot."""
    in_session = counts_in_session(cash.id)
    by_method = session.execute(
        select(Sale.payment_method, func.count(), func.sum(Sale.total_ttc_centimes))
        .where(in_session).group_by(Sale.payment_method).order_by(Sale.payment_method)
    ).all()
    per_sale_rate = session.execute(
        select(SaleLine.tva_rate_bp, func.sum(SaleLine.line_total_centimes))
        .join(Sale, Sale.id == SaleLine.sale_id).where(in_session)
        .group_by(SaleLine.sale_id, SaleLine.tva_rate_bp)
    ).all()
    tva = merge(TvaLine(rate, ttc, tva_included(ttc, rate)) for rate, ttc in per_sale_rate)
    vouchers_sold = session.scalar(select(func.count()).select_from(Voucher).join(Sale, Sale.id == Voucher.sale_id)
                                   .where(in_session)) or 0
    window_end = cash.closed_at or now
    vouchers_redeemed = session.scalar(select(func.count()).select_from(Voucher).where(
        Voucher.redeemed_desk == cash.origin_desk, Voucher.redeemed_at >= cash.opened_at,
        Voucher.redeemed_at <= window_end)) or 0
    voided = session.execute(select(Sale).where(Sale.void_session_id == cash.id).order_by(Sale.voided_at)).scalars()
    voids = tuple(VoidRow(s.receipt_number, s.sold_at, s.voided_at or now, s.total_ttc_centimes, s.payment_method,
                          s.voided_by, s.void_approved_by, s.void_reason) for s in voided)
    movements = tuple(MovementRow(m.kind, m.amount_centimes, m.reason, m.at, m.by_name) for m in session.execute(
        select(CashMovement).where(CashMovement.session_id == cash.id).order_by(CashMovement.at)).scalars())
    cash_sales = sum(amount for method, _, amount in by_method if method == CASH)
    signed = {CASH_IN: 1, CASH_OUT: -1, REFUND: -1}
    expected = cash.float_centimes + cash_sales + sum(signed[m.kind] * m.amount_centimes for m in movements)
    return SessionSummary(
        session=session_row(cash), sales_count=sum(count for _, count, _ in by_method),
        total_ttc_centimes=sum(amount for _, _, amount in by_method), tva=tuple(tva),
        by_method=tuple((method, count, amount) for method, count, amount in by_method),
        vouchers_sold=vouchers_sold, vouchers_redeemed=vouchers_redeemed, voids=voids, movements=movements,
        cash_sales_centimes=cash_sales, expected_cash_centimes=expected,
    )


MAX_PIECES = 100_000
"""Coins or notes of one denomination in a drawer count: a typo beyond this, never a real drawer."""


def _check_counts(counts: dict[int, int]) -> dict[int, int]:
    errors = {}
    for denomination, quantity in counts.items():
        if denomination not in DENOMINATIONS:
            errors[f"count_{denomination}"] = _("Coupure inconnue : {amount}.").format(amount=format_dh(denomination))
        elif not isinstance(quantity, int) or quantity < 0:
            errors[f"count_{denomination}"] = _("Le nombre de pièces ou billets doit être positif ou nul.")
        elif quantity > MAX_PIECES:
            errors[f"count_{denomination}"] = _("Au plus {count} pièces ou billets par coupure.").format(
                count=MAX_PIECES)
    if errors:
        raise ValidationError(errors)
    return {d: counts.get(d, 0) for d in DENOMINATIONS}


class CashDesk:
    """Mixin of CafeteriaService: the drawer's sessions and reports."""

    db: Database
    clock: Clock

    def current_session(self, actor: Actor) -> SessionRow | None:
        require(actor, Permission.CAFETERIA_SELL)
        with self.db.read() as session:
            current = open_session_of(session, desk_code(session))
            return session_row(current) if current else None

    def recent_sessions(self, actor: Actor, limit: int = 20) -> list[SessionRow]:
        """This desk's drawer sessions, newest first: the report form proposes the current one for the Z."""
        require(actor, Permission.REPORTS_DESK)
        with self.db.read() as session:
            rows = session.scalars(select(CashSession).where(CashSession.origin_desk == desk_code(session))
                                   .order_by(CashSession.number.desc()).limit(limit))
            return [session_row(r) for r in rows]

    def proposed_float(self, actor: Actor) -> int:
        """The cash counted at the last close of this desk: what should be in the drawer this morning."""
        require(actor, Permission.CAFETERIA_SELL)
        with self.db.read() as session:
            last = session.scalar(select(CashSession.counted_centimes).where(
                CashSession.origin_desk == desk_code(session), CashSession.closed_at.is_not(None))
                .order_by(CashSession.number.desc()).limit(1))
            return last or 0

    def open_session(self, actor: Actor, float_centimes: int) -> SessionRow:
        require(actor, Permission.CAFETERIA_SELL)
        if float_centimes < 0:
            raise ValidationError({"float": _("Le fond de caisse ne peut pas être négatif.")})
        if problem := amount_error(float_centimes, "float", allow_zero=True):
            raise ValidationError({"float": problem})
        now = self.clock.now()
        with self.db.write() as session:
            if open_session_of(session, desk_code(session)) is not None:
                raise DomainError(_("La caisse est déjà ouverte."))
            series = desk_stamp(session).series
            cash = CashSession(number=session_number(series, next_number(session, counter_name("session", series))),
                               opened_at=now, opened_by=actor.full_name, float_centimes=float_centimes)
            session.add(cash)
            session.flush()
            audit.record(session, actor, "cafeteria.session_open", entity="cash_sessions", entity_id=cash.id,
                         after={"number": cash.number, "float": float_centimes}, at=now)
            return session_row(cash)

    def cash_movement(self, actor: Actor, kind: str, amount_centimes: int, reason: str) -> MovementRow:
        """Cash put in (change from the bank) or taken out (a deposit) of the drawer, with a reason."""
        require(actor, Permission.CAFETERIA_SELL)
        errors = {}
        if kind not in (CASH_IN, CASH_OUT):
            errors["kind"] = _("Mouvement inconnu.")
        if amount_centimes <= 0:
            errors["amount"] = _("Le montant doit être positif.")
        elif problem := amount_error(amount_centimes):
            errors["amount"] = problem
        if not reason.strip():
            errors["reason"] = _("Indiquez le motif du mouvement.")
        if errors:
            raise ValidationError(errors)
        now = self.clock.now()
        with self.db.write() as session:
            cash = require_open_session(session)
            movement = CashMovement(session_id=cash.id, kind=kind, amount_centimes=amount_centimes,
                                    reason=reason.strip(), at=now, by_name=actor.full_name)
            session.add(movement)
            session.flush()
            audit.record(session, actor, f"cafeteria.cash_{kind}", entity="cash_movements", entity_id=movement.id,
                         after=audit.snapshot(movement), at=now)
            return MovementRow(kind, amount_centimes, movement.reason, now, actor.full_name)

    def x_report(self, actor: Actor) -> SessionSummary:
        """The open session's figures, at any time, without closing it."""
        require(actor, Permission.CAFETERIA_SELL)
        with self.db.read() as session:
            return summarize(session, require_open_session(session), self.clock.now())

    def session_summary(self, actor: Actor, number: int, desk: str | None = None) -> SessionSummary:
        """A session by its number at this desk (or `desk`): the Z report once closed."""
        require(actor, Permission.REPORTS_DESK)
        with self.db.read() as session:
            cash = session.execute(select(CashSession).where(
                CashSession.origin_desk == (desk or desk_code(session)), CashSession.number == number)
            ).scalar_one_or_none()
            if cash is None:
                raise NotFound(_("Session de caisse n° {number} introuvable.").format(number=number))
            return summarize(session, cash, self.clock.now())

    def close_session(self, actor: Actor, counts: dict[int, int], approver: Actor | None = None) -> SessionSummary:
        """Counts the drawer by denomination; a variance beyond the tolerance needs a manager (`approver`)."""
        require(actor, Permission.CAFETERIA_SELL)
        counted_by = _check_counts(counts)
        counted = sum(d * n for d, n in counted_by.items())
        tolerance = SettingsService(self.db).get(TOLERANCE_SETTING)
        now = self.clock.now()
        with self.db.write() as session:
            cash = require_open_session(session)
            expected = summarize(session, cash, now).expected_cash_centimes
            variance = counted - expected
            if abs(variance) > tolerance:
                if approver is None:
                    raise ApprovalRequired(
                        _("Écart de {variance} au-delà de la tolérance ({tolerance}) : la validation d'un responsable "
                          "est nécessaire.").format(variance=format_dh(variance), tolerance=format_dh(tolerance)))
                require(approver, Permission.CASH_VARIANCE_APPROVE)
            cash.closed_at, cash.closed_by = now, actor.full_name
            cash.counts_json = json.dumps({str(d): n for d, n in counted_by.items() if n})
            cash.expected_centimes, cash.counted_centimes, cash.variance_centimes = expected, counted, variance
            cash.approved_by = approver.full_name if approver and abs(variance) > tolerance else ""
            session.flush()
            audit.record(session, actor, "cafeteria.session_close", entity="cash_sessions", entity_id=cash.id,
                         after={"number": cash.number, "expected": expected, "counted": counted,
                                "variance": variance, "approved_by": cash.approved_by}, at=now)
            return summarize(session, cash, now)
