"""The report framework: French cell formats, parameters, the generic PDF layout, CSV and XLSX exports."""

from __future__ import annotations

import gc
import io
from datetime import UTC, date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from reception.core.errors import ValidationError
from reception.core.reports import Chart, Column, ReportData, ReportTable
from reception.core.services.reports import ReportCancelled, make_params, month_bounds
from reception.printing.cells import csv_cell, format_cell
from reception.printing.exports import to_csv, to_xlsx
from reception.printing.reports import render_pdf, report_meta

NBSP = "\u00a0"


def _sample(rows: int = 300) -> ReportData:
    start = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
    body = [(start + timedelta(minutes=7 * i), f"Visiteur {i}", "Atlas Digital SARL", 12_345 * (i % 4), 0.125)
            for i in range(rows)]
    total = sum(r[3] for r in body)
    return ReportData(
        "Registre d'essai", "Du 02/11/2026 au 03/11/2026",
        summary=[("Visites", str(rows)), ("Montant", format_cell(total, "money"))],
        charts=[Chart("Par heure", ["8 h", "9 h"], {"Jeudi": [3, 5], "Jeudi précédent": [2, 4]})],
        tables=[ReportTable("Visites", [Column("Arrivée", "datetime"), Column("Visiteur"), Column("Société"),
                                        Column("Montant", "money"), Column("Part", "percent")],
                            body, totals=("Total", "", "", total, None))])


def test_cells_read_the_french_way() -> None:
    assert format_cell(123_450, "money") == f"1{NBSP}234,50 DH"  # standard PDF fonts lack the narrow space
    assert format_cell(-500, "money") == "-5,00 DH"
    assert format_cell(date(2026, 11, 26), "date") == "26/11/2026"
    # 09:00 UTC is 10:00 in Casablanca in November
    assert format_cell(datetime(2026, 11, 26, 9, 0, tzinfo=UTC), "datetime") == "26/11/2026 10:00"
    assert format_cell(datetime(2026, 11, 26, 9, 5, tzinfo=UTC), "time") == "10:05"
    assert format_cell(0.125, "percent") == "12,5 %"
    assert format_cell(12_345, "int") == f"12{NBSP}345"
    assert format_cell(1.5, "hours") == "1,5 h"
    assert format_cell(None, "money") == ""
    assert csv_cell(123_450, "money") == "1234,50"
    assert csv_cell(0.125, "percent") == "0,125"


def test_params_follow_the_convention() -> None:
    day = make_params({"date": date(2026, 11, 26)})
    assert (day.date_from, day.date_to, day.options["date"]) == (date(2026, 11, 26), date(2026, 11, 26), "2026-11-26")
    month = make_params({"month": "2026-02", "tenant": "abc", "user": ""})
    assert (month.date_from, month.date_to) == (date(2026, 2, 1), date(2026, 2, 28))
    assert month.options == {"month": "2026-02", "tenant": "abc"}
    assert month_bounds("11/2026") == (date(2026, 11, 1), date(2026, 11, 30))
    with pytest.raises(ValidationError):
        month_bounds("2026-13")
    with pytest.raises(ValidationError) as refused:
        make_params({"from": date(2026, 11, 27), "to": date(2026, 11, 26)})
    assert refused.value.errors == {"to": "La date de fin précède la date de début."}


def test_generic_pdf_repeats_the_header_numbers_pages_and_totals() -> None:
    data = _sample()
    meta = report_meta(data, "Nadia Chraibi", datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
    reader = PdfReader(io.BytesIO(render_pdf(data, meta)))
    pages = [page.extract_text() for page in reader.pages]
    assert len(pages) > 3
    assert f"page 1/{len(pages)}" in pages[0]
    assert "Édité le 26/11/2026 10:00 par Nadia Chraibi" in pages[0]
    for text in pages[1:]:
        assert "Arrivée" in text and "Montant" in text  # the table header on every page
    total = sum(r[3] for r in data.tables[0].rows)
    assert format_cell(total, "money").replace(NBSP, " ") in pages[-1]  # pypdf reads the no-break space as " "
    assert "02/11/2026 09:00" in pages[0]  # 08:00 UTC shown in Casablanca time
    assert "12,5 %" in pages[0]


def test_rendering_stops_when_progress_says_so() -> None:
    data = _sample(2_000)
    seen: list[int] = []

    def progress(percent: int) -> bool:
        seen.append(percent)
        return percent < 30

    with pytest.raises(ReportCancelled):
        render_pdf(data, report_meta(data, "x", datetime(2026, 11, 26, tzinfo=UTC)), progress)
    assert seen == sorted(seen) and seen[-1] >= 30


def test_csv_is_excel_french() -> None:
    content = to_csv(_sample(3))
    assert content.startswith("\ufeff".encode())
    lines = content.decode("utf-8-sig").splitlines()
    assert lines[0] == "Arrivée;Visiteur;Société;Montant;Part"
    assert lines[1] == "02/11/2026 09:00;Visiteur 0;Atlas Digital SARL;0,00;0,125"
    assert lines[-1] == "Total;;;370,35;"


def test_xlsx_has_typed_cells() -> None:
    book = load_workbook(io.BytesIO(to_xlsx(_sample(3))))
    sheet = book["Visites"]
    assert [c.value for c in sheet[1]] == ["Arrivée", "Visiteur", "Société", "Montant", "Part"]
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2"
    arrival, amount, share = sheet["A3"], sheet["D3"], sheet["E3"]
    assert arrival.value == datetime(2026, 11, 2, 9, 7) and arrival.is_date
    assert amount.value == pytest.approx(123.45) and isinstance(amount.value, float)
    assert '"DH"' in amount.number_format
    assert share.value == 0.125 and "%" in share.number_format
    assert sheet["D5"].value == pytest.approx(370.35)  # the totals row
    assert sheet.column_dimensions["C"].width >= len("Atlas Digital SARL")
    assert sheet["D5"].font.bold and '"DH"' in sheet["D5"].number_format and sheet.auto_filter.ref == "A1:E4"


def test_a_large_xlsx_leaves_no_cycles_for_the_collector() -> None:
    """The cells stream to the file: nothing is left for a collection that would run on the GUI thread once
    the export ends (a year of visits left millions of linked cell objects: an 0.8 s freeze)."""
    gc.collect()
    gc.disable()
    try:
        to_xlsx(_sample(2000))
        assert gc.collect() < 500
    finally:
        gc.enable()
