"""`reception sync` (for cron, systemd timers, the Windows Task Scheduler) and `reception central ...`.

Exit codes of `reception sync`: 0 ok, 10 done with conflicts, 11 update required, 12 already running,
13 integrity failure, 14 network failure, 15 this PC is configured as another desk than its central login,
16 the desk and central differ (--verify), 17 password refused by central, 18 this console is older than
central accepts (2 when no central URL is known or it is no PostgreSQL URL).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from reception.cli.common import EXIT_USAGE, open_services
from reception.core.clock import SystemClock
from reception.core.enrolment import enrol
from reception.core.errors import DomainError
from reception.core.formats import moment
from reception.core.i18n import _
from reception.sync.central import DEFAULT_CODE_HOURS, add_desk, init_central, normalise_url
from reception.sync.engine import EXIT_CONFLICTS, EXIT_IDENTITY, EXIT_OK, run_sync
from reception.sync.enrolment import central_address, shown_address
from reception.sync.enrolment_code import shown
from reception.sync.verify import FULL, QUICK
from reception.sync.versions import require_version

EXIT_NO_URL = EXIT_USAGE


def register(commands: Any) -> None:
    sync = commands.add_parser("sync", help=_("synchronise ce poste avec la base centrale"))
    sync.add_argument("--central", help=_("URL de la base centrale (sinon le paramètre sync.central_url)"))
    sync.add_argument("--initial-load", action="store_true",
                      help=_("envoie d'abord tout l'historique du poste (premier envoi d'un poste existant)"))
    sync.add_argument("--verify", nargs="?", const=QUICK, default="", choices=(QUICK, FULL),
                      help=_("vérifie ensuite que la base centrale contient exactement les données du poste "
                             "(quick : nombres et versions, la nuit ; full : empreinte de chaque ligne)"))
    sync.set_defaults(handler=_sync)

    central = commands.add_parser("central", help=_("base centrale (PostgreSQL) ; désignée par --url, pas --db"),
                                  local_database=False)
    central_commands = central.add_subparsers(dest="central_command", required=True)
    init = central_commands.add_parser("init", help=_("crée ou met à jour la base centrale"), local_database=False)
    init.add_argument("--url", required=True, help=_("postgresql://admin:motdepasse@serveur/base"))
    init.set_defaults(handler=_central_init)
    desk = central_commands.add_parser("add-desk", help=_("crée le rôle PostgreSQL d'un poste"), local_database=False)
    desk.add_argument("--url", required=True, help=_("URL administrateur de la base centrale"))
    desk.add_argument("--site", required=True, help=_("code du site (ex. CAS)"))
    desk.add_argument("--desk", required=True, help=_("code du poste (ex. CAS-A2)"))
    desk.add_argument("--name", default="", help=_("nom du poste"))
    desk.add_argument("--db", dest="desk_db", type=Path, default=None,
                      help=_("base du poste à inscrire : y écrit son site et son code de poste"))
    desk.add_argument("--valid-hours", type=int, default=DEFAULT_CODE_HOURS,
                      help=_("durée de validité du code d'inscription, en heures (défaut {hours})").format(
                          hours=DEFAULT_CODE_HOURS))
    desk.set_defaults(handler=_central_add_desk)
    minimum = central_commands.add_parser("require-version", local_database=False,
                                          help=_("refuse désormais les envois des consoles plus anciennes"))
    minimum.add_argument("--url", required=True, help=_("URL administrateur de la base centrale"))
    minimum.add_argument("version", help=_("version minimale des postes (ex. 1.2.0)"))
    minimum.set_defaults(handler=_central_require_version)


def _sync(args: argparse.Namespace) -> int:
    services = open_services(args)
    url = args.central or services.settings.central_url()
    if not url:
        print(_("Aucune base centrale : indiquez --central URL ou le paramètre sync.central_url."), file=sys.stderr)
        return EXIT_NO_URL
    normalise_url(url)  # an unusable URL is said before anything is opened or backed up
    services.db.dispose()
    report = run_sync(services.db.path, url, SystemClock(), trigger="cli", initial_load=args.initial_load,
                      verify=args.verify)
    if report.warning:
        print(_("Attention : {warning}").format(warning=report.warning), file=sys.stderr)
    ok = report.outcome in (EXIT_OK, EXIT_CONFLICTS)
    print(report.summary() if ok else _("Synchronisation interrompue : {message}").format(message=report.message),
          file=sys.stdout if ok else sys.stderr)
    return report.outcome


def _central_init(args: argparse.Namespace) -> int:
    init_central(args.url)
    print(_("Base centrale prête."))
    return 0


def _central_add_desk(args: argparse.Namespace) -> int:
    if args.desk_db is not None:
        try:
            enrol(args.desk_db, args.site, args.desk)
        except DomainError as exc:
            print(str(exc), file=sys.stderr)
            return EXIT_IDENTITY
        print(_("Poste inscrit : {desk} (site {site}) dans {file}").format(desk=args.desk, site=args.site,
                                                                       file=args.desk_db))
    if args.valid_hours < 1:
        print(_("Refusé : --valid-hours doit valoir au moins 1."), file=sys.stderr)
        return EXIT_USAGE
    credentials = add_desk(args.url, args.site, args.desk, args.name, args.valid_hours)
    address = shown_address(central_address(args.url))
    code = shown(credentials.code)
    print(_("Rôle PostgreSQL du poste : {role}").format(role=credentials.role))
    print(_("Adresse de la base centrale : {address}").format(address=address))
    print(_("Code d'inscription (une seule fois, valable jusqu'au {moment}) : {code}").format(
        moment=moment(credentials.expires_at), code=code))
    print(_("Sur le poste : « Rejoindre le réseau » au premier démarrage, ou reception enrol --central "
            "{address} --code {code}").format(address=address, code=code))
    return 0


def _central_require_version(args: argparse.Namespace) -> int:
    require_version(args.url, args.version)
    print(_("La base centrale refuse désormais les envois des consoles antérieures à la version {version}.").format(
        version=args.version))
    return 0
