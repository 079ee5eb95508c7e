"""Joining the network: a new desk becomes the desk head office created, with the code it printed.

What can be refused without using the code up is refused first (a mistyped code or address, a desk that has
already synced under another name, no credential store); then the code is redeemed (once), the desk takes its
site and desk codes (core/enrolment.py), its password goes to the credential store and the URL without it to
the settings, and a first sync brings the site down (desks, users, tenants and employees, rooms, prices,
watch list). The CLI (`reception enrol`) and the first-start dialog both call `join`, the dialog off the GUI
thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reception.core.clock import Clock
from reception.core.credentials import require_store
from reception.core.database import Database
from reception.core.enrolment import enrol, ensure_may_enrol
from reception.core.errors import ValidationError
from reception.core.i18n import _
from reception.core.services.permissions import SYSTEM
from reception.core.services.settings import SettingsService
from reception.sync.engine import EXIT_CONFLICTS, EXIT_OK, SyncEngine, SyncReport
from reception.sync.enrolment import central_address, redeem
from reception.sync.enrolment_code import normalise_code

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Joined:
    site_code: str
    desk_code: str
    role: str
    first_sync: SyncReport

    @property
    def ready(self) -> bool:
        return self.first_sync.outcome in (EXIT_OK, EXIT_CONFLICTS)


def check_typing(address: str, code: str) -> None:
    """Both fields at once, so the form shows every mistake together."""
    errors: dict[str, str] = {}
    for check in (lambda: central_address(address), lambda: normalise_code(code)):
        try:
            check()
        except ValidationError as exc:
            errors.update(exc.errors)
    if errors:
        raise ValidationError(errors)


def join(db: Database, settings: SettingsService, address: str, code: str, clock: Clock,
         progress: Progress = lambda _text: None) -> Joined:
    check_typing(address, code)
    ensure_may_enrol(db)
    require_store()
    progress(_("Vérification du code d'inscription…"))
    redeemed = redeem(address, code)
    progress(_("Inscription du poste {desk} (site {site})…").format(desk=redeemed.desk_code,
                                                                   site=redeemed.site_code))
    enrol(db.path, redeemed.site_code, redeemed.desk_code)
    settings.update(SYSTEM, {"sync.central_url": redeemed.url}, at=clock.now())  # the password to the store
    progress(_("Téléchargement du site (postes, comptes, entreprises, salles, prix, liste de vigilance)…"))
    report = SyncEngine(db, redeemed.url, clock, trigger="enrolment", progress=progress).run()
    return Joined(redeemed.site_code, redeemed.desk_code, redeemed.role, report)
