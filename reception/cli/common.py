"""What every command needs: the database chosen by --db, opened and upgraded, the services, and the desk's
language for the messages."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path

from reception.core import i18n
from reception.core.database import Database, open_for_startup
from reception.core.paths import database_path
from reception.core.services.container import Services
from reception.core.services.permissions import SYSTEM, Actor
from reception.sync.central import CentralDatabase, is_central_url


def open_services(args: argparse.Namespace) -> Services:
    """Checks, upgrades and opens the database; a backup is taken only when an upgrade is due.

    --db postgresql://... opens the central database instead (head office: reports across all sites).
    """
    if is_central_url(args.db):
        return Services(CentralDatabase(args.db))  # type: ignore[arg-type]  # a Database-like view
    path = database_path(args.db)
    db, _backup = open_for_startup(path, backup=not _is_current(path))
    services = Services(db)
    i18n.set_language(services.settings.get("ui.language"))  # messages and reports in the desk's language
    return services


def _is_current(path: Path) -> bool:
    if not path.exists():
        return True
    db = Database(path)
    try:
        return db.is_at_head()
    finally:
        db.dispose()


def cli_actor() -> Actor:
    """Whoever can run the CLI holds the database file; their actions are audited as the system."""
    return SYSTEM


def parse_day(text: str) -> date:
    """Accepts 2026-11-26 and 26/11/2026."""
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"date invalide : {text} (attendu AAAA-MM-JJ ou JJ/MM/AAAA)")
