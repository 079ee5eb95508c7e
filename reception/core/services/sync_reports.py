"""Head office's view of the sync: the conflicts still open, per site (the same kind runs at a desk).

On the central database (`reception report sync-conflicts --db postgresql://…`) it lists every site's
open conflicts, which the desks share there (sync/conflict_sharing.py) next to the refusals recorded by
the push; on a desk, that desk's own list. The central table has the site and desk of each conflict; a
desk's conflicts are all its own.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text

from reception.core.i18n import N_, _
from reception.core.reports import Column, ReportContext, ReportData, ReportKind, ReportTable, register
from reception.core.services.audit_reports import GROUP
from reception.core.services.permissions import Permission
from reception.core.services.sync_status import KIND_LABELS

TITLE = N_("Conflits de synchronisation ouverts")
_CENTRAL_SQL = ("SELECT site_code, desk, kind, entity, row_id, other_row_id, detail, detected_at FROM sync_conflicts "
                "WHERE resolved_at IS NULL AND (:site = '' OR site_code = :site) ORDER BY site_code, detected_at")
_DESK_SQL = ("SELECT i.site_code, i.desk_code, c.kind, c.entity, c.row_id, c.other_row_id, c.detail, c.detected_at "
             "FROM sync_conflicts c, local_identity i WHERE c.resolved_at IS NULL "
             "AND (:site = '' OR i.site_code = :site) ORDER BY c.detected_at")


def _utc(value: Any) -> datetime:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _open_conflicts(ctx: ReportContext) -> ReportData:
    site = ctx.params.options.get("site", "").strip().upper()
    with ctx.db.read() as session:
        central = session.get_bind().dialect.name == "postgresql"
        found = session.execute(text(_CENTRAL_SQL if central else _DESK_SQL), {"site": site}).all()
    rows = [(r[0], r[1], KIND_LABELS.get(r[2], r[2]), r[3], r[6], _utc(r[7])) for r in found]
    per_site = Counter(r[0] for r in rows)
    return ReportData(
        title=_(TITLE),
        parameters=_("Site : {site}").format(site=site) if site else _("Tous les sites"),
        summary=[(_("Conflits ouverts"), str(len(rows))),
                 *((_("Site {code}").format(code=code), str(n)) for code, n in sorted(per_site.items()))],
        tables=[ReportTable(_("Conflits à régler"), [
            Column(_("Site"), width_mm=14), Column(_("Poste"), width_mm=20), Column(_("Type"), width_mm=40),
            Column(_("Objet"), width_mm=24), Column(_("Détail")), Column(_("Détecté le"), "datetime", 30)], rows)],
        notes=[] if rows else [_("Aucun conflit ouvert.")],
    )


register(ReportKind("sync-conflicts", TITLE, GROUP, Permission.CONFLICTS_RESOLVE, ("site",), _open_conflicts,
                    N_("Les conflits que la synchronisation n'a pas pu régler seule, par site : réservations qui se "
                       "chevauchent, modifications refusées, bons utilisés deux fois.")))
