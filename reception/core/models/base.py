"""Declarative base, column types shared by every model, and the syncable mixin."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import DateTime, Integer, MetaData, String, Table, TypeDecorator, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    return str(uuid.uuid4())


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC and hands them back aware, on SQLite and PostgreSQL alike."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime()}


class Syncable:
    """Mixin: the table takes part in the nightly sync.

    Declaring it is all a table does to join: the outbox listener (core/outbox.py) records every insert,
    update and delete of such rows, and sync/ finds the tables through `syncable_tables()`.
    `sync_owner` says who wins on a pull: "central" for reference data, "desk" for what a desk records.
    """

    sync_owner: ClassVar[str] = "desk"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    site_code: Mapped[str] = mapped_column(String(16), default="CAS")
    origin_desk: Mapped[str] = mapped_column(String(16), default="")
    created_at: Mapped[datetime] = mapped_column(default=lambda: datetime.now(UTC))
    updated_at: Mapped[datetime] = mapped_column(
        default=lambda: datetime.now(UTC), onupdate=lambda: datetime.now(UTC)
    )
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]


def table_of(model: type[Any]) -> Table:
    """The table a mapped class writes to (typed, unlike `__table__`)."""
    table = inspect(model).local_table
    assert isinstance(table, Table)
    return table


def syncable_tables() -> list[Table]:
    """Every mapped table whose class declares itself Syncable, in dependency order."""
    names = {table_of(m.class_).name for m in Base.registry.mappers if issubclass(m.class_, Syncable)}
    return [t for t in Base.metadata.sorted_tables if t.name in names]


def sync_owner_of(table_name: str) -> str:
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Syncable) and table_of(cls).name == table_name:
            return cls.sync_owner
    raise KeyError(table_name)
