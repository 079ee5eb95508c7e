"""Law 09-08 erasure that erases: after `erase_visitor` and a sync, the person's name, phone and e-mail are
nowhere in the desk file's bytes (outbox, mail queue, free pages) nor in any text column at central."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from reception.core.backups import take_backup
from reception.core.clock import local_today
from reception.core.erasure import ERASE_OP
from reception.core.services.permissions import Role
from reception.core.services.visits import CheckInForm
from reception.sync.apply import DeskId, Event, apply_batch
from reception.sync.central import sync_conflicts
from reception.sync.engine import EXIT_OK
from tests.integration.sync_harness import Desk, central_url, open_desk, seed_site

pytestmark = pytest.mark.postgres
__all__ = ["central_url"]

LAST, FIRST, PHONE, EMAIL = "Zerhounyx", "Qamaryxe", "0661234987", "qamar.zerhounyx@exemple.ma"
NEEDLES = (LAST, FIRST, PHONE, EMAIL)


def _desk_bytes(desk: Desk) -> bytes:
    """The database file and what is left of its WAL, after a checkpoint, lower-cased."""
    with desk.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    wal = desk.path.with_name(desk.path.name + "-wal")
    return (desk.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")).lower()


def _central_hits(url: str, needle: str) -> list[str]:
    """Every (table.column) of the central database whose text holds the needle."""
    engine = create_engine(url)
    hits = []
    try:
        with engine.connect() as conn:
            columns = conn.execute(text(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' "
                "AND data_type IN ('text', 'character varying', 'character')")).all()
            for table, column in columns:
                found = conn.execute(text(f'SELECT count(*) FROM "{table}" WHERE "{column}" ILIKE :n'),
                                     {"n": f"%{needle}%"}).scalar()
                if found:
                    hits.append(f"{table}.{column}")
    finally:
        engine.dispose()
    return hits


def test_an_erased_visitor_is_gone_from_the_desk_file_and_from_central(tmp_path: Path, central_url: str) -> None:
    desk = open_desk(tmp_path, central_url, "CAS", "CAS-A1")
    ids = seed_site(desk)
    admin = desk.login()
    host = desk.services.directory.save_employee(admin, {"tenant_id": ids["atlas"], "last_name": "Idrissi",
                                                         "first_name": "Hind", "email": "hind@atlas.ma"})
    manager = desk.services.auth.create_user(admin, "chef", "Nadia Chef", Role.MANAGER, "chef-secret")
    reception = desk.login("accueil", "accueil-secret")
    visits = desk.services.visits
    form = CheckInForm(LAST, FIRST, "Société Qx", PHONE, EMAIL, host_employee_id=host.id, notes="Rendez-vous RH")
    expected = visits.preregister(reception, form, local_today(desk.clock), "Salon Qx")
    assert desk.sync().outcome == EXIT_OK
    [first] = visits.check_in_group(reception, [expected.id])
    assert desk.sync().outcome == EXIT_OK  # the visitor, the visit and the arrival are at central
    again = CheckInForm(LAST, FIRST, "Société Qx", PHONE, EMAIL, host_employee_id=host.id,
                        visitor_id=first.visitor_id, notes="Deuxième venue")
    visits.check_in(reception, again)  # pending in the outbox, its host e-mail queued
    assert all(needle.lower().encode() in _desk_bytes(desk) for needle in NEEDLES)
    assert _central_hits(central_url, LAST)

    assert first.visitor_id is not None
    assert visits.erase_visitor(manager, first.visitor_id) == 2
    assert desk.sync().outcome == EXIT_OK

    data = _desk_bytes(desk)
    assert [n for n in NEEDLES if n.lower().encode() in data] == []
    # backups from now on (the sync may reuse the morning's, which still holds the name until it rotates out)
    taken = take_backup(desk.path, reason="manuelle")
    assert taken is not None
    backup = taken.read_bytes().lower()
    assert [n for n in NEEDLES if n.lower().encode() in backup] == []
    assert {n: _central_hits(central_url, n) for n in NEEDLES} == {n: [] for n in NEEDLES}
    assert desk.services.audit.verify_chain().ok


def test_central_applies_an_erasure_to_its_conflicts_and_refuses_another_sites(tmp_path: Path,
                                                                               central_url: str) -> None:
    desk = open_desk(tmp_path, central_url, "CAS", "CAS-A1")
    ids = seed_site(desk)
    reception = desk.login("accueil", "accueil-secret")
    visit = desk.services.visits.check_in(reception, CheckInForm(LAST, FIRST, phone=PHONE, email=EMAIL,
                                                                 host_employee_id=ids["atlas.host"]))
    assert desk.sync().outcome == EXIT_OK and visit.visitor_id is not None
    engine = create_engine(central_url)
    with engine.begin() as conn:  # a refused version of the visitor, kept at central for a manager
        conn.execute(sync_conflicts.insert().values(
            key="refused:x", event_id="x", desk="CAS-A1", site_code="CAS", kind="refused", entity="visitors",
            row_id=visit.visitor_id, detail="", payload=json.dumps({"last_name": LAST, "email": EMAIL})))
    other_site = Event(0, "e-rab", "epoch", "visitors", ERASE_OP, "r-rab", json.dumps(
        {"site_code": "RAB", "rows": {"visitors": [visit.visitor_id]}}), "rev")
    with engine.begin() as conn:
        [refusal] = apply_batch(conn, DeskId("CAS", "CAS-A1"), "epoch", [other_site]).refusals
    assert (refusal.kind, refusal.detail) == ("site", "Effacement pour un autre site (RAB) : refusé.")
    assert _central_hits(central_url, LAST)

    manager = desk.services.auth.create_user(desk.login(), "chef", "Nadia Chef", Role.MANAGER, "chef-secret")
    desk.services.visits.erase_visitor(manager, visit.visitor_id)
    assert desk.sync().outcome == EXIT_OK
    with engine.connect() as conn:
        payload = conn.execute(select(sync_conflicts.c.payload).where(sync_conflicts.c.key == "refused:x")).scalar()
    engine.dispose()
    assert json.loads(str(payload)) == {"last_name": "", "email": ""}
    assert {n: _central_hits(central_url, n) for n in NEEDLES} == {n: [] for n in NEEDLES}
