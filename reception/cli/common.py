"""What every command needs: the database chosen by --db, opened and upgraded, the services, and the person's
language for the messages.

The language is the person's when their environment names one the console speaks (LC_ALL, LC_MESSAGES, LANG,
in gettext's order: `LANG=en_GB.UTF-8 reception report --help` answers in English), else the desk's setting
(ui.language) once the database is open; before that (the help, a usage error) French, the source language.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from datetime import date, datetime

from reception.core import i18n
from reception.core.database import open_for_startup
from reception.core.errors import ValidationError
from reception.core.i18n import _
from reception.core.paths import database_path
from reception.core.services.container import Services
from reception.core.services.permissions import SYSTEM, Actor
from reception.sync.central import CentralDatabase, is_central_url

EXIT_USAGE = 2


def open_services(args: argparse.Namespace) -> Services:
    """Checks, upgrades and opens the database; a backup is taken only when an upgrade is due.

    A missing, empty or damaged file is refused (exit 3): only `reception demo` and the app's first start
    create a database. --db postgresql://... opens the central database instead (head office: reports
    across all sites).
    """
    if is_central_url(args.db):
        return Services(CentralDatabase(args.db))  # type: ignore[arg-type]  # a Database-like view
    db, _marker = open_for_startup(database_path(args.db))
    services = Services(db)
    if person_language() is None:
        i18n.set_language(services.settings.get("ui.language"))  # messages and reports in the desk's language
    return services


def person_language(environ: Mapping[str, str] = os.environ) -> str | None:
    """The language the person's environment asks for, if the console speaks it ('en_GB.UTF-8' -> 'en');
    None when it is unset, C or POSIX (most Windows desks and services), or a language not offered."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            code = value.split(".")[0].split("_")[0].lower()
            return code if code in i18n.LANGUAGES else None
    return None


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
    raise argparse.ArgumentTypeError(_("date invalide : {text} (attendu AAAA-MM-JJ ou JJ/MM/AAAA)").format(text=text))


def host_by_email(services: Services, actor: Actor, email: str) -> str:
    """The id of the active employee with that e-mail address: how a script names the host of a guest."""
    wanted = email.strip().lower()
    for employee in services.directory.employees(actor):
        if employee.email.lower() == wanted:
            return employee.id
    raise ValidationError({"host_employee_id": _("Aucun salarié actif n'a l'adresse {email} dans l'annuaire.").format(
        email=email)})
