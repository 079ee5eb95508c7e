"""The `reception` command line: the same services as the app, no Qt.

Each area registers its sub-commands from its own module listed in COMMAND_MODULES.
Exit codes: 0 ok, 1 refused by a rule, 2 bad usage, 3 database problem; commands may add their own.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from reception.core.errors import DatabaseCorrupt, DatabaseTooNew, DomainError
from reception.core.logs import configure_logging

COMMAND_MODULES = ("reception.cli.basics", "reception.cli.badges", "reception.cli.sync", "reception.cli.report",
                   "reception.cli.cafeteria", "reception.cli.visits", "reception.cli.rooms",
                   "reception.cli.schedule")

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_DATABASE = 0, 1, 2, 3

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reception", description="Console d'accueil du Technopark.")
    parser.add_argument("--db", help="fichier de base de données (sinon RECEPTION_DB, sinon le dossier de données)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMANDE")
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
    except DomainError as exc:
        print(f"Refusé : {exc.message}", file=sys.stderr)
        return EXIT_REFUSED
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        print("Erreur inattendue : le détail est dans le journal de l'application.", file=sys.stderr)
        return EXIT_REFUSED
