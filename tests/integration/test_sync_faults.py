"""Fault tests against a real PostgreSQL: whatever goes wrong, the next run converges (THE check)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, select, text

from reception.core.backups import take_backup
from reception.core.clock import FixedClock
from reception.core.database import restore_backup
from reception.core.models import OutboxEvent, Tenant, Visit
from reception.sync.apply import DeskId, apply_batch, batch_id
from reception.sync.central import replicated, sync_batches
from reception.sync.engine import (
    EXIT_CONFLICTS,
    EXIT_NETWORK,
    EXIT_OK,
    EXIT_UPDATE,
    KILL_ENV,
    STEP_BATCH_APPLIED,
    STEP_CENTRAL_COMMITTED,
)
from reception.sync.local import pending_events
from tests.integration.sync_harness import (
    Desk,
    assert_converged,
    central_url,
    check_in,
    open_desk,
    seed_site,
)
from tests.postgres_server import libpq

pytestmark = pytest.mark.postgres
__all__ = ["central_url"]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def desks(tmp_path: Path, central_url: str) -> tuple[Desk, Desk, dict[str, str]]:
    """CAS-A1 seeded the site and synced; CAS-B1 joined it (first sync pulled the reference data)."""
    first = open_desk(tmp_path, central_url, "CAS", "CAS-A1")
    ids = seed_site(first)
    assert first.sync().outcome == EXIT_OK
    second = open_desk(tmp_path, central_url, "CAS", "CAS-B1")
    assert second.sync().outcome == EXIT_OK
    return first, second, ids


def _cli_sync(desk: Desk, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reception", "--db", str(desk.path), "sync", "--central", desk.url],
                          cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("step", range(1, 10))
def test_killed_at_any_step_the_next_run_finishes_the_job(desks: tuple[Desk, Desk, dict[str, str]],
                                                          central_url: str, step: int) -> None:
    first, second, ids = desks
    check_in(first, ids["atlas.host"], 4)
    first.services.directory.save_tenant(first.login(), {"name": "Argan Data SA", "floor": "3"})
    killed = _cli_sync(first, **{KILL_ENV: str(step)})
    assert killed.returncode == -9, killed.stderr
    again = _cli_sync(first)
    assert again.returncode == EXIT_OK, again.stderr
    assert second.sync().outcome == EXIT_OK
    assert_converged(central_url, [first, second])


def test_batches_twice_out_of_order_and_late_change_nothing(desks: tuple[Desk, Desk, dict[str, str]],
                                                           central_url: str) -> None:
    first, second, ids = desks
    visits = check_in(first, ids["noor.host"], 6)
    actor = first.login("accueil", "accueil-secret")
    for visit_id in visits[:3]:
        first.services.visits.check_out(actor, visit_id)
    tenant = first.services.directory.save_tenant(first.login(), {"name": "Oasis Conseil", "floor": "1"})
    first.services.directory.save_tenant(first.login(), {"name": "Oasis Conseil", "floor": "5"}, tenant.id)
    events = pending_events(first.db, 10_000)
    batches = [events[i:i + 7] for i in range(0, len(events), 7)]
    engine = create_engine(first.url)
    epoch = first.db.identity().epoch
    try:
        for batch in [*reversed(batches), *batches, batches[0]]:  # newest first, all twice, an old one last
            with engine.begin() as conn:
                result = apply_batch(conn, DeskId("CAS", "CAS-A1"), epoch, batch)
                assert result.refusals == ()
        with engine.connect() as conn:
            tenants = replicated()["tenants"]
            assert conn.execute(select(tenants.c.floor, tenants.c.row_version)
                                .where(tenants.c.id == tenant.id)).one() == ("5", 2)
            visit_table = replicated()["visits"]
            checked_out = conn.execute(select(visit_table.c.id).where(visit_table.c.checked_out_at.is_not(None)))
            assert set(checked_out.scalars()) == set(visits[:3])
            recorded = conn.execute(select(sync_batches.c.batch_id)
                                    .where(sync_batches.c.batch_id.in_([batch_id(b) for b in batches])))
            assert len(recorded.all()) == len(batches)  # each recorded once, however often it came
    finally:
        engine.dispose()
    assert first.sync().outcome == EXIT_OK  # the desk never heard back: it resends everything, no effect
    assert second.sync().outcome == EXIT_OK
    assert_converged(central_url, [first, second])


def test_a_lost_answer_is_resent_and_gets_the_same_result(desks: tuple[Desk, Desk, dict[str, str]],
                                                         central_url: str) -> None:
    first, second, ids = desks
    check_in(first, ids["atlas.host"], 3)

    def lose_answer(step: int) -> None:
        if step == STEP_CENTRAL_COMMITTED:
            raise ConnectionResetError("answer lost")

    assert first.sync(step=lose_answer).outcome == EXIT_NETWORK
    assert first.pending() > 0
    assert first.sync().outcome == EXIT_OK
    assert second.sync().outcome == EXIT_OK
    assert_converged(central_url, [first, second])


def test_connection_cut_mid_batch(desks: tuple[Desk, Desk, dict[str, str]], central_url: str) -> None:
    first, second, ids = desks
    check_in(first, ids["atlas.host"], 3)

    def cut(step: int) -> None:
        if step == STEP_BATCH_APPLIED:
            with psycopg.connect(libpq(central_url), autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = current_database() AND pid <> pg_backend_pid()")

    report = first.sync(step=cut)
    assert report.outcome == EXIT_NETWORK and "connexion coupée" in report.message
    assert first.pending() > 0
    assert first.sync().outcome == EXIT_OK
    assert second.sync().outcome == EXIT_OK
    assert_converged(central_url, [first, second])


def test_a_desk_restored_from_a_three_day_old_backup_drops_nothing_new(
        desks: tuple[Desk, Desk, dict[str, str]], central_url: str) -> None:
    first, second, ids = desks
    backup = take_backup(first.path, reason="test")
    assert backup is not None
    first.clock.advance(timedelta(days=3))
    check_in(first, ids["atlas.host"], 4, "AvantPanne")
    assert first.sync().outcome == EXIT_OK
    with first.db.read() as session:
        before_restore = frozenset(session.execute(select(OutboxEvent.event_id)).scalars())
    old_epoch = first.db.identity().epoch
    first.db.dispose()
    restore_backup(first.path, backup)
    first.reopen()
    assert first.db.identity().epoch != old_epoch
    new_visits = check_in(first, ids["atlas.host"], 5, "AprèsRestauration")
    first.services.directory.save_tenant(first.login(), {"name": "Tafilalt Studio", "floor": "2"})
    assert first.sync().outcome == EXIT_OK
    assert second.sync().outcome == EXIT_OK
    engine = create_engine(central_url)
    with engine.connect() as conn:
        visits = replicated()["visits"]
        assert set(new_visits) <= set(conn.execute(select(visits.c.id)).scalars())
        assert conn.execute(text("SELECT count(DISTINCT epoch) FROM sync_events WHERE desk = 'CAS-A1'")).scalar() >= 2
    engine.dispose()
    with second.db.read() as session:
        assert session.execute(select(Tenant).where(Tenant.name == "Tafilalt Studio")).scalar_one()
    assert_converged(central_url, [first, second], lost_locally=before_restore)


def test_two_desks_booking_the_same_room_offline_keep_both_as_a_conflict(
        tmp_path: Path, central_url: str) -> None:
    from reception.core.services.sync_status import conflicts
    from tests.rooms_support import FRIDAY, draft

    thursday = FixedClock(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
    first = open_desk(tmp_path, central_url, "CAS", "CAS-A1", thursday)
    ids = seed_site(first)
    assert first.sync().outcome == EXIT_OK
    second = open_desk(tmp_path, central_url, "CAS", "CAS-B1", thursday)
    assert second.sync().outcome == EXIT_OK
    a = first.services.rooms.book(first.login("accueil", "accueil-secret"),
                                  draft(ids["room.rif"], ids["atlas"], FRIDAY, "10:00", "11:00", "Comité"))
    b = second.services.rooms.book(second.login("accueil", "accueil-secret"),
                                   draft(ids["room.rif"], ids["noor"], FRIDAY, "10:30", "11:30", "Point"))
    assert first.sync().outcome == EXIT_OK
    assert second.sync().outcome == EXIT_CONFLICTS
    assert first.sync().outcome == EXIT_CONFLICTS
    for desk in (first, second):
        with desk.db.read() as session:
            listed = conflicts(session)
        assert [(c.kind, {c.row_id, c.other_row_id}) for c in listed] == [("overlap", {a.id, b.id})]
        assert all(desk.services.rooms.booking(desk.login(), i).status == "confirmed" for i in (a.id, b.id))
    assert first.sync().outcome == second.sync().outcome == EXIT_CONFLICTS  # the logins above were audited
    assert_converged(central_url, [first, second])


def test_a_stale_reference_edit_is_kept_as_a_conflict_and_central_wins(
        desks: tuple[Desk, Desk, dict[str, str]], central_url: str) -> None:
    first, second, ids = desks
    first.services.directory.save_tenant(first.login(), {"name": "Atlas Digital SARL", "floor": "7"}, ids["atlas"])
    second.services.directory.save_tenant(second.login(), {"name": "Atlas Digital SARL", "floor": "9"},
                                          ids["atlas"])
    assert first.sync().outcome == EXIT_OK
    report = second.sync()
    assert report.outcome == EXIT_CONFLICTS
    with second.db.read() as session:
        assert session.get(Tenant, ids["atlas"]).floor == "7"
        from reception.core.services.sync_status import conflicts
        [conflict] = conflicts(session)
    assert conflict.kind == "stale" and '"floor": "9"' in conflict.payload
    assert_converged(central_url, [first, second])


def test_a_schema_mismatch_stops_and_keeps_the_outbox(desks: tuple[Desk, Desk, dict[str, str]],
                                                      central_url: str) -> None:
    first, second, ids = desks
    check_in(first, ids["atlas.host"], 2)
    engine = create_engine(central_url)
    with engine.begin() as conn:
        accepted = conn.execute(text("SELECT value FROM sync_schema WHERE key = 'desk_schema'")).scalar_one()
        conn.execute(text("UPDATE sync_schema SET value = '0001' WHERE key = 'desk_schema'"))
    pending = first.pending()
    report = first.sync()
    assert report.outcome == EXIT_UPDATE and "Mise à jour nécessaire" in report.message
    assert first.pending() == pending
    with engine.begin() as conn:
        conn.execute(text("UPDATE sync_schema SET value = :v WHERE key = 'desk_schema'"), {"v": accepted})
    engine.dispose()
    assert first.sync().outcome == EXIT_OK
    assert second.sync().outcome == EXIT_OK
    assert_converged(central_url, [first, second])


def test_a_desk_clock_three_days_off_is_warned_and_changes_nothing(
        desks: tuple[Desk, Desk, dict[str, str]], central_url: str) -> None:
    first, second, ids = desks
    first.clock.advance(timedelta(days=3))
    check_in(first, ids["atlas.host"], 2)
    report = first.sync()
    assert report.outcome == EXIT_OK
    assert "horloge" in report.warning and "en avance" in report.warning
    assert second.sync().outcome == EXIT_OK
    assert_converged(central_url, [first, second])


def test_the_desk_keeps_writing_while_the_sync_runs(desks: tuple[Desk, Desk, dict[str, str]],
                                                    central_url: str) -> None:
    first, second, ids = desks
    check_in(first, ids["atlas.host"], 150, "Matin")
    running = subprocess.Popen([sys.executable, "-m", "reception", "--db", str(first.path), "sync", "--central",
                                first.url], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    written = 0
    while running.poll() is None or written < 5:
        check_in(first, ids["noor.host"], 1, f"Pendant{written}")  # would raise on "database is locked"
        written += 1
        time.sleep(0.05)  # a busy desk, not a tight loop: SQLite's busy handler is not a fair queue
    _, stderr = running.communicate(timeout=120)
    assert running.returncode == EXIT_OK, stderr
    assert "locked" not in stderr
    assert first.sync().outcome == EXIT_OK
    assert second.sync().outcome == EXIT_OK
    with second.db.read() as session:
        assert session.scalar(select(Visit.id).limit(1)) is None  # visits stay with the desk that made them
    assert_converged(central_url, [first, second])


def test_a_desk_role_cannot_write_another_sites_rows(desks: tuple[Desk, Desk, dict[str, str]],
                                                     central_url: str) -> None:
    first, second, _ids = desks
    now = datetime.now(UTC)
    with psycopg.connect(libpq(first.url)) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO tenants (id, site_code, origin_desk, created_at, updated_at, row_version, name, "
                "search_key, ice, floor, office, sector, active) VALUES "
                "('x-rab', 'RAB', 'CAS-A1', %s, %s, 1, 'Intrus', 'intrus', '', '', '', '', true)", (now, now))
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE sync_desk_roles SET site_code = 'RAB'")
    with psycopg.connect(libpq(central_url), autocommit=True) as admin:  # a Rabat row, written by head office
        admin.execute("INSERT INTO tenants (id, site_code, origin_desk, created_at, updated_at, row_version, name, "
                      "search_key, ice, floor, office, sector, active) VALUES "
                      "('t-rab', 'RAB', '', %s, %s, 1, 'Rabat SA', 'rabat sa', '', '', '', '', true)", (now, now))
    with psycopg.connect(libpq(first.url), autocommit=True) as conn:
        assert conn.execute("UPDATE tenants SET name = 'Volé' WHERE id = 't-rab'").rowcount == 0
        assert conn.execute("SELECT count(*) FROM tenants WHERE site_code = 'RAB'").fetchone() == (0,)
    assert first.sync().outcome == EXIT_OK
    assert_converged(central_url, [first, second])
