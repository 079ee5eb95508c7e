"""`reception agreements`: a visit's signed agreement as PDF, and the texts visitors sign (show, publish)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from reception.cli.common import cli_actor, open_services
from reception.core.i18n import VISITOR_LANGUAGES, _
from reception.core.models.visits import VISIT_TYPES
from reception.printing.agreement_pdf import render_pdf

EXIT_UNWRITABLE = 2
"""The output file could not be written (a missing folder, no permission): a usage problem, said in one line."""


def register(commands: Any) -> None:
    agreements = commands.add_parser("agreements", help=_("accords signés par les visiteurs"))
    sub = agreements.add_subparsers(dest="agreements_command", required=True)
    export = sub.add_parser("export", help=_("écrit l'accord signé d'une visite en PDF"))
    export.add_argument("--visit", required=True, metavar="ID", help=_("identifiant de la visite"))
    export.add_argument("--out", required=True, type=Path, metavar=_("FICHIER.pdf"))
    export.set_defaults(handler=_export)
    show = sub.add_parser("show", help=_("affiche la version en vigueur d'un texte et son empreinte SHA-256"))
    _text_options(show)
    show.set_defaults(handler=_show)
    publish = sub.add_parser("publish", help=_("publie une nouvelle version d'un texte (tous signent à nouveau)"))
    _text_options(publish)
    publish.add_argument("--title", required=True, help=_("titre du texte"))
    publish.add_argument("--text", required=True, type=Path, metavar=_("FICHIER.txt"), help=_("le texte, en UTF-8"))
    publish.set_defaults(handler=_publish)


def _text_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--type", required=True, choices=list(VISIT_TYPES), dest="visit_type",
                        help=_("type de visite"))
    parser.add_argument("--language", required=True, choices=list(VISITOR_LANGUAGES), help=_("langue du texte"))


def _export(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        render_pdf(services.agreements, cli_actor(), args.visit, args.out, services.site.info().site_name)
    except OSError as exc:
        print(_("Erreur : impossible d'écrire {path} ({why}).").format(path=args.out, why=exc.strerror or exc),
              file=sys.stderr)
        return EXIT_UNWRITABLE
    print(_("Accord signé de la visite écrit dans {path}").format(path=args.out))
    return 0


def _show(args: argparse.Namespace) -> int:
    text = open_services(args).agreements.text_for(args.visit_type, args.language)
    print(_("{title} — version {version}, SHA-256 {sha256}").format(title=text.title, version=text.version,
                                                                   sha256=text.sha256))
    return 0


def _publish(args: argparse.Namespace) -> int:
    try:
        body = args.text.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(_("Erreur : impossible de lire {path} ({why}).").format(
            path=args.text, why=getattr(exc, "strerror", None) or exc), file=sys.stderr)
        return EXIT_UNWRITABLE
    text = open_services(args).agreements.publish(cli_actor(), args.visit_type, args.language, args.title, body)
    print(_("{title} — version {version} publiée, SHA-256 {sha256}").format(title=text.title, version=text.version,
                                                                           sha256=text.sha256))
    return 0
