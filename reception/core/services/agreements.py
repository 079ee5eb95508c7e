"""Visitor agreements: which text a visitor signs, whether they must sign again, and the signature itself.

A text is versioned per (visit type, language); its SHA-256 is taken over the exact title and body, so the
signed PDF and the audit trail name what was read. A signature counts for a returning visitor while the text
they signed is still the current one of its language for that visit type and it is younger than the
validity setting; publishing a new version therefore asks everyone again. Whether a visit type needs an
agreement at all is the per-type setting `agreements.required.<type>` ("accord requis").

The desk does not draw: `document` hands printing/agreement_pdf.py everything the signed PDF shows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import false, func, or_, select, update
from sqlalchemy.orm import Session

from reception.core.clock import Clock
from reception.core.database import Database
from reception.core.errors import Conflict, NotFound, ValidationError
from reception.core.i18n import VISITOR_LANGUAGES, _
from reception.core.identity import desk_stamp
from reception.core.models import AgreementSignature, AgreementVersion, Visit
from reception.core.models.visits import VISIT_TYPES
from reception.core.services import audit
from reception.core.services.agreement_defaults import default_text
from reception.core.services.agreement_strokes import Strokes, pack, unpack
from reception.core.services.permissions import Actor, Permission, require
from reception.core.services.settings import SettingsService
from reception.core.services.visits_rows import load_visit
from reception.core.services.visits_types import VisitRow


class AgreementTextChanged(Conflict):
    """A newer version was published after the text was shown: the visitor must read it before signing."""


@dataclass(frozen=True)
class AgreementText:
    id: str
    visit_type: str
    language: str
    version: int
    title: str
    body: str
    sha256: str


@dataclass(frozen=True)
class SignedAgreement:
    id: str
    visit_id: str
    visitor_id: str | None
    text_id: str
    visit_type: str
    language: str
    version: int
    text_sha256: str
    signed_at: datetime
    desk_code: str
    recorded_by: str
    strokes: Strokes
    """Empty once the visit was purged or the visitor erased: the fact of signing stays, the pen path goes."""
    stored_bytes: int


@dataclass(frozen=True)
class VisitAgreement:
    """What the desk shows for a visit: whether its type asks for an agreement and the signature covering it."""

    visit_id: str
    required: bool
    signed: SignedAgreement | None
    """This visit's own signature, or the visitor's earlier one that still counts for this visit's type."""

    @property
    def signed_here(self) -> bool:
        return self.signed is not None and self.signed.visit_id == self.visit_id

    @property
    def missing(self) -> bool:
        return self.required and self.signed is None


@dataclass(frozen=True)
class AgreementDocument:
    """Everything the signed PDF shows."""

    text: AgreementText
    signed: SignedAgreement
    visit: VisitRow


def text_sha256(title: str, body: str) -> str:
    """The version's fingerprint: SHA-256 of the exact title and body (UTF-8, separated by a blank line)."""
    return hashlib.sha256(f"{title}\n\n{body}".encode()).hexdigest()


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time `months` calendar months earlier (the 31st becomes the month's last day)."""
    total = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(total, 12)
    day = moment.day
    while True:
        try:
            return moment.replace(year=year, month=month + 1, day=day)
        except ValueError:
            day -= 1


def _language(language: str) -> str:
    return language if language in VISITOR_LANGUAGES else "fr"


def _text(row: AgreementVersion) -> AgreementText:
    return AgreementText(row.id, row.visit_type, row.language, row.version, row.title, row.body, row.sha256)


def _current(session: Session, visit_type: str, language: str) -> AgreementVersion | None:
    return session.execute(
        select(AgreementVersion).where(AgreementVersion.visit_type == visit_type,
                                       AgreementVersion.language == language)
        .order_by(AgreementVersion.version.desc()).limit(1)).scalar_one_or_none()


def _current_ids(session: Session, visit_type: str) -> list[str]:
    """The current version of each language of a visit type."""
    latest = (select(AgreementVersion.language, func.max(AgreementVersion.version).label("version"))
              .where(AgreementVersion.visit_type == visit_type).group_by(AgreementVersion.language).subquery())
    return list(session.execute(select(AgreementVersion.id).join(
        latest, (AgreementVersion.language == latest.c.language) & (AgreementVersion.version == latest.c.version))
        .where(AgreementVersion.visit_type == visit_type)).scalars())


def _check_visit_type(visit_type: str) -> None:
    if visit_type not in VISIT_TYPES:
        raise ValidationError({"visit_type": _("Type de visite inconnu.")})


def forget_signatures(session: Session, visit_ids: Sequence[str] = (), visitor_id: str | None = None) -> int:
    """The purge's and erasure's part (law 09-08): the pen paths of these visits (or of this visitor) are
    deleted and the signatures no longer name the visitor; the fact that a text was signed stays."""
    condition = or_(AgreementSignature.visit_id.in_(list(visit_ids)),
                    AgreementSignature.visitor_id == visitor_id if visitor_id is not None else false())
    result = session.execute(update(AgreementSignature).where(condition).values(
        strokes=None, visitor_id=None).execution_options(synchronize_session=False))
    return int(getattr(result, "rowcount", 0) or 0)


class AgreementService:
    def __init__(self, db: Database, clock: Clock, settings: SettingsService) -> None:
        self.db = db
        self.clock = clock
        self.settings = settings

    def is_required(self, visit_type_code: str) -> bool:
        """The visit type's "accord requis" setting."""
        _check_visit_type(visit_type_code)
        return bool(self.settings.get(f"agreements.required.{visit_type_code}"))

    def text_for(self, visit_type_code: str, language: str) -> AgreementText:
        """The current text of a visit type in 'fr', 'en' or 'ar' (anything else: French).

        The first time a (type, language) is asked for, the shipped default becomes its version 1.
        """
        _check_visit_type(visit_type_code)
        language = _language(language)
        with self.db.read() as session:
            row = _current(session, visit_type_code, language)
            if row is not None:
                return _text(row)
        with self.db.write() as session:
            row = _current(session, visit_type_code, language)  # another process may have written it meanwhile
            if row is None:
                title, body = default_text(visit_type_code, language)
                row = AgreementVersion(visit_type=visit_type_code, language=language, version=1, title=title,
                                       body=body, sha256=text_sha256(title, body), published_at=self.clock.now(),
                                       published_by="")
                session.add(row)
                session.flush()
            return _text(row)

    def needs_signature(self, visitor_id: str | None, visit_type_code: str, language: str,
                        now: datetime | None = None) -> bool:
        """Whether this visit must be signed: the type requires it and the visitor (None: a new visitor) has no
        signature of a still-current text of this type (in any language) within the validity period.

        `language` is the one the visitor reads in; a signature of the current text in another language counts
        too, so the answer does not depend on it today (kept so the kiosk need not change if that rule does).
        """
        if not self.is_required(visit_type_code):
            return False
        if visitor_id is None:
            return True
        cutoff = months_before(now or self.clock.now(), self.settings.get("agreements.validity_months"))
        with self.db.read() as session:
            current = _current_ids(session, visit_type_code)
            found = session.execute(select(AgreementSignature.id).where(
                AgreementSignature.visitor_id == visitor_id, AgreementSignature.text_id.in_(current),
                AgreementSignature.signed_at >= cutoff).limit(1)).first()
        return found is None

    def sign(self, actor: Actor, visit_id: str, text_id: str,
             strokes: Sequence[Sequence[Sequence[float]]]) -> SignedAgreement:
        """Records the visitor's signature of that text for the visit, in the audit chain.

        Refused: an empty or out-of-box signature, a text of another visit type, a text superseded since it
        was shown (the visitor must read the new one), a visit already signed.
        """
        require(actor, Permission.VISITS_CHECKIN)
        packed = pack(strokes)
        now = self.clock.now()
        with self.db.write() as session:
            visit = session.get(Visit, visit_id)
            if visit is None:
                raise NotFound(_("Visite introuvable."))
            text = session.get(AgreementVersion, text_id)
            if text is None or text.visit_type != visit.visit_type:
                raise ValidationError({"text_id": _("Ce texte d'accord ne correspond pas au type de la visite.")})
            current = _current(session, text.visit_type, text.language)
            if current is not None and current.id != text.id:
                raise AgreementTextChanged(
                    _("Le texte de l'accord a changé : faites lire la nouvelle version avant de signer."))
            if session.execute(select(AgreementSignature.id).where(
                    AgreementSignature.visit_id == visit_id)).first() is not None:
                raise Conflict(_("Cette visite a déjà un accord signé."))
            row = AgreementSignature(
                visit_id=visit_id, visitor_id=visit.visitor_id, text_id=text.id, text_sha256=text.sha256,
                strokes=packed, strokes_sha256=hashlib.sha256(packed).hexdigest(), signed_at=now,
                desk_code=desk_stamp(session).desk_code, recorded_by=actor.username)
            session.add(row)
            audit.record(session, actor, "agreements.sign", entity="visits", entity_id=visit_id,
                         after={"visit_type": text.visit_type, "language": text.language, "version": text.version,
                                "text_sha256": text.sha256, "strokes_sha256": row.strokes_sha256,
                                "bytes": len(packed)}, at=now)
            session.flush()
            return _signed(row, text)

    def signed_for_visit(self, actor: Actor, visit_id: str) -> SignedAgreement | None:
        """The visit's signature, or None."""
        require(actor, Permission.VISITS_HISTORY)
        with self.db.read() as session:
            found = _signature_of(session, visit_id)
            return None if found is None else _signed(*found)

    def for_visit(self, actor: Actor, visit_id: str) -> VisitAgreement:
        """The visit's agreement as the desk shows it: required or not, and signed when, at which visit."""
        require(actor, Permission.VISITS_HISTORY)
        with self.db.read() as session:
            visit = session.get(Visit, visit_id)
            if visit is None:
                raise NotFound(_("Visite introuvable."))
            visit_type, visitor_id, arrived = visit.visit_type, visit.visitor_id, visit.checked_in_at
            found = _signature_of(session, visit_id)
        required = self.is_required(visit_type)
        if found is None and visitor_id is not None:
            cutoff = months_before(arrived, self.settings.get("agreements.validity_months"))
            with self.db.read() as session:
                earlier = session.execute(select(AgreementSignature, AgreementVersion).join(
                    AgreementVersion, AgreementVersion.id == AgreementSignature.text_id).where(
                    AgreementSignature.visitor_id == visitor_id,
                    AgreementSignature.text_id.in_(_current_ids(session, visit_type)),
                    AgreementSignature.signed_at >= cutoff).order_by(AgreementSignature.signed_at.desc())
                    .limit(1)).first()
                found = None if earlier is None else (earlier[0], earlier[1])
        return VisitAgreement(visit_id, required, None if found is None else _signed(*found))

    def document(self, actor: Actor, visit_id: str) -> AgreementDocument:
        """What the signed PDF of a visit shows; NotFound when the visit has no signature."""
        require(actor, Permission.VISITS_HISTORY)
        with self.db.read() as session:
            found = _signature_of(session, visit_id)
            if found is None:
                raise NotFound(_("Aucun accord signé pour cette visite."))
            return AgreementDocument(_text(found[1]), _signed(*found), load_visit(session, visit_id))

    def current_texts(self, actor: Actor) -> list[AgreementText]:
        """The text in force for every visit type and language, as the manager reviews them before publishing."""
        require(actor, Permission.SETTINGS_MANAGE)
        return [self.text_for(code, language) for code in VISIT_TYPES for language in VISITOR_LANGUAGES]

    def publish(self, actor: Actor, visit_type_code: str, language: str, title: str, body: str) -> AgreementText:
        """A new version of a text (the next number): every visitor must sign again for that type."""
        require(actor, Permission.SETTINGS_MANAGE)
        _check_visit_type(visit_type_code)
        if language not in VISITOR_LANGUAGES:
            raise ValidationError({"language": _("Langue non prévue : fr, en ou ar.")})
        title, body = title.strip(), body.strip()
        errors = {}
        if not title:
            errors["title"] = _("Le titre est obligatoire.")
        if not body:
            errors["body"] = _("Le texte est obligatoire.")
        if errors:
            raise ValidationError(errors)
        self.text_for(visit_type_code, language)  # the shipped version 1 comes first
        now = self.clock.now()
        with self.db.write() as session:
            current = _current(session, visit_type_code, language)
            version = (current.version if current else 0) + 1
            row = AgreementVersion(visit_type=visit_type_code, language=language, version=version, title=title,
                                   body=body, sha256=text_sha256(title, body), published_at=now,
                                   published_by=actor.username)
            session.add(row)
            session.flush()
            audit.record(session, actor, "agreements.publish", entity="agreement_texts", entity_id=row.id,
                         after={"visit_type": visit_type_code, "language": language, "version": version,
                                "sha256": row.sha256}, at=now)
            return _text(row)


def _signature_of(session: Session, visit_id: str) -> tuple[AgreementSignature, AgreementVersion] | None:
    found = session.execute(select(AgreementSignature, AgreementVersion).join(
        AgreementVersion, AgreementVersion.id == AgreementSignature.text_id).where(
        AgreementSignature.visit_id == visit_id)).first()
    return None if found is None else (found[0], found[1])


def _signed(row: AgreementSignature, text: AgreementVersion) -> SignedAgreement:
    return SignedAgreement(row.id, row.visit_id, row.visitor_id, row.text_id, text.visit_type, text.language,
                           text.version, row.text_sha256, row.signed_at, row.desk_code, row.recorded_by,
                           unpack(row.strokes) if row.strokes else [], len(row.strokes or b""))
