"""The `reception` command line: the same services as the app, no Qt.

Each area registers its sub-commands from its own module listed in COMMAND_MODULES.
Exit codes: 0 ok, 1 refused by a rule, 2 bad usage (an unusable central URL too), 3 database problem (a
folder given as --db, a read-only folder); commands may add their own.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from typing import Any

from reception.cli.failures import storage_problem
from reception.core.errors import DatabaseCorrupt, DatabaseTooNew, DomainError
from reception.core.logs import configure_logging
from reception.sync.central import CentralUrlError

COMMAND_MODULES = ("reception.cli.basics", "reception.cli.badges", "reception.cli.sync", "reception.cli.report",
                   "reception.cli.cafeteria", "reception.cli.visits", "reception.cli.rooms",
                   "reception.cli.schedule", "reception.cli.agreements")

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_DATABASE = 0, 1, 2, 3

log = logging.getLogger(__name__)


DB_HELP = "fichier de base de données (sinon la variable RECEPTION_DB, sinon le dossier de données)"


def _database_option() -> argparse.ArgumentParser:
    """The parent every command inherits `--db` from; SUPPRESS keeps a value given before the command."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--db", metavar="FICHIER", default=argparse.SUPPRESS, help=DB_HELP)
    return parent


class CommandParser(argparse.ArgumentParser):
    """Every sub-command's parser, nested ones included (argparse builds them with the parent's class), so
    `--db` is accepted after any command as well as before it; `local_database=False` leaves it out
    (the central commands name their database with --url)."""

    def __init__(self, *args: Any, local_database: bool = True, **kwargs: Any) -> None:
        if local_database:
            kwargs["parents"] = [_database_option(), *kwargs.get("parents", ())]
        super().__init__(*args, **kwargs)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reception", description="Console d'accueil du Technopark.",
                                     epilog="--db FICHIER se place avant ou après la commande.")
    parser.add_argument("--db", metavar="FICHIER", help=DB_HELP)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMANDE",
                                     parser_class=CommandParser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    configure_logging()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or EXIT_OK)
    except (DatabaseCorrupt, DatabaseTooNew) as exc:
        print(f"Erreur : {exc.message}", file=sys.stderr)
        return EXIT_DATABASE
    except CentralUrlError as exc:
        print(f"Erreur : {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except DomainError as exc:
        print(f"Refusé : {exc.message}", file=sys.stderr)
        return EXIT_REFUSED
    except Exception as exc:
        problem = storage_problem(getattr(args, "db", None), exc)
        if problem:
            log.warning("database unusable: %s", exc)
            print(f"Erreur : {problem}", file=sys.stderr)
            return EXIT_DATABASE
        log.exception("unexpected error in command %s", args.command)
        print("Erreur inattendue : le détail est dans le journal de l'application.", file=sys.stderr)
        return EXIT_REFUSED
