"""Alembic environment of the CENTRAL PostgreSQL database (not the desks' SQLite: that is db/env.py)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from reception.sync.central import metadata, replicated

config = context.config
replicated()  # registers the copies of the Syncable tables on the central metadata
target_metadata = metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(connection=connection, target_metadata=target_metadata, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
