"""The manager's daily digest: one section per area, assembled for a two-minute read.

Each area contributes a section provider with `register_digest_section(name, fn(session, day))`; the
digest report kind reads every section in one snapshot. Alerts from all sections are gathered at the top.
The PDF is stored in the data folder under digests/YYYY-MM-DD.pdf when generated for the day.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from reception.core.clock import Clock, local_today
from reception.core.database import Database
from reception.core.i18n import N_, _
from reception.core.paths import data_dir
from reception.core.reports import Chart, ReportData, ReportTable
from reception.core.services import audit, overview
from reception.core.services.overview import Figure
from reception.core.services.permissions import Actor, Permission, require

WEEKDAYS = (N_("lundi"), N_("mardi"), N_("mercredi"), N_("jeudi"), N_("vendredi"), N_("samedi"), N_("dimanche"))
"""Weekday names (catalogue entries): `weekday(day)` reads one in the current language."""


def weekday(day: date) -> str:
    return _(WEEKDAYS[day.weekday()])


@dataclass
class DigestSection:
    """What one area says about the day: key figures, small tables, charts and alerts."""

    title: str
    figures: list[tuple[str, str]] = field(default_factory=list)
    tables: list[ReportTable] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    alerts: list[str] = field(default_factory=list)


SectionProvider = Callable[[Session, date], DigestSection]
_SECTIONS: dict[str, SectionProvider] = {}
_HEAD_OFFICE: dict[str, SectionProvider] = {}


def register_digest_section(name: str, provider: SectionProvider, *, head_office: bool = False) -> SectionProvider:
    """Sections appear in registration order; registering a name again replaces its provider. A head-office
    provider stands in for the section of the same name when the digest is read at central (across sites)."""
    (_HEAD_OFFICE if head_office else _SECTIONS)[name] = provider
    return provider


@dataclass
class DigestData(ReportData):
    """ReportData (for CSV/XLSX and the generic layout) that keeps its sections for the digest layout."""

    day: date | None = None
    sections: list[DigestSection] = field(default_factory=list)
    alerts: list[str] = field(default_factory=list)


def day_label(day: date) -> str:
    return f"{weekday(day)} {day:%d/%m/%Y}"


def build_digest(db: Database, day: date) -> DigestData:
    """Every registered section for the day, read in one snapshot."""
    importlib.import_module("reception.core.services.digest_sections")  # the areas' sections register on import
    providers = {name: _HEAD_OFFICE.get(name, provider) if db.head_office else provider
                 for name, provider in _SECTIONS.items()}
    with db.read() as session:
        sections = [provider(session, day) for provider in providers.values()]
    alerts = [alert for section in sections for alert in section.alerts]
    return DigestData(
        title=_("Résumé de la journée"),
        parameters=day_label(day).capitalize(),
        summary=[(f"{s.title} — {label}", value) for s in sections for label, value in s.figures],
        tables=[_prefixed(s.title, t) for s in sections for t in s.tables],
        charts=[c for s in sections for c in s.charts],
        notes=[_("Alerte : {alert}").format(alert=a) for a in alerts],
        day=day,
        sections=sections,
        alerts=alerts,
    )


def _prefixed(section: str, table: ReportTable) -> ReportTable:
    return ReportTable(f"{section} — {table.title}", table.columns, table.rows, table.totals)


def digest_path(day: date) -> Path:
    return data_dir() / "digests" / f"{day:%Y-%m-%d}.pdf"


def _digest_ready(_session: Session, clock: Clock) -> list[Figure]:
    """The Accueil tile that tells the manager today's digest is waiting."""
    today = local_today(clock)
    if not digest_path(today).exists():
        return []
    return [Figure("reports.digest", _("Résumé du jour prêt"), day_label(today).capitalize(),
                   _("Visiteurs, salles, cafétéria et alertes de la journée."), target="digest")]


overview.register(Permission.JOURNAL_VIEW, _digest_ready)


class DigestService:
    """Stores the day's digest PDF (rendered by the caller: the core does not draw) and tells if it exists."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def store(self, actor: Actor, day: date, pdf: bytes) -> Path:
        """Writes digests/YYYY-MM-DD.pdf atomically and records it in the audit trail."""
        require(actor, Permission.JOURNAL_VIEW)
        path = digest_path(day)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".part")
        partial.write_bytes(pdf)
        partial.replace(path)
        with self.db.write() as session:
            audit.record(session, actor, "reports.digest", entity="digest", entity_id=day.isoformat(),
                         after={"file": path.name, "bytes": len(pdf)}, at=self.clock.now())
        return path

    def stored(self, actor: Actor, day: date) -> Path | None:
        require(actor, Permission.JOURNAL_VIEW)
        path = digest_path(day)
        return path if path.exists() else None
