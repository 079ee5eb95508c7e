"""What the visit service takes and hands out: forms, rows and the watch-list stop, as frozen dataclasses.

Kept apart so the UI, the reports and each part of the service share them without importing the service.
Rows never carry ORM objects; ID numbers reach the desk masked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from reception.core.errors import DomainError
from reception.core.i18n import _
from reception.core.models.visits import VISIT_TYPES
from reception.core.services.directory import EmployeeRow
from reception.core.services.visits_rules import mask_email, mask_phone


@dataclass(frozen=True)
class VisitorMatch:
    visitor_id: str
    last_name: str
    first_name: str
    organisation: str
    phone: str
    email: str
    id_type: str
    id_number_masked: str
    last_visit_at: datetime | None
    last_host: EmployeeRow | None = None  # whom they came to see last time, if that person still works here
    expected_visit_id: str | None = None  # a guest expected today: checking them in links the invitation

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def contact_hint(self) -> str:
        """A masked e-mail or phone that tells two namesakes apart without showing either in full."""
        return mask_email(self.email) if self.email else mask_phone(self.phone)


@dataclass(frozen=True)
class CheckInForm:
    last_name: str
    first_name: str
    organisation: str = ""
    phone: str = ""
    email: str = ""
    id_type: str = ""
    id_number: str = ""
    host_employee_id: str = ""
    visit_type: str = "meeting"
    expected_end: datetime | None = None
    notes: str = ""
    visitor_id: str | None = None
    expected_visit_id: str | None = None


@dataclass(frozen=True)
class HistoryCursor:
    """Where a history page ends: the next page starts strictly after this visit in (arrival, id) order
    (keyset paging: a page deep in ten years costs what the first one does, which OFFSET would not)."""

    checked_in_at: datetime
    visit_id: str


HISTORY_COUNT_CAP = 10_000  # the history's count stops there: "plus de 10 000" reads as well and costs far less


@dataclass(frozen=True)
class VisitRow:
    id: str
    visitor_id: str | None
    visitor_name: str
    organisation: str
    host_name: str
    host_company: str
    host_floor: str
    visit_type: str
    checked_in_at: datetime
    checked_out_at: datetime | None
    checkout_kind: str
    badge_number: str
    badge_code: str
    expected_end: datetime | None
    desk_code: str
    reprint_count: int

    @property
    def visit_type_label(self) -> str:
        return VISIT_TYPES.get(self.visit_type, self.visit_type)

    @property
    def cursor(self) -> HistoryCursor:
        """The history's next page starts after this row."""
        return HistoryCursor(self.checked_in_at, self.id)

    def time_inside(self, now: datetime) -> timedelta:
        """How long the visitor has been (or was) inside."""
        return (self.checked_out_at or now) - self.checked_in_at


@dataclass(frozen=True)
class BadgeScan:
    """What one badge scan did: "checked_out" (a visitor left) or "checked_in" (an invited guest arrived)."""

    action: str
    visit: VisitRow


@dataclass(frozen=True)
class ExpectedRow:
    id: str
    day: date
    visitor_name: str
    organisation: str
    host_name: str
    host_company: str
    visit_type: str
    event_name: str
    status: str
    badge_code: str = ""
    visit_id: str | None = None
    invitation: str = ""
    """Where the guest's latest invitation e-mail stands: queued, sent, failed; "" when none was sent."""


@dataclass(frozen=True)
class HistoryFilter:
    text: str = ""
    organisation: str = ""
    host: str = ""
    company_id: str = ""
    date_from: date | None = None
    date_to: date | None = None
    visit_type: str = ""
    checkout_kind: str = ""


@dataclass(frozen=True)
class WatchListHit:
    entry_id: str
    name: str
    reason: str
    until: date | None


class WatchListMatch(DomainError):
    """The visitor matches the watch list: a manager must allow or refuse at the desk."""

    def __init__(self, hit: WatchListHit) -> None:
        super().__init__(_("{name} figure sur la liste de vigilance ({reason}) : la décision d'un responsable est "
                           "nécessaire.").format(name=hit.name, reason=hit.reason or _("sans motif")))
        self.hit = hit


@dataclass(frozen=True)
class WatchEntryForm:
    last_name: str
    first_name: str = ""
    id_number: str = ""
    reason: str = ""
    until: date | None = None


@dataclass(frozen=True)
class WatchEntryRow:
    id: str
    last_name: str
    first_name: str
    id_number: str
    reason: str
    until: date | None
    active: bool
