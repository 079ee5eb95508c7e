"""Joining the network: a new desk becomes the desk head office created, with the code it printed.

What can be refused without using the code up is refused first (a mistyped code or address, a desk that has
already synced under another name, no credential store); then the code is redeemed (once), the desk takes its
site and desk codes (core/enrolment.py), its password goes to the credential store and the URL without it to
the settings, and a first sync brings the site down (desks, users, tenants and employees, rooms, prices,
watch list); the first desk of a new site brings its Site and Desk rows instead. The CLI (`reception enrol`)
and the first-start dialog both call `join`, the dialog off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reception.core.credentials import require_store
from reception.core.enrolment import enrol, ensure_may_enrol
from reception.core.errors import ValidationError
from reception.core.i18n import _
from reception.core.services.container import Services
from reception.core.services.permissions import SYSTEM
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


def join(services: Services, address: str, code: str, progress: Progress = lambda _text: None) -> Joined:
    db, clock = services.db, services.clock
    check_typing(address, code)
    ensure_may_enrol(db)
    require_store()
    progress(_("Vérification du code d'inscription…"))
    redeemed = redeem(address, code)
    site, desk = redeemed.site_code, redeemed.desk_code
    progress(_("Inscription du poste {desk} (site {site})…").format(desk=desk, site=site))
    enrol(db.path, site, desk)
    services.settings.update(SYSTEM, {"sync.central_url": redeemed.url}, at=clock.now())  # password to the store
    progress(_("Téléchargement du site (postes, comptes, entreprises, salles, prix, liste de vigilance)…"))
    report = SyncEngine(db, redeemed.url, clock, trigger="enrolment", progress=progress).run()
    if report.outcome in (EXIT_OK, EXIT_CONFLICTS):
        # the first desk of a new site found no Site or Desk row at central: it brings them (named by their
        # codes until Paramètres says better), and its first administrator is created at the first start
        services.site.ensure(site, site, "", desk, desk)
    return Joined(site, desk, redeemed.role, report)
