"""End to end on a real CUPS queue: a badge printed through Qt comes out of a PDF printer at the media's size.

Needs a cups-pdf queue named by RECEPTION_TEST_PRINTER (.ci/run creates "Badge"); skipped otherwise.
"""

from __future__ import annotations

import io
import os
import re
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from reception.printing.badges import MEDIA, BadgeInfo, badge_pdf
from tests.pdf_pages import qr_codes, render_pages

pytestmark = pytest.mark.cups

CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")


def _queue() -> str:
    name = os.environ.get("RECEPTION_TEST_PRINTER", "")
    if not name:
        pytest.skip("RECEPTION_TEST_PRINTER is not set: no CUPS queue to print on")
    from reception.ui.printing import available_printers

    if name not in available_printers():
        pytest.skip(f"no printer named {name!r} in CUPS (lpstat -p); start cupsd and add the cups-pdf queue")
    return name


def _output_folders() -> list[Path]:
    """Where cups-pdf writes: its `Out` folder (per user) and the anonymous folder."""
    text = CUPS_PDF_CONF.read_text() if CUPS_PDF_CONF.exists() else ""
    out = re.search(r"^Out\s+(.+)$", text, re.MULTILINE)
    anon = re.search(r"^AnonDirName\s+(.+)$", text, re.MULTILINE)
    folders = [out.group(1).strip() if out else "/var/spool/cups-pdf/${USER}",
               anon.group(1).strip() if anon else "/var/spool/cups-pdf/ANONYMOUS"]
    home, user = str(Path.home()), os.environ.get("USER", "root")
    return [Path(f.replace("${HOME}", home).replace("${USER}", user)) for f in folders]


def _wait_for_output(title: str, timeout: float = 60) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for folder in _output_folders():
            found = sorted(folder.glob(f"{title}*.pdf")) if folder.is_dir() else []
            if found and found[0].stat().st_size > 0:
                time.sleep(0.5)  # cups-pdf writes then closes; let it finish
                return found[0]
        time.sleep(0.3)
    raise AssertionError(f"cups-pdf wrote no {title}*.pdf in {_output_folders()} within {timeout} s")


@pytest.mark.parametrize("media", list(MEDIA))
def test_a_badge_printed_through_qt_comes_out_at_the_media_size(media: str, qapp: object) -> None:
    from reception.ui.printing import print_pdf

    printer = _queue()
    code = uuid.uuid4().hex[:14].upper()
    info = BadgeInfo("Élodie Bennani", "Cabinet Alami", "Mohamed Bennani", "Atlas Digital SARL", "2", "meeting",
                     datetime(2026, 11, 26, 9, 2, tzinfo=UTC), "CAS-A1-0042", code, date(2026, 11, 26))
    stock = MEDIA[media]
    title = f"badge-{code.lower()}"

    assert print_pdf(badge_pdf(info, media), printer, (stock.width_mm, stock.height_mm), title=title)

    printed = _wait_for_output(title)
    page = PdfReader(io.BytesIO(printed.read_bytes())).pages[0]
    assert float(page.mediabox.width) == pytest.approx(stock.width_mm * mm, abs=1)
    assert float(page.mediabox.height) == pytest.approx(stock.height_mm * mm, abs=1)
    [image] = render_pages(printed)
    assert qr_codes(image) == [code]
    printed.unlink()
