"""The schema's history: upgrade, downgrade, no drift from the models, refusal of a newer database."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
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
