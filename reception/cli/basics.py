"""Foundation commands: the demo park, the audit chain, backups and the tenant directory import."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from reception.cli.common import cli_actor, open_services
from reception.core.demo import DEMO_ACCOUNTS, build_demo
from reception.core.i18n import _
from reception.core.paths import database_path


def register(commands: Any) -> None:
    demo = commands.add_parser("demo", help=_("construit la base de démonstration (Technopark Casablanca)"))
    demo.add_argument("--years", type=int, default=0, help=_("années d'historique à générer"))
    demo.add_argument("--seed", type=int, default=2026, help=_("graine (même graine, même parc)"))
    demo.set_defaults(handler=_demo)

    audit = commands.add_parser("audit", help=_("journal d'audit"))
    audit_commands = audit.add_subparsers(dest="audit_command", required=True)
    verify = audit_commands.add_parser("verify", help=_("vérifie la chaîne de hachage du journal"))
    verify.set_defaults(handler=_audit_verify)

    backup = commands.add_parser(
        "backup", help=_("sauvegarde la base (vérifiée ; 7 quotidiennes et 4 hebdomadaires conservées)"))
    backup.set_defaults(handler=_backup)

    directory = commands.add_parser("directory", help=_("annuaire des sociétés et salariés"))
    directory_commands = directory.add_subparsers(dest="directory_command", required=True)
    imp = directory_commands.add_parser("import", help=_("importe un CSV societe;nom;prenom;fonction;email;telephone"))
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=_directory_import)


def _demo(args: argparse.Namespace) -> int:
    path = database_path(args.db)
    db = build_demo(path, years=args.years, seed=args.seed)
    db.dispose()
    print(_("Parc de démonstration écrit dans {path}").format(path=path))
    for username, password, full_name, role in DEMO_ACCOUNTS:
        print(f"  {username:<12} {password:<15} {full_name} ({role.value})")
    return 0


def _audit_verify(args: argparse.Namespace) -> int:
    report = open_services(args).audit.verify_chain()
    print(report.describe(), file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 4


def _backup(args: argparse.Namespace) -> int:
    print(_("Sauvegarde : {path}").format(path=open_services(args).backups.back_up_now(cli_actor())))
    return 0


def _directory_import(args: argparse.Namespace) -> int:
    services = open_services(args)
    result = services.directory.import_csv(cli_actor(), args.file)
    print(_("{tenants} sociétés créées, {employees} salariés ajoutés, {updated} mis à jour.").format(
        tenants=result.tenants, employees=result.employees, updated=result.updated))
    return 0
