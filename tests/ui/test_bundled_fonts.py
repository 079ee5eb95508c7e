"""The fonts shipped for the PDFs also serve the screens: an Arabic name finds a font even on a bare system."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from reception.ui import theme


def test_the_bundled_faces_give_qt_a_font_for_arabic_and_symbols(qapp: QApplication) -> None:
    families = theme.add_bundled_fonts()

    assert {"Noto Sans", "Noto Sans Arabic", "Noto Sans Symbols2"} <= set(families)
    assert "Noto Sans Arabic" in QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
    arabic = QFontMetrics(QFont("Noto Sans Arabic"))
    assert all(arabic.inFontUcs4(ord(c)) for c in "سلمى العلوي")
    assert QFontMetrics(QFont("Noto Sans Symbols2")).inFontUcs4(ord("☕"))
