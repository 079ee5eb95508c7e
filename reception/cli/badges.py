"""`reception badges`: pre-registers an event's guest list and writes all their badges in one PDF.

The badges carry the codes reserved at pre-registration, so the check-in of each guest (one by one or as a
group) uses the very badge printed beforehand, and scanning it checks the guest out.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from reception.cli.common import cli_actor, host_by_email, open_services, parse_day
from reception.core import formats
from reception.core.clock import local_today
from reception.core.i18n import _
from reception.printing.badges import MEDIA, BadgeInfo, BadgeSetup


def register(commands: Any) -> None:
    badges = commands.add_parser("badges", help=_("pré-enregistre une liste d'invités et écrit leurs badges (PDF)"))
    badges.add_argument("--guest-list", type=Path, required=True, metavar=_("FICHIER.csv"),
                        help=_("colonnes nom;prenom;organisation;email;telephone"))
    badges.add_argument("--out", type=Path, required=True, metavar=_("FICHIER.pdf"))
    badges.add_argument("--media", choices=list(MEDIA), help=_("format des badges (sinon celui des paramètres)"))
    badges.add_argument("--date", type=parse_day, help=_("jour de l'événement (par défaut aujourd'hui)"))
    badges.add_argument("--event", help=_("nom de l'événement (par défaut le nom du fichier)"))
    badges.add_argument("--host-email", required=True, help=_("e-mail de la personne qui reçoit les invités"))
    badges.set_defaults(handler=_badges)


def _badges(args: argparse.Namespace) -> int:
    services = open_services(args)
    actor = cli_actor()
    host_id = host_by_email(services, actor, args.host_email)
    day = args.date or local_today(services.clock)
    event = args.event or args.guest_list.stem
    guests = services.visits.import_guest_list(actor, args.guest_list, day, event, host_id)
    setup = BadgeSetup.from_settings(services.settings.all())
    if args.media:
        setup = BadgeSetup(args.media, setup.offset_mm, setup.printer)
    site = services.site.info().site_name
    args.out.write_bytes(setup.pdf([BadgeInfo.of(guest, site) for guest in guests]))
    print(_("{count} invités pré-enregistrés pour « {event} » le {day} ; badges ({media}) dans {out} ; "
            "{invitations} invitation(s) en file d'envoi").format(
        count=len(guests), event=event, day=formats.day(day), media=MEDIA[setup.media].label, out=args.out,
        invitations=sum(1 for g in guests if g.invitation)))
    return 0
