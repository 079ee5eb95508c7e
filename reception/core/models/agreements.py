"""Visitor agreements: the versioned texts a visitor signs and the signatures themselves.

Both tables are desk-local (not Syncable): a signature is personal data that the desk (and its kiosk, on the
same database) needs and central does not; central receives the audit event, which carries the text's
SHA-256 and a digest of the strokes (docs/architecture.md, "Visitor agreements").
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from reception.core.models.base import Base, new_uuid


class AgreementVersion(Base):
    """One version of the agreement for a visit type in one language; never edited, only superseded."""

    __tablename__ = "agreement_texts"
    __table_args__ = (
        Index("ix_agreement_texts_current", "visit_type", "language", "version", unique=True),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    visit_type: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(5))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    published_at: Mapped[datetime]
    published_by: Mapped[str] = mapped_column(String(60), default="")


class AgreementSignature(Base):
    """A visitor's signature of one text version for one visit.

    `strokes` is the packed pen path (core/services/agreement_strokes.py, a few hundred bytes); the purge and
    erasure set it and `visitor_id` to NULL, keeping the anonymous fact that a text was signed.
    """

    __tablename__ = "signed_agreements"
    __table_args__ = (Index("ix_signed_agreements_visitor", "visitor_id", "signed_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id"), unique=True)
    visitor_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    text_id: Mapped[str] = mapped_column(ForeignKey("agreement_texts.id"))
    text_sha256: Mapped[str] = mapped_column(String(64))
    strokes: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    strokes_sha256: Mapped[str] = mapped_column(String(64), default="")
    signed_at: Mapped[datetime]
    desk_code: Mapped[str] = mapped_column(String(16), default="")
    recorded_by: Mapped[str] = mapped_column(String(60), default="")
