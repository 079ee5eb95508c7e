"""The central migrations go up and down: c007's partial indexes appear, and a downgrade gives c006's back."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from alembic import command

from reception.sync.central import central_alembic_config, central_engine
from tests.integration.sync_harness import fresh_central
from tests.postgres_server import libpq

pytestmark = pytest.mark.postgres


@pytest.fixture
def central(postgres_admin_url: str) -> Iterator[str]:
    """A central database initialised to head, dropped afterwards."""
    with fresh_central(postgres_admin_url) as url:
        yield url


def _definitions(url: str) -> dict[str, str]:
    with psycopg.connect(libpq(url)) as conn:
        rows = conn.execute("SELECT indexname, indexdef FROM pg_indexes WHERE indexname = ANY(%s)",
                            (["ix_visits_inside", "ix_vouchers_outstanding_expires_on"],)).fetchall()
    return dict(rows)


def _migrate(url: str, step: str, revision: str) -> None:
    engine = central_engine(url)
    try:
        with engine.begin() as conn:
            config = central_alembic_config(url)
            config.attributes["connection"] = conn
            getattr(command, step)(config, revision)
    finally:
        engine.dispose()


def test_c007_adds_the_partial_indexes_and_its_downgrade_restores_c006(central: str) -> None:
    head = _definitions(central)
    assert "WHERE (checked_out_at IS NULL)" in head["ix_visits_inside"]
    assert "INCLUDE (label, value_centimes, tenant_id)" in head["ix_vouchers_outstanding_expires_on"]
    _migrate(central, "downgrade", "c006_head_office_indexes")
    before = _definitions(central)
    assert "ix_visits_inside" not in before
    assert "INCLUDE" not in before["ix_vouchers_outstanding_expires_on"]
    assert "WHERE ((redeemed_at IS NULL) AND (NOT voided))" in before["ix_vouchers_outstanding_expires_on"]
    _migrate(central, "upgrade", "heads")
    assert _definitions(central) == head
