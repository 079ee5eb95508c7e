"""The visitor's photo on the badge when the site prints it: drawn on the CR80 card and the tall labels,
the QR code still read back, nothing drawn when there is no photo."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from reception.core.services.photos import shrink
from reception.printing.badges import BadgeInfo, badge_pdf
from tests.pdf_pages import qr_codes, render_pages


def _photo() -> bytes:
    image = Image.new("RGB", (600, 800), "#CBD5E1")
    ImageDraw.Draw(image).ellipse((150, 120, 450, 520), fill="#475569")
    out = io.BytesIO()
    image.save(out, "PNG")
    return shrink(out.getvalue())[0]


def _info(photo: bytes | None) -> BadgeInfo:
    return BadgeInfo("Yasmine El Amrani", "Orange Maroc", "Mohamed Bennani", "Atlas Digital SARL", "2", "meeting",
                     datetime(2026, 11, 26, 9, 0, tzinfo=UTC), "CAS-A1-20261126-001", "K7P3-M9XR-2HTV",
                     date(2026, 11, 26), photo_jpeg=photo)


@pytest.mark.parametrize("media", ["cr80", "62x100"])
def test_the_photo_is_printed_on_the_badge_and_the_qr_code_still_reads(media: str) -> None:
    pdf = badge_pdf(_info(_photo()), media)
    assert len(PdfReader(io.BytesIO(pdf)).pages[0].images) == 1
    [page] = render_pages(pdf, dpi=300)
    assert qr_codes(page) == ["K7P3-M9XR-2HTV"]
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Yasmine" in text and "Bennani" in text


def test_no_photo_no_image() -> None:
    assert len(PdfReader(io.BytesIO(badge_pdf(_info(None), "cr80"))).pages[0].images) == 0
