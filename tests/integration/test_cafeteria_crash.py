"""The cafeteria under real processes: a sales loop killed with SIGKILL leaves no partial sale and no gap
in the receipt numbers; two processes scanning the same voucher get exactly one success."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from reception.core.database import Database
from reception.core.models import CafeteriaCounter, Product, Sale, SaleLine, Voucher
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from tests.cafeteria_helpers import cash_sale, stock_products

ROOT = Path(__file__).resolve().parents[2]

SALES_LOOP = """
import sys
from pathlib import Path
from reception.core.database import Database
from reception.core.services.cafeteria_data import Customer, LineInput, Payment
from reception.core.services.container import Services
from reception.core.services.permissions import SYSTEM
services = Services(Database(Path(sys.argv[1])))
products = [p.id for p in services.cafeteria.products(SYSTEM)]
n = 0
while True:
    lines = [LineInput(products[n % len(products)], 1 + n % 3), LineInput(products[(n + 1) % len(products)], 1)]
    receipt = services.cafeteria.sell(SYSTEM, lines, Customer(), Payment("card", card_reference=str(n)))
    n += 1
    print(receipt.receipt_number, flush=True)
"""

REDEEM_ONCE = """
import sys, time
from pathlib import Path
from reception.core.database import Database
from reception.core.services.container import Services
from reception.core.services.permissions import SYSTEM
from reception.core.services.vouchers import VoucherRefused
services = Services(Database(Path(sys.argv[1])))
go = Path(sys.argv[3])
while not go.exists():
    time.sleep(0.001)
try:
    services.cafeteria.redeem(SYSTEM, sys.argv[2])
    print("ok")
except VoucherRefused as refused:
    print(refused.reason)
"""


def _python(script: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True, env=env,
                            cwd=ROOT)


def test_sales_loop_killed_midway_leaves_no_partial_sale_and_no_gap(services: Services, admin: Actor,
                                                                    db_path: Path) -> None:
    stock_products(services, admin)
    services.cafeteria.open_session(admin, 0)
    services.db.dispose()
    loop = _python(SALES_LOOP, str(db_path))
    assert loop.stdout is not None
    printed = [loop.stdout.readline() for _ in range(25)]
    time.sleep(0.05)  # let it be in the middle of another sale
    loop.send_signal(signal.SIGKILL)
    loop.wait(timeout=30)
    assert all(line.startswith("A1-") for line in printed)

    reopened = Database(db_path)
    try:
        assert reopened.quick_check() == []
        with reopened.read() as session:
            numbers = session.scalars(select(Sale.receipt_number).order_by(Sale.receipt_number)).all()
            counter = session.get(CafeteriaCounter, "receipt")
            per_sale = session.execute(select(Sale.id, func.count(SaleLine.id)).outerjoin(
                SaleLine, SaleLine.sale_id == Sale.id).group_by(Sale.id)).all()
            vouchers = dict(session.execute(select(Voucher.sale_id, func.count()).group_by(Voucher.sale_id)).all())
            due = dict(session.execute(
                select(SaleLine.sale_id, func.sum(SaleLine.quantity * Product.vouchers_per_unit))
                .join(Product, Product.id == SaleLine.product_id).group_by(SaleLine.sale_id)).all())
    finally:
        reopened.dispose()
    assert len(numbers) >= 25
    assert numbers == [f"A1-{n:06d}" for n in range(1, len(numbers) + 1)]
    assert counter is not None and counter.last_value == len(numbers)
    assert all(lines in (1, 2) for _, lines in per_sale)
    assert vouchers == due  # every sale has all its vouchers, none half written


def test_two_processes_redeeming_the_same_voucher_one_wins(services: Services, admin: Actor, db_path: Path,
                                                           tmp_path: Path) -> None:
    ids = stock_products(services, admin)
    services.cafeteria.open_session(admin, 0)
    voucher = cash_sale(services, admin, {"cafe": 1}, 500, ids).vouchers[0]
    go = tmp_path / "go"
    scanners = [_python(REDEEM_ONCE, str(db_path), voucher.code + voucher.signature, str(go)) for _ in range(2)]
    time.sleep(1.5)  # both processes are up and waiting
    go.touch()
    outcomes = sorted(p.communicate(timeout=60)[0].strip() for p in scanners)
    assert outcomes == ["ok", "used"]
