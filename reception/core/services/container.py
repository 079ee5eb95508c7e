"""The composition root of the core: one object holding every service, built by the app and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field

from reception.core.clock import Clock, SystemClock
from reception.core.database import Database
from reception.core.services.agreements import AgreementService
from reception.core.services.audit import AuditService
from reception.core.services.auth import AuthService
from reception.core.services.backup_status import BackupStatusService
from reception.core.services.cafeteria import CafeteriaService
from reception.core.services.changes import ChangesService
from reception.core.services.digest import DigestService
from reception.core.services.directory_pending import DirectoryWithPendingHosts
from reception.core.services.journal import JournalService
from reception.core.services.kiosk import KioskService
from reception.core.services.mail import MailService
from reception.core.services.overview import OverviewService
from reception.core.services.photos import PhotoService
from reception.core.services.reports import ReportsService
from reception.core.services.rooms import RoomService
from reception.core.services.settings import SettingsService
from reception.core.services.site import SiteService
from reception.core.services.sync_conflict_review import SyncConflictReviewService
from reception.core.services.sync_status import SyncStatusService
from reception.core.services.system_schedule import SystemScheduleService
from reception.core.services.visits import VisitService


@dataclass
class Services:
    db: Database
    clock: Clock = field(default_factory=SystemClock)

    def __post_init__(self) -> None:
        self.auth = AuthService(self.db, self.clock)
        self.audit = AuditService(self.db)
        self.settings = SettingsService(self.db, self.clock)
        self.site = SiteService(self.db, self.clock)
        self.directory = DirectoryWithPendingHosts(self.db, self.clock)
        self.overview = OverviewService(self.db, self.clock)
        self.reports = ReportsService(self.db, self.clock)
        self.journal = JournalService(self.db, self.clock)
        self.digests = DigestService(self.db, self.clock)
        self.rooms = RoomService(self.db, self.clock)
        self.visits = VisitService(self.db, self.clock)
        self.mail = MailService(self.db, self.clock)
        self.cafeteria = CafeteriaService(self.db, self.clock)
        self.agreements = AgreementService(self.db, self.clock, self.settings)
        self.sync_status = SyncStatusService(self.db, self.clock)
        self.sync_conflicts = SyncConflictReviewService(self.db, self.clock)
        self.backups = BackupStatusService(self.db)
        self.system_schedule = SystemScheduleService(self.db, self.settings)
        self.photos = PhotoService(self.db, self.clock, self.settings)
        self.changes = ChangesService(self.db)
        self.kiosk = KioskService(self.db, self.clock, self.visits, self.photos, self.agreements)
