"""Vouchers on A4 sheets with cut marks (books sold to tenants), and the Z/X report's own layout.

The sheet holds 2 × 5 vouchers of 90 × 50 mm; cut marks sit in the margins and gutters only, so a
guillotine cut along them leaves no line on the vouchers.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, TableStyle

from reception.core.i18n import N_, _
from reception.core.reports import ReportData
from reception.core.services.cafeteria_data import VoucherRow
from reception.core.services.site import SiteInfo
from reception.core.services.voucher_codes import printed, qr_payload
from reception.printing.brand import ACCENT, FONT, FONT_BOLD, INK, LIGHT, MUTED, draw_logo
from reception.printing.cafeteria_receipt import draw_qr
from reception.printing.document import ParkTable, ReportMeta, build_report
from reception.printing.formats import format_dh, fr_date
from reception.printing.reports import register_layout, report_story

CARD_W, CARD_H = 90 * mm, 50 * mm
COLUMNS, ROWS = 2, 5
GUTTER_X, GUTTER_Y = 10 * mm, 6 * mm
MARK = 3 * mm
PER_PAGE = COLUMNS * ROWS


def _origin() -> tuple[float, float]:
    """Bottom-left corner of the grid, centred on the page."""
    width = COLUMNS * CARD_W + (COLUMNS - 1) * GUTTER_X
    height = ROWS * CARD_H + (ROWS - 1) * GUTTER_Y
    return (A4[0] - width) / 2, (A4[1] - height) / 2


def _cut_marks(canvas: Canvas) -> None:
    x0, y0 = _origin()
    xs = [x0 + c * (CARD_W + GUTTER_X) + dx for c in range(COLUMNS) for dx in (0, CARD_W)]
    ys = [y0 + r * (CARD_H + GUTTER_Y) + dy for r in range(ROWS) for dy in (0, CARD_H)]
    canvas.saveState()
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.3)
    for x in xs:
        for y in ys:
            outward_x = -MARK if x in xs[0::2] else MARK
            outward_y = -MARK if y in ys[0::2] else MARK
            canvas.line(x, y + outward_y * 0.3, x, y + outward_y)
            canvas.line(x + outward_x * 0.3, y, x + outward_x, y)
    canvas.restoreState()


def _card(canvas: Canvas, voucher: VoucherRow, receipt_number: str, site: SiteInfo, x: float, y: float) -> None:
    canvas.saveState()
    canvas.setFillColor(LIGHT)
    canvas.rect(x, y, CARD_W, CARD_H, stroke=0, fill=1)
    canvas.setFillColor(ACCENT)
    canvas.rect(x, y + CARD_H - 9 * mm, CARD_W, 9 * mm, stroke=0, fill=1)
    draw_logo(canvas, x + 2.5 * mm, y + CARD_H - 7.5 * mm, 6 * mm)
    canvas.setFillColor(colors.white)
    canvas.setFont(FONT_BOLD, 11)
    canvas.drawString(x + 11 * mm, y + CARD_H - 6 * mm, _("BON {label}").format(label=voucher.label.upper()))
    canvas.setFont(FONT, 7.5)
    canvas.drawRightString(x + CARD_W - 3 * mm, y + CARD_H - 6 * mm, site.site_name)
    qr = 34 * mm
    canvas.setFillColor(colors.white)
    canvas.rect(x + 2.5 * mm, y + 3 * mm, qr, qr, stroke=0, fill=1)
    draw_qr(canvas, qr_payload(voucher.code, voucher.signature), x + 2.5 * mm, y + 3 * mm, qr)
    text_x = x + 40 * mm
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, 12)
    canvas.drawString(text_x, y + 30 * mm, printed(voucher.code))
    canvas.setFont(FONT, 8)
    canvas.drawString(text_x, y + 24 * mm, _("Valable jusqu'au {day}").format(day=fr_date(voucher.expires_on)))
    value = format_dh(voucher.value_centimes)
    canvas.drawString(text_x, y + 19.5 * mm, _("Valeur {amount} · usage unique").format(amount=value))
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, 7)
    canvas.drawString(text_x, y + 8 * mm, _("Ticket {number}").format(number=receipt_number))
    canvas.drawString(text_x, y + 4.5 * mm, _("À remettre à la cafétéria"))
    canvas.restoreState()


def vouchers_sheet_pdf(vouchers: Sequence[VoucherRow], receipt_number: str, site: SiteInfo) -> bytes:
    """Ten vouchers per A4 page, with cut marks."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=FONT)
    canvas.setTitle(_("Bons du ticket {number}").format(number=receipt_number))
    x0, y0 = _origin()
    for start in range(0, max(len(vouchers), 1), PER_PAGE):
        _cut_marks(canvas)
        for i, voucher in enumerate(vouchers[start:start + PER_PAGE]):
            col, row = i % COLUMNS, i // COLUMNS
            _card(canvas, voucher, receipt_number, site, x0 + col * (CARD_W + GUTTER_X),
                  y0 + (ROWS - 1 - row) * (CARD_H + GUTTER_Y))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# --- the Z / X report ------------------------------------------------------------------------------------


RECONCILED = (N_("Espèces attendues"), N_("Espèces comptées"), N_("Écart"))
"""The summary's three figures the Z layout puts first, large (catalogue entries, read in the current language)."""


def _reconciliation(data: ReportData) -> Flowable:
    """The three figures that matter at night, large: expected, counted, variance (red when not zero)."""
    figures = dict(data.summary)
    labels = [_(label) for label in RECONCILED]
    values = [figures.get(label, "—") for label in labels]
    table = ParkTable([list(labels), values], colWidths=[60 * mm] * 3)
    variance_off = values[2] not in ("—", format_dh(0))
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), FONT), ("FONTSIZE", (0, 0), (-1, 0), 8.5),
        ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
        ("FONTNAME", (0, 1), (-1, 1), FONT_BOLD), ("FONTSIZE", (0, 1), (-1, 1), 16),
        ("LEADING", (0, 1), (-1, 1), 20),
        ("TEXTCOLOR", (2, 1), (2, 1), colors.HexColor("#B91C1C") if variance_off else ACCENT),
        ("BOX", (0, 0), (-1, -1), 0.8, ACCENT), ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 1), (-1, 1), 8),
    ]))
    return table


def session_report_pdf(data: ReportData, meta: ReportMeta) -> bytes:
    """Z (or X) report: the reconciliation block first, then every table of the session."""
    shown_first = {_(label) for label in RECONCILED}
    rest = replace(data, summary=[(k, v) for k, v in data.summary if k not in shown_first])
    return build_report(meta, [_reconciliation(data), *report_story(rest)])


register_layout("z", session_report_pdf)
register_layout("x", session_report_pdf)
