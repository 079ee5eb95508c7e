"""Where the data, backups and logs live (platformdirs), and which database file to open."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

from reception.core.private_files import private_folder

APP_NAME = "reception"
APP_AUTHOR = "Technopark"


def data_dir() -> Path:
    return private_folder(Path(os.environ.get("RECEPTION_DATA_DIR") or user_data_path(APP_NAME, APP_AUTHOR)))


def log_dir() -> Path:
    return private_folder(Path(os.environ.get("RECEPTION_LOG_DIR") or user_log_path(APP_NAME, APP_AUTHOR)))


def is_first_start_path(path: Path) -> bool:
    """The app creates a database only here: the default file name in the data folder, on its first start."""
    return path.parent.resolve() == data_dir().resolve()


def database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--db wins, then RECEPTION_DB, then reception.db in the data folder."""
    chosen = explicit or os.environ.get("RECEPTION_DB")
    return Path(chosen) if chosen else data_dir() / "reception.db"


def package_resource(name: str) -> Path:
    """db/ or resources/: next to the package in a checkout, inside it (_db, _resources) when installed."""
    here = Path(__file__).resolve().parent.parent
    installed = here / f"_{name}"
    return installed if installed.exists() else here.parent / name


def migrations_dir() -> Path:
    """The Alembic environment: the one place that knows where it is."""
    return package_resource("db")


def central_migrations_dir() -> Path:
    """The central database's own Alembic environment (PostgreSQL schema, sync bookkeeping, RLS)."""
    return migrations_dir() / "central"


def resources_dir() -> Path:
    return package_resource("resources")
