"""Today's overview ("Accueil"): figures that each capability contributes through a provider.

A capability registers a provider at import time; the home page shows what the actor may see.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reception.core.clock import Clock
from reception.core.database import Database
from reception.core.i18n import _, ngettext
from reception.core.models import Employee, Tenant
from reception.core.services.permissions import Actor, Permission


@dataclass(frozen=True)
class Figure:
    """One tile on Accueil: a label, a value, a line of detail and whether it needs attention.

    `target` is where clicking the tile leads: a page key of the navigation ("visitors", "rooms", ...) or
    "digest" for today's stored digest; empty for a tile that only informs.
    """

    key: str
    label: str
    value: str
    detail: str = ""
    alert: bool = False
    target: str = ""


Provider = Callable[[Session, Clock], list[Figure]]
_PROVIDERS: list[tuple[Permission, Provider]] = []


def register(permission: Permission, provider: Provider) -> None:
    _PROVIDERS.append((permission, provider))


def _directory(session: Session, _clock: Clock) -> list[Figure]:
    tenants = session.scalar(select(func.count()).select_from(Tenant).where(Tenant.active)) or 0
    employees = session.scalar(select(func.count()).select_from(Employee).where(Employee.active)) or 0
    if tenants == 0:  # a fresh desk: what to do first
        return [Figure("directory.tenants", _("Sociétés hébergées"), "0",
                       _("Annuaire vide : importez-le dans Paramètres › Annuaire (administrateur)."), alert=True,
                       target="settings")]
    return [Figure("directory.tenants", _("Sociétés hébergées"), str(tenants),
                   ngettext("{count} salarié", "{count} salariés", employees).format(count=employees))]


register(Permission.DIRECTORY_VIEW, _directory)


class OverviewService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def figures(self, actor: Actor) -> list[Figure]:
        """All tiles the actor may see, read in one snapshot."""
        with self.db.read() as session:
            return [f for perm, provider in _PROVIDERS if actor.can(perm) for f in provider(session, self.clock)]
