"""The self-service kiosk beside the desk: what a visitor may see and do there, and nothing more.

A public screen must not leak other people's data: a guest is found only by the exact code of their
invitation (or pre-printed badge) or by their exact e-mail or phone, never by browsing names; a host
appears only once three letters of their name are typed, a few at a time, never as a list of employees.
A watch-list match is never explained at the kiosk: the visitor reads "Merci de vous adresser à
l'accueil" (KioskReferral) and the desk gets an alert (an audited `kiosk.referral` event, shown on
Accueil and as a notice). Everything else is the desk's own check-in (visits), the agreement
(agreements, when a text applies) and the photo (photos), recorded in short transactions so the kiosk,
running as its own process on the desk's database, never holds the desk up.

Texts the kiosk shows from here are marked N_ and translated by the kiosk in its visitor's language
(i18n.translated), since the kiosk speaks French, English or Arabic while the desk keeps its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from reception.core.clock import Clock, local_day_bounds, local_today, to_local
from reception.core.database import Database
from reception.core.errors import DomainError, ValidationError
from reception.core.i18n import N_, _, ngettext
from reception.core.models import AuditEvent, Employee, ExpectedVisit, Tenant, Visitor, WatchListEntry
from reception.core.models.visits import VISIT_TYPES
from reception.core.services import audit, overview
from reception.core.services.agreements import AgreementService, AgreementText
from reception.core.services.permissions import Actor, Permission, Role, require
from reception.core.services.photos import Photo, PhotoService
from reception.core.services.scan_codes import badge_lookups
from reception.core.services.visits import VisitService
from reception.core.services.visits_expected import returning_visitor
from reception.core.services.visits_rows import person_name
from reception.core.services.visits_rules import MIN_SEARCH_LETTERS, normalise_phone
from reception.core.services.visits_types import CheckInForm, VisitRow, WatchListMatch
from reception.core.services.visits_watchlist import watch_hit
from reception.core.text import fold

KIOSK = Actor(user_id="", username="borne", full_name="Borne d'accueil", role=Role.RECEPTIONIST)
"""Who the kiosk's check-ins are recorded as: the audit says 'borne', never a receptionist who is not there."""
KIOSK_VISIT_TYPES = ("meeting", "interview", "delivery", "contractor", "other")
"""An event's guests come with an invitation; the kiosk offers the other types to walk-in visitors."""
MAX_HOSTS = 5
REFERRAL = N_("Merci de vous adresser à l'accueil.")
UNKNOWN_CODE = N_("Code inconnu. Merci de vous adresser à l'accueil.")
NAME_REQUIRED = N_("Indiquez votre nom.")
FIRST_NAME_REQUIRED = N_("Indiquez votre prénom.")
HOST_REQUIRED = N_("Choisissez la personne que vous venez voir.")
CONTACT_UNKNOWN = N_("Aucune visite trouvée avec cette adresse ou ce numéro.")
REFERRAL_ACTION = "kiosk.referral"


class KioskReferral(DomainError):
    """The kiosk cannot go on and never says why: the visitor is sent to the desk, which knows."""

    def __init__(self) -> None:
        super().__init__(REFERRAL)


@dataclass(frozen=True)
class KioskHost:
    id: str
    name: str
    company: str


@dataclass(frozen=True)
class KioskGuest:
    """The visitor as the kiosk knows them between the steps; nothing is recorded before `arrive`."""

    last_name: str
    first_name: str
    organisation: str = ""
    host: KioskHost | None = None
    visit_type: str = "meeting"
    visitor_id: str | None = None
    invitation_code: str = ""
    email: str = ""
    phone: str = ""

    @property
    def name(self) -> str:
        return person_name(self.first_name, self.last_name)


@dataclass(frozen=True)
class Signature:
    """An agreement signed on the screen: the text's id and the finger's strokes, normalised to 0..1."""

    text_id: str
    strokes: Sequence[Sequence[Sequence[float]]]


@dataclass(frozen=True)
class KioskArrival:
    visit: VisitRow
    signed: bool
    photo: Photo | None


@dataclass(frozen=True)
class KioskAlert:
    """A visitor the kiosk sent to the desk because of the watch list: for the desk's eyes only."""

    seq: int
    at: datetime
    name: str
    reason: str


def visit_type_choices() -> list[tuple[str, str]]:
    """The walk-in visit types as (code, French label); the kiosk translates the label itself."""
    return [(code, dict.__getitem__(VISIT_TYPES, code)) for code in KIOSK_VISIT_TYPES]


def identity_errors(guest: KioskGuest) -> dict[str, str]:
    """Field -> message (French source, N_-marked) for the visitor's name."""
    errors: dict[str, str] = {}
    if not guest.last_name.strip():
        errors["last_name"] = NAME_REQUIRED
    if not guest.first_name.strip():
        errors["first_name"] = FIRST_NAME_REQUIRED
    return errors


class KioskService:
    def __init__(self, db: Database, clock: Clock, visits: VisitService, photos: PhotoService,
                 agreements: AgreementService) -> None:
        self.db = db
        self.clock = clock
        self.visits = visits
        self.photos = photos
        self.agreements = agreements

    # --- finding the guest --------------------------------------------------------------------------------

    def invitation(self, scanned: str) -> KioskGuest:
        """The guest whose invitation or pre-printed badge was scanned, expected today and not yet arrived."""
        with self.db.read() as session:
            for code in badge_lookups(scanned):
                row = session.execute(
                    select(ExpectedVisit, Employee, Tenant.name)
                    .outerjoin(Employee, Employee.id == ExpectedVisit.host_employee_id)
                    .outerjoin(Tenant, Tenant.id == Employee.tenant_id)
                    .where(ExpectedVisit.badge_code == code)).first()
                if row is None:
                    continue
                expected, host, company = row
                if expected.status != "expected" or expected.day != local_today(self.clock):
                    break
                guest = KioskGuest(
                    expected.last_name, expected.first_name, expected.organisation,
                    KioskHost(host.id, person_name(host.first_name, host.last_name), company or "")
                    if host is not None and host.active else None,
                    expected.visit_type, returning_visitor(session, expected), expected.badge_code,
                    expected.email, expected.phone)
                self._screen(session, guest)
                return guest
        raise DomainError(UNKNOWN_CODE)

    def returning(self, contact: str) -> KioskGuest:
        """A returning visitor found by their exact e-mail or phone (never by name: a public screen)."""
        text = contact.strip()
        if not text:
            raise ValidationError({"contact": CONTACT_UNKNOWN})
        column = Visitor.email if "@" in text else Visitor.phone
        value = text.casefold() if "@" in text else normalise_phone(text)
        with self.db.read() as session:
            found = session.execute(
                select(Visitor).where(Visitor.anonymised.is_(False),
                                      (column.ilike(value) if "@" in text else column == value))
                .order_by(Visitor.last_visit_at.desc()).limit(2)).scalars().all()
            if len(found) != 1:  # none, or two people sharing a phone: the kiosk cannot tell them apart
                raise ValidationError({"contact": CONTACT_UNKNOWN})
            visitor = found[0]
            guest = KioskGuest(visitor.last_name, visitor.first_name, visitor.organisation,
                               visitor_id=visitor.id, email=visitor.email, phone=visitor.phone)
            self._screen(session, guest)
            return guest

    def hosts(self, typed: str) -> list[KioskHost]:
        """At most MAX_HOSTS people whose first or last name starts with what was typed (three letters or
        more): enough to pick one's host, never a list to browse."""
        key = fold(typed)
        if len(key.replace(" ", "")) < MIN_SEARCH_LETTERS:
            return []
        escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        with self.db.read() as session:
            rows = session.execute(
                select(Employee, Tenant.name).join(Tenant)
                .where(Employee.active, Tenant.active,
                       or_(Employee.search_key.like(f"{escaped}%", escape="\\"),
                           Employee.search_key.like(f"% {escaped}%", escape="\\")))
                .order_by(Employee.search_key).limit(MAX_HOSTS)).all()
        return [KioskHost(e.id, person_name(e.first_name, e.last_name), company) for e, company in rows]

    def check_identity(self, guest: KioskGuest) -> KioskGuest:
        """A walk-in's name checked, and the watch list consulted at once, before anything else is asked:
        a match sends the visitor to the desk."""
        errors = identity_errors(guest)
        if errors:
            raise ValidationError(errors)
        clean = replace(guest, last_name=guest.last_name.strip(), first_name=guest.first_name.strip(),
                        organisation=guest.organisation.strip())
        with self.db.read() as session:
            self._screen(session, clean)
        return clean

    def check_walk_in(self, guest: KioskGuest) -> KioskGuest:
        """The whole walk-in form (name and host) before the agreement and the photo."""
        errors = identity_errors(guest) | ({"host": HOST_REQUIRED} if guest.host is None else {})
        if errors:
            raise ValidationError(errors)
        return self.check_identity(guest)

    def agreement_to_sign(self, guest: KioskGuest, language: str) -> AgreementText | None:
        """The text the visitor must read and sign before their badge (in their language), or None: the visit
        type needs none, or a signature of the current version is still valid (a new version asks again)."""
        if not self.agreements.needs_signature(guest.visitor_id, guest.visit_type, language, self.clock.now()):
            return None
        return self.agreements.text_for(guest.visit_type, language)

    # --- arriving -----------------------------------------------------------------------------------------

    def arrive(self, guest: KioskGuest, signature: Signature | None = None, photo: bytes | None = None) -> KioskArrival:
        """Checks the guest in (their invitation's visit, or a walk-in's), then keeps the signed agreement and
        the photo: each in its own short transaction, so the desk never waits for the kiosk."""
        try:
            visit = self._check_in(guest)
        except WatchListMatch as match:
            self._refer(match.hit.entry_id)
            raise KioskReferral() from None
        if signature is not None:
            self.agreements.sign(KIOSK, visit.id, signature.text_id, signature.strokes)
        stored = self.photos.store(KIOSK, visit.id, photo, source="kiosk") if photo else None
        return KioskArrival(visit, signature is not None, stored)

    def _check_in(self, guest: KioskGuest) -> VisitRow:
        if guest.invitation_code:
            with self.db.write() as session:
                visit_id = self.visits.check_in_invitation(session, KIOSK, guest.invitation_code)
            if visit_id is None:
                raise DomainError(UNKNOWN_CODE)
            return self.visits.visit(KIOSK, visit_id)
        if guest.host is None:
            raise ValidationError({"host": HOST_REQUIRED})
        return self.visits.check_in(KIOSK, CheckInForm(
            guest.last_name, guest.first_name, guest.organisation, guest.phone, guest.email,
            host_employee_id=guest.host.id, visit_type=guest.visit_type, visitor_id=guest.visitor_id))

    def _screen(self, session: Session, guest: KioskGuest) -> None:
        hit = watch_hit(session, CheckInForm(guest.last_name, guest.first_name), local_today(self.clock))
        if hit is not None:
            self._refer(hit.entry_id)
            raise KioskReferral()

    def _refer(self, entry_id: str) -> None:
        """The desk's alert: an audited event naming the watch-list entry, never the visitor."""
        with self.db.write() as session:
            audit.record(session, KIOSK, REFERRAL_ACTION, entity="watchlist_entries", entity_id=entry_id,
                         at=self.clock.now())

    # --- the desk's side ----------------------------------------------------------------------------------

    def alerts(self, actor: Actor, after_seq: int = 0) -> list[KioskAlert]:
        """Today's kiosk referrals newer than `after_seq` (the audit event's number in the desk's chain, which
        the kiosk shares with the desk), oldest first."""
        require(actor, Permission.VISITS_CHECKIN)
        with self.db.read() as session:
            return _alerts(session, self.clock, after_seq)


def _alerts(session: Session, clock: Clock, after_seq: int) -> list[KioskAlert]:
    start = local_day_bounds(local_today(clock))[0]
    rows = session.execute(
        select(AuditEvent.at, AuditEvent.entity_id, WatchListEntry.first_name, WatchListEntry.last_name,
               WatchListEntry.reason, AuditEvent.seq)
        .outerjoin(WatchListEntry, WatchListEntry.id == AuditEvent.entity_id)
        .where(AuditEvent.action == REFERRAL_ACTION, AuditEvent.at >= start, AuditEvent.seq > after_seq)
        .order_by(AuditEvent.seq)).all()
    return [KioskAlert(seq, at, person_name(first, last), reason or "")
            for at, _entry, first, last, reason, seq in rows]


def _alerts_tile(session: Session, clock: Clock) -> list[overview.Figure]:
    alerts = _alerts(session, clock, 0)
    if not alerts:
        return []
    last = alerts[-1]
    return [overview.Figure(
        "kiosk.referrals", _("Borne : visiteurs à recevoir"), str(len(alerts)),
        ngettext("{name} à {time} (liste de vigilance)", "dernier : {name} à {time} (liste de vigilance)",
                 len(alerts)).format(name=last.name, time=f"{to_local(last.at):%H:%M}"),
        alert=True, target="visitors")]


overview.register(Permission.VISITS_CHECKIN, _alerts_tile)
