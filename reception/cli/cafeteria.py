"""Cafeteria commands the generic `reception report` does not cover: redeeming a voucher, reprinting a
receipt, printing a sale's vouchers on an A4 sheet, and where the site's voucher key file lives.

The Z, X, sales, statement, outstanding and variances reports are `reception report KIND`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from reception.cli.common import cli_actor, open_services
from reception.core.i18n import _
from reception.core.services.vouchers import VoucherRefused
from reception.printing.cafeteria_receipt import receipt_pdf
from reception.printing.cafeteria_sheets import vouchers_sheet_pdf

EXIT_VOUCHER_REFUSED = 4


def register(commands: Any) -> None:
    vouchers = commands.add_parser("vouchers", help=_("bons de cafétéria"))
    sub = vouchers.add_subparsers(dest="vouchers_command", required=True)
    redeem = sub.add_parser("redeem", help=_("marque un bon utilisé (code tapé ou contenu du QR)"))
    redeem.add_argument("code", help=_("ABCDE-FGHJK-M, ou le texte lu dans le QR"))
    redeem.set_defaults(handler=_redeem)
    sheet = sub.add_parser("sheet", help=_("imprime les bons d'une vente sur une feuille A4 avec traits de coupe"))
    sheet.add_argument("receipt", help=_("numéro du ticket, par exemple A1-000123"))
    sheet.add_argument("--out", required=True, type=Path)
    sheet.set_defaults(handler=_sheet)
    key = sub.add_parser("key", help=_("affiche le fichier de clé des bons du site (à copier sur chaque poste)"))
    key.set_defaults(handler=_key)

    cafeteria = commands.add_parser("cafeteria", help=_("cafétéria : tickets"))
    caf_sub = cafeteria.add_subparsers(dest="cafeteria_command", required=True)
    receipt = caf_sub.add_parser("receipt", help=_("réimprime un ticket (duplicata) en PDF 80 mm"))
    receipt.add_argument("receipt", help=_("numéro du ticket, par exemple A1-000123"))
    receipt.add_argument("--out", required=True, type=Path)
    receipt.set_defaults(handler=_receipt)


def _redeem(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        done = services.cafeteria.redeem(cli_actor(), args.code)
    except VoucherRefused as refused:
        print(_("Refusé : {message}").format(message=refused.message))
        return EXIT_VOUCHER_REFUSED
    print(_("Bon {label} accepté au poste {desk}.").format(label=done.label, desk=done.desk_code))
    return 0


def _receipt(args: argparse.Namespace) -> int:
    services = open_services(args)
    receipt = services.cafeteria.receipt(cli_actor(), args.receipt)
    args.out.write_bytes(receipt_pdf(receipt, services.site.info(), duplicate=True))
    print(_("Ticket {number} : {out}").format(number=receipt.receipt_number, out=args.out))
    return 0


def _sheet(args: argparse.Namespace) -> int:
    services = open_services(args)
    receipt = services.cafeteria.receipt(cli_actor(), args.receipt)
    args.out.write_bytes(vouchers_sheet_pdf(receipt.vouchers, receipt.receipt_number, services.site.info()))
    print(_("{count} bons du ticket {number} : {out}").format(count=len(receipt.vouchers),
                                                            number=receipt.receipt_number, out=args.out))
    return 0


def _key(args: argparse.Namespace) -> int:
    print(open_services(args).cafeteria.site_key_path())
    return 0
