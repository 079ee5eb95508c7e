"""The kiosk as its own process beside the desk, on one database file: 200 kiosk check-ins while the desk
sells 200 coffees. WAL, short transactions and the busy timeout keep both going: no "database is locked",
nothing lost, badge numbers and receipt numbers gapless."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from reception.core.models import Sale, Visit
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from tests.cafeteria_helpers import cash_sale, stock_products

ROOT = Path(__file__).parents[2]
COUNT = 200
KIOSK_LOOP = """
import sys, time
from pathlib import Path
from reception.core.database import Database
from reception.core.services.container import Services
from reception.core.services.kiosk import KioskGuest, KioskHost

db_path, host_id, count, go = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
services = Services(Database(db_path))
while not go.exists():
    time.sleep(0.01)
for n in range(count):
    guest = services.kiosk.check_walk_in(KioskGuest(f"Visiteur{n}", "Borne", host=KioskHost(host_id, "", "")))
    services.kiosk.arrive(guest)
print("done", count)
"""


@pytest.mark.slow
def test_kiosk_check_ins_and_desk_sales_side_by_side_lose_nothing(
        services: Services, admin: Actor, receptionist: Actor, park: dict[str, str], db_path: Path,
        tmp_path: Path) -> None:
    ids = stock_products(services, admin)
    services.cafeteria.open_session(receptionist, 0)
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    kiosk = subprocess.Popen([sys.executable, "-c", KIOSK_LOOP, str(db_path), park["atlas.bennani"], str(COUNT),
                              str(go)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    time.sleep(1.5)  # the kiosk process imports and opens the database, then both start together
    go.touch()
    started = time.monotonic()
    for _ in range(COUNT):
        cash_sale(services, receptionist, {"cafe": 1}, 500, ids)
    out, err = kiosk.communicate(timeout=120)
    elapsed = time.monotonic() - started
    assert kiosk.returncode == 0, err
    assert out.split() == ["done", str(COUNT)]
    assert "locked" not in err
    with services.db.read() as session:
        visits = session.scalar(select(func.count()).select_from(Visit))
        sales = session.scalar(select(func.count()).select_from(Sale))
        badge_numbers = session.scalars(select(Visit.badge_number)).all()
    assert (visits, sales) == (COUNT, COUNT)
    assert len(set(badge_numbers)) == COUNT
    assert services.audit.verify(admin).ok
    assert elapsed < 60
