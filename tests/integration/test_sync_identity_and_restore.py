"""A desk's identity is its central login's, and a restored desk never issues a number twice (issue 12, 1-2).

Each test ends with THE check (assert_converged), which also asserts that central holds no business number
twice (receipt, badge, audit sequence, cash session per desk; a voucher redeemed once) and that
`sync --verify` finds no difference.
"""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from reception.cli import main
from reception.core.clock import FixedClock
from reception.core.database import Database, restore_backup, take_backup
from reception.core.models import AuditEvent, OutboxEvent, Visit
from reception.core.services import audit
from reception.core.services.container import Services
from reception.core.services.sync_status import conflicts
from reception.sync.apply import DeskId, apply_batch
from reception.sync.central import add_desk, central_engine
from reception.sync.engine import EXIT_CONFLICTS, EXIT_IDENTITY, EXIT_OK
from reception.sync.local import pending_events
from tests.cafeteria_helpers import cash_sale, stock_products
from tests.integration.sync_harness import (
    Desk,
    assert_converged,
    business_key_duplicates,
    central_rows,
    central_url,
    check_in,
    open_desk,
    seed_site,
)

pytestmark = pytest.mark.postgres
__all__ = ["central_url"]


def _fresh_install(tmp_path: Path, central_url: str, clock: FixedClock) -> Desk:
    """A second PC as the installer leaves it: the default identity CAS / CAS-A1, one audited set-up step,
    and the CAS-A2 central login."""
    path = tmp_path / "second-pc.db"
    db = Database(path)
    db.upgrade()
    db.set_identity("CAS", "CAS-A1")
    with db.write() as session:
        audit.record(session, None, "setup.install", username="installateur", at=clock.now())
    credentials = add_desk(central_url, "CAS", "CAS-A2")
    return Desk(path, db, Services(db, clock), clock, "CAS", "CAS-A1", credentials.url)


def test_a_pc_left_with_the_default_identity_is_stopped_then_enrolled(tmp_path: Path, central_url: str) -> None:
    first = open_desk(tmp_path, central_url, "CAS", "CAS-A1")
    ids = seed_site(first)
    check_in(first, ids["atlas.host"], 3)
    assert first.sync().outcome == EXIT_OK

    second = _fresh_install(tmp_path, central_url, first.clock)
    report = second.sync()
    assert report.outcome == EXIT_IDENTITY
    assert "configuré comme le poste CAS-A1" in report.message and "poste CAS-A2" in report.message
    assert second.pending() == 1  # nothing went up under the wrong name

    second.close()
    admin_url = central_url
    assert main(["central", "add-desk", "--url", admin_url, "--site", "CAS", "--desk", "CAS-A2",
                 "--db", str(second.path)]) == 0
    second.db = Database(second.path)
    second.url = add_desk(central_url, "CAS", "CAS-A2").url  # add-desk printed a new password: use it
    second.code = "CAS-A2"
    second.services = Services(second.db, second.clock)
    assert second.db.identity().desk_code == "CAS-A2"  # type: ignore[union-attr]
    with second.db.read() as session:
        [setup] = session.execute(select(AuditEvent)).scalars()
    assert (setup.desk_code, setup.origin_desk, setup.seq) == ("CAS-A2", "CAS-A2", 1)
    assert second.services.audit.verify_chain().ok

    report = second.sync()
    assert report.outcome == EXIT_OK, report.message
    assert report.loaded >= 1  # the renamed set-up rows went up as history
    badges = check_in(second, ids["noor.host"], 2, "Deuxième")
    with second.db.read() as session:
        assert all(session.get(Visit, v).badge_number.startswith("A2-") for v in badges)  # type: ignore[union-attr]
    assert second.sync().outcome == EXIT_OK
    assert first.sync().outcome == EXIT_OK
    assert_converged(central_url, [first, second])


def test_central_refuses_events_sent_under_another_desks_name(tmp_path: Path, central_url: str) -> None:
    first = open_desk(tmp_path, central_url, "CAS", "CAS-A1")
    ids = seed_site(first)
    assert first.sync().outcome == EXIT_OK
    check_in(first, ids["atlas.host"], 2)
    events = pending_events(first.db, 100)
    impostor_url = add_desk(central_url, "CAS", "CAS-A2").url
    engine = central_engine(impostor_url)
    try:
        with engine.begin() as conn:  # an old client would send CAS-A1's rows with CAS-A2's login
            result = apply_batch(conn, DeskId("CAS", "CAS-A1"), first.db.identity().epoch, events)  # type: ignore[union-attr]
    finally:
        engine.dispose()
    assert {r.kind for r in result.refusals} == {"identity"} and len(result.refusals) == len(events)
    assert "configuré comme le poste CAS-A1" in result.refusals[0].detail
    assert not set(central_rows(central_url, "visits", "CAS"))
    assert business_key_duplicates(central_url) == {}


@pytest.fixture
def cafeteria_desk(tmp_path: Path, central_url: str) -> tuple[Desk, dict[str, str], dict[str, str]]:
    """CAS-A1 with a price list, an open drawer, a book of 10 vouchers sold and 2 visitors, synced."""
    desk = open_desk(tmp_path, central_url, "CAS", "CAS-A1")
    ids = seed_site(desk)
    products = stock_products(desk.services, desk.login())
    cashier = desk.login("accueil", "accueil-secret")
    desk.services.cafeteria.open_session(cashier, 20_000)
    book = cash_sale(desk.services, cashier, {"carnet": 1}, 5000, products)
    ids["book.sale"] = book.sale_id
    ids["voucher"] = book.vouchers[0].code + book.vouchers[0].signature
    check_in(desk, ids["atlas.host"], 2, "Matin")
    assert desk.sync().outcome == EXIT_OK
    return desk, ids, products


def _day_after_the_backup(desk: Desk, ids: dict[str, str], products: dict[str, str]) -> None:
    """Pushed to central, then lost locally by the restore: 2 sales, 4 badges, a redemption, audit events."""
    cashier = desk.login("accueil", "accueil-secret")
    cash_sale(desk.services, cashier, {"cafe": 2}, 1000, products)
    cash_sale(desk.services, cashier, {"eau": 1}, 500, products)
    check_in(desk, ids["atlas.host"], 4, "Midi")
    desk.services.cafeteria.redeem(cashier, ids["voucher"])
    assert desk.sync().outcome == EXIT_OK


def _events(desk: Desk) -> frozenset[str]:
    with desk.db.read() as session:
        return frozenset(session.execute(select(OutboxEvent.event_id)).scalars())


@pytest.mark.slow
@pytest.mark.parametrize("how", ["app_restore", "file_copied_back"])
def test_a_restored_desk_takes_back_its_numbers_before_issuing_new_ones(
        cafeteria_desk: tuple[Desk, dict[str, str], dict[str, str]], central_url: str, how: str) -> None:
    desk, ids, products = cafeteria_desk
    backup = take_backup(desk.path, reason="test")
    assert backup is not None
    _day_after_the_backup(desk, ids, products)
    pushed_then_lost = _events(desk)
    desk.db.dispose()
    if how == "app_restore":
        restore_backup(desk.path, backup)
    else:  # someone copies last night's file over the desk's database
        for suffix in ("-wal", "-shm"):
            Path(f"{desk.path}{suffix}").unlink(missing_ok=True)
        shutil.copy2(backup, desk.path)
    desk.reopen()  # as the app starts
    desk.clock.advance(timedelta(hours=2))

    series = desk.db.identity().series  # type: ignore[union-attr]
    assert series.startswith("R")
    cashier = desk.login("accueil", "accueil-secret")
    offline = cash_sale(desk.services, cashier, {"the": 1}, 500, products)
    assert offline.receipt_number == f"A1-{series}-000001"
    [visit_id] = check_in(desk, ids["atlas.host"], 1, "HorsLigne")
    with desk.db.read() as session:
        assert session.get(Visit, visit_id).badge_number.startswith(f"A1.{series}-")  # type: ignore[union-attr]
    desk.services.cafeteria.redeem(cashier, ids["voucher"])  # central already holds this redemption

    report = desk.sync()
    assert report.outcome == EXIT_CONFLICTS, report.message
    assert report.recovered >= 10  # 2 sales, their lines, 4 visits, the voucher, audit events…
    assert desk.db.identity().series == ""  # type: ignore[union-attr]
    with desk.db.read() as session:
        [refused] = conflicts(session)
    assert refused.kind == "redeemed" and refused.other_row_id == ids["book.sale"]
    [shown] = desk.services.sync_conflicts.open_conflicts(desk.login())
    assert shown.summary.endswith("vente A1-000001 à vérifier")  # the book of vouchers' sale, for the manager

    after = cash_sale(desk.services, cashier, {"cafe": 1}, 500, products)
    assert after.receipt_number == "A1-000004"  # the book, the 2 lost sales: central's numbers, not again
    [later] = check_in(desk, ids["atlas.host"], 1, "Soir")
    with desk.db.read() as session:
        assert session.get(Visit, later).badge_number.endswith("-007")  # type: ignore[union-attr]
    assert desk.services.audit.verify_chain().ok
    assert desk.sync().outcome == EXIT_CONFLICTS  # the redemption waits for a manager
    assert_converged(central_url, [desk], lost_locally=pushed_then_lost)
