"""`reception rooms export-ics`: a room's or a tenant's bookings as an iCalendar file.

Importing this module also plugs the rooms' special PDF layouts into `reception report`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from reception.cli.common import cli_actor, open_services, parse_day
from reception.core.i18n import _
from reception.core.services.reports import OPTION_RESOLVERS
from reception.printing import rooms_pdf  # noqa: F401  (registers the room-statement layout)


def register(commands: Any) -> None:
    rooms = commands.add_parser("rooms", help=_("salles de réunion"))
    rooms_commands = rooms.add_subparsers(dest="rooms_command", required=True)
    export = rooms_commands.add_parser("export-ics", help=_("exporte les réservations au format iCalendar (.ics)"))
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--room", metavar=_("NOM"), help=_("salle (nom)"))
    target.add_argument("--tenant", metavar=_("NOM"), help=_("société (nom ou partie du nom)"))
    export.add_argument("--from", dest="date_from", required=True, type=parse_day, metavar="D", help=_("premier jour"))
    export.add_argument("--to", dest="date_to", required=True, type=parse_day, metavar="D", help=_("dernier jour"))
    export.add_argument("--out", required=True, type=Path, help=_("fichier .ics à écrire"))
    export.set_defaults(handler=_export_ics)


def _export_ics(args: argparse.Namespace) -> int:
    services = open_services(args)
    with services.db.read() as session:
        room_id = OPTION_RESOLVERS["room"](session, args.room, None) if args.room else None
        tenant_id = OPTION_RESOLVERS["tenant"](session, args.tenant, None) if args.tenant else None
    content = services.rooms.export_ics(cli_actor(), room_id=room_id, tenant_id=tenant_id,
                                        date_from=args.date_from, date_to=args.date_to)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(content)
    print(_("{count} réservation(s) exportée(s) : {out}").format(count=content.count(b"BEGIN:VEVENT"), out=args.out))
    return 0
