"""Redeeming vouchers: exactly once, refused when forged, mistyped, voided or expired.

The claim is ONE conditional UPDATE ... WHERE redeemed_at IS NULL: of two desks or threads scanning
the same voucher, only one changes a row. That UPDATE writes the whole redemption (time, desk, cashier,
row version) and RETURNS the row, which becomes its outbox event (core/outbox.record_core_write): a
redemption is a lookup, one UPDATE, the audit event and two outbox rows, without ORM objects (≤ 5 ms).
"""

from __future__ import annotations

import hmac
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from reception.core import formats
from reception.core.clock import Clock, local_today
from reception.core.database import Database
from reception.core.errors import DomainError
from reception.core.i18n import _
from reception.core.models import Voucher
from reception.core.models.base import table_of
from reception.core.outbox import record_core_write
from reception.core.services import audit
from reception.core.services.cafeteria_cash import desk_code
from reception.core.services.cafeteria_data import Redemption
from reception.core.services.permissions import Actor, Permission, require
from reception.core.services.scan_codes import voucher_readings
from reception.core.services.voucher_codes import ALPHABET, CODE_LENGTH, SiteKey, is_well_formed, printed, signature
from reception.core.services.voucher_codes import split_input as split_voucher_input

# built once: a redemption must stay within 5 ms, and building these cost more than running them
_VOUCHERS = table_of(Voucher)
_LOOKUP = select(Voucher.id, Voucher.site_code, Voucher.signature, Voucher.label, Voucher.voided,
                 Voucher.expires_on).where(Voucher.code == bindparam("code"))
_CLAIM = (update(_VOUCHERS)
          .where(_VOUCHERS.c.id == bindparam("voucher_id"), _VOUCHERS.c.redeemed_at.is_(None))
          .values(redeemed_at=bindparam("redeemed_at"), redeemed_desk=bindparam("redeemed_desk"),
                  redeemed_by=bindparam("redeemed_by"), row_version=_VOUCHERS.c.row_version + 1)
          .returning(*_VOUCHERS.columns))


class VoucherRefused(DomainError):
    """A voucher that cannot be used; `reason` is one of unreadable, forged, unknown, voided, expired, used."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message, field="code")
        self.reason = reason


def site_has_vouchers(session: Session, site_code: str) -> bool:
    """Whether a missing key file may be replaced by a new key: only while nothing was signed with the old."""
    return session.execute(select(Voucher.id).where(Voucher.site_code == site_code).limit(1)).first() is not None


class VoucherDesk:
    """Mixin of CafeteriaService: the site key and redemption."""

    db: Database
    clock: Clock
    _keys: dict[str, SiteKey]

    def _site_key(self, site_code: str | None) -> SiteKey:
        if site_code is None:
            identity = self.db.identity()
            site_code = identity.site_code if identity else "CAS"
        if site_code not in self._keys:
            self._keys[site_code] = SiteKey(self.db.path.parent, site_code)
        return self._keys[site_code]

    def site_key(self, site_code: str | None = None, session: Session | None = None) -> bytes:
        """The site's HMAC key, from the file beside the database (created on first use, before any voucher).

        `session`: the caller's unit of work, where the site's vouchers are looked for if the file is missing.
        """
        key = self._site_key(site_code)
        return key.get(lambda: self._site_has_vouchers(key, session))

    def _site_has_vouchers(self, key: SiteKey, session: Session | None) -> bool:
        if session is not None:
            return site_has_vouchers(session, key.site_code)
        with self.db.read() as own:
            return site_has_vouchers(own, key.site_code)

    def site_key_path(self, site_code: str | None = None) -> Path:
        """Where the key file is, for the admin who copies it to the site's other desks."""
        self.site_key(site_code)
        return self._site_key(site_code).path

    def redeem(self, actor: Actor, text: str) -> Redemption:
        """Marks a typed or scanned voucher used, or raises VoucherRefused saying why."""
        require(actor, Permission.CAFETERIA_SELL)
        code, scanned_signature = split_voucher_input(self._issued_reading(text))
        if len(code) != CODE_LENGTH or any(c not in ALPHABET for c in code):
            raise VoucherRefused("unreadable", _("Code illisible : 10 caractères et un caractère de contrôle, "
                                                 "par exemple ABCDE-FGHJK-M."))
        if not is_well_formed(code):
            raise VoucherRefused("forged", _("Code refusé : le caractère de contrôle ne correspond pas "
                                             "(code mal saisi ou bon contrefait)."))
        now = self.clock.now()
        with self.db.write() as session:
            row = session.execute(_LOOKUP, {"code": code}).first()
            if row is None:
                raise VoucherRefused("unknown", _("Bon {code} inconnu : il n'a jamais été émis ici.").format(
                    code=printed(code)))
            expected = signature(self.site_key(row.site_code, session), code, row.expires_on)
            if not hmac.compare_digest(expected, row.signature) or (
                    scanned_signature is not None and not hmac.compare_digest(expected, scanned_signature)):
                raise VoucherRefused("forged", _("Bon {code} refusé : signature invalide, bon contrefait.").format(
                    code=printed(code)))
            if row.voided:
                raise VoucherRefused("voided", _("Bon {code} annulé avec sa vente : il n'est plus valable.").format(
                    code=printed(code)))
            if row.expires_on < local_today(self.clock):
                raise VoucherRefused("expired", _("Bon {code} expiré le {day}.").format(
                    code=printed(code), day=formats.day(row.expires_on)))
            desk = desk_code(session)
            self._claim(session, row.id, code, now, desk, actor)
            audit.record(session, actor, "cafeteria.voucher_redeem", entity="vouchers", entity_id=row.id,
                         after={"code": code, "desk": desk}, at=now)
            return Redemption(code, row.label, now, desk)

    @staticmethod
    def _claim(session: Session, voucher_id: str, code: str, now: datetime, desk: str, actor: Actor) -> None:
        """The one UPDATE that decides; its RETURNED row is the redemption's outbox event."""
        claimed = session.connection().execute(
            _CLAIM, {"voucher_id": voucher_id, "redeemed_at": now, "redeemed_desk": desk,
                     "redeemed_by": actor.full_name}).mappings().first()
        if claimed is None:
            used = session.execute(select(Voucher.redeemed_at, Voucher.redeemed_desk, Voucher.redeemed_by)
                                   .where(Voucher.id == voucher_id)).one()
            raise VoucherRefused("used", _("Bon {code} déjà utilisé {when} au poste {desk} ({user}).").format(
                code=printed(code), when=formats.when(used.redeemed_at), desk=used.redeemed_desk,
                user=used.redeemed_by))
        record_core_write(session, _VOUCHERS, "update", claimed)

    def _issued_reading(self, text: str) -> str:
        """A scan read back through a keyboard-layout mismatch may have several readings: the one whose
        code was issued here wins; typed text without a reading is kept as typed."""
        readings = voucher_readings(text)
        if len(readings) <= 1:
            return readings[0] if readings else text
        with self.db.read() as session:
            issued = set(session.scalars(select(Voucher.code).where(
                Voucher.code.in_([r[:CODE_LENGTH] for r in readings]))))
        return next((r for r in readings if r[:CODE_LENGTH] in issued), readings[0])

    def outstanding_count(self, actor: Actor, tenant_id: str | None = None, on: date | None = None) -> int:
        """Vouchers sold, not used, not voided and not expired: coffee the park still owes."""
        require(actor, Permission.CAFETERIA_SELL)
        day = on or local_today(self.clock)
        query = select(func.count()).select_from(Voucher).where(
            Voucher.redeemed_at.is_(None), ~Voucher.voided, Voucher.expires_on >= day)
        if tenant_id:
            query = query.where(Voucher.tenant_id == tenant_id)
        with self.db.read() as session:
            return session.scalar(query) or 0

