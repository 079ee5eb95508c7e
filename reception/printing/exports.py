"""A report's tables as files a spreadsheet opens well: CSV for French Excel, and typed XLSX.

CSV: semicolon separated, UTF-8 with a byte order mark (Excel FR otherwise guesses the encoding wrong),
decimal commas. XLSX: one sheet per table, real numbers, money in dirhams with a DH number format, real
dates in Casablanca time, a bold frozen header and sensible column widths. Excel number formats are
locale-neutral: '#,##0.00 "DH"' shows as 1 234,50 DH in a French Excel.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from reception.core.clock import to_local
from reception.core.i18n import _
from reception.core.reports import Column, ReportData, ReportTable
from reception.printing.cells import csv_cell, format_cell
from reception.printing.document import ReportMeta
from reception.printing.reports import Progress, render_kind

if TYPE_CHECKING:  # openpyxl (0.2-0.7 s of imports) loads with the first XLSX, not with every screen that offers one
    from openpyxl import Workbook

NUMBER_FORMATS = {
    "int": "#,##0",
    "money": '#,##0.00 "DH"',
    "percent": "0.0 %",
    "hours": '0.0 "h"',
    "date": "dd/mm/yyyy",
    "datetime": "dd/mm/yyyy hh:mm",
    "time": "hh:mm",
}
_HEADER_COLOUR = "0F766E"
_INVALID_SHEET_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})


def to_csv(data: ReportData) -> bytes:
    """Every table one after the other, each under its title line when there are several."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    for index, table in enumerate(data.tables):
        if index:
            writer.writerow([])
        if len(data.tables) > 1:
            writer.writerow([table.title])
        writer.writerow([c.title for c in table.columns])
        for row in table.rows:
            writer.writerow(_csv_row(row, table.columns))
        if table.totals is not None:
            writer.writerow(_csv_row(table.totals, table.columns))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _csv_row(values: tuple[Any, ...], columns: list[Column]) -> list[str]:
    return [csv_cell(v, c.kind) for v, c in zip(values, columns, strict=False)]


def to_xlsx(data: ReportData) -> bytes:
    """One sheet per table (a summary sheet when the report has key figures and no table).

    Written in openpyxl's write-only mode: rows stream to the file instead of living as cell objects tied
    to their sheet (a year of visits made millions of them, and their cycles were collected on the GUI thread
    once the export ended: an 0.8 s freeze)."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    used: set[str] = set()
    for table in data.tables:
        _write_sheet(book, _sheet_name(table.title or data.title, used), table)
    if data.summary and not data.tables:
        sheet = book.create_sheet(_sheet_name(_("Synthèse"), used))
        sheet.column_dimensions["A"].width = 40
        sheet.column_dimensions["B"].width = 30
        for label, value in data.summary:
            sheet.append([label, value])
    if not book.sheetnames:
        book.create_sheet(_sheet_name(data.title, used)).append([_("Aucune donnée pour ces paramètres.")])
    book.properties.title = data.title
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _write_sheet(book: Workbook, name: str, table: ReportTable) -> None:
    """Widths, frozen header and filter first (a write-only sheet takes them before its rows), then the rows:
    a styled cell only where a number format or the bold totals ask for one."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(name)
    for index, column in enumerate(table.columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _width(table, index - 1, column)
    sheet.freeze_panes = "A2"
    if table.rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(table.columns))}{len(table.rows) + 1}"
    header_font, header_fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor=_HEADER_COLOUR)
    header = []
    for column in table.columns:
        cell = WriteOnlyCell(sheet, column.title)
        cell.font, cell.fill, cell.alignment = header_font, header_fill, Alignment(vertical="center")
        header.append(cell)
    sheet.append(header)
    formats = [NUMBER_FORMATS.get(c.kind) for c in table.columns]

    def cells(row: tuple[Any, ...], bold: bool = False) -> list[Any]:
        out: list[Any] = []
        for value, column, number_format in zip(row, table.columns, formats, strict=False):
            shown = xlsx_value(value, column.kind)
            if number_format is None and not bold:
                out.append(shown)
                continue
            cell = WriteOnlyCell(sheet, shown)
            if number_format is not None:
                cell.number_format = number_format
            if bold:
                cell.font = Font(bold=True)
            out.append(cell)
        return out

    for row in table.rows:
        sheet.append(cells(row))
    if table.totals is not None:
        sheet.append(cells(table.totals, bold=True))


def xlsx_value(value: Any, kind: str) -> Any:
    """Typed cell values: money in dirhams as a number, datetimes as naive Casablanca wall-clock time."""
    if value is None:
        return None
    if kind == "money" and isinstance(value, int):
        return value / 100
    if isinstance(value, datetime):
        local = to_local(value).replace(tzinfo=None)
        return local.date() if kind == "date" else local.time() if kind == "time" else local
    if isinstance(value, date | time | int | float):
        return value
    return str(value)


def _width(table: ReportTable, index: int, column: Column) -> float:
    sample = [len(format_cell(row[index], column.kind)) for row in table.rows[:200]]
    return min(max([len(column.title) + 2, *(n + 2 for n in sample)]), 60)


def _sheet_name(title: str, used: set[str]) -> str:
    """Excel sheet names: at most 31 characters, no []:*?/\\, unique in the book."""
    base = title.translate(_INVALID_SHEET_CHARS).strip()[:31] or "Feuille"
    name, counter = base, 2
    while name.lower() in used:
        suffix = f" ({counter})"
        name, counter = base[:31 - len(suffix)] + suffix, counter + 1
    used.add(name.lower())
    return name


FORMATS = ("pdf", "csv", "xlsx")


def render_as(fmt: str, kind_key: str, data: ReportData, meta: ReportMeta, progress: Progress | None = None) -> bytes:
    """The one entry point the CLI and the Rapports page use to turn a report into a file's bytes."""
    if fmt == "pdf":
        return render_kind(kind_key, data, meta, progress)
    if fmt == "csv":
        return to_csv(data)
    if fmt == "xlsx":
        return to_xlsx(data)
    raise ValueError(f"unknown report format {fmt!r}")
