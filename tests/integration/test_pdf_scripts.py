"""Arabic and mixed names on paper: embedded fonts, text that reads back, no missing-glyph box, exports intact.

Each document is made by the real code from real rows (a migrated SQLite file, the real services), read back
with pypdf, and drawn by QtPdf as the preview draws it.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from reception.core import i18n
from reception.core.reports import ReportParams, run_report
from reception.core.services.cafeteria_data import Customer, LineInput, Payment
from reception.core.services.container import Services
from reception.core.services.digest import build_digest
from reception.core.services.permissions import Actor
from reception.core.services.reports import load_report_kinds, make_params
from reception.core.services.visits import CheckInForm
from reception.printing.badges import MEDIA, BadgeInfo, badge_pdf, fit_text
from reception.printing.brand import FONT_BOLD
from reception.printing.cafeteria_receipt import receipt_pdf
from reception.printing.cafeteria_sheets import vouchers_sheet_pdf
from reception.printing.exports import to_csv, to_xlsx
from reception.printing.reports import render_kind, report_meta
from tests import pdf_checks
from tests.cafeteria_helpers import stock_products

SALMA = "سلمى العلوي"
MIXED = "Yasmine العمراني"
MEETING = "Réunion avec سلمى العلوي"
TODAY = date(2026, 11, 26)


def nfkc(value: str) -> str:
    return unicodedata.normalize("NFKC", value)


def assert_clean(pdf: bytes, qapp: QApplication, *names: str, shot: Path | None = None) -> None:
    """Every font embedded (none of the 14 standard ones), every name in the text, no .notdef, a real drawing."""
    used = pdf_checks.fonts(pdf)
    assert used and all(f.embedded and f.subtype == "/TrueType" for f in used), used
    assert not any(f.name.startswith(("Helvetica", "Times", "Courier")) for f in used), used
    assert {f.name for f in used} >= {"NotoSansArabic-Regular", "NotoSans-Regular"} or \
        {f.name for f in used} >= {"NotoSansArabic-Bold", "NotoSans-Bold"}
    extracted = " ".join(pdf_checks.text(pdf).split())  # a name may wrap onto two lines
    for name in names:
        assert nfkc(name) in extracted, (name, extracted)
    assert pdf_checks.notdef_glyphs(pdf) == 0 and "\ufffd" not in extracted
    pages = pdf_checks.render(pdf, dpi=150)
    assert pages and all(pdf_checks.ink_fraction(page) > 0.01 for page in pages)
    if shot is not None:
        pages[0].save(str(shot))


def badge(name: str, organisation: str = MEETING) -> BadgeInfo:
    return BadgeInfo(visitor_name=name, organisation=organisation, host_name="Mohamed Bennani",
                     host_company="Atlas Digital SARL", host_floor="2", visit_type="meeting",
                     entered_at=datetime(2026, 11, 26, 9, 2, tzinfo=UTC), badge_number="CAS-A1-0412",
                     badge_code="K7Q2M9XW4PZR8D", valid_on=TODAY, site_name="Technopark Casablanca")


@pytest.mark.parametrize("media", list(MEDIA))
def test_a_badge_prints_arabic_and_mixed_names_joined_in_embedded_fonts(media: str, qapp: QApplication,
                                                                        tmp_path: Path) -> None:
    assert_clean(badge_pdf(badge(SALMA), media), qapp, SALMA, shot=tmp_path / f"{media}.png")
    assert_clean(badge_pdf(badge(MIXED), media), qapp, MIXED)


def test_a_symbol_or_emoji_prints_as_itself_and_an_invisible_selector_prints_nothing(qapp: QApplication) -> None:
    pdf = badge_pdf(badge("Café ☕\ufe0f Omar", organisation="Atlas ✓ → étage 2"), "cr80")

    assert pdf_checks.notdef_glyphs(pdf) == 0
    assert {"NotoSansSymbols2-Regular", "NotoSansSymbols-Regular"} <= {f.name for f in pdf_checks.fonts(pdf)}
    minus = pdf_checks.text(badge_pdf(badge("Omar", organisation="Trend \u221269 %"), "cr80"))
    assert "Trend \u201369 %" in minus and "\ufffd" not in minus  # the minus sign no face has: an en dash


@pytest.mark.parametrize("name", [
    "عبد الرحمن بن عبد العزيز الإدريسي الحسني العلوي",
    "محمدعبدالرحمنالإدريسيالحسنيالعلويالفاسي",
    "Wolfeschlegelsteinhausenbergerdorff Jean-Baptiste Emmanuel",
])
def test_a_name_too_long_shrinks_to_fit_and_is_never_cut(name: str) -> None:
    width = 40 * mm
    lines, size = fit_text(name, FONT_BOLD, width, 17, 8)

    assert " ".join(lines) == name
    assert all(stringWidth(line, FONT_BOLD, size) <= width for line in lines)
    assert 0 < size <= 17 and len(lines) <= 2


@pytest.mark.parametrize("media", list(MEDIA))
def test_a_long_arabic_name_is_whole_on_every_badge(media: str) -> None:
    name = "عبد الرحمن بن عبد العزيز الإدريسي الحسني العلوي"
    extracted = pdf_checks.text(badge_pdf(badge(name), media))

    for word in name.split():
        assert nfkc(word) in extracted
    assert "…" not in extracted.split("\n")[0]


@pytest.fixture
def arabic_visits(services: Services, park: dict[str, str], receptionist: Actor) -> None:
    """Two visitors inside, one with an Arabic name, one with a mixed name, plus a Latin one."""
    base = CheckInForm("العلوي", "سلمى", "Orange Maroc", host_employee_id=park["atlas.bennani"])
    services.visits.check_in(receptionist, base)
    services.visits.check_in(receptionist, replace(base, last_name="العمراني", first_name="Yasmine",
                                                   organisation=MEETING, host_employee_id=park["noor.tazi"]))
    services.visits.check_in(receptionist, replace(base, last_name="Tazi", first_name="Omar"))


def _report(services: Services, actor: Actor, kind: str, **params: date) -> tuple[object, bytes]:
    data = run_report(kind, services.db, services.clock, actor,
                      ReportParams(params.get("date_from"), params.get("date_to")))
    return data, render_kind(kind, data, report_meta(data, "Accueil", services.clock.now()))


def test_the_evacuation_list_names_arabic_and_mixed_visitors(services: Services, receptionist: Actor,
                                                            arabic_visits: None, qapp: QApplication,
                                                            tmp_path: Path) -> None:
    _, pdf = _report(services, receptionist, "evacuation")

    assert_clean(pdf, qapp, SALMA, MIXED, "Omar Tazi", MEETING, shot=tmp_path / "evacuation.png")


def test_the_visitor_log_and_its_exports_keep_arabic_names(services: Services, receptionist: Actor,
                                                           arabic_visits: None, qapp: QApplication,
                                                           tmp_path: Path) -> None:
    data, pdf = _report(services, receptionist, "visitor-log", date_from=TODAY, date_to=TODAY)

    assert_clean(pdf, qapp, SALMA, MIXED, "Omar Tazi", shot=tmp_path / "visitor-log.png")
    exported = to_csv(data)  # type: ignore[arg-type]
    assert exported.startswith("\ufeff".encode())
    cells = {cell for row in csv.reader(io.StringIO(exported.decode("utf-8-sig")), delimiter=";") for cell in row}
    assert {SALMA, MIXED, MEETING} <= cells
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx(data)))  # type: ignore[arg-type]
    values = {c.value for sheet in book.worksheets for row in sheet.iter_rows() for c in row}
    assert {SALMA, MIXED, MEETING} <= values


def test_a_receipt_names_a_tenant_written_in_arabic(services: Services, admin: Actor, qapp: QApplication,
                                                    tmp_path: Path) -> None:
    tenant = services.directory.save_tenant(admin, {"name": "شركة الأطلس للبرمجيات", "floor": "3",
                                                    "sector": "Informatique"})
    ids = stock_products(services, admin)
    services.cafeteria.save_account(admin, tenant.id, 100_000)
    services.cafeteria.open_session(admin, 10_000)
    receipt = services.cafeteria.sell(admin, [LineInput(ids["carnet"], 1)], Customer("account", tenant.id),
                                      Payment("account"))

    assert_clean(receipt_pdf(receipt, services.site.info()), qapp, "شركة الأطلس للبرمجيات",
                 shot=tmp_path / "receipt.png")


@pytest.mark.slow
def test_every_report_kind_the_digest_and_the_voucher_sheet_embed_only_the_park_fonts(
        services: Services, admin: Actor, manager: Actor, arabic_visits: None) -> None:
    tenant = services.directory.save_tenant(admin, {"name": "شركة الأطلس", "floor": "3", "sector": "Informatique"})
    ids = stock_products(services, admin)
    services.cafeteria.save_account(admin, tenant.id, 100_000)
    services.cafeteria.open_session(admin, 10_000)
    book = services.cafeteria.sell(admin, [LineInput(ids["carnet"], 1)], Customer("account", tenant.id),
                                   Payment("account"))
    services.cafeteria.close_session(admin, {10_000: 1}, manager)
    services.cafeteria.open_session(admin, 10_000)  # the X report reads the drawer open now
    values = {"from": TODAY, "to": TODAY, "date": TODAY, "month": "2026-11", "tenant": tenant.id, "session": "1"}
    pdfs = {}
    for key, kind in load_report_kinds().items():
        params = make_params({name: values[name] for name in kind.params if name in values})
        data = services.reports.run(admin, key, params).data
        pdfs[key] = render_kind(key, data, report_meta(data, "Karim Tazi", services.clock.now()))
    digest = build_digest(services.db, TODAY)
    pdfs["digest"] = render_kind("digest", digest, report_meta(digest, "Karim Tazi", services.clock.now()))
    pdfs["vouchers"] = vouchers_sheet_pdf(book.vouchers, book.receipt_number, services.site.info())

    assert len(pdfs) >= 18
    for key, pdf in pdfs.items():
        used = pdf_checks.fonts(pdf)
        assert used and all(f.embedded and f.subtype == "/TrueType" for f in used), (key, used)
        assert pdf_checks.notdef_glyphs(pdf) == 0 and "\ufffd" not in pdf_checks.text(pdf), key
    assert "شركة الأطلس" in pdf_checks.text(pdfs["account-statement"])


def test_an_english_desk_prints_an_english_badge() -> None:
    i18n.set_language("en")
    try:
        extracted = pdf_checks.text(badge_pdf(badge(SALMA), "cr80"))
    finally:
        i18n.set_language("fr")

    for expected in ("VISITOR", "Visiting Mohamed Bennani", "floor 2", "In: 26/11/2026 10:02", "MEETING",
                     "Valid on 26/11/2026", "No. CAS-A1-0412", SALMA):
        assert expected in extracted, expected
