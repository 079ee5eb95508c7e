"""The sync's refusals that need no central database: a second run, a damaged file, schema and clock checks."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reception.core.clock import FixedClock
from reception.core.database import Database
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.sync_status import conflicts
from reception.sync.central import central_alembic_config
from reception.sync.engine import EXIT_INTEGRITY, EXIT_RUNNING, SyncEngine
from reception.sync.local import record_conflict
from reception.sync.payload import decode
from reception.sync.safety import (
    AlreadyRunning,
    SyncLock,
    clock_warning,
    integrity_problems,
    schema_mismatch,
    sync_integrity_problems,
)

UNREACHABLE = "postgresql+psycopg://nobody:x@127.0.0.1:1/none"


def test_a_second_run_is_refused_while_the_lock_is_held(services: Services, clock: FixedClock) -> None:
    with SyncLock(services.db.path):
        with pytest.raises(AlreadyRunning, match="déjà en cours"), SyncLock(services.db.path):
            pass
        report = SyncEngine(services.db, UNREACHABLE, clock).run()
    assert report.outcome == EXIT_RUNNING
    assert services.sync_status.last_run().outcome == EXIT_RUNNING
    with SyncLock(services.db.path):  # released: free again
        pass


def test_a_damaged_database_is_not_synced(services: Services, clock: FixedClock, db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as raw:  # an employee whose company does not exist
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute("INSERT INTO employees (id, site_code, origin_desk, created_at, updated_at, row_version, "
                    "tenant_id, last_name, first_name, search_key, job_title, email, phone, active) VALUES "
                    "('e1', 'CAS', '', '2026-01-01', '2026-01-01', 1, 'nowhere', 'X', 'Y', 'x y', '', '', '', 1)")
        raw.commit()
    assert integrity_problems(db_path) == ["clé étrangère rompue : employees ligne 1 -> tenants"]
    report = SyncEngine(services.db, UNREACHABLE, clock).run()
    assert report.outcome == EXIT_INTEGRITY and "endommagée" in report.message
    assert "endommagée" in services.sync_status.last_run().status_text()


def test_schema_and_clock_checks() -> None:
    assert schema_mismatch({"0001", "0006"}, "0001,0006") is None
    assert "Mise à jour nécessaire" in (schema_mismatch({"0001", "0007"}, "0001,0006") or "")
    server = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    assert clock_warning(server + timedelta(seconds=90), server) == ""
    assert "en retard de 180 min" in clock_warning(server - timedelta(hours=3), server)


def test_a_central_url_with_percent_escapes_reaches_the_migrations_unchanged() -> None:
    """A password with '@' or a socket folder is percent-encoded in the URL; Alembic must not interpolate it."""
    url = "postgresql+psycopg://cas_a1:p%40ss%25w0rd@/reception?host=%2Fvar%2Frun%2Fpostgresql"
    assert central_alembic_config(url).get_main_option("sqlalchemy.url") == url


def test_payloads_come_back_typed() -> None:
    from reception.sync.central import replicated

    row = decode(replicated()["tenants"], '{"id": "t1", "active": 1, "arrival_date": "2026-03-01", '
                                          '"created_at": "2026-11-26T09:00:00+00:00", "unknown": 5}')
    assert row["active"] is True and row["arrival_date"].isoformat() == "2026-03-01"
    assert row["created_at"] == datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    assert "unknown" not in row and row["name"] is None


def test_conflicts_are_recorded_once_and_listed_for_a_manager(db: Database, clock: FixedClock) -> None:
    with db.write() as session:
        for _ in range(2):
            record_conflict(session, key="overlap:a:b", kind="overlap", entity="bookings", row_id="a",
                            other_row_id="b", detail="Réservations en conflit", at=clock.now())
    with db.read() as session:
        [listed] = conflicts(session)
    assert (listed.label, listed.row_id, listed.other_row_id) == ("Chevauchement de réservations", "a", "b")


def test_a_manager_sees_the_tile_and_resolves_the_conflict(services: Services, manager: Actor,
                                                           clock: FixedClock) -> None:
    with services.db.write() as session:
        record_conflict(session, key="stale:e1", kind="stale", entity="tenants", row_id="t1",
                        detail="Modification refusée", at=clock.now())
    tiles = {f.key: f for f in services.overview.figures(manager)}
    assert tiles["sync.conflicts"].value == "1" and tiles["sync.conflicts"].alert
    [conflict] = services.sync_status.conflicts(manager)
    services.sync_status.resolve(manager, conflict.id, "Version centrale confirmée avec le siège")
    assert services.sync_status.conflicts(manager) == []
    assert "sync.conflicts" not in {f.key for f in services.overview.figures(manager)}


def test_the_full_integrity_check_runs_once_a_week_and_quick_check_between(db_path: Path,
                                                                           services: Services) -> None:
    services.db.dispose()
    marker = db_path.with_name(db_path.name + ".integrity-checked")
    monday = datetime(2026, 11, 2, 20, 0, tzinfo=UTC)
    assert sync_integrity_problems(db_path, monday) == [] and marker.read_text() == monday.isoformat()
    assert sync_integrity_problems(db_path, monday + timedelta(days=6)) == []
    assert marker.read_text() == monday.isoformat()  # quick_check only: the weekly mark stays
    assert sync_integrity_problems(db_path, monday + timedelta(days=7)) == []
    assert marker.read_text() == (monday + timedelta(days=7)).isoformat()
