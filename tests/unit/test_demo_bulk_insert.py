"""The demo's bulk insert stores every value exactly as SQLAlchemy's own insert stores it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Table, insert, select, text

from reception.core.database import Database
from reception.core.demo.context import bulk_values
from reception.core.models import AuditEvent
from reception.core.models.base import Base

TABLES = Base.metadata.tables


def _stored(db: Database, table: Table) -> list[tuple[Any, ...]]:
    """The raw stored values (no type processing), in a stable order."""
    names = ", ".join(c.name for c in table.columns if c.name != "id")
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(f"SELECT {names} FROM {table.name} ORDER BY 1, 2, 3")]


def _both_ways(db: Database, table: Table, rows: list[dict[str, Any]]) -> tuple[list[Any], list[Any]]:
    with db.engine.begin() as conn:
        conn.execute(insert(table), rows)
    core = _stored(db, table)
    with db.engine.begin() as conn:
        conn.execute(text(f"DELETE FROM {table.name}"))
        conn.exec_driver_sql(*bulk_values(table, rows, conn.dialect))
    return core, _stored(db, table)


def test_visitors_and_visits_are_stored_as_sqlalchemy_stores_them(db: Database) -> None:
    casablanca = timezone(timedelta(hours=1))
    at = datetime(2026, 11, 27, 8, 42, 7, 120_000, tzinfo=casablanca)
    visitors = [{"id": f"v{i}", "first_name": "سلمى", "last_name": f"Alaoui {i}", "last_visit_at": at,
                 "anonymised": i == 2, "created_at": at, "updated_at": at} for i in range(3)]
    core, fast = _both_ways(db, TABLES["visitors"], visitors)
    assert fast == core and len(fast) == 3
    assert any("2026-11-27 07:42:07.120000" in map(str, row) for row in fast)  # naive UTC text, microseconds

    visits = [{"id": f"x{i}", "visitor_id": f"v{i}", "checked_in_at": datetime(2026, 11, 27, 9, i, tzinfo=UTC),
               "checked_out_at": None, "expected_end": at + timedelta(hours=i), "badge_number": f"A-{i:04d}",
               "badge_code": f"CODE{i}", "anonymised": True, "created_at": at, "updated_at": at} for i in range(3)]
    core, fast = _both_ways(db, TABLES["visits"], visits)
    assert fast == core and len(fast) == 3


def test_omitted_columns_take_their_python_defaults(db: Database) -> None:
    row = {"desk_code": "A1", "seq": 1, "at": datetime(2026, 11, 27, 9, 0, tzinfo=UTC), "action": "visit.check_in",
           "prev_hash": "0" * 64, "hash": "f" * 64}
    core, fast = _both_ways(db, TABLES["audit_events"], [row])
    generated = {"created_at", "updated_at"}  # "now" when each insert ran: compared apart
    stored_columns = [c.name for c in TABLES["audit_events"].columns if c.name != "id"]
    keep = [i for i, name in enumerate(stored_columns) if name not in generated]
    assert [fast[0][i] for i in keep] == [core[0][i] for i in keep]
    with db.engine.connect() as conn:
        stored = conn.execute(select(AuditEvent.id, AuditEvent.site_code, AuditEvent.row_version)).one()
    assert len(stored.id) == 36 and stored.site_code == "CAS" and stored.row_version == 1

    core, fast = _both_ways(db, TABLES["badge_counters"], [{"desk_code": "A1", "day": date(2026, 11, 27), "last": 12}])
    assert fast == core
