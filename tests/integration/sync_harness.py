"""What the sync fault tests share: a throw-away central database, desks on tmp_path, and THE check.

Every fault test ends with `assert_converged`: central holds the union of all desks' events with no
duplicate and nothing missing, every desk's rows are at central, every desk's reference data equals
central's, no outbox event is pending, integrity is ok everywhere, and every refusal is a visible conflict.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import make_url

from reception.core.clock import FixedClock, to_local
from reception.core.database import Database, open_for_startup
from reception.core.models import OutboxEvent, SyncConflict
from reception.core.models.base import sync_owner_of, syncable_tables
from reception.core.services.container import Services
from reception.core.services.permissions import Actor, Role
from reception.sync.apply import DeskId
from reception.sync.central import (
    CENTRAL_ONLY,
    add_desk,
    central_engine,
    init_central,
    replicated,
    sync_conflicts,
    sync_events,
)
from reception.sync.engine import SyncEngine, SyncReport, kill_switch
from reception.sync.safety import integrity_problems
from reception.sync.verify import compare, divergence_message
from tests.postgres_server import libpq
from tests.rooms_support import make_rooms


@contextlib.contextmanager
def fresh_central(admin: str) -> Iterator[str]:
    """A central database of its own (CREATE DATABASE), initialised; dropped with its desk roles afterwards."""
    name = f"reception_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(libpq(admin), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(admin).set(database=name).render_as_string(hide_password=False)
    try:
        init_central(url)
        yield url
    finally:
        with psycopg.connect(libpq(admin), autocommit=True) as conn:
            with psycopg.connect(libpq(url)) as central:
                roles = [r for (r,) in central.execute("SELECT role_name FROM sync_desk_roles UNION ALL "
                                                       "SELECT login_role FROM sync_enrolments")]
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            for role in roles:
                with contextlib.suppress(psycopg.Error):
                    conn.execute(f'DROP ROLE IF EXISTS "{role}"')


@pytest.fixture
def central_url(postgres_admin_url: str) -> Iterator[str]:
    """A fresh central database, dropped afterwards."""
    with fresh_central(postgres_admin_url) as url:
        yield url


@dataclass
class Desk:
    """One desk PC: its database file, services, clock and central credentials."""

    path: Path
    db: Database
    services: Services
    clock: FixedClock
    site: str
    code: str
    url: str

    def sync(self, step: Callable[[int], None] = kill_switch, **options: object) -> SyncReport:
        return SyncEngine(self.db, self.url, self.clock, step=step, **options).run()  # type: ignore[arg-type]

    def login(self, username: str = "admin", password: str = "admin1234") -> Actor:
        return self.services.auth.login(username, password)

    def close(self) -> None:
        self.db.dispose()

    def reopen(self) -> None:
        """After the file was replaced (a restore): opened as the app starts, new services."""
        self.db.dispose()
        self.db, _ = open_for_startup(self.path)
        self.services = Services(self.db, self.clock)

    def pending(self) -> int:
        with self.db.read() as session:
            return session.scalar(select(func.count()).select_from(OutboxEvent)
                                  .where(OutboxEvent.sent_at.is_(None))) or 0


def desk_morning() -> datetime:
    """Today at 10:00 in Casablanca, or yesterday's when that is still ahead: a desk's clock started there can
    be moved on by hours within one day (badge numbers start again at midnight: at 22:00 a test that moved
    the clock two hours on saw its badge numbered 001 of the next day)."""
    now = to_local(datetime.now(UTC))
    morning = now.replace(hour=10, minute=0, second=0, microsecond=0)
    return (morning if morning <= now else morning - timedelta(days=1)).astimezone(UTC)


def open_desk(tmp_path: Path, central_url: str, site: str, code: str, clock: FixedClock | None = None) -> Desk:
    """A new desk database with its identity and its own PostgreSQL role (row-level security applies)."""
    path = tmp_path / f"{code}.db"
    db = Database(path)
    db.upgrade()
    db.set_identity(site, code)
    credentials = add_desk(central_url, site, code)
    desk_clock = clock or FixedClock(desk_morning())
    return Desk(path, db, Services(db, desk_clock), desk_clock, site, code, credentials.url)


def seed_site(desk: Desk) -> dict[str, str]:
    """The site's first desk: site, admin, two tenants with employees, three rooms. Returns ids by name."""
    services = desk.services
    services.site.ensure(desk.site, f"Technopark {desk.site}", "Casablanca", desk.code, "Accueil principal")
    services.auth.create_first_admin("admin", "Karim Tazi", "admin1234")
    admin = desk.login()
    services.auth.create_user(admin, "accueil", "Salma Alaoui", Role.RECEPTIONIST, "accueil-secret")
    ids = {}
    for short, name in (("atlas", "Atlas Digital SARL"), ("noor", "Noor Green Energy SA")):
        ids[short] = services.directory.save_tenant(admin, {"name": name, "floor": "2", "sector": "Conseil"}).id
        ids[f"{short}.host"] = services.directory.save_employee(
            admin, {"tenant_id": ids[short], "last_name": "Bennani", "first_name": "Mohamed"}).id
    ids.update({f"room.{k}": v for k, v in make_rooms(services, admin).items()})
    return ids


def check_in(desk: Desk, host_id: str, n: int, last_name: str = "Visiteur") -> list[str]:
    """n visits recorded by the desk's receptionist."""
    from reception.core.services.visits import CheckInForm

    actor = desk.login("accueil", "accueil-secret")
    return [desk.services.visits.check_in(actor, CheckInForm(last_name=f"{last_name}{i}", first_name="Amine",
                                                             host_employee_id=host_id)).id for i in range(n)]


def write_history(desk: Desk, count: int) -> set[str]:
    """`count` old tenants written like the demo generator (a Core insert: no outbox event); their ids."""
    from reception.core.models import Tenant
    from reception.core.models.base import table_of

    now = desk.clock.now()
    history = [{"id": f"old-{i:04d}", "site_code": desk.site, "origin_desk": desk.code, "created_at": now,
                "updated_at": now, "row_version": 1, "name": f"Ancienne {i}", "search_key": f"ancienne {i}",
                "ice": "", "floor": "", "office": "", "sector": "", "active": False} for i in range(count)]
    with desk.db.engine.begin() as conn:
        conn.execute(table_of(Tenant).insert(), history)
    return {row["id"] for row in history}


# --- the shared check --------------------------------------------------------------------------------


def central_rows(central_url: str, table: str, site: str) -> dict[str, dict[str, object]]:
    engine = create_engine(central_url)
    try:
        with engine.connect() as conn:
            t = replicated()[table]
            rows = conn.execute(select(t).where(t.c.site_code == site)).mappings().all()
    finally:
        engine.dispose()
    return {r["id"]: {k: v for k, v in r.items() if k not in CENTRAL_ONLY} for r in rows}


def _local_rows(desk: Desk, table_name: str) -> dict[str, dict[str, object]]:
    table = next(t for t in syncable_tables() if t.name == table_name)
    with desk.db.read() as session:
        rows = session.execute(select(table)).mappings().all()
    return {r["id"]: dict(r) for r in rows}


def central_events(central_url: str) -> list[dict[str, object]]:
    engine = create_engine(central_url)
    try:
        with engine.connect() as conn:
            return [dict(r) for r in conn.execute(select(sync_events)).mappings()]
    finally:
        engine.dispose()


def central_conflicts(central_url: str) -> list[dict[str, object]]:
    engine = create_engine(central_url)
    try:
        with engine.connect() as conn:
            return [dict(r) for r in conn.execute(select(sync_conflicts)).mappings()]
    finally:
        engine.dispose()


BUSINESS_KEYS = {
    "sales": ("origin_desk", "receipt_number"),
    "visits": ("origin_desk", "badge_number"),
    "audit_events": ("desk_code", "seq"),
    "cash_sessions": ("origin_desk", "number"),
}


def business_key_duplicates(central_url: str) -> dict[str, int]:
    """Numbers issued twice at central (receipt, badge, audit sequence, cash session per desk), and vouchers
    redeemed more than once without a recorded refusal."""
    found: dict[str, int] = {}
    with psycopg.connect(libpq(central_url)) as conn:
        for table, (first, second) in BUSINESS_KEYS.items():
            (count,) = conn.execute(f'SELECT count(*) FROM (SELECT 1 FROM "{table}" GROUP BY "{first}", "{second}" '
                                    f'HAVING count(*) > 1) AS d').fetchone()  # type: ignore[misc]
            if count:
                found[table] = count
        (twice,) = conn.execute(
            "SELECT count(*) FROM (SELECT a.entity_id FROM audit_events a WHERE a.action = 'cafeteria.voucher_redeem' "
            "GROUP BY a.entity_id HAVING count(*) - (SELECT count(*) FROM sync_conflicts c WHERE c.kind = 'redeemed' "
            "AND c.row_id = a.entity_id) > 1) AS d").fetchone()  # type: ignore[misc]
        if twice:
            found["vouchers"] = twice
    return found


def assert_converged(central_url: str, desks: list[Desk], lost_locally: frozenset[str] = frozenset()) -> None:
    """THE check. `lost_locally`: events pushed before a desk was restored from an older backup."""
    assert business_key_duplicates(central_url) == {}, "numéro métier en double à la centrale"
    for desk in desks:
        engine = central_engine(desk.url)
        try:
            differences = compare(engine, desk.db, DeskId(desk.site, desk.code))
        finally:
            engine.dispose()
        assert differences == [], f"{desk.code}: " + divergence_message(differences)
    events = central_events(central_url)
    central_ids = [e["event_id"] for e in events]
    desk_ids: list[str] = []
    for desk in desks:
        assert integrity_problems(desk.path) == [], f"{desk.code}: base endommagée"
        with desk.db.read() as session:
            pending = session.scalar(select(func.count()).select_from(OutboxEvent)
                                     .where(OutboxEvent.sent_at.is_(None)))
            assert pending == 0, f"{desk.code}: {pending} événements en attente"
            desk_ids += list(session.execute(select(OutboxEvent.event_id)).scalars())
    assert len(central_ids) == len(set(central_ids)), "événement en double à la centrale"
    assert set(central_ids) == set(desk_ids) | lost_locally, (
        f"manquants: {len(set(desk_ids) - set(central_ids))}, inconnus: {len(set(central_ids) - set(desk_ids))}")

    conflicts = central_conflicts(central_url)
    refused = {e["event_id"] for e in events if e["status"] == "refused"}
    assert refused <= {c["event_id"] for c in conflicts}, "un refus sans conflit visible"
    for desk in desks:
        with desk.db.read() as session:
            local_conflicts = set(session.execute(select(SyncConflict.key)).scalars())
        mine = {c["key"] for c in conflicts if c["desk"] == desk.code}
        assert mine <= local_conflicts, f"{desk.code}: refus non signalé au poste"
        for table in syncable_tables():
            central = central_rows(central_url, table.name, desk.site)
            local = _local_rows(desk, table.name)
            if sync_owner_of(table.name) == "central":
                assert local == central, f"{desk.code}: {table.name} diffère de la centrale"
            else:
                refused_rows = {c["row_id"] for c in conflicts if c["desk"] == desk.code}
                own = {k: v for k, v in local.items()
                       if v["origin_desk"] in (desk.code, "") and k not in refused_rows}
                missing = [k for k in own if k not in central or central[k]["row_version"] < own[k]["row_version"]]
                assert not missing, f"{desk.code}: {len(missing)} lignes de {table.name} absentes de la centrale"

