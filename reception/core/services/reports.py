"""Finding and running report kinds the same way from the CLI and the Rapports page.

Parameter convention (every kind reads ReportParams this way):
- "from"/"to" fill date_from/date_to; "date" fills both with the same day; "month" (YYYY-MM) fills them
  with the month's first and last day and keeps options["month"];
- "tenant" and "room" hold ids (the UI picks them; the CLI resolves the name typed with OPTION_RESOLVERS);
- every other option (site code, desk code, username, action, entity, type, session number, company)
  is the text as typed.
"""

from __future__ import annotations

import calendar
import importlib
import pkgutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import reception.core.services as services_package
from reception.core import formats
from reception.core.clock import Clock
from reception.core.database import Database
from reception.core.errors import DomainError, ValidationError
from reception.core.i18n import N_, Labels, _
from reception.core.models import Room, Tenant
from reception.core.reports import REGISTRY, ReportData, ReportKind, ReportParams, run_report
from reception.core.services.permissions import Actor
from reception.core.text import fold

PARAM_LABELS: Labels[str] = Labels({
    "from": N_("Du"), "to": N_("Au"), "date": N_("Jour"), "month": N_("Mois"), "tenant": N_("Société"),
    "room": N_("Salle"), "session": N_("Session de caisse"), "company": N_("Société (texte)"), "site": N_("Site"),
    "desk": N_("Poste"), "user": N_("Utilisateur"), "action": N_("Action"), "type": N_("Type"),
})
DATE_PARAMS: frozenset[str] = frozenset({"from", "to", "date"})

Resolver = Callable[[Session, str, str | None], str]
"""(session, the name typed, the site code typed or None) -> the id."""
OPTION_RESOLVERS: dict[str, Resolver] = {}


class ReportCancelled(DomainError):
    """The person pressed Annuler while the report was being built."""

    def __init__(self) -> None:
        super().__init__(_("Rapport annulé."))


def load_report_kinds() -> dict[str, ReportKind]:
    """Imports every area's `*_reports` module so that all kinds are registered, then returns them."""
    for module in pkgutil.iter_modules(services_package.__path__):
        if module.name.endswith("_reports"):
            importlib.import_module(f"{services_package.__name__}.{module.name}")
    return REGISTRY


def kinds_by_group(actor: Actor) -> dict[str, list[ReportKind]]:
    """The kinds this actor may run, by job, in title order (what the Rapports page lists)."""
    groups: dict[str, list[ReportKind]] = {}
    for kind in sorted(load_report_kinds().values(), key=lambda k: (k.group, k.title)):
        if actor.can(kind.permission):
            groups.setdefault(kind.group, []).append(kind)
    return groups


def month_bounds(text: str) -> tuple[date, date]:
    """'2026-11' or '11/2026' -> first and last day of that month."""
    for sep, order in (("-", (0, 1)), ("/", (1, 0))):
        parts = text.strip().split(sep)
        if len(parts) == 2 and all(p.isdigit() for p in parts):
            year, month = int(parts[order[0]]), int(parts[order[1]])
            if 1 <= month <= 12 and 2000 <= year <= 2100:
                return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    raise ValidationError({"month": _("Mois invalide : {text} (attendu AAAA-MM).").format(text=text)})


def make_params(values: Mapping[str, Any]) -> ReportParams:
    """Builds ReportParams from named values (dates as date objects, the rest as text); see module doc."""
    date_from, date_to = values.get("from"), values.get("to")
    options: dict[str, str] = {}
    if values.get("date") is not None:
        date_from = date_to = values["date"]
        options["date"] = values["date"].isoformat()
    if values.get("month"):
        date_from, date_to = month_bounds(str(values["month"]))
        options["month"] = f"{date_from:%Y-%m}"
    for name, value in values.items():
        if name not in DATE_PARAMS and name != "month" and value not in (None, ""):
            options[name] = str(value)
    if date_from and date_to and date_from > date_to:
        raise ValidationError({"to": _("La date de fin précède la date de début.")})
    return ReportParams(date_from=date_from, date_to=date_to, options=options)


def resolve_options(db: Database, params: ReportParams) -> ReportParams:
    """Turns names typed on the command line into the ids the kinds expect (tenant, room)."""
    wanted = {k: v for k, v in params.options.items() if k in OPTION_RESOLVERS}
    if not wanted:
        return params
    site = params.options.get("site", "").strip().upper() or None
    with db.read() as session:
        resolved = {k: OPTION_RESOLVERS[k](session, v, site) for k, v in wanted.items()}
    return ReportParams(params.date_from, params.date_to, {**params.options, **resolved})


def matching_ids(candidates: list[tuple[str, str]], typed: str) -> list[str]:
    """The ids whose name equals the typed text, else those whose name contains it (accents and case ignored)."""
    key = fold(typed)
    exact = [i for i, name in candidates if fold(name) == key or i == typed]
    return exact or [i for i, name in candidates if key in fold(name)]


def unique_match(candidates: list[tuple[str, str]], typed: str, what: str, field: str) -> str:
    """Picks the id whose name equals, else uniquely contains, the typed text (accents and case ignored)."""
    chosen = matching_ids(candidates, typed)
    if len(chosen) == 1:
        return chosen[0]
    if not chosen:
        raise ValidationError({field: _("{what} introuvable : {typed}.").format(what=what, typed=typed)})
    raise ValidationError({field: _("{what} ambiguë : {typed} ({count} correspondances).").format(
        what=what, typed=typed, count=len(chosen))})


def _named(model: type[Tenant] | type[Room], what: str, field: str) -> Resolver:
    """A resolver of `model` by name, on one site when a site is given. Without one, a name found on several
    sites (head office: every site has its own Atlas Conseil and its own Salle Atlas) asks for the site."""
    def resolve(session: Session, typed: str, site: str | None) -> str:
        label = _(what)
        query = select(model.id, model.name, model.site_code)
        rows = session.execute(query.where(model.site_code == site) if site else query).all()
        if site is None:
            matched = set(matching_ids([(r.id, r.name) for r in rows], typed))
            sites = {r.site_code for r in rows if r.id in matched}
            if len(sites) > 1:
                raise ValidationError({field: _("{what} « {typed} » présente sur {count} sites ({sites}) : précisez "
                                                "le site (--site).").format(what=label, typed=typed, count=len(sites),
                                                                           sites=", ".join(sorted(sites)))})
        return unique_match([(r.id, r.name) for r in rows], typed, label, field)
    return resolve


OPTION_RESOLVERS["tenant"] = _named(Tenant, N_("Société"), "tenant")
OPTION_RESOLVERS["room"] = _named(Room, N_("Salle"), "room")


def describe_params(kind: ReportKind, params: ReportParams) -> str:
    """'Du 01/11/2026 au 30/11/2026 · Action : auth.login' for a report header that set none."""
    parts = []
    first, last = params.date_from, params.date_to
    if first and last and first == last:
        parts.append(_("Jour : {day}").format(day=formats.day(first)))
    elif first and last:
        parts.append(_("Du {first} au {last}").format(first=formats.day(first), last=formats.day(last)))
    elif first:
        parts.append(_("Depuis le {day}").format(day=formats.day(first)))
    elif last:
        parts.append(_("Jusqu'au {day}").format(day=formats.day(last)))
    parts += [_("{label} : {value}").format(label=PARAM_LABELS.get(k, k), value=v) for k, v in params.options.items()
              if k not in ("date", "month") and k in (*kind.params, *kind.cli_params)]
    return " · ".join(parts)


@dataclass(frozen=True)
class ReportRun:
    kind: ReportKind
    params: ReportParams
    data: ReportData


class ReportsService:
    """Runs a kind for an actor and fills in the header's parameters line when the kind left it empty."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def run(self, actor: Actor, kind_key: str, params: ReportParams) -> ReportRun:
        kinds = load_report_kinds()
        if kind_key not in kinds:
            raise DomainError(_("Rapport inconnu : {kind}.").format(kind=kind_key))
        if kinds[kind_key].desk_only and self.db.head_office:
            raise DomainError(_("le rapport {kind} lit la caisse ouverte d'un poste, à lancer sur ce poste ; à la "
                                "centrale : « z --desk POSTE --session N » ou « variances ».").format(kind=kind_key))
        data = run_report(kind_key, self.db, self.clock, actor, params)
        if not data.parameters:
            data.parameters = describe_params(kinds[kind_key], params)
        return ReportRun(kinds[kind_key], params, data)
