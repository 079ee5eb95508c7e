"""Visitor jobs for cron or the Task Scheduler: the retention purge, the automatic check-out, the mail queue."""

from __future__ import annotations

import argparse
from typing import Any

from reception.cli.common import cli_actor, open_services
from reception.core.i18n import _

EXIT_MAIL_WAITING = 5
"""Some messages could not leave yet: they stay queued and are retried at the next run."""


def register(commands: Any) -> None:
    purge = commands.add_parser("purge", help=_("anonymise les visites plus anciennes que la durée de conservation"))
    purge.set_defaults(handler=_purge)

    visits = commands.add_parser("visits", help=_("visites"))
    visits_commands = visits.add_subparsers(dest="visits_command", required=True)
    auto = visits_commands.add_parser("auto-checkout",
                                      help=_("clôture les visites encore ouvertes à l'heure de sortie automatique"))
    auto.set_defaults(handler=_auto_checkout)

    mail = commands.add_parser("mail", help=_("messages aux personnes visitées"))
    mail_commands = mail.add_subparsers(dest="mail_command", required=True)
    send = mail_commands.add_parser("send", help=_("envoie les messages en attente (avec nouvelles tentatives)"))
    send.set_defaults(handler=_mail_send)


def _purge(args: argparse.Namespace) -> int:
    services = open_services(args)
    days = services.settings.get("visits.retention_days")
    count = services.visits.purge(cli_actor())
    print(_("{count} visite(s) de plus de {days} jours anonymisée(s).").format(count=count, days=days))
    return 0


def _auto_checkout(args: argparse.Namespace) -> int:
    count = open_services(args).visits.auto_check_out(cli_actor())
    print(_("{count} visite(s) clôturée(s) en « sortie non pointée ».").format(count=count))
    return 0


def _mail_send(args: argparse.Namespace) -> int:
    report = open_services(args).mail.send_due()
    print(report.describe())
    return 0 if report.retried == 0 and report.failed == 0 else EXIT_MAIL_WAITING
