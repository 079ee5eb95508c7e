"""The room statement on paper: an invoice-like page (who, which month, the amount due in a box) above the
bookings and the amount per room. Registered as the layout of the "room-statement" report kind.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, TableStyle

from reception.core.i18n import _
from reception.core.reports import ReportData
from reception.printing.brand import ACCENT, FONT, FONT_BOLD, INK, LIGHT, MUTED
from reception.printing.document import STYLES, ParkTable, ReportMeta, build_report, gap, paragraph
from reception.printing.reports import FRAME_WIDTH, register_layout, typed_table

_LABEL = ParagraphStyle("statement_label", parent=STYLES["body"], fontSize=8.5, textColor=MUTED, leading=11)
_VALUE = ParagraphStyle("statement_value", parent=STYLES["body"], fontName=FONT_BOLD, fontSize=11, leading=14)
_DUE_LABEL = ParagraphStyle("due_label", parent=_LABEL, textColor=colors.white, alignment=2)
_DUE = ParagraphStyle("due", parent=_VALUE, fontSize=20, leading=24, textColor=colors.white, alignment=2)


def _cell(label: str, value: str, label_style: ParagraphStyle = _LABEL,
          value_style: ParagraphStyle = _VALUE) -> list[Paragraph]:
    return [Paragraph(escape(label), label_style), Paragraph(escape(value), value_style)]  # a name may hold '&'


def _masthead(company: tuple[str, str], month: tuple[str, str], due: tuple[str, str]) -> ParkTable:
    """Tenant and month on the left, the amount due in the park's colour on the right."""
    left = _cell(*company) + _cell(_("Période"), month[1])
    right = _cell(*due, _DUE_LABEL, _DUE)
    table = ParkTable([[left, right]], colWidths=[FRAME_WIDTH * 0.6, FRAME_WIDTH * 0.4])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (1, 0), (1, 0), ACCENT),
        ("LEFTPADDING", (1, 0), (1, 0), 6 * mm), ("RIGHTPADDING", (1, 0), (1, 0), 6 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 4 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
    ]))
    return table


def _figures(figures: list[tuple[str, str]]) -> ParkTable:
    cells = [_cell(label, value) for label, value in figures]
    table = ParkTable([cells], colWidths=[FRAME_WIDTH / len(figures)] * len(figures))
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.white),
        ("TOPPADDING", (0, 0), (-1, -1), 3 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
        ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ]))
    return table


def statement_pdf(data: ReportData, meta: ReportMeta) -> bytes:
    """The statement's page(s): masthead, figures, the month's bookings, the amount per room, the rule.
    The summary is read by position (company, month, four figures, amount due: rooms_reports.statement_data),
    so its labels may be in any language."""
    company, month, *figures, due = data.summary
    story: list[Flowable] = [_masthead(company, month, due), gap(3), _figures(figures), gap(5)]
    for table in data.tables:
        story += [*typed_table(table), gap(4)]
    if not data.tables or not data.tables[0].rows:
        story.append(paragraph(_("Aucune réservation ce mois-ci.")))
    for note in data.notes:
        story.append(Paragraph(note, ParagraphStyle("note", parent=_LABEL, fontName=FONT)))
    return build_report(meta, story)


register_layout("room-statement", statement_pdf)
