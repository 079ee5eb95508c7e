"""The site and desk this console runs for: its identity, set up once and edited by an admin."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from reception.core.clock import Clock
from reception.core.database import Database
from reception.core.errors import ValidationError
from reception.core.i18n import _
from reception.core.models import Desk, Site
from reception.core.services import audit
from reception.core.services.permissions import Actor, Permission, require

SITE_FIELDS = ("name", "city", "address", "legal_name", "ice", "if_number", "tp_number", "opens_at", "closes_at")


@dataclass(frozen=True)
class SiteInfo:
    site_code: str
    site_name: str
    city: str
    address: str
    legal_name: str
    ice: str
    if_number: str
    tp_number: str
    opens_at: str
    closes_at: str
    desk_code: str
    desk_name: str


class SiteService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def ensure(self, site_code: str, site_name: str, city: str, desk_code: str, desk_name: str) -> None:
        """First start: creates the site, the desk and the local identity if they do not exist."""
        with self.db.write() as session:
            site = session.execute(select(Site).where(Site.code == site_code)).scalar_one_or_none()
            if site is None:
                site = Site(code=site_code, name=site_name, city=city, site_code=site_code)
                session.add(site)
                session.flush()
            if session.execute(select(Desk).where(Desk.code == desk_code)).scalar_one_or_none() is None:
                session.add(Desk(code=desk_code, name=desk_name, site_id=site.id, site_code=site_code))
        if self.db.identity() is None:
            self.db.set_identity(site_code, desk_code)

    def info(self) -> SiteInfo:
        identity = self.db.identity()
        if identity is None:
            raise ValidationError({"site": _("Ce poste n'est pas encore configuré.")})
        with self.db.read() as session:
            site = session.execute(select(Site).where(Site.code == identity.site_code)).scalar_one()
            desk = session.execute(select(Desk).where(Desk.code == identity.desk_code)).scalar_one()
            return SiteInfo(site.code, site.name, site.city, site.address, site.legal_name, site.ice,
                            site.if_number, site.tp_number, site.opens_at, site.closes_at, desk.code, desk.name)

    def update(self, actor: Actor, values: dict[str, Any], desk_name: str | None = None) -> SiteInfo:
        require(actor, Permission.SETTINGS_MANAGE)
        errors = {}
        if "name" in values and not str(values["name"]).strip():
            errors["name"] = _("Le nom du site est obligatoire.")
        for key in ("opens_at", "closes_at"):
            value = str(values.get(key, "08:00"))
            if len(value) != 5 or value[2] != ":" or not value.replace(":", "").isdigit():
                errors[key] = _("Heure attendue au format hh:mm.")
        if errors:
            raise ValidationError(errors)
        identity = self.db.identity()
        assert identity is not None
        with self.db.write() as session:
            site = session.execute(select(Site).where(Site.code == identity.site_code)).scalar_one()
            before = audit.snapshot(site)
            for key in SITE_FIELDS:
                if key in values:
                    setattr(site, key, str(values[key]).strip())
            if desk_name:
                desk = session.execute(select(Desk).where(Desk.code == identity.desk_code)).scalar_one()
                desk.name = desk_name.strip()
            session.flush()
            audit.record(session, actor, "site.update", entity="sites", entity_id=site.id, before=before,
                         after=audit.snapshot(site), at=self.clock.now())
        return self.info()
