"""Visitor jobs for cron or the Task Scheduler: the retention purge, the automatic check-out, the mail queue;
and the pre-registration of one guest (their invitation is queued, `reception mail send` sends it)."""

from __future__ import annotations

import argparse
from typing import Any

from reception.cli.common import cli_actor, host_by_email, open_services, parse_day
from reception.core import formats
from reception.core.clock import local_today
from reception.core.i18n import _
from reception.core.services.visits import CheckInForm

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
    pre = visits_commands.add_parser("preregister", help=_("annonce un visiteur ; avec son e-mail, il reçoit une "
                                                          "invitation dont le QR code l'enregistre à l'accueil"))
    pre.add_argument("--last-name", required=True, help=_("nom"))
    pre.add_argument("--first-name", required=True, help=_("prénom"))
    pre.add_argument("--organisation", default="", help=_("société du visiteur"))
    pre.add_argument("--email", default="", help=_("adresse où envoyer l'invitation"))
    pre.add_argument("--phone", default="", help=_("téléphone"))
    pre.add_argument("--host-email", required=True, help=_("e-mail de la personne visitée (annuaire)"))
    pre.add_argument("--date", type=parse_day, help=_("jour de la visite (par défaut aujourd'hui)"))
    pre.add_argument("--language", choices=("fr", "en"), default="",
                     help=_("langue de l'invitation (par défaut celle du site)"))
    pre.set_defaults(handler=_preregister)

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


def _preregister(args: argparse.Namespace) -> int:
    services = open_services(args)
    actor = cli_actor()
    form = CheckInForm(args.last_name, args.first_name, args.organisation, args.phone, args.email,
                       host_employee_id=host_by_email(services, actor, args.host_email))
    row = services.visits.preregister(actor, form, args.date or local_today(services.clock), language=args.language)
    invitation = _("invitation en file d'envoi (reception mail send)") if row.invitation else _("pas d'invitation")
    print(_("{visitor} attendu(e) le {day} par {host} ; {invitation}.").format(
        visitor=row.visitor_name, day=formats.day(row.day), host=row.host_name, invitation=invitation))
    return 0


def _mail_send(args: argparse.Namespace) -> int:
    report = open_services(args).mail.send_due()
    print(report.describe())
    return 0 if report.retried == 0 and report.failed == 0 else EXIT_MAIL_WAITING
