"""The foundation's report kinds: failed logins and lockouts, the audit trail extract, the daily digest."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any

from reception.core import formats
from reception.core.clock import local_today, to_local
from reception.core.i18n import N_, _
from reception.core.reports import Chart, Column, ReportContext, ReportData, ReportKind, ReportTable, register
from reception.core.services.digest import build_digest
from reception.core.services.journal import JournalFilters, JournalService
from reception.core.services.journal_text import field_label, shown_details, shown_value
from reception.core.services.permissions import Permission

GROUP = N_("Direction")
DEFAULT_DAYS = 30
AUDIT_ROW_LIMIT = 20_000


def date_range(ctx: ReportContext, default_days: int = DEFAULT_DAYS) -> tuple[date, date]:
    """The asked range, else the last `default_days` days up to today."""
    end = ctx.params.date_to or local_today(ctx.clock)
    start = ctx.params.date_from or end - timedelta(days=default_days - 1)
    return start, end


def _failed_logins(ctx: ReportContext) -> ReportData:
    start, end = date_range(ctx)
    journal = JournalService(ctx.db, ctx.clock)
    rows, per_day, per_user = [], Counter[date](), Counter[str]()
    lockouts = 0
    for action in ("auth.login_failed", "auth.lockout"):
        filters = JournalFilters(start, end, ctx.params.options.get("user", ""), action)
        for e in journal.iterate(ctx.actor, filters):
            detail = json.loads(e.after or "{}")
            if action == "auth.lockout":
                lockouts += 1
                what = _("Verrouillage")
                until = detail.get("until", "")
                note = _("jusqu'à {time}").format(time=formats.clock(datetime.fromisoformat(until))) if until else ""
            else:
                what, note = _("Échec"), _("essai n° {attempt}").format(attempt=detail.get("attempt", "?"))
                per_day[to_local(e.at).date()] += 1
                per_user[e.username] += 1
            rows.append((e.at, e.username, what, note, e.desk_code))
    rows.sort(key=lambda r: r[0], reverse=True)
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    charts = [Chart(_("Échecs de connexion par jour"), [f"{d:%d/%m}" for d in days],
                    {_("Échecs"): [per_day[d] for d in days]})] if 1 < len(days) <= 62 else []
    top = ", ".join(f"{user} ({count})" for user, count in per_user.most_common(3)) or "—"
    return ReportData(
        title=_("Échecs de connexion et verrouillages"),
        summary=[(_("Échecs de connexion"), str(sum(per_user.values()))), (_("Verrouillages"), str(lockouts)),
                 (_("Identifiants concernés"), str(len(per_user))), (_("Les plus fréquents"), top)],
        charts=charts,
        tables=[ReportTable(_("Événements"), [Column(_("Date et heure"), "datetime"), Column(_("Identifiant")),
                                             Column(_("Événement")), Column(_("Détail")), Column(_("Poste"))], rows)],
    )


def _change(before: str, after: str) -> str:
    """'champ : ancien → nouveau' for the fields that changed, short enough for a report line: the fields and
    values in words, as the Journal's details show them (journal_text), not the stored names."""
    old, new = shown_details(json.loads(before or "{}")), shown_details(json.loads(after or "{}"))
    keys = [k for k in dict.fromkeys([*old, *new]) if old.get(k) != new.get(k)]
    parts = [_("{field} : {old} → {new}").format(field=field_label(k), old=shown_value(k, old[k]),
                                                  new=shown_value(k, new[k]) if k in new else "∅")
             if k in old else _("{field} : {value}").format(field=field_label(k), value=shown_value(k, new[k]))
             for k in keys[:4]]
    separator = _(" ; ")  # French typography spaces it; English does not
    text = separator.join(parts) + (separator + "…" if len(keys) > 4 else "")
    return text if len(text) <= 160 else text[:159] + "…"


def _object(entity: str, entity_id: str) -> str:
    """'visits 6b65647a' (a uuid shortened) or 'settings visits.retention_days'."""
    return f"{entity} {entity_id[:8] if len(entity_id) == 36 else entity_id}".strip()


def _audit(ctx: ReportContext) -> ReportData:
    start, end = date_range(ctx)
    options = ctx.params.options
    filters = JournalFilters(start, end, options.get("user", ""), options.get("action", ""), options.get("type", ""))
    rows: list[tuple[Any, ...]] = []
    actions = Counter[str]()
    for e in JournalService(ctx.db, ctx.clock).iterate(ctx.actor, filters):
        if len(rows) == AUDIT_ROW_LIMIT:
            break
        actions[e.action] += 1
        rows.append((e.at, e.desk_code, e.seq, e.username, e.action, _object(e.entity, e.entity_id),
                     _change(e.before, e.after)))
    notes = [_("Extrait limité aux {count} événements les plus récents : resserrez les filtres.").format(
        count=AUDIT_ROW_LIMIT)] \
        if len(rows) == AUDIT_ROW_LIMIT else []
    return ReportData(
        title=_("Extrait du journal d'audit"),
        summary=[(_("Événements"), str(len(rows))), (_("Actions distinctes"), str(len(actions))),
                 (_("Action la plus fréquente"), actions.most_common(1)[0][0] if actions else "—")],
        tables=[ReportTable(_("Événements"), [
            Column(_("Date et heure"), "datetime"), Column(_("Poste")), Column(_("N°"), "int"),
            Column(_("Utilisateur")), Column(_("Action")), Column(_("Objet")), Column(_("Modification"))], rows)],
        notes=notes,
    )


def _digest(ctx: ReportContext) -> ReportData:
    return build_digest(ctx.db, ctx.params.date_from or local_today(ctx.clock))


register(ReportKind("failed-logins", N_("Échecs de connexion et verrouillages"), GROUP, Permission.JOURNAL_VIEW,
                    ("from", "to", "user"), _failed_logins,
                    N_("Tentatives de connexion refusées et comptes verrouillés, par jour et par identifiant.")))
register(ReportKind("audit", N_("Extrait du journal d'audit"), GROUP, Permission.JOURNAL_VIEW,
                    ("from", "to", "user", "action", "type"), _audit,
                    N_("Qui a fait quoi et quand, avec les modifications ; filtre par utilisateur, action, objet.")))
register(ReportKind("digest", N_("Résumé quotidien du responsable"), GROUP, Permission.JOURNAL_VIEW,
                    ("date",), _digest,
                    N_("Visiteurs, salles, cafétéria, alertes et synchronisation d'une journée, en deux pages.")))
