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
    "from": "premier jour (AAAA-MM-JJ ou JJ/MM/AAAA)",
    "to": "dernier jour (AAAA-MM-JJ ou JJ/MM/AAAA)",
    "date": "le jour (AAAA-MM-JJ ou JJ/MM/AAAA)",
    "month": "le mois (AAAA-MM)",
    "tenant": "société (nom ou partie du nom)",
    "room": "salle (nom)",
    "session": "numéro de session de caisse",
    "site": "code du site (CAS...)",
    "desk": "code du poste (CAS-A1...)",
    "user": "identifiant de l'utilisateur",
    "action": "action du journal (auth.login, ou un préfixe comme visits.)",
    "type": "type : objet du journal (users, visits...) ou type de visite",
}
_METAVARS = {"from": "D", "to": "D", "date": "D", "month": "AAAA-MM", "tenant": "NOM", "room": "NOM",
             "session": "N", "site": "CODE", "desk": "CODE", "user": "NOM"}


def register(commands: Any) -> None:
    kinds = sorted(load_report_kinds().values(), key=lambda k: (k.group, k.key))
    listing = "\n".join(f"  {k.key:<22} {k.title} ({k.group})" for k in kinds)
    report = commands.add_parser(
        "report", help="rapports en PDF, CSV ou XLSX", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Produit un rapport ; le format suit l'extension de --out (.pdf, .csv, .xlsx).",
        epilog=f"rapports disponibles :\n{listing}")
    sub = report.add_subparsers(dest="report_kind", required=True, metavar="RAPPORT")
    for kind in kinds:
        parser = sub.add_parser(kind.key, help=kind.title, description=kind.description or kind.title)
        for name in kind.params:
            parser.add_argument(f"--{name}", dest=f"param_{name}", metavar=_METAVARS.get(name, "TEXTE"),
                                type=parse_day if name in ("from", "to", "date") else str,
                                help=_OPTION_HELP.get(name, PARAM_LABELS.get(name, name).lower()))
        if kind.writes_folder:
            parser.add_argument("--out", required=True, type=Path, metavar="DOSSIER",
                                help="dossier où écrire la synthèse et un PDF par société")
            parser.set_defaults(handler=_run_into_folder)
        else:
            parser.add_argument("--out", required=True, type=Path, help="fichier à écrire (.pdf, .csv ou .xlsx)")
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
        print(f"--out doit être un dossier : {args.out}", file=sys.stderr)
        return 2
    services, run = _report_run(args)
    written = write_report_files(args.report_kind, run.data, cli_actor().full_name, services.clock.now(),
                                 args.out, run.params.options.get("month", ""))
    print(f"{run.data.title} : {written.summary}")
    print(f"{len(written.parts)} PDF dans {args.out}")
    return 0


def _run(args: argparse.Namespace) -> int:
    fmt = args.out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        print(f"Format non pris en charge : {args.out.suffix or '(aucun)'} (attendu .pdf, .csv ou .xlsx)",
              file=sys.stderr)
        return 2
    services, run = _report_run(args)
    meta = report_meta(run.data, cli_actor().full_name, services.clock.now())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(render_as(fmt, args.report_kind, run.data, meta))
    print(f"{run.data.title} : {args.out}")
    return 0
