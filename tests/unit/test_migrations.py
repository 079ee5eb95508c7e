"""The schema's history: upgrade, downgrade, no drift from the models, refusal of a newer database."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext

from reception.core.database import Database, alembic_config
from reception.core.errors import DatabaseTooNew
from reception.core.models import Base


def test_upgrade_to_head_then_down_to_base(db_path: Path) -> None:
    database = Database(db_path)
    database.upgrade()
    assert database.is_at_head()
    tables = set(sa.inspect(database.engine).get_table_names())
    assert {"sites", "desks", "tenants", "employees", "users", "audit_events", "outbox"} <= tables
    command.downgrade(alembic_config(database.url), "base")
    assert set(sa.inspect(database.engine).get_table_names()) <= {"alembic_version"}


def test_a_database_in_a_folder_named_with_a_percent_sign_migrates(tmp_path: Path) -> None:
    """Alembic's configuration reads '%' as interpolation: the path must reach it escaped."""
    folder = tmp_path / "Accueil 100%"
    folder.mkdir()
    database = Database(folder / "desk.db")
    database.upgrade()
    assert database.is_at_head()
    database.dispose()


def test_models_and_migrations_do_not_drift(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_database_from_a_newer_version_is_refused(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO alembic_version (version_num) VALUES ('f00dcafe9999')"))
    with pytest.raises(DatabaseTooNew, match="version plus récente"):
        db.upgrade()


def test_pragmas_are_set_on_every_connection(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 15000


def test_a_desk_with_history_upgrades_from_the_released_schema(db_path: Path) -> None:
    """A desk in use at 0009 has employees that visits and bookings point to: the migrations that rebuild a
    referenced table (SQLite's batch mode copies it, drops it, renames the copy) must not trip on them."""
    database = Database(db_path)
    with database.engine.begin() as conn:
        command.upgrade(_on(conn, database), "0009")
        _insert(conn, "tenants", id="t1", name="Atlas")
        _insert(conn, "employees", id="e1", tenant_id="t1", last_name="Tazi", first_name="Karim")
        _insert(conn, "visits", id="v1", host_employee_id="e1", host_tenant_id="t1", badge_code="C1")
    database.upgrade()
    assert database.is_at_head()
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT host_employee_id FROM visits").scalar_one() == "e1"
        assert conn.exec_driver_sql("SELECT pending FROM employees WHERE id = 'e1'").scalar_one() == 0
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1  # the pool's connections keep them on
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []


def _on(conn: sa.Connection, database: Database) -> Config:
    config = alembic_config(database.url)
    config.attributes["connection"] = conn
    return config


def _insert(conn: sa.Connection, table: str, **values: str) -> None:
    """One row as the schema of that revision wants it: every other required column gets a plain value."""
    plain = {"DATETIME": "2026-01-02 09:00:00.000000", "DATE": "2026-01-02", "INTEGER": 1, "BOOLEAN": 0}
    for _cid, name, kind, notnull, default, _pk in conn.exec_driver_sql(f"PRAGMA table_info({table})"):
        if notnull and default is None and name not in values:
            values[name] = plain.get(kind, "")  # type: ignore[assignment]
    names = ", ".join(values)
    conn.exec_driver_sql(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(values))})",
                         tuple(values.values()))
