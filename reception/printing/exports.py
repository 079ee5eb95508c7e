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
    """One sheet per table (a summary sheet when the report has key figures and no table)."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for table in data.tables:
        _write_sheet(book, _sheet_name(table.title or data.title, used), table)
    if data.summary and not data.tables:
        sheet = book.create_sheet(_sheet_name(_("Synthèse"), used))
        for label, value in data.summary:
            sheet.append([label, value])
        sheet.column_dimensions["A"].width = 40
        sheet.column_dimensions["B"].width = 30
    if not book.sheetnames:
        book.create_sheet(_sheet_name(data.title, used)).append([_("Aucune donnée pour ces paramètres.")])
    book.properties.title = data.title
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _write_sheet(book: Workbook, name: str, table: ReportTable) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(name)
    sheet.append([c.title for c in table.columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=_HEADER_COLOUR)
        cell.alignment = Alignment(vertical="center")
    rows = list(table.rows) + ([table.totals] if table.totals is not None else [])
    for row in rows:
        sheet.append([xlsx_value(v, c.kind) for v, c in zip(row, table.columns, strict=False)])
    for index, column in enumerate(table.columns, start=1):
        number_format = NUMBER_FORMATS.get(column.kind)
        if number_format:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = number_format
        sheet.column_dimensions[get_column_letter(index)].width = _width(table, index - 1, column)
    if table.totals is not None:
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    if table.rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(table.columns))}{len(table.rows) + 1}"


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
