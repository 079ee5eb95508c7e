"""`reception-console --smoke-test OUT.pdf`: the check `make dist-check` runs on the built application,
here run on the source, in its own process like the built one."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication
from reportlab.lib.units import mm

from reception.core.demo import build_demo

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_smoke_test_logs_in_checks_a_visitor_in_and_prints_the_badge(qapp: QApplication, tmp_path: Path) -> None:
    db_path = tmp_path / "demo.db"
    build_demo(db_path, years=0).dispose()
    out = tmp_path / "badge.pdf"

    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_path), "--smoke-test", str(out)],
                          capture_output=True, text=True, timeout=180, check=False,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})

    assert done.returncode == 0, done.stderr
    assert "printed to" in done.stderr
    page = PdfReader(io.BytesIO(out.read_bytes())).pages[0]
    assert float(page.mediabox.width) == pytest.approx(85.6 * mm, abs=1)  # the CR80 card, not an A4 sheet
    assert float(page.mediabox.height) == pytest.approx(54 * mm, abs=1)
    with closing(sqlite3.connect(db_path)) as conn:
        codes = [row[0] for row in conn.execute("SELECT badge_code FROM visits")]
    document = QPdfDocument(None)  # type: ignore[arg-type]
    document.load(str(out))
    document.render(0, QSize(856, 540)).save(str(tmp_path / "badge.png"))  # 254 dpi, on a transparent page
    card = Image.new("RGBA", (856, 540), "white")
    card.alpha_composite(Image.open(tmp_path / "badge.png").convert("RGBA"))
    assert [result.text for result in zxingcpp.read_barcodes(card.convert("L"))] == codes  # it still scans
