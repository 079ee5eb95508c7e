"""The report framework's core half: each report kind is a data query that returns ReportData.

A kind is registered once (by its area's module) and is then available everywhere: the Rapports page,
`reception report KIND ...`, the CSV/XLSX exports and the PDF layout (reception/printing/reports.py renders
ReportData generically; a kind may register its own layout there, e.g. the Z report or the evacuation roll).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from reception.core.clock import Clock
from reception.core.database import Database
from reception.core.i18n import _
from reception.core.services.permissions import Actor, Permission, require

ColumnKind = Literal["text", "int", "money", "date", "datetime", "time", "percent", "hours"]
ParamName = Literal["from", "to", "date", "month", "tenant", "room", "session", "company", "site", "desk", "user",
                    "action", "type"]


@dataclass(frozen=True)
class Column:
    title: str
    kind: ColumnKind = "text"
    width_mm: float | None = None


@dataclass
class ReportTable:
    """Rows hold typed values (int centimes for money, date/datetime objects, float ratios for percent)."""

    title: str
    columns: list[Column]
    rows: list[tuple[Any, ...]]
    totals: tuple[Any, ...] | None = None
    summary_rows: int | None = None  # where space is short (the digest), show at most this many rows


@dataclass
class Chart:
    """A bar or line chart: one label per point, one or more named series of numbers."""

    title: str
    labels: list[str]
    series: dict[str, list[float]]
    kind: Literal["bar", "line"] = "bar"


@dataclass
class ReportData:
    title: str
    parameters: str = ""
    summary: list[tuple[str, str]] = field(default_factory=list)
    tables: list[ReportTable] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    parts: list[ReportPart] = field(default_factory=list)
    pictures: dict[str, bytes] = field(default_factory=dict)
    """JPEGs by a row's key, for the layouts that show them (the evacuation list: photos by badge number)."""


@dataclass(frozen=True)
class ReportPart:
    """A document that goes with a report as a file of its own (one company's statement next to the month's
    summary): `name` becomes its file name, `layout` is the report kind whose paper it uses."""

    name: str
    layout: str
    data: ReportData


@dataclass(frozen=True)
class ReportParams:
    date_from: date | None = None
    date_to: date | None = None
    options: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ReportContext:
    db: Database
    clock: Clock
    actor: Actor
    params: ReportParams


@dataclass(frozen=True)
class ReportKind:
    """A report: its French title, group and description are catalogue entries (marked with N_() where the
    kind is registered); `title`, `group` and `description` read them in the current language."""

    key: str  # as typed on the command line: visitor-log, z, room-statement...
    source_title: str
    source_group: str  # the job it belongs to on the Rapports page: Visiteurs, Salles, Cafétéria, Direction...
    permission: Permission
    params: tuple[ParamName, ...]
    build: Callable[[ReportContext], ReportData]
    source_description: str = ""
    writes_folder: bool = False  # its parts are written as files into a folder, next to the summary
    desk_only: bool = False  # reads a desk's live state (its open drawer): refused at head office
    cli_params: tuple[ParamName, ...] = ()  # options of the command line only (head office: --site for a tenant)

    @property
    def title(self) -> str:
        return _(self.source_title)

    @property
    def group(self) -> str:
        return _(self.source_group)

    @property
    def description(self) -> str:
        return _(self.source_description)


REGISTRY: dict[str, ReportKind] = {}


def register(kind: ReportKind) -> ReportKind:
    REGISTRY[kind.key] = kind
    return kind


def run_report(kind_key: str, db: Database, clock: Clock, actor: Actor, params: ReportParams) -> ReportData:
    """Checks the permission, then runs the kind's query."""
    kind = REGISTRY[kind_key]
    require(actor, kind.permission)
    return kind.build(ReportContext(db, clock, actor, params))
