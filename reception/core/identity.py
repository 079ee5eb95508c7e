"""Which site, desk, epoch and schema revision a database belongs to, read once and cached.

Every write needs these (the outbox stamps each event, the audit chain is per desk, receipt numbers are
prefixed by the desk); reading them per statement cost several queries per sale, so they are cached per
database file and forgotten when the identity, the epoch or the schema changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import URL, select, text
from sqlalchemy.orm import Session

from reception.core.models.local import LocalIdentity
from reception.core.numbering import chain_key


@dataclass(frozen=True)
class DeskStamp:
    site_code: str
    desk_code: str
    epoch: str
    schema_rev: str
    series: str = ""
    """The numbering series ("" = main; a provisional one after a restore, see core/numbering.py)."""

    @property
    def chain_key(self) -> str:
        """Whose audit chain and badge counters this desk writes now."""
        return chain_key(self.desk_code, self.series)


_CACHE: dict[URL, DeskStamp] = {}  # by the engine's URL itself: rendering it as text cost more than the lookup


def desk_stamp(session: Session) -> DeskStamp:
    """The identity of the database the session is bound to; empty codes before the first set-up."""
    key = session.get_bind().engine.url
    stamp = _CACHE.get(key)
    if stamp is None:
        identity = session.execute(select(LocalIdentity)).scalar_one_or_none()
        revs = session.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        if identity is None:
            return DeskStamp("", "", "", ",".join(sorted(revs)))
        stamp = _CACHE[key] = DeskStamp(identity.site_code, identity.desk_code, identity.epoch,
                                        ",".join(sorted(revs)), identity.series)
    return stamp


def forget(url: URL) -> None:
    """Called when the identity, the epoch or the schema of that database changes."""
    _CACHE.pop(url, None)
