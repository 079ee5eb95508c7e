"""Paramètres and `reception schedule`: the nightly sync registered with the system's scheduler, at the
time of the `sync.nightly_time` setting, so it runs even when nobody left the console open."""

from __future__ import annotations

from collections.abc import Callable

from reception.core.database import Database
from reception.core.services.permissions import Actor, Permission, require
from reception.core.services.settings import SettingsService
from reception.core.system_scheduler import NightlySync, ScheduleStatus, SystemScheduler, sync_command, system_scheduler


class SystemScheduleService:
    def __init__(self, db: Database, settings: SettingsService,
                 scheduler: Callable[[], SystemScheduler] = system_scheduler) -> None:
        self.db = db
        self.settings = settings
        self.scheduler = scheduler

    def status(self, actor: Actor) -> ScheduleStatus:
        require(actor, Permission.SETTINGS_MANAGE)
        return self.scheduler().status()

    def install(self, actor: Actor) -> ScheduleStatus:
        """Registers (or re-registers, after the time changed) `reception --db <this database> sync`."""
        require(actor, Permission.SETTINGS_MANAGE)
        scheduler = self.scheduler()
        scheduler.install(NightlySync(sync_command(self.db.path), str(self.settings.get("sync.nightly_time"))))
        return scheduler.status()

    def remove(self, actor: Actor) -> ScheduleStatus:
        require(actor, Permission.SETTINGS_MANAGE)
        scheduler = self.scheduler()
        scheduler.remove()
        return scheduler.status()
