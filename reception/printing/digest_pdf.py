"""The daily digest on paper: what needs attention first, then one compact block per area.

Laid out to be read in two minutes: alerts in a coloured box, each area's key figures as a grid, the
visitors-per-hour chart against the same weekday last week, and the small tables two by two.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, TableStyle

from reception.core.i18n import _, ngettext
from reception.core.reports import ReportData, ReportTable
from reception.core.services.digest import DigestData, DigestSection
from reception.printing.brand import FONT_BOLD
from reception.printing.document import STYLES, ParkTable, ReportMeta, build_report, gap, heading
from reception.printing.reports import (
    FRAME_WIDTH,
    chart_drawing,
    register_layout,
    render_pdf,
    summary_block,
    typed_table,
)

ALERT_INK = colors.HexColor("#9A3412")
ALERT_BACK = colors.HexColor("#FFF7ED")
CALM_INK = colors.HexColor("#166534")
CALM_BACK = colors.HexColor("#F0FDF4")
TABLE_TITLE = ParagraphStyle("digest_table", parent=STYLES["body"], fontName=FONT_BOLD, fontSize=9,
                             spaceAfter=1.5 * mm)
MAX_ROWS = 12
COLUMN_GAP = 6 * mm


def render_digest(data: ReportData, meta: ReportMeta) -> bytes:
    if not isinstance(data, DigestData):
        return render_pdf(data, meta)
    story: list[Flowable] = [alerts_box(data.alerts), gap(2)]
    for section in data.sections:
        story += section_block(section)
    return build_report(meta, story)


def alerts_box(alerts: list[str]) -> ParkTable:
    """'À surveiller' in orange with one line per alert, or a green 'Rien à signaler'."""
    ink, back = (ALERT_INK, ALERT_BACK) if alerts else (CALM_INK, CALM_BACK)
    title = (_("À surveiller ({count})").format(count=len(alerts)) if alerts
             else _("Rien à signaler : aucune alerte ce jour."))
    lines = [[Paragraph(f'<font color="{ink.hexval()}" name="{FONT_BOLD}">{_escape(title)}</font>', STYLES["body"])]]
    lines += [[Paragraph(f"•  {_escape(alert)}", STYLES["body"])] for alert in alerts]
    box = ParkTable(lines, colWidths=[FRAME_WIDTH])
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), back),
        ("LINEBEFORE", (0, 0), (0, -1), 3, ink),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
    ]))
    return box


def section_block(section: DigestSection) -> list[Flowable]:
    parts: list[Flowable] = [heading(section.title)]
    if section.figures:
        parts.append(summary_block(section.figures, columns=3 if len(section.figures) > 2 else 2))
    flow: list[Flowable] = [KeepTogether(parts), gap(2)]
    for chart in section.charts:
        flow += [chart_drawing(chart, height=46 * mm), gap(1)]
    tables = [t for t in section.tables if t.rows]
    for start in range(0, len(tables), 2):
        flow += [_side_by_side(tables[start:start + 2]), gap(2)]
    return flow


def _side_by_side(tables: list[ReportTable]) -> Flowable:
    """Two small tables on one line (one alone takes the full width), each cut to its summary size."""
    width = FRAME_WIDTH if len(tables) == 1 else (FRAME_WIDTH - COLUMN_GAP) / 2
    cells = [_small_table(t, width) for t in tables]
    if len(cells) == 1:
        return KeepTogether(cells[0])
    grid = ParkTable([cells], colWidths=[width + COLUMN_GAP, width], hAlign="LEFT")
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (0, 0), COLUMN_GAP), ("RIGHTPADDING", (1, 0), (1, 0), 0)]))
    return grid


def _small_table(table: ReportTable, width: float) -> list[Flowable]:
    shown = table.summary_rows or MAX_ROWS
    cut = ReportTable("", table.columns, table.rows[:shown], table.totals)
    flowables = [Paragraph(_escape(table.title), TABLE_TITLE), *typed_table(cut, width=width)]
    hidden = len(table.rows) - shown
    if hidden > 0:
        flowables.append(Paragraph(ngettext("… et {count} autre (détail dans le rapport complet).",
                                            "… et {count} autres (détail dans le rapport complet).",
                                            hidden).format(count=hidden), STYLES["params"]))
    return flowables


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


register_layout("digest", render_digest)
