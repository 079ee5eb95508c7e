"""Visitor photos: one small JPEG per visit, kept on this desk only.

Not Syncable on purpose: a face is the most sensitive personal data the desk holds, the central database
has no use for it (the badge is printed here, the evacuation list is printed here), and a photo that never
leaves the desk PC is one less copy to erase (law 09-08). The row goes with its visit's personal data at
the purge and at an erasure (visits_privacy).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from reception.core.models.base import Base


class VisitPhoto(Base):
    """The visitor's photo taken at the kiosk or at the desk for one visit."""

    __tablename__ = "visit_photos"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True)
    jpeg: Mapped[bytes] = mapped_column(LargeBinary)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(10), default="desk")
    taken_at: Mapped[datetime]
