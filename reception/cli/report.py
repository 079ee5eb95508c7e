"""`reception report KIND [options] --out FILE.pdf|.csv|.xlsx`: every registered report kind, from the shell.

The sub-commands are built from the report registry, so a kind an area registers appears here with its own
options. Reports run as the system actor (whoever holds the database file).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from reception.cli.common import cli_actor, open_services, parse_day
from reception.core.i18n import N_, _
from reception.core.services.container import Services
from reception.core.services.reports import (
    PARAM_LABELS,
    ReportRun,
    load_report_kinds,
    make_params,
    resolve_options,
)
from reception.printing.exports import FORMATS, render_as
from reception.printing.report_files import write_report_files
from reception.printing.reports import report_meta

_OPTION_HELP = {
    "from": N_("premier jour (AAAA-MM-JJ ou JJ/MM/AAAA)"),
    "to": N_("dernier jour (AAAA-MM-JJ ou JJ/MM/AAAA)"),
    "date": N_("le jour (AAAA-MM-JJ ou JJ/MM/AAAA)"),
    "month": N_("le mois (AAAA-MM)"),
    "tenant": N_("société (nom ou partie du nom)"),
    "room": N_("salle (nom)"),
    "session": N_("numéro de session de caisse"),
    "site": N_("code du site (CAS...)"),
    "desk": N_("code du poste (CAS-A1...)"),
    "user": N_("identifiant de l'utilisateur"),
    "action": N_("action du journal (auth.login, ou un préfixe comme visits.)"),
    "type": N_("type : objet du journal (users, visits...) ou type de visite"),
}
_METAVARS = {"from": "D", "to": "D", "date": "D", "month": N_("AAAA-MM"), "tenant": N_("NOM"), "room": N_("NOM"),
             "session": "N", "site": "CODE", "desk": "CODE", "user": N_("NOM")}
TEXT_METAVAR = N_("TEXTE")


def register(commands: Any) -> None:
    kinds = sorted(load_report_kinds().values(), key=lambda k: (k.group, k.key))
    listing = "\n".join(f"  {k.key:<22} {k.title} ({k.group})" for k in kinds)
    report = commands.add_parser(
        "report", help=_("rapports en PDF, CSV ou XLSX"), formatter_class=argparse.RawDescriptionHelpFormatter,
        description=_("Produit un rapport ; le format suit l'extension de --out (.pdf, .csv, .xlsx)."),
        epilog=_("rapports disponibles :") + f"\n{listing}")
    sub = report.add_subparsers(dest="report_kind", required=True, metavar=_("RAPPORT"))
    for kind in kinds:
        parser = sub.add_parser(kind.key, help=kind.title, description=kind.description or kind.title)
        for name in (*kind.params, *kind.cli_params):
            parser.add_argument(f"--{name}", dest=f"param_{name}", metavar=_(_METAVARS.get(name, TEXT_METAVAR)),
                                type=parse_day if name in ("from", "to", "date") else str,
                                help=_(_OPTION_HELP[name]) if name in _OPTION_HELP
                                else PARAM_LABELS.get(name, name).lower())
        if kind.writes_folder:
            parser.add_argument("--out", required=True, type=Path, metavar=_("DOSSIER"),
                                help=_("dossier où écrire la synthèse et un PDF par société"))
            parser.set_defaults(handler=_run_into_folder)
        else:
            parser.add_argument("--out", required=True, type=Path, help=_("fichier à écrire (.pdf, .csv ou .xlsx)"))
            parser.set_defaults(handler=_run)


def report_services(args: argparse.Namespace) -> Services:
    """The one place the report command gets its database (the sync engineer may route URLs here)."""
    return open_services(args)


def _report_run(args: argparse.Namespace) -> tuple[Services, ReportRun]:
    services = report_services(args)
    values = {k.removeprefix("param_"): v for k, v in vars(args).items() if k.startswith("param_")}
    params = resolve_options(services.db, make_params(values))
    return services, services.reports.run(cli_actor(), args.report_kind, params)


def _run_into_folder(args: argparse.Namespace) -> int:
    """The summary and one PDF per part (each company's statement) written into the --out folder."""
    if args.out.exists() and not args.out.is_dir():
        print(_("--out doit être un dossier : {out}").format(out=args.out), file=sys.stderr)
        return 2
    services, run = _report_run(args)
    written = write_report_files(args.report_kind, run.data, cli_actor().full_name, services.clock.now(),
                                 args.out, run.params.options.get("month", ""))
    print(_("{title} : {out}").format(title=run.data.title, out=written.summary))
    print(_("{count} PDF dans {folder}").format(count=len(written.parts), folder=args.out))
    return 0


def _run(args: argparse.Namespace) -> int:
    fmt = args.out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        print(_("Format non pris en charge : {suffix} (attendu .pdf, .csv ou .xlsx)").format(
            suffix=args.out.suffix or _("(aucun)")),
              file=sys.stderr)
        return 2
    services, run = _report_run(args)
    meta = report_meta(run.data, cli_actor().full_name, services.clock.now())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(render_as(fmt, args.report_kind, run.data, meta))
    print(_("{title} : {out}").format(title=run.data.title, out=args.out))
    return 0
