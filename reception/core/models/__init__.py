"""All models; importing this package registers every table on Base.metadata.

A capability adds its module here (and its Alembic migration under db/versions).
"""

from reception.core.models.agreements import AgreementSignature, AgreementVersion
from reception.core.models.audit import AuditEvent
from reception.core.models.base import Base, Syncable, syncable_tables
from reception.core.models.cafeteria import (
    CafeteriaCounter,
    CashMovement,
    CashSession,
    Product,
    Sale,
    SaleLine,
    TenantAccount,
    Voucher,
)
from reception.core.models.local import LocalIdentity, OutboxEvent, Setting
from reception.core.models.org import Desk, Employee, Site, Tenant
from reception.core.models.photos import VisitPhoto
from reception.core.models.rooms import Booking, BookingSeries, Room, TenantRoomQuota
from reception.core.models.sync import SyncConflict, SyncCursor, SyncRun
from reception.core.models.users import LoginState, User
from reception.core.models.visits import (
    BadgeCounter,
    ExpectedVisit,
    MailMessage,
    MailPart,
    Visit,
    Visitor,
    VisitorWord,
    WatchListEntry,
)

__all__ = [
    "AgreementSignature",
    "AgreementVersion",
    "AuditEvent",
    "BadgeCounter",
    "Base",
    "Booking",
    "BookingSeries",
    "CafeteriaCounter",
    "CashMovement",
    "CashSession",
    "Desk",
    "Employee",
    "ExpectedVisit",
    "LocalIdentity",
    "LoginState",
    "MailMessage",
    "MailPart",
    "OutboxEvent",
    "Product",
    "Room",
    "Sale",
    "SaleLine",
    "Setting",
    "Site",
    "SyncConflict",
    "SyncCursor",
    "SyncRun",
    "Syncable",
    "Tenant",
    "TenantAccount",
    "TenantRoomQuota",
    "User",
    "Visit",
    "VisitPhoto",
    "Visitor",
    "VisitorWord",
    "Voucher",
    "WatchListEntry",
    "syncable_tables",
]
