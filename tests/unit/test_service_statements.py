"""The hot writes stay small: statements per call, and the rows written in Core are the rows the ORM wrote."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import event, select

from reception.core.errors import Conflict
from reception.core.models import AuditEvent, Sale, SaleLine, Voucher
from reception.core.models.base import table_of
from reception.core.models.local import OutboxEvent
from reception.core.outbox import row_payload
from reception.core.services import visits as visits_service
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.visits import CheckInForm, HistoryFilter
from tests.cafeteria_helpers import cash_sale, stock_products
from tests.rooms_support import FRIDAY, draft, make_rooms
from tests.statements import statements_of


def _events(services: Services, after_seq: int) -> list[OutboxEvent]:
    with services.db.read() as session:
        return list(session.scalars(select(OutboxEvent).where(OutboxEvent.seq > after_seq)
                                    .order_by(OutboxEvent.seq)))


def _last_seq(services: Services) -> int:
    with services.db.read() as session:
        return session.scalar(select(OutboxEvent.seq).order_by(OutboxEvent.seq.desc()).limit(1)) or 0


def test_a_redemption_is_seven_statements_and_one_commit(services: Services, receptionist: Actor,
                                                         admin: Actor) -> None:
    ids = stock_products(services, admin)
    services.cafeteria.open_session(receptionist, 0)
    voucher = cash_sale(services, receptionist, {"cafe": 1}, 500, ids).vouchers[0]
    services.cafeteria.redeem(receptionist, cash_sale(services, receptionist, {"cafe": 1}, 500, ids).vouchers[0].code)
    with statements_of(services.db.engine) as sent:
        services.cafeteria.redeem(receptionist, voucher.code)
    # BEGIN, the lookup, the claiming UPDATE … RETURNING, its outbox row, the chain's last link, the audit
    # event and its outbox row: no reload, no settings or identity read.
    assert len(sent) == 7, sent
    assert sent[0] == "BEGIN IMMEDIATE" and sum(s.startswith("UPDATE vouchers") for s in sent) == 1


def test_a_redemption_records_the_same_outbox_events_as_an_orm_write(services: Services, receptionist: Actor,
                                                                     admin: Actor) -> None:
    ids = stock_products(services, admin)
    services.cafeteria.open_session(receptionist, 0)
    voucher = cash_sale(services, receptionist, {"cafe": 1}, 500, ids).vouchers[0]
    before = _last_seq(services)
    services.cafeteria.redeem(receptionist, voucher.code)
    update, audit_insert = _events(services, before)
    with services.db.read() as session:
        stored = session.scalars(select(Voucher).where(Voucher.code == voucher.code)).one()
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.seq.desc())).first()
        assert event is not None
        assert (update.entity, update.op, update.row_id) == ("vouchers", "update", stored.id)
        assert json.loads(update.payload) == row_payload(stored)
        assert stored.row_version == 2 and stored.redeemed_desk == "CAS-A1" and stored.updated_at > stored.issued_at
        assert (audit_insert.entity, audit_insert.op, audit_insert.row_id) == ("audit_events", "insert", event.id)
        assert json.loads(audit_insert.payload) == row_payload(event)
        assert event.action == "cafeteria.voucher_redeem" and event.origin_desk == "CAS-A1"
    assert services.audit.verify_chain().ok


def test_book_refuses_in_five_statements_and_saves_in_twelve(services: Services, receptionist: Actor,
                                                              facilities: Actor, park: dict[str, str]) -> None:
    rooms = make_rooms(services, facilities)
    services.rooms.book(receptionist, draft(rooms["rif"], park["noor"], FRIDAY, "09:00", "09:30", "Chauffe"))
    with statements_of(services.db.engine) as refused_sent, pytest.raises(Conflict):
        services.rooms.book(receptionist, draft(rooms["rif"], park["atlas"], FRIDAY, "09:00", "10:00"))
    # BEGIN, the room, the tenant, the room's hours, the collision: book()'s own check, then the rollback
    assert len(refused_sent) == 5, refused_sent
    with statements_of(services.db.engine) as saved_sent:
        row = services.rooms.book(receptionist, draft(rooms["rif"], park["atlas"], FRIDAY, "11:00", "12:00",
                                                      organiser=park["atlas.bennani"]))
    # + the organiser, the booking and its outbox row, the chain's last link, the audit event and its outbox
    # row, the row handed back
    assert len(saved_sent) == 12, saved_sent
    assert row.organiser_name == "Mohamed Bennani" and services.audit.verify_chain().ok


def test_a_returning_guest_is_found_by_an_index_seek_not_a_scan(services: Services) -> None:
    """Arrivée's search asks it for each expected guest it lists, at every keystroke (migration 0015)."""
    with services.db.engine.connect() as conn:
        plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN SELECT id FROM visitors WHERE search_key = ? "
                                    "ORDER BY last_visit_at DESC LIMIT 1", ("bennani mohamed",)).all()
    assert [row[3] for row in plan] == ["SEARCH visitors USING INDEX ix_visitors_search_key (search_key=?)"]


def test_a_common_name_is_counted_through_its_namesakes_visits_not_by_a_scan(
        services: Services, receptionist: Actor, park: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """A page of a common name is found faster walking visits newest first; its count was too, and walked every
    visit of ten years (430 ms for 'bennani' on the 10-year demo, 12 ms through the namesakes' visits)."""
    services.visits.check_in(receptionist, CheckInForm("Bennani", "Salma", "Cabinet Alami",
                                                          host_employee_id=park["noor.tazi"]))
    monkeypatch.setattr(visits_service, "COMMON_PREFIX_WORDS", 0)  # every name is common on this small park
    counts: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        if "FROM visits" in statement and "count(" in statement:
            counts.append((statement, parameters))

    event.listen(services.db.engine, "before_cursor_execute", seen)
    try:
        assert services.visits.history_count(receptionist, HistoryFilter(text="bennani")) == 1
    finally:
        event.remove(services.db.engine, "before_cursor_execute", seen)
    with services.db.engine.connect() as conn:
        plan = [row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + counts[-1][0], counts[-1][1])]
    assert "SEARCH visits USING COVERING INDEX ix_visits_visitor (visitor_id=?)" in plan
    assert not [step for step in plan if step.startswith("SCAN visits")]


def test_a_sale_hands_back_the_receipt_a_reprint_reads(services: Services, receptionist: Actor,
                                                       admin: Actor) -> None:
    """The receipt is built from the rows the sale wrote (not read back): it must be the stored one."""
    ids = stock_products(services, admin)
    services.cafeteria.open_session(receptionist, 0)
    cash_sale(services, receptionist, {"cafe": 1}, 500, ids)
    with statements_of(services.db.engine) as sent:
        sold = cash_sale(services, receptionist, {"cafe": 2, "carnet": 1, "the": 1}, 10_000, ids)
    assert not any(s.startswith("SELECT sale_lines") or s.startswith("SELECT vouchers.code, vouchers.signature")
                   for s in sent), sent
    assert len(sold.vouchers) == 13 and len(sold.lines) == 3
    assert sold == services.cafeteria.receipt(receptionist, sold.receipt_number)


def test_rows_a_sale_writes_in_core_are_queued_whole_for_sync(services: Services, receptionist: Actor,
                                                              admin: Actor) -> None:
    ids = stock_products(services, admin)
    services.cafeteria.open_session(receptionist, 0)
    before = _last_seq(services)
    sold = cash_sale(services, receptionist, {"carnet": 1, "cafe": 1}, 10_000, ids)
    events = {(e.entity, e.row_id): e for e in _events(services, before)}
    with services.db.read() as session:
        sale = session.scalars(select(Sale).where(Sale.receipt_number == sold.receipt_number)).one()
        rows = [*session.scalars(select(SaleLine).where(SaleLine.sale_id == sale.id)),
                *session.scalars(select(Voucher).where(Voucher.sale_id == sale.id))]
        assert len(rows) == 2 + 11
        for row in rows:
            event = events[(table_of(type(row)).name, row.id)]
            assert event.op == "insert" and json.loads(event.payload) == row_payload(row)
            assert (row.origin_desk, row.row_version) == ("CAS-A1", 1)


def test_a_returning_visitor_is_written_once_per_check_in(services: Services, receptionist: Actor,
                                                          park: dict[str, str]) -> None:
    """Reading the ID-masking setting after changing the visitor flushed it, then wrote it again."""
    first = services.visits.check_in(receptionist, CheckInForm("Alaoui", "Sara",
                                                               host_employee_id=park["atlas.bennani"]))
    assert first.visitor_id is not None
    returning = CheckInForm("Alaoui", "Sara", phone="0612345678", host_employee_id=park["atlas.bennani"],
                            visitor_id=first.visitor_id, id_type="CIN", id_number="BE123456")
    with statements_of(services.db.engine) as sent:
        services.visits.check_in(receptionist, returning)
    assert sum(s.startswith("UPDATE visitors") for s in sent) == 1, sent
    assert len(sent) <= 18, sent


def test_a_sessions_voids_are_found_by_an_index_seek_not_a_scan(services: Services) -> None:
    """The Z report lists the sales voided or refunded in its session (migration 0015)."""
    with services.db.engine.connect() as conn:
        plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN SELECT id FROM sales WHERE void_session_id = ? "
                                    "ORDER BY voided_at", ("session",)).all()
    assert [row[3] for row in plan] == ["SEARCH sales USING INDEX ix_sales_void_session (void_session_id=?)"]
