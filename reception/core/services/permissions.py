"""Roles and the permission matrix. Services call `require`; the UI only hides what would be refused."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from reception.core.errors import PermissionDenied
from reception.core.i18n import N_, Labels, _


class Role(StrEnum):
    RECEPTIONIST = "receptionist"
    FACILITIES = "facilities"
    MANAGER = "manager"
    ADMIN = "admin"


ROLE_LABELS = Labels({
    Role.RECEPTIONIST: N_("Réceptionniste"),
    Role.FACILITIES: N_("Services généraux"),
    Role.MANAGER: N_("Responsable"),
    Role.ADMIN: N_("Administrateur"),
})


class Permission(StrEnum):
    DIRECTORY_VIEW = "directory.view"
    DIRECTORY_MANAGE = "directory.manage"
    DIRECTORY_CONFIRM = "directory.confirm"  # confirm or merge the hosts added at the desk
    USERS_MANAGE = "users.manage"
    SETTINGS_MANAGE = "settings.manage"
    VISITS_CHECKIN = "visits.checkin"
    VISITS_HISTORY = "visits.history"
    VISITS_ERASE = "visits.erase"
    BADGE_REPRINT = "badges.reprint"
    WATCHLIST_MANAGE = "watchlist.manage"
    WATCHLIST_DECIDE = "watchlist.decide"
    ROOMS_BOOK = "rooms.book"
    ROOMS_MANAGE = "rooms.manage"
    ROOMS_OVERRIDE = "rooms.override"
    CAFETERIA_SELL = "cafeteria.sell"
    PRICES_MANAGE = "prices.manage"
    SALES_VOID = "sales.void"
    CASH_VARIANCE_APPROVE = "cash.variance_approve"
    REPORTS_DESK = "reports.desk"
    REPORTS_VIEW = "reports.view"
    JOURNAL_VIEW = "journal.view"
    SYNC_RUN = "sync.run"
    CONFLICTS_RESOLVE = "conflicts.resolve"
    KIOSK_LEAVE = "kiosk.leave"


_DESK = {
    Permission.DIRECTORY_VIEW,
    Permission.VISITS_CHECKIN,
    Permission.VISITS_HISTORY,
    Permission.BADGE_REPRINT,
    Permission.ROOMS_BOOK,
    Permission.CAFETERIA_SELL,
    Permission.REPORTS_DESK,
    Permission.SYNC_RUN,
}
_FACILITIES = {
    Permission.DIRECTORY_VIEW,
    Permission.DIRECTORY_CONFIRM,
    Permission.ROOMS_BOOK,
    Permission.ROOMS_MANAGE,
    Permission.PRICES_MANAGE,
    Permission.REPORTS_DESK,
    Permission.REPORTS_VIEW,
    Permission.SYNC_RUN,
}
_MANAGER = (
    _DESK
    | _FACILITIES
    | {
        Permission.VISITS_ERASE,
        Permission.WATCHLIST_MANAGE,
        Permission.WATCHLIST_DECIDE,
        Permission.ROOMS_OVERRIDE,
        Permission.SALES_VOID,
        Permission.CASH_VARIANCE_APPROVE,
        Permission.JOURNAL_VIEW,
        Permission.CONFLICTS_RESOLVE,
        Permission.KIOSK_LEAVE,
    }
)

MATRIX: dict[Role, frozenset[Permission]] = {
    Role.RECEPTIONIST: frozenset(_DESK),
    Role.FACILITIES: frozenset(_FACILITIES),
    Role.MANAGER: frozenset(_MANAGER),
    Role.ADMIN: frozenset(Permission),
}


@dataclass(frozen=True)
class Actor:
    """The person at the keyboard, as services see them."""

    user_id: str
    username: str
    full_name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return permission in MATRIX[self.role]

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]


SYSTEM = Actor(user_id="", username="système", full_name="Système", role=Role.ADMIN)
"""Scheduled jobs (automatic check-out, purge, digest, sync) act as the system, and say so in the audit."""


def require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise PermissionDenied(
            _("Action réservée : votre rôle ({role}) ne permet pas cette opération.").format(role=actor.role_label)
        )
