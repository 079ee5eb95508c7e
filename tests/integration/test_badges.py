"""Badge PDFs: the page is exactly the card or label, the QR code decodes to the visit's code, the text is there."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
import zxingcpp
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from reception.printing.badges import MEDIA, BadgeInfo, badge_pdf, badges_pdf, fit_text
from reception.printing.brand import FONT_BOLD
from tests.pdf_pages import qr_codes, render_pages

ELODIE = BadgeInfo(
    visitor_name="Élodie Bennani", organisation="Cabinet Alami & Associés", host_name="Mohamed Bennani",
    host_company="Atlas Digital SARL", host_floor="2", visit_type="meeting",
    entered_at=datetime(2026, 11, 26, 9, 2, tzinfo=UTC), badge_number="CAS-A1-0042",
    badge_code="K7Q2M9XW4PZR8D", valid_on=date(2026, 11, 26), site_name="Technopark Casablanca",
)
LONG_NAME = BadgeInfo(
    visitor_name="Abderrahmane Ouazzani-Chahdi El Idrissi Benjelloun",
    organisation="Office National de l'Électricité et de l'Eau Potable", host_name="Sara Benani",
    host_company="Noor Green Energy SA", host_floor="4", visit_type="contractor", entered_at=None,
    badge_number="CAS-A1-0143", badge_code="ZX81QW0LPM3NT5", valid_on=date(2026, 11, 27),
)


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("media", list(MEDIA))
@pytest.mark.parametrize("info", [ELODIE, LONG_NAME], ids=["short-name", "long-name"])
def test_each_media_has_the_exact_page_size_and_a_qr_code_that_scans(media: str, info: BadgeInfo) -> None:
    pdf = badge_pdf(info, media)

    page = PdfReader(io.BytesIO(pdf)).pages[0]
    stock = MEDIA[media]
    assert float(page.mediabox.width) == pytest.approx(stock.width_mm * mm, abs=0.01)
    assert float(page.mediabox.height) == pytest.approx(stock.height_mm * mm, abs=0.01)
    [image] = render_pages(pdf)
    assert qr_codes(image) == [info.badge_code]


@pytest.mark.parametrize("media", ["cr80", "62x100", "54x101"])
def test_full_badges_carry_every_detail(media: str) -> None:
    text = text_of(badge_pdf(ELODIE, media))

    for expected in ("Élodie", "Bennani", "Cabinet Alami & Associés", "Reçu(e) par Mohamed Bennani",
                     "Atlas Digital SARL · étage 2", "Entrée : 26/11/2026 10:02", "N° CAS-A1-0042",
                     "RÉUNION", "Valable le 26/11/2026", "VISITEUR"):
        assert expected in text, expected


def test_the_small_label_keeps_name_date_and_number() -> None:
    text = text_of(badge_pdf(ELODIE, "57x32"))

    assert "Élodie" in text and "Bennani" in text
    assert "Valable le 26/11/2026" in text
    assert "N° CAS-A1-0042" in text


def test_a_badge_printed_before_the_visit_says_when_the_visitor_is_expected() -> None:
    text = text_of(badge_pdf(LONG_NAME, "cr80"))

    assert "Attendu(e) le 27/11/2026" in text
    assert "Entrée" not in text


def test_the_qr_code_holds_no_personal_data() -> None:
    [image] = render_pages(badge_pdf(ELODIE, "cr80"))

    [code] = qr_codes(image)
    assert "Bennani" not in code and "Atlas" not in code


def test_many_badges_make_one_pdf_with_one_page_each() -> None:
    pdf = badges_pdf([ELODIE, LONG_NAME], "62x100")

    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2
    assert [qr_codes(image) for image in render_pages(pdf, dpi=200)] == [[ELODIE.badge_code], [LONG_NAME.badge_code]]


def test_the_calibration_offset_moves_the_print() -> None:
    """+x moves right and +y moves down: the QR code's position on the rendered page shifts by that much."""
    dpi = 300
    [plain] = render_pages(badge_pdf(ELODIE, "cr80"), dpi)
    [moved] = render_pages(badge_pdf(ELODIE, "cr80", offset_mm=(3, 2)), dpi)

    [before] = zxingcpp.read_barcodes(plain)
    [after] = zxingcpp.read_barcodes(moved)
    dots_per_mm = dpi / 25.4
    assert after.position.top_left.x - before.position.top_left.x == pytest.approx(3 * dots_per_mm, abs=3)
    assert after.position.top_left.y - before.position.top_left.y == pytest.approx(2 * dots_per_mm, abs=3)


def test_a_long_name_shrinks_and_is_never_cut() -> None:
    lines, size = fit_text("Élodie Bennani", FONT_BOLD, 60 * mm, 17, 8)
    assert lines == ["Élodie Bennani"] and size == 17

    lines, size = fit_text("Abderrahmane Ouazzani-Chahdi El Idrissi", FONT_BOLD, 55 * mm, 17, 8)
    assert len(lines) == 2 and 8 < size < 17
    assert " ".join(lines) == "Abderrahmane Ouazzani-Chahdi El Idrissi"

    lines, size = fit_text("Wolfeschlegelsteinhausenbergerdorff Jean-Baptiste Emmanuel", FONT_BOLD,
                           20 * mm, 12, 8, max_lines=2)
    assert size < 8 and len(lines) == 2 and " ".join(lines).endswith("Emmanuel")
    assert all(stringWidth(line, FONT_BOLD, size) <= 20 * mm for line in lines)
