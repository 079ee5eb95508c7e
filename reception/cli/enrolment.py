"""`reception enrol --central ADDRESS --code CODE`: a new desk joins the network with head office's code.

Exit codes: 0 enrolled and the site downloaded (10 with conflicts), 20 code unknown or mistyped, 21 code
already used, 22 code expired, 14 central unreachable (the code is not used up), 15 this desk already synced
under another name, 1 no credential store, 2 an unreadable address; once enrolled, a first sync that stops
gives the sync's own code (docs/sync.md).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from reception.cli.common import EXIT_USAGE
from reception.core.clock import SystemClock
from reception.core.database import open_for_startup
from reception.core.enrolment import AlreadySynced
from reception.core.errors import ValidationError
from reception.core.i18n import _
from reception.core.paths import database_path
from reception.core.services.container import Services
from reception.sync.engine import EXIT_IDENTITY
from reception.sync.enrolment import EXIT_CODE_UNKNOWN, EnrolmentRefused
from reception.sync.join import join


def register(commands: Any) -> None:
    enrol = commands.add_parser("enrol", help=_("inscrit ce poste auprès de la base centrale avec le code du siège"))
    enrol.add_argument("--central", required=True, help=_("adresse de la base centrale (serveur:5432/base)"))
    enrol.add_argument("--code", required=True, help=_("code d'inscription donné par le siège (XXXX-XXXX-XXXX-XXXX)"))
    enrol.set_defaults(handler=_enrol)


def _enrol(args: argparse.Namespace) -> int:
    path = database_path(args.db)
    created = not path.exists()
    db, _report = open_for_startup(path, may_create=True)  # a new desk starts from nothing
    refusal: EnrolmentRefused | ValidationError | AlreadySynced | None = None
    try:
        joined = join(Services(db, SystemClock()), args.central, args.code, progress=print)
    except (EnrolmentRefused, ValidationError, AlreadySynced) as exc:
        refusal = exc
    finally:
        db.dispose()
    if refusal is not None:
        print(_("Refusé : {message}").format(message=refusal.message), file=sys.stderr)
        if created:  # refused before anything was written: no empty database left behind
            for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)
        return _refusal_code(refusal)
    report = joined.first_sync
    if not joined.ready:
        print(_("Poste {desk} (site {site}) inscrit, mais la première synchronisation s'est arrêtée : {reason}").format(
            desk=joined.desk_code, site=joined.site_code, reason=report.message), file=sys.stderr)
        return report.outcome
    print(_("Poste {desk} (site {site}) inscrit et prêt : {summary}").format(
        desk=joined.desk_code, site=joined.site_code, summary=report.summary()))
    return report.outcome


def _refusal_code(exc: Exception) -> int:
    if isinstance(exc, EnrolmentRefused):
        return exc.outcome
    if isinstance(exc, ValidationError):
        return EXIT_CODE_UNKNOWN if "code" in exc.errors else EXIT_USAGE
    return EXIT_IDENTITY
