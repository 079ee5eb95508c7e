"""All models; importing this package registers every table on Base.metadata.

A capability adds its module here (and its Alembic migration under db/versions).
"""

from reception.core.models.audit import AuditEvent
from reception.core.models.base import Base, Syncable, syncable_tables
from reception.core.models.local import LocalIdentity, OutboxEvent, Setting
from reception.core.models.org import Desk, Employee, Site, Tenant
from reception.core.models.rooms import Booking, BookingSeries, Room, TenantRoomQuota
from reception.core.models.users import LoginState, User

__all__ = [
    "AuditEvent",
    "Base",
    "Booking",
    "BookingSeries",
    "Desk",
    "Employee",
    "LocalIdentity",
    "LoginState",
    "OutboxEvent",
    "Room",
    "Setting",
    "Site",
    "Syncable",
    "Tenant",
    "TenantRoomQuota",
    "User",
    "syncable_tables",
]
