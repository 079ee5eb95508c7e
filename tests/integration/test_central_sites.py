"""The six-site generator of the head-office benchmark: six distinct sites, three desks each, no shared id."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from bench.central_sites import SITES, desk_codes, ensure_central_sites, libpq, volumes
from reception.core.demo import build_demo
from reception.core.models import Employee
from reception.core.services.permissions import SYSTEM
from reception.core.services.visits import CheckInForm
from reception.sync.central import init_central, replicated

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
CODES = [code for code, _name, _city in SITES]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo park (20 tenants) with a few visits and an open drawer: one site's rows to replicate."""
    from reception.core.services.container import Services

    path = tmp_path_factory.mktemp("template") / "demo.db"
    db = build_demo(path, years=0, tenant_count=20)
    services = Services(db)
    with db.read() as session:
        host = session.scalars(select(Employee.id).where(Employee.active).limit(1)).one()  # 3 % leave the park
    for n in range(3):
        services.visits.check_in(SYSTEM, CheckInForm(last_name=f"Visiteur{n}", first_name="Amine",
                                                     host_employee_id=host))
    services.cafeteria.open_session(SYSTEM, 20_000)
    db.dispose()
    return path


@pytest.fixture(scope="module")
def six_sites(template: Path, postgres_admin_url: str) -> Iterator[str]:
    """The generated central database (a throw-away one: the name is not the cache's)."""
    name = f"reception_test_{uuid.uuid4().hex[:10]}"
    built = ensure_central_sites(postgres_admin_url, template, name)
    try:
        yield built.url
    finally:
        with psycopg.connect(libpq(postgres_admin_url), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def test_six_sites_with_three_desks_each(six_sites: str) -> None:
    with psycopg.connect(libpq(six_sites)) as conn:
        sites = sorted(r[0] for r in conn.execute("SELECT code FROM sites"))
        desks = sorted(r[0] for r in conn.execute("SELECT code FROM desks"))
        by_site = "SELECT site_code, count(*) FROM visits GROUP BY site_code"
        visits: dict[str, int] = dict(conn.execute(by_site).fetchall())
        origins = {r[0] for r in conn.execute("SELECT DISTINCT origin_desk FROM visits")}
    assert sites == sorted(CODES)
    assert desks == sorted(d for code in CODES for d in desk_codes(code))
    assert visits == {code: 3 for code in CODES}
    assert origins <= {d for code in CODES for d in desk_codes(code)}


def test_every_row_has_its_own_id_and_references_stay_within_the_site(six_sites: str) -> None:
    counts = volumes(six_sites)
    with psycopg.connect(libpq(six_sites)) as conn:
        for name in replicated():
            distinct = conn.execute(f'SELECT count(DISTINCT id) FROM "{name}"').fetchone()[0]  # type: ignore[index]
            assert distinct == counts[name], name
            grouped = f'SELECT site_code, count(*) FROM "{name}" GROUP BY site_code'
            per_site: dict[str, int] = dict(conn.execute(grouped).fetchall())
            if name != "desks":
                assert set(per_site.values()) <= {counts[name] // len(CODES)}, name
        orphans = conn.execute(
            "SELECT count(*) FROM visits v LEFT JOIN employees e ON e.id = v.host_employee_id "
            "AND e.site_code = v.site_code WHERE e.id IS NULL").fetchone()[0]  # type: ignore[index]
    assert counts["employees"] > 0 and orphans == 0


def test_a_second_call_uses_the_cached_database(six_sites: str, template: Path, postgres_admin_url: str) -> None:
    name = make_url(six_sites).database
    assert name is not None
    again = ensure_central_sites(postgres_admin_url, template, name)
    assert not again.built and again.url == six_sites


def test_the_build_leaves_the_indexes_of_a_freshly_initialised_central(six_sites: str,
                                                                       postgres_admin_url: str) -> None:
    """The load drops the replicated tables' keys and indexes and builds them back: the same names and
    definitions as `central init` gives (the reports' plans and the migrations' downgrades rely on them)."""
    fresh = f"reception_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(libpq(postgres_admin_url), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{fresh}"')
    fresh_url = make_url(six_sites).set(database=fresh).render_as_string(hide_password=False)
    try:
        init_central(fresh_url)
        built = _indexes(six_sites)
        assert built == _indexes(fresh_url)
        assert {"ix_sales_sold_at", "pk_visits", "ix_visits_site_txid"} <= {name for name, _definition in built}
    finally:
        with psycopg.connect(libpq(postgres_admin_url), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE "{fresh}" WITH (FORCE)')


def _indexes(url: str) -> set[tuple[str, str]]:
    with psycopg.connect(libpq(url)) as conn:
        rows = conn.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ANY(%s)",
                            (list(replicated()),)).fetchall()
    return {(name, definition) for name, definition in rows}
