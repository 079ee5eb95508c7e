"""Central's side of an erasure (law 09-08): a desk's "erase" event anonymises central's copy.

The event (written by core/erasure.py) names rows by id only: {"site_code": ..., "rows": {table: [ids]}}.
Central overwrites the personal columns of those rows (ERASED_VALUES), of visits still linked to an erased
visitor, and of the payloads kept with conflicts about them. Row versions stay as they are, so a later
version from the desk still applies; the txid trigger stamps the change like any other write. A site_code
other than the desk's own is refused like any row of another site (row-level security would refuse it too).
"""

from __future__ import annotations

import json

from sqlalchemy import ColumnElement, or_, select, update
from sqlalchemy.engine import Connection

from reception.core.erasure import erase_payload
from reception.core.models.visits import ERASED_VALUES
from reception.sync.central import replicated, sync_conflicts


def apply_erasure(conn: Connection, desk_site: str, payload: str) -> tuple[str, str] | None:
    """Anonymises the rows the event names; a refusal comes back as (kind, French detail)."""
    try:
        content = json.loads(payload)
        site_code, rows = str(content["site_code"]), dict(content["rows"])
    except (ValueError, KeyError, TypeError):
        return "refused", "Demande d'effacement illisible : mise de côté."
    if site_code != desk_site:
        return "site", f"Effacement pour un autre site ({site_code}) : refusé."
    tables = replicated()
    visitor_ids = [str(i) for i in rows.get("visitors", [])]
    for entity, values in ERASED_VALUES.items():
        ids = [str(i) for i in rows.get(entity, [])]
        table = tables[entity]
        match: ColumnElement[bool] = table.c.id.in_(ids)
        if entity == "visits":
            match = or_(match, table.c.visitor_id.in_(visitor_ids))
        conn.execute(update(table).where(table.c.site_code == site_code, match).values(**values))
        _scrub_conflicts(conn, site_code, entity, ids)
    return None


def _scrub_conflicts(conn: Connection, site_code: str, entity: str, ids: list[str]) -> None:
    if not ids:
        return
    found = conn.execute(select(sync_conflicts.c.key, sync_conflicts.c.payload).where(
        sync_conflicts.c.site_code == site_code, sync_conflicts.c.entity == entity,
        sync_conflicts.c.row_id.in_(ids))).all()
    for key, payload in found:
        conn.execute(update(sync_conflicts).where(sync_conflicts.c.key == key)
                     .values(payload=erase_payload(entity, payload)))
