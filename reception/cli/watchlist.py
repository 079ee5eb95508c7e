"""`reception watchlist list|add|edit|expire|import`: the watch list kept from the command line.

The same services and rules as Paramètres › Liste de vigilance; `list` states the matching rules first.
An entry is named by its id or the first characters of it (as `list` prints them).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from reception.cli.common import cli_actor, open_services, parse_day
from reception.core import formats
from reception.core.clock import local_today
from reception.core.errors import NotFound
from reception.core.i18n import _
from reception.core.services.container import Services
from reception.core.services.visits_types import WatchEntryForm, WatchEntryRow
from reception.core.services.visits_watchlist import matching_rules
from reception.core.services.watchlist_import import WATCHLIST_HEADER

ID_SHOWN = 8


def register(commands: Any) -> None:
    watchlist = commands.add_parser("watchlist", help=_("liste de vigilance (responsables)"))
    sub = watchlist.add_subparsers(dest="watchlist_command", required=True)
    listing = sub.add_parser("list", help=_("les entrées et les règles de comparaison"))
    listing.add_argument("--all", action="store_true", help=_("avec les entrées retirées"))
    listing.set_defaults(handler=_list)
    add = sub.add_parser("add", help=_("ajoute une personne"))
    _entry_options(add, required=True)
    add.set_defaults(handler=_add)
    edit = sub.add_parser("edit", help=_("modifie une entrée (les options omises gardent leur valeur)"))
    edit.add_argument("entry", metavar="ID", help=_("identifiant (ou son début) affiché par « list »"))
    _entry_options(edit, required=False)
    edit.add_argument("--no-end", action="store_true", help=_("retire la date de fin"))
    edit.set_defaults(handler=_edit)
    expire = sub.add_parser("expire", help=_("met fin à une entrée (hier par défaut : elle ne s'applique plus)"))
    expire.add_argument("entry", metavar="ID", help=_("identifiant (ou son début) affiché par « list »"))
    expire.add_argument("--last-day", type=parse_day, metavar="D", help=_("dernier jour où elle s'applique"))
    expire.set_defaults(handler=_expire)
    imports = sub.add_parser("import", help=_("importe un fichier CSV ({header})").format(header=WATCHLIST_HEADER))
    imports.add_argument("file", type=Path, metavar=_("FICHIER.csv"))
    imports.set_defaults(handler=_import)


def _entry_options(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument("--last-name", required=required, metavar=_("NOM"))
    parser.add_argument("--first-name", metavar=_("PRÉNOM"))
    parser.add_argument("--id-number", metavar=_("PIÈCE"), help=_("numéro de pièce d'identité"))
    parser.add_argument("--reason", required=required, metavar=_("MOTIF"))
    parser.add_argument("--until", type=parse_day, metavar="D", help=_("dernier jour où elle s'applique"))


def _status(entry: WatchEntryRow, today: date) -> str:
    if not entry.active:
        return _("retirée")
    if entry.until is None:
        return _("sans fin")
    if entry.until < today:
        return _("terminée le {day}").format(day=formats.day(entry.until))
    return _("jusqu'au {day}").format(day=formats.day(entry.until))


def _list(args: argparse.Namespace) -> int:
    services = open_services(args)
    entries = services.visits.watchlist(cli_actor(), include_inactive=args.all)
    print(_("Règles de comparaison :"))
    for rule in matching_rules():
        print(f"  - {rule}")
    today = local_today(services.visits.clock)
    for e in entries:
        name = f"{e.last_name} {e.first_name}".strip()
        print(f"{e.id[:ID_SHOWN]}  {name}  {e.id_number or '-'}  {e.reason}  ({_status(e, today)})")
    print(_("{n} entrée(s).").format(n=len(entries)))
    return 0


def _find(services: Services, start: str) -> WatchEntryRow:
    matches = [e for e in services.visits.watchlist(cli_actor(), include_inactive=True) if e.id.startswith(start)]
    if len(matches) != 1:
        raise NotFound(_("Aucune entrée ne commence par « {id} ».").format(id=start) if not matches else
                       _("Plusieurs entrées commencent par « {id} » : donnez plus de caractères.").format(id=start))
    return matches[0]


def _add(args: argparse.Namespace) -> int:
    services = open_services(args)
    form = WatchEntryForm(args.last_name, args.first_name or "", args.id_number or "", args.reason, args.until)
    entry = services.visits.watchlist_add(cli_actor(), form)
    print(_("Ajoutée : {id} {name}.").format(id=entry.id[:ID_SHOWN], name=entry.last_name))
    return 0


def _edit(args: argparse.Namespace) -> int:
    services = open_services(args)
    entry = _find(services, args.entry)
    until = None if args.no_end else (args.until or entry.until)
    form = WatchEntryForm(
        args.last_name or entry.last_name, entry.first_name if args.first_name is None else args.first_name,
        entry.id_number if args.id_number is None else args.id_number, args.reason or entry.reason, until)
    services.visits.watchlist_update(cli_actor(), entry.id, form)
    print(_("Modifiée : {id}.").format(id=entry.id[:ID_SHOWN]))
    return 0


def _expire(args: argparse.Namespace) -> int:
    services = open_services(args)
    entry = services.visits.watchlist_expire(cli_actor(), _find(services, args.entry).id, args.last_day)
    print(_("Terminée : {id}, dernier jour le {day}.").format(id=entry.id[:ID_SHOWN],
                                                              day=formats.day(entry.until or date.today())))
    return 0


def _import(args: argparse.Namespace) -> int:
    """Exit 0 when every line was added, 1 when some were refused (each printed with its reason)."""
    services = open_services(args)
    report = services.visits.watchlist_import(cli_actor(), args.file)
    print(_("{n} personne(s) ajoutée(s).").format(n=report.added))
    for line in report.refused:
        print(_("Ligne {line} refusée : {reason} [{text}]").format(line=line.line, reason=line.reason,
                                                                  text=line.text))
    return 1 if report.refused else 0
