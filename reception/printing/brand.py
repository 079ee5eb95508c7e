"""The park's look on paper: colours, fonts (printing/fonts.py) and the logo, drawn as vectors so it prints sharp."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from reception.printing.fonts import FONT, FONT_BOLD

INK = colors.HexColor("#1F2937")
MUTED = colors.HexColor("#6B7280")
ACCENT = colors.HexColor("#0F766E")
LIGHT = colors.HexColor("#E6F2F1")
RULE = colors.HexColor("#D1D5DB")

PARK_NAME = "Technopark"

__all__ = ["ACCENT", "FONT", "FONT_BOLD", "INK", "LIGHT", "MUTED", "PARK_NAME", "RULE", "draw_logo"]


def draw_logo(canvas: Canvas, x: float, y: float, size: float) -> None:
    """A teal rounded square with a stylised 'T' and three nodes: the park's mark."""
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.roundRect(x, y, size, size, size * 0.18, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    bar = size * 0.14
    canvas.rect(x + size * 0.2, y + size * 0.66, size * 0.6, bar, stroke=0, fill=1)
    canvas.rect(x + size * 0.43, y + size * 0.2, bar, size * 0.5, stroke=0, fill=1)
    for cx in (0.2, 0.8):
        canvas.circle(x + size * cx, y + size * 0.3, size * 0.07, stroke=0, fill=1)
    canvas.restoreState()
