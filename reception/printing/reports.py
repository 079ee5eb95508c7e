"""The generic A4 layout of any report kind, and the registry of special layouts.

`render_pdf` lays out a ReportData: summary (key/value block), charts, then the typed tables with a
repeating header and a totals row. An area whose paper must look different (evacuation roll, Z report)
registers its own function with `register_layout`; `render_kind` picks it, else the generic one.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, lru_cache
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, TableStyle

import reception.printing as printing_package
from reception.core import formats
from reception.core.i18n import _
from reception.core.reports import Chart, Column, ReportData, ReportTable
from reception.core.services.reports import ReportCancelled
from reception.printing.brand import ACCENT, FONT, FONT_BOLD, INK, LIGHT, MUTED, RULE
from reception.printing.cells import NUMERIC_KINDS, format_cell
from reception.printing.document import MARGIN, STYLES, ParkTable, ReportMeta, build_report, gap, heading, paragraph

Layout = Callable[[ReportData, ReportMeta], bytes]
Progress = Callable[[int], bool]
LAYOUTS: dict[str, Layout] = {}

FRAME_WIDTH = A4[0] - 2 * MARGIN - 2 * 6  # the body Frame keeps its default 6 pt padding on each side
CELL_FONT_SIZE = 8
CELL_PADDING = 3
ROW_PADDING = 2.5
LINE_HEIGHT = CELL_FONT_SIZE * 1.2
MIN_TEXT_WIDTH = 12 * mm
SHORT_TEXT = 24 * mm  # a text column this narrow (a type, a code) is never squeezed into wrapping
SERIES_COLOURS = (ACCENT, colors.HexColor("#F59E0B"), colors.HexColor("#6366F1"), colors.HexColor("#EF4444"),
                  colors.HexColor("#10B981"), MUTED)
SUMMARY_LABEL = ParagraphStyle("summary_label", parent=STYLES["body"], fontSize=8.5, textColor=MUTED)


def register_layout(kind_key: str, layout: Layout) -> Layout:
    """Plugs a special layout for one kind; the CLI, the preview and printing all use it."""
    LAYOUTS[kind_key] = layout
    return layout


@cache
def load_layouts() -> dict[str, Layout]:
    """Imports every printing module once, so each area's special layouts are registered."""
    for module in pkgutil.iter_modules(printing_package.__path__):
        importlib.import_module(f"{printing_package.__name__}.{module.name}")
    return LAYOUTS


def render_kind(kind_key: str, data: ReportData, meta: ReportMeta, progress: Progress | None = None) -> bytes:
    """The kind's own layout if it registered one, else the generic layout (which reports progress)."""
    if kind_key in load_layouts():
        return LAYOUTS[kind_key](data, meta)
    return render_pdf(data, meta, progress)


def report_meta(data: ReportData, author: str, generated_at: datetime) -> ReportMeta:
    """The header and footer of a report built from its data, by whom and when."""
    return ReportMeta(title=data.title, parameters=data.parameters, author=author, generated_at=generated_at)


def render_pdf(data: ReportData, meta: ReportMeta, progress: Progress | None = None) -> bytes:
    """The generic layout: summary, charts, tables, notes.

    `progress(percent)` is called as rows are formatted and pages laid out; when it returns False the
    rendering stops by raising ReportCancelled.
    """
    tracker = _Tracker(progress, sum(len(t.rows) for t in data.tables))
    return build_report(meta, report_story(data, tracker))


class _Tracker:
    """Turns rows formatted (first 20 %) and rows laid out on pages (the rest) into a percentage.

    Only a new percentage is reported: each report crosses to the GUI thread as a queued signal, and a
    storm of them (one per page of a 1,000-page report) would keep the GUI thread busy taking the GIL.
    """

    def __init__(self, progress: Progress | None, rows: int) -> None:
        self.progress = progress
        self.rows = max(rows, 1)
        self.formatted = self.placed = 0
        self.reported = -1

    def _report(self) -> None:
        if self.progress is None:
            return
        percent = min(int(20 * self.formatted / self.rows + 80 * self.placed / self.rows), 99)
        if percent == self.reported:
            return
        self.reported = percent
        if not self.progress(percent):
            raise ReportCancelled()

    def row_formatted(self, done: int) -> None:
        self.formatted = done
        if done % 500 == 0:
            self._report()

    def rows_placed(self, count: int) -> None:
        self.placed += count
        self._report()


@dataclass
class _Grid:
    """What every page of a long table shares: header cells, column widths and which columns are numbers."""

    header: tuple[str, ...]
    header_height: float
    widths: list[float]
    numeric: list[bool]
    tracker: _Tracker
    writers: dict[str, _CellWriter] = field(default_factory=dict)

    def writer(self, doc: Any, font: str) -> _CellWriter:
        """The cell writer of this font for the document being built (its encodings belong to that document)."""
        found = self.writers.get(font)
        if found is None or found.doc is not doc:
            found = self.writers[font] = _CellWriter(doc, font)
        return found


class _PagedTable(Flowable):
    """A long typed table laid out one page at a time, the header repeated on top of each page.

    reportlab's Table rebuilds and re-measures all remaining rows at every page break (quadratic) and
    draws cell by cell through its style machinery; here rows are measured once, a page takes the rows
    that fit, and its cells are drawn straight onto the canvas in one text object: a month's visitor
    log (6,000+ rows) renders in a couple of seconds.
    """

    def __init__(self, grid: _Grid, rows: list[tuple[str, ...]], heights: list[float], totals: bool) -> None:
        super().__init__()
        self.grid, self.rows, self.heights, self.totals = grid, rows, heights, totals

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = sum(self.grid.widths), self.grid.header_height + sum(self.heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        room, fitting = availHeight - self.grid.header_height, 0
        while fitting < len(self.rows) and room >= self.heights[fitting]:
            room -= self.heights[fitting]
            fitting += 1
        if fitting == 0:
            return []
        if fitting == len(self.rows):
            return [self]
        return [_PagedTable(self.grid, self.rows[:fitting], self.heights[:fitting], False),
                _PagedTable(self.grid, self.rows[fitting:], self.heights[fitting:], self.totals)]

    def draw(self) -> None:
        canvas, grid = self.canv, self.grid
        tops = [self.height]
        for h in [grid.header_height, *self.heights]:
            tops.append(tops[-1] - h)
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, tops[1], self.width, grid.header_height, stroke=0, fill=1)
        canvas.setFillColor(LIGHT)
        last_striped = len(self.rows) - (1 if self.totals else 0)
        for index in range(1, last_striped, 2):
            canvas.rect(0, tops[index + 2], self.width, self.heights[index], stroke=0, fill=1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.25)
        canvas.lines([(0, top, self.width, top) for top in tops[1:]])
        if self.totals:
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(1)
            canvas.line(0, tops[-2], self.width, tops[-2])
        text = canvas.beginText()
        self._write(text, grid.header, tops[0], grid.header_height, FONT_BOLD, colors.white)
        for index, (cells, height) in enumerate(zip(self.rows, self.heights, strict=True)):
            bold = self.totals and index == len(self.rows) - 1
            self._write(text, cells, tops[index + 1], height, FONT_BOLD if bold else FONT, INK)
        canvas.drawText(text)
        canvas.restoreState()
        grid.tracker.rows_placed(len(self.rows))

    def _write(self, text: Any, cells: Sequence[str], top: float, height: float, font: str, colour: Any) -> None:
        """One row's cells, each vertically centred, numbers flush right."""
        text.setFont(font, CELL_FONT_SIZE, LINE_HEIGHT)
        text.setFillColor(colour)
        writer = self.grid.writer(self.canv._doc, font)  # the PDF document this canvas writes
        left = 0.0
        for cell, width, numeric in zip(cells, self.grid.widths, self.grid.numeric, strict=False):
            lines = cell.split("\n") if cell else []
            baseline = top - (height - len(lines) * LINE_HEIGHT) / 2 - CELL_FONT_SIZE * 0.93
            for line in lines:
                offset = width - CELL_PADDING - stringWidth(line, font, CELL_FONT_SIZE) if numeric else CELL_PADDING
                writer.write(text, left + offset, baseline, line)
                baseline -= LINE_HEIGHT
            left += width


class _CellWriter:
    """Writes a line at a point in a text object, as `setTextOrigin` then `textOut` would, byte for byte.

    A month's visitor log writes 60,000 cells: reportlab's textOut measures each string to move a cursor the
    table never uses and re-encodes it subset by subset. Here each distinct string of a font is encoded once
    per document (its subset names and its escaped bytes) and a cell costs one position and a few list appends.
    """

    def __init__(self, doc: Any, font: str) -> None:
        self.doc, self.font = doc, pdfmetrics.getFont(font)
        self.select = f"{fp_str(CELL_FONT_SIZE)} Tf {fp_str(LINE_HEIGHT)} TL"
        self.encoded: dict[str, list[tuple[Any, str, str]]] = {}

    def write(self, text: Any, x: float, y: float, line: str) -> None:
        code = text._code  # the text object's own operator list, where textOut appends
        code.append(f"1 0 0 1 {fp_str(x, y)} Tm")
        parts = self.encoded.get(line)
        if parts is None:
            parts = self.encoded[line] = [
                (subset, f"{self.font.getSubsetInternalName(subset, self.doc)} {self.select}",
                 f"({escapePDF(chunk)}) Tj")
                for subset, chunk in self.font.splitString(line, self.doc)]
        pieces = []
        for subset, select, show in parts:
            if subset != text._curSubset:
                pieces.append(select)
                text._curSubset = subset
            pieces.append(show)
        code.append(" ".join(pieces))


def report_story(data: ReportData, tracker: _Tracker | None = None) -> list[Flowable]:
    """The flowables of the generic layout, for special layouts that add their own parts around them."""
    tracker = tracker or _Tracker(None, 0)
    story: list[Flowable] = []
    if data.summary:
        story += [summary_block(data.summary), gap(3)]
    for chart in data.charts:
        story += [chart_drawing(chart), gap(3)]
    for table in data.tables:
        story += typed_table(table, tracker)
    for note in data.notes:
        story.append(paragraph(note))
    if not story:
        story.append(paragraph(_("Aucune donnée pour ces paramètres.")))
    return story


# --- summary ------------------------------------------------------------------------------------------

def summary_block(pairs: Sequence[tuple[str, str]], columns: int = 2) -> ParkTable:
    """Key figures as a grid of label/value pairs, two pairs per line."""
    cells = [[Paragraph(_escape(label), SUMMARY_LABEL),
              Paragraph(f"<b>{_escape(value)}</b>", STYLES["body"])]
             for label, value in pairs]
    rows: list[list[Any]] = []
    for start in range(0, len(cells), columns):
        line = [part for pair in cells[start:start + columns] for part in pair]
        rows.append(line + [""] * (2 * columns - len(line)))
    pair_width = FRAME_WIDTH / columns
    label_share = 0.45 if columns < 3 else 0.55
    table = ParkTable(rows, colWidths=[pair_width * label_share, pair_width * (1 - label_share)] * columns)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


# --- charts -------------------------------------------------------------------------------------------

def _colour(index: int) -> colors.Color:
    return SERIES_COLOURS[index % len(SERIES_COLOURS)]


def _axis_number(value: float) -> str:
    return formats.decimal(value, 0 if abs(value) >= 10 or value == int(value) else 1)


def chart_drawing(chart: Chart, width: float = FRAME_WIDTH, height: float = 62 * mm) -> Drawing:
    """A bar or line chart in the park's colours, with a legend when there are several series."""
    drawing = Drawing(width, height, initialFontName=FONT)  # else the renderer starts in Helvetica
    drawing.add(String(0, height - 11, chart.title, fontName=FONT_BOLD, fontSize=10, fillColor=INK))
    plot = VerticalBarChart() if chart.kind == "bar" else HorizontalLineChart()
    names = list(chart.series)
    plot.x, plot.y = 32, 24
    plot.width = width - 40 - (95 if len(names) > 1 else 0)
    plot.height = height - 48
    plot.data = [tuple(float(v) for v in chart.series[name]) for name in names] or [(0.0,)]
    plot.categoryAxis.categoryNames = list(chart.labels)
    plot.categoryAxis.labels.fontName = FONT
    plot.categoryAxis.labels.fontSize = 7
    plot.categoryAxis.labels.fillColor = MUTED
    if len(chart.labels) > 16:
        plot.categoryAxis.labels.angle = 45
        plot.categoryAxis.labels.boxAnchor = "ne"
    plot.categoryAxis.strokeColor = RULE
    plot.valueAxis.valueMin = 0
    plot.valueAxis.labels.fontName = FONT
    plot.valueAxis.labels.fontSize = 7
    plot.valueAxis.labels.fillColor = MUTED
    plot.valueAxis.labelTextFormat = _axis_number
    plot.valueAxis.strokeColor = RULE
    plot.valueAxis.visibleGrid = True
    plot.valueAxis.gridStrokeColor = RULE
    plot.valueAxis.gridStrokeWidth = 0.3
    if all(v == 0 for series in plot.data for v in series):
        plot.valueAxis.valueMax = 1
    for index in range(len(plot.data)):
        colour = _colour(index)
        if chart.kind == "bar":
            plot.bars[index].fillColor = colour
            plot.bars[index].strokeColor = None
        else:
            plot.lines[index].strokeColor = colour
            plot.lines[index].strokeWidth = 1.6
    if chart.kind == "bar":
        plot.barSpacing = 1
        plot.groupSpacing = 4
    drawing.add(plot)
    if len(names) > 1:
        legend = Legend()
        legend.x, legend.y = width - 90, height - 24
        legend.fontName, legend.fontSize = FONT, 7.5
        legend.alignment = "right"
        legend.dx = legend.dy = 7
        legend.colorNamePairs = [(_colour(i), name) for i, name in enumerate(names)]
        drawing.add(legend)
    return drawing


# --- tables -------------------------------------------------------------------------------------------

def column_widths(table: ReportTable, width: float = FRAME_WIDTH) -> list[float]:
    """Numbers, dates and short codes keep their declared or natural width; the text columns share the rest
    of the line in proportion to their declared or natural widths, and wrap when the line is too short."""
    pad = 2 * CELL_PADDING + 1
    step = max(1, len(table.rows) // 200)  # spread over the whole table: later rows may be longer
    sample = [*table.rows[::step], *([table.totals] if table.totals is not None else [])]
    natural = []
    for index, column in enumerate(table.columns):
        texts = [format_cell(row[index], column.kind) for row in sample if index < len(row)]
        longest_word = max((stringWidth(w, FONT_BOLD, CELL_FONT_SIZE) for w in column.title.split()), default=0)
        content = max((stringWidth(t, FONT, CELL_FONT_SIZE) for t in texts), default=0)
        natural.append(max(content, longest_word) + pad)
    wanted = [c.width_mm * mm if c.width_mm else min(n, 75 * mm) for c, n in zip(table.columns, natural, strict=True)]
    flexible = [i for i, c in enumerate(table.columns)
                if c.kind == "text" and (c.width_mm or natural[i] > SHORT_TEXT)]
    if not flexible:  # only short columns: the text ones (else all) stretch to the line
        flexible = [i for i, c in enumerate(table.columns) if c.kind == "text"] or list(range(len(wanted)))
    free = width - sum(w for i, w in enumerate(wanted) if i not in flexible)
    share = sum(wanted[i] for i in flexible) or 1.0
    widths = [max(wanted[i] * free / share, MIN_TEXT_WIDTH) if i in flexible else w for i, w in enumerate(wanted)]
    total = sum(widths)
    return widths if total <= width else [w * width / total for w in widths]  # too many columns: all shrink


@lru_cache(maxsize=8192)
def _cell(text: str, width: float, bold: bool = False) -> str:
    """A text too wide for its column is broken into lines here (plain strings draw far faster than Paragraphs).
    Remembered: a long table wraps the same company and host names thousands of times."""
    font = FONT_BOLD if bold else FONT
    room = width - 2 * CELL_PADDING
    if len(text) * CELL_FONT_SIZE <= room or stringWidth(text, font, CELL_FONT_SIZE) <= room:
        return text
    return "\n".join(simpleSplit(text, font, CELL_FONT_SIZE, room))


def typed_table(table: ReportTable, tracker: _Tracker | None = None, width: float = FRAME_WIDTH) -> list[Flowable]:
    """A titled table: values formatted by column kind, numbers right-aligned, header repeated, totals."""
    tracker = tracker or _Tracker(None, 0)
    widths = column_widths(table, width)
    numeric = [c.kind in NUMERIC_KINDS for c in table.columns]
    header = tuple(_cell(c.title, w, bold=True) for c, w in zip(table.columns, widths, strict=True))
    body = []
    for row in table.rows:
        body.append(_row(row, table.columns, widths))
        tracker.row_formatted(tracker.formatted + 1)
    title: list[Flowable] = [CondPageBreak(35 * mm), heading(table.title)] if table.title else []
    if not body:
        return [*title, paragraph(_("Aucune ligne pour ces paramètres."))]
    grid = _Grid(header, _row_height(header), widths, numeric, tracker)
    rows = body + ([_row(table.totals, table.columns, widths, bold=True)] if table.totals else [])
    paged = _PagedTable(grid, rows, [_row_height(cells) for cells in rows], table.totals is not None)
    return [*title, paged]


def _row_height(cells: Sequence[str]) -> float:
    """Measured once here, so nothing re-measures the rows left each time the table breaks a page."""
    return LINE_HEIGHT * max(cell.count("\n") + 1 for cell in cells) + 2 * ROW_PADDING


def _row(values: Sequence[Any], columns: Sequence[Column], widths: Sequence[float],
         bold: bool = False) -> tuple[str, ...]:
    """A tuple of strings: the garbage collector stops tracking it, so a full collection stays short
    while a long report is built next to the GUI thread."""
    return tuple(_cell(format_cell(v, c.kind), w, bold) for v, c, w in zip(values, columns, widths, strict=False))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
