"""Which console versions central accepts: head office raises the bar, older desks stop pushing until updated.

The console's version has one source, `reception.__version__` (pyproject.toml reads it from there). Central
keeps the lowest desk version it accepts in `sync_schema` (`reception central require-version X`). A desk
below it stops before pushing (exit 18), keeps its outbox and goes on working locally; once updated, its next
sync pushes everything. Central enforces the same rule with a trigger on `sync_batches` (c005), so even a
desk too old to know about it cannot push. Versions compare by their leading numbers: 1.10.0 > 1.9.2.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import Connection

import reception
from reception.core.errors import ValidationError
from reception.core.i18n import _
from reception.sync.central import MIN_DESK_VERSION_KEY, central_engine, sync_schema

EXIT_TOO_OLD = 18
_NUMBERS = re.compile(r"^\d+(\.\d+)*")


def app_version() -> str:
    return reception.__version__


def version_key(version: str) -> tuple[int, ...]:
    """1.10.0 -> (1, 10, 0); what follows the numbers (1.2.0rc1) is ignored; () when there are none."""
    found = _NUMBERS.match(version.strip())
    return tuple(int(part) for part in found.group(0).split(".")) if found else ()


def minimum_desk_version(conn: Connection) -> str | None:
    return conn.execute(select(sync_schema.c.value).where(sync_schema.c.key == MIN_DESK_VERSION_KEY)).scalar()


def too_old(own: str, minimum: str | None) -> str:
    """The French refusal for a desk below central's minimum, or '' when it may push."""
    if not minimum or version_key(own) >= version_key(minimum):
        return ""
    return _("Cette console (version {own}) est trop ancienne pour la base centrale, qui demande la version "
             "{minimum} au moins : rien n'est envoyé, les changements restent en attente sur ce poste, qui "
             "continue de fonctionner. Faites installer la mise à jour ; la synchronisation reprendra "
             "ensuite.").format(own=own, minimum=minimum)


def require_version(url: str, version: str) -> None:
    """Head office: from now on central refuses pushes of consoles older than `version`."""
    if not version_key(version):
        raise ValidationError({"version": _("Version illisible : {version} (attendu par exemple 1.2.0).")
                               .format(version=version)})
    engine = central_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(pg_insert(sync_schema).values(key=MIN_DESK_VERSION_KEY, value=version.strip())
                         .on_conflict_do_update(index_elements=["key"], set_={"value": version.strip()}))
    finally:
        engine.dispose()
