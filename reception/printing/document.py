"""The A4 report layout every report shares: header with logo, title, parameters, author, "page 1/4".

A report supplies flowables (tables from `data_table`, paragraphs, charts); `build_report` lays them out.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from reception.printing.brand import ACCENT, FONT, FONT_BOLD, INK, LIGHT, MUTED, PARK_NAME, RULE, draw_logo
from reception.printing.formats import fr_datetime

MARGIN = 15 * mm
HEADER_HEIGHT = 24 * mm

_base = getSampleStyleSheet()
STYLES = {
    "title": ParagraphStyle("title", parent=_base["Title"], fontName=FONT_BOLD, fontSize=17, leading=21,
                            textColor=INK, alignment=0, spaceAfter=2 * mm),
    "params": ParagraphStyle("params", parent=_base["Normal"], fontName=FONT, fontSize=9, textColor=MUTED,
                             spaceAfter=4 * mm),
    "h2": ParagraphStyle("h2", parent=_base["Heading2"], fontName=FONT_BOLD, fontSize=12, textColor=ACCENT,
                         spaceBefore=4 * mm, spaceAfter=2 * mm),
    "body": ParagraphStyle("body", parent=_base["Normal"], fontName=FONT, fontSize=9.5, leading=12.5,
                           textColor=INK),
    "cell": ParagraphStyle("cell", parent=_base["Normal"], fontName=FONT, fontSize=8.5, leading=10.5),
    "cell_right": ParagraphStyle("cell_right", parent=_base["Normal"], fontName=FONT, fontSize=8.5,
                                 leading=10.5, alignment=TA_RIGHT),
}


@dataclass
class ReportMeta:
    """What the header and footer say about the document."""

    title: str
    parameters: str = ""
    author: str = ""
    generated_at: datetime | None = None
    site_name: str = PARK_NAME
    extra: dict[str, Any] = field(default_factory=dict)
    right_to_left: bool = False
    """The document is in Arabic: its title and parameters are set flush right."""


class _NumberedCanvas(Canvas):
    """Defers page drawing so the footer can say 'page 1/4'."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            self.drawRightString(A4[0] - MARGIN, 9 * mm, f"page {self._pageNumber}/{total}")
            super().showPage()
        super().save()


def _decorate(meta: ReportMeta) -> Any:
    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = A4
        top = height - MARGIN
        canvas.saveState()
        draw_logo(canvas, MARGIN, top - 12 * mm, 12 * mm)
        canvas.setFont(FONT_BOLD, 11)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN + 15 * mm, top - 5 * mm, meta.site_name)
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN + 15 * mm, top - 10 * mm, meta.title)
        if meta.generated_at:
            by = f"Édité le {fr_datetime(meta.generated_at)}" + (f" par {meta.author}" if meta.author else "")
            canvas.drawRightString(width - MARGIN, top - 5 * mm, by)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN, top - 15 * mm, width - MARGIN, top - 15 * mm)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, 13 * mm, width - MARGIN, 13 * mm)
        canvas.drawString(MARGIN, 9 * mm, f"{meta.site_name} — {meta.title}")
        canvas.restoreState()

    return draw


def build_report(meta: ReportMeta, story: Sequence[Flowable]) -> bytes:
    """Lays the flowables out on A4 pages with the shared header and footer; returns the PDF bytes."""
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN + HEADER_HEIGHT, bottomMargin=MARGIN + 5 * mm,
                          title=meta.title, author=meta.author, creator=PARK_NAME, initialFontName=FONT)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_decorate(meta))])
    title, params = STYLES["title"], STYLES["params"]
    if meta.right_to_left:
        title = ParagraphStyle("title_rtl", parent=title, alignment=TA_RIGHT)
        params = ParagraphStyle("params_rtl", parent=params, alignment=TA_RIGHT)
    head: list[Flowable] = [Paragraph(meta.title, title)]
    if meta.parameters:
        head.append(Paragraph(meta.parameters, params))
    doc.build([*head, *story], canvasmaker=_NumberedCanvas)
    return buffer.getvalue()


class ParkTable(Table):
    """A reportlab Table whose cells are set in the park's font: reportlab's own default is Helvetica,
    which it would name in the PDF (not embedded, no Arabic) even for a table of paragraphs."""

    def __init__(self, data: Any, *args: Any, style: Any = None, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT)]))
        if style is not None:
            self.setStyle(style)


def data_table(header: Sequence[str], rows: Sequence[Sequence[Any]], *, widths: Sequence[float] | None = None,
               numeric: Sequence[int] = (), total: Sequence[Any] | None = None) -> Table:
    """A table whose header repeats on every page; `numeric` columns are right-aligned."""
    def cell(value: Any, col: int) -> Any:
        text = "" if value is None else str(value)
        return Paragraph(escape(text), STYLES["cell_right" if col in numeric else "cell"])

    body = [[cell(v, i) for i, v in enumerate(row)] for row in rows]
    data: list[list[Any]] = [list(header), *body]
    if total is not None:
        data.append([cell(v, i) for i, v in enumerate(total)])
    table = ParkTable(data, colWidths=widths, repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("FONTSIZE", (0, 0), (-1, 0), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1 if total is None else -2), [colors.white, LIGHT]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    style += [("ALIGN", (c, 0), (c, 0), "RIGHT") for c in numeric]
    if total is not None:
        style += [("LINEABOVE", (0, -1), (-1, -1), 1, INK), ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD)]
    table.setStyle(TableStyle(style))
    return table


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def heading(text: str) -> Paragraph:
    return Paragraph(escape(text), STYLES["h2"])


def paragraph(text: str) -> Paragraph:
    return Paragraph(escape(text), STYLES["body"])


def gap(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)
