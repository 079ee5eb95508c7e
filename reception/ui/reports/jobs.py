"""What the Rapports page runs off the GUI thread: build a report and its PDF, export it, store the digest.

Plain functions over the services (no widgets), so they are easy to test and to reuse (the digest timer).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from reception.core.clock import to_local
from reception.core.errors import PermissionDenied
from reception.core.services.cafeteria_data import SessionRow
from reception.core.services.container import Services
from reception.core.services.journal_text import action_label
from reception.core.services.permissions import Actor, Permission
from reception.core.services.reports import ReportCancelled, ReportRun, make_params
from reception.printing.document import ReportMeta
from reception.printing.exports import render_as
from reception.printing.report_files import WrittenFiles, write_report_files
from reception.printing.reports import render_kind, report_meta

Progress = Callable[[int], bool]


@dataclass(frozen=True)
class RenderedReport:
    run: ReportRun
    meta: ReportMeta
    pdf: bytes
    printer: str


def _query(services: Services, actor: Actor, kind_key: str, values: dict[str, Any], progress: Progress) -> ReportRun:
    """The kind's query: the first tenth of the progress bar; stops with ReportCancelled when progress says so."""
    params = make_params(values)
    if not progress(2):
        raise ReportCancelled()
    run = services.reports.run(actor, kind_key, params)
    if not progress(10):
        raise ReportCancelled()
    return run


def _after_query(progress: Progress) -> Progress:
    """The rest of the bar (10-100 %) for the layout or the files."""
    return lambda percent: progress(10 + percent * 9 // 10)


def build_report(services: Services, actor: Actor, kind_key: str, values: dict[str, Any],
                 progress: Progress) -> RenderedReport:
    """Runs the kind's query, then lays out its PDF."""
    run = _query(services, actor, kind_key, values, progress)
    meta = report_meta(run.data, actor.full_name, services.clock.now())
    pdf = render_kind(kind_key, run.data, meta, _after_query(progress))
    progress(100)
    return RenderedReport(run, meta, pdf, services.settings.get("printing.report_printer"))


@dataclass(frozen=True)
class WrittenReport:
    """A report written as a folder: the summary shown in the preview, and the files on disk."""

    report: RenderedReport
    files: WrittenFiles
    folder: Path


def write_report_folder(services: Services, actor: Actor, kind_key: str, values: dict[str, Any], folder: Path,
                        progress: Progress) -> WrittenReport:
    """Runs a folder kind (the month's room statements) and writes its summary and parts into `folder`."""
    run = _query(services, actor, kind_key, values, progress)
    files = write_report_files(kind_key, run.data, actor.full_name, services.clock.now(), folder,
                               run.params.options.get("month", ""), _after_query(progress))
    progress(100)
    meta = report_meta(run.data, actor.full_name, services.clock.now())
    report = RenderedReport(run, meta, files.summary.read_bytes(), services.settings.get("printing.report_printer"))
    return WrittenReport(report, files, folder)


def export_report(report: RenderedReport, fmt: str, target: Path) -> Path:
    """Writes the report already built as PDF, CSV or XLSX (no second query)."""
    content = report.pdf if fmt == "pdf" else render_as(fmt, report.run.kind.key, report.run.data, report.meta)
    target.write_bytes(content)
    return target


def load_choices(services: Services, actor: Actor) -> dict[str, list[tuple[str, str]]]:
    """Drop-down entries for the pickers the actor may fill (each list only if its reading is allowed)."""
    choices: dict[str, list[tuple[str, str]]] = {}
    readers: dict[str, Callable[[], list[tuple[str, str]]]] = {
        "tenant": lambda: [(t.name, t.id) for t in services.directory.tenants(actor)],
        "room": lambda: [(r.name, r.id) for r in services.rooms.rooms(actor)],
    }
    if actor.can(Permission.REPORTS_DESK):
        readers["session"] = lambda: [(_session_label(r), str(r.number))
                                      for r in services.cafeteria.recent_sessions(actor)]
    if actor.can(Permission.JOURNAL_VIEW):
        readers["user"] = lambda: [(u, u) for u in services.journal.usernames(actor)]
        readers["action"] = lambda: [(action_label(a), a) for a in services.journal.actions(actor)]
    for name, read in readers.items():
        try:
            choices[name] = read()
        except PermissionDenied:
            continue
    return choices


def _session_label(row: SessionRow) -> str:
    """"12 — ouverte le 26/11 à 08:02" or "11 — clôturée le 25/11 à 19:40": the number and what it was."""
    if row.closed_at is None:
        text, moment = QCoreApplication.translate("ReportChoices", "{n} — ouverte le {day} à {time}"), row.opened_at
    else:
        text, moment = QCoreApplication.translate("ReportChoices", "{n} — clôturée le {day} à {time}"), row.closed_at
    local = to_local(moment)
    return text.format(n=row.number, day=f"{local:%d/%m}", time=f"{local:%H:%M}")


def generate_digest(services: Services, actor: Actor, day: date) -> Path:
    """Builds the day's digest PDF and stores it under digests/ in the data folder."""
    run = services.reports.run(actor, "digest", make_params({"date": day}))
    pdf = render_kind("digest", run.data, report_meta(run.data, actor.full_name, services.clock.now()))
    return services.digests.store(actor, day, pdf)
