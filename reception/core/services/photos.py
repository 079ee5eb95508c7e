"""Visitor photos: taken at the kiosk or the desk, shrunk here to a small JPEG, stored with the visit.

The camera hands over whatever it captured (a PNG or JPEG of any size); `shrink` bounds it (MAX_SIDE pixels
on the long side, at most MAX_BYTES) with Pillow, so a badge, a list of those on site and the evacuation
list can carry photos without weighing the database down. Photos stay on this desk (models/photos.py says
why) and go with the visit's personal data at the purge and at an erasure (visits_privacy).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import select

from reception.core.clock import Clock
from reception.core.database import Database
from reception.core.errors import NotFound, ValidationError
from reception.core.i18n import _
from reception.core.models import Visit, VisitPhoto
from reception.core.models.visits import VISIT_TYPES
from reception.core.services import audit
from reception.core.services.permissions import Actor, Permission, require
from reception.core.services.settings import SettingsService

MAX_SIDE = 360
"""Pixels on the long side: sharp on a badge (25 mm at 300 dpi) and on a screen's thumbnail."""
MAX_BYTES = 48_000
QUALITIES = (85, 75, 65, 55, 45)
SOURCES = ("desk", "kiosk")


@dataclass(frozen=True)
class Photo:
    visit_id: str
    jpeg: bytes
    width: int
    height: int


def shrink(image: bytes) -> tuple[bytes, int, int]:
    """The photo as a JPEG of at most MAX_SIDE pixels and MAX_BYTES; a file that is not an image is refused."""
    try:
        with Image.open(io.BytesIO(image)) as source:
            picture = ImageOps.exif_transpose(source).convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError):
        raise ValidationError({"photo": _("La photo n'a pas pu être lue.")}) from None
    picture.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    for quality in QUALITIES:
        out = io.BytesIO()
        picture.save(out, "JPEG", quality=quality, optimize=True)
        if out.tell() <= MAX_BYTES:
            break
    return out.getvalue(), picture.width, picture.height


def desk_photo_types(setting: str) -> frozenset[str]:
    """The visit types photographed at the desk, from "contractor, delivery" (setting visits.desk_photo_types)."""
    return frozenset(code.strip() for code in setting.split(",") if code.strip() in VISIT_TYPES)


class PhotoService:
    def __init__(self, db: Database, clock: Clock, settings: SettingsService) -> None:
        self.db = db
        self.clock = clock
        self.settings = settings

    def store(self, actor: Actor, visit_id: str, image: bytes, source: str = "desk") -> Photo:
        """Keeps the visit's photo (a second one replaces the first); audited without the picture."""
        require(actor, Permission.VISITS_CHECKIN)
        jpeg, width, height = shrink(image)
        now = self.clock.now()
        with self.db.write() as session:
            if session.get(Visit, visit_id) is None:
                raise NotFound(_("Visite introuvable."))
            photo = session.get(VisitPhoto, visit_id) or VisitPhoto(visit_id=visit_id)
            photo.jpeg, photo.width, photo.height = jpeg, width, height
            photo.source = source if source in SOURCES else "desk"
            photo.taken_at = now
            session.add(photo)
            audit.record(session, actor, "visits.photo", entity="visits", entity_id=visit_id,
                         after={"source": photo.source, "bytes": len(jpeg)}, at=now)
        return Photo(visit_id, jpeg, width, height)

    def wanted_at_desk(self, visit_type: str) -> bool:
        """Whether the desk takes a photo for this visit type (the setting is read now: it may have changed)."""
        return visit_type in desk_photo_types(str(self.settings.get("visits.desk_photo_types")))

    def photo(self, actor: Actor, visit_id: str) -> Photo | None:
        return self.photos(actor, [visit_id]).get(visit_id)

    def photos(self, actor: Actor, visit_ids: Iterable[str]) -> dict[str, Photo]:
        """The photos of these visits (those that have one), by visit id. None at head office: photos stay on
        the desk that took them (never synced, see docs/privacy.md), so central has no such table."""
        require(actor, Permission.VISITS_HISTORY)
        ids = list(visit_ids)
        if not ids or self.db.head_office:
            return {}
        with self.db.read() as session:
            rows = session.execute(select(VisitPhoto).where(VisitPhoto.visit_id.in_(ids))).scalars()
            return {p.visit_id: Photo(p.visit_id, p.jpeg, p.width, p.height) for p in rows}
