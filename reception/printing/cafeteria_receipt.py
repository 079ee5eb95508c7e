"""The cafeteria receipt on an 80 mm roll, its height fitted to the content, vouchers printed after it.

The receipt carries what a Moroccan receipt needs: the seller's legal name, address, IF, TP and ICE
numbers, date and time, the receipt number, the lines, the TVA per rate shown separately, the total,
the payment and the cashier. Each voucher follows, after a cut line, with its QR code (code + signature).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field

import qrcode
from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from reception.core.i18n import _, ngettext
from reception.core.services.cafeteria_data import PAYMENT_LABELS, Receipt, VoucherRow
from reception.core.services.site import SiteInfo
from reception.core.services.tva import rate_label
from reception.core.services.voucher_codes import printed, qr_payload
from reception.printing.brand import FONT, FONT_BOLD, INK, MUTED, draw_logo
from reception.printing.formats import format_dh, fr_date, fr_datetime

ROLL_WIDTH = 80 * mm
MARGIN = 4 * mm
TEXT_WIDTH = ROLL_WIDTH - 2 * MARGIN
VOUCHER_QR = 24 * mm
QR_MASK = 2
QR_QUIET_MODULES = 2
TVA_COLUMNS = (38 * mm, 57 * mm, ROLL_WIDTH - MARGIN)

Draw = Callable[[Canvas, float], None]


@dataclass
class _Roll:
    """Rows laid out top to bottom; the page is as tall as the rows, so the printer cuts right after."""

    rows: list[tuple[float, Draw]] = field(default_factory=list)

    def add(self, height: float, draw: Draw) -> None:
        self.rows.append((height, draw))

    def gap(self, height_mm: float) -> None:
        self.add(height_mm * mm, lambda c, y: None)

    def text(self, left: str, right: str = "", *, size: float = 8, bold: bool = False, muted: bool = False,
             centred: bool = False) -> None:
        font = FONT_BOLD if bold else FONT
        for i, line in enumerate(_wrap(left, font, size, TEXT_WIDTH - (stringWidth(right, font, size) + 2 * mm
                                                                        if right else 0))):
            self.add(size * 1.3, _text_draw(line, right if i == 0 else "", font, size, muted, centred))

    def columns(self, cells: tuple[str, str, str, str], *, size: float = 7.5, muted: bool = False) -> None:
        """A four-column row (label, then three amounts aligned on the right), for the TVA table."""
        def draw(c: Canvas, y: float) -> None:
            c.setFont(FONT, size)
            c.setFillColor(MUTED if muted else INK)
            c.drawString(MARGIN, y - size, cells[0])
            for text, right in zip(cells[1:], TVA_COLUMNS, strict=True):
                c.drawRightString(right, y - size, text)
        self.add(size * 1.3, draw)

    def rule(self, dashed: bool = False) -> None:
        def draw(c: Canvas, y: float) -> None:
            c.saveState()
            c.setStrokeColor(MUTED)
            c.setLineWidth(0.5)
            if dashed:
                c.setDash(2, 2)
            c.line(MARGIN, y - 1.5 * mm, ROLL_WIDTH - MARGIN, y - 1.5 * mm)
            c.restoreState()
        self.add(3 * mm, draw)

    def render(self, title: str) -> bytes:
        height = sum(h for h, _ in self.rows) + 2 * MARGIN
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=(ROLL_WIDTH, height), initialFontName=FONT)
        canvas.setTitle(title)
        canvas.setFillColor(INK)
        y = height - MARGIN
        for row_height, draw in self.rows:
            draw(canvas, y)
            y -= row_height
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()


def _text_draw(line: str, right: str, font: str, size: float, muted: bool, centred: bool) -> Draw:
    def draw(c: Canvas, y: float) -> None:
        c.setFont(font, size)
        c.setFillColor(MUTED if muted else INK)
        baseline = y - size
        if centred:
            c.drawCentredString(ROLL_WIDTH / 2, baseline, line)
        else:
            c.drawString(MARGIN, baseline, line)
        if right:
            c.drawRightString(ROLL_WIDTH - MARGIN, baseline, right)
    return draw


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and stringWidth(candidate, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return [*lines, current] if current or not lines else lines


def _dark_runs(cells: list[bool]) -> list[tuple[int, int]]:
    """(first column, length) of each run of dark modules: one rectangle per run, not per module, is a
    third of the drawing and of the PDF's bytes for the same image."""
    runs: list[tuple[int, int]] = []
    start = None
    for col, dark in enumerate([*cells, False]):
        if dark and start is None:
            start = col
        elif not dark and start is not None:
            runs.append((start, col - start))
            start = None
    return runs


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """A QR code drawn as one vector path, `size` wide including a 2-module quiet zone.

    The mask pattern is fixed instead of scored over all eight: any mask is valid QR, and skipping the
    scoring makes a voucher's code ten times faster to draw (a receipt with vouchers stays under 50 ms).
    """
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0, mask_pattern=QR_MASK)
    qr.add_data(payload, optimize=0)
    qr.make(fit=True)
    matrix = qr.get_matrix()
    module = size / (len(matrix) + 2 * QR_QUIET_MODULES)
    top = y + size - QR_QUIET_MODULES * module
    path = canvas.beginPath()
    for row, cells in enumerate(matrix):
        for col, run in _dark_runs(cells):
            path.rect(x + (QR_QUIET_MODULES + col) * module, top - (row + 1) * module, run * module, module)
    canvas.saveState()
    canvas.setFillColor(black)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def _header(roll: _Roll, site: SiteInfo) -> None:
    roll.add(11 * mm, lambda c, y: draw_logo(c, (ROLL_WIDTH - 9 * mm) / 2, y - 9 * mm, 9 * mm))
    roll.text(site.legal_name or site.site_name, size=9.5, bold=True, centred=True)
    roll.text(site.site_name, size=7.5, centred=True)
    for line in _wrap(site.address, FONT, 7.5, TEXT_WIDTH):
        roll.text(line, size=7.5, centred=True)
    roll.text(f"IF {site.if_number or '—'} · TP {site.tp_number or '—'}", size=7.5, centred=True)
    roll.text(f"ICE {site.ice or '—'}", size=7.5, centred=True)


def _voucher(roll: _Roll, voucher: VoucherRow, receipt_number: str, site: SiteInfo) -> None:
    roll.gap(2)
    roll.rule(dashed=True)
    roll.text(_("découper ici"), size=6, muted=True, centred=True)
    roll.text(_("BON {label}").format(label=voucher.label.upper()), size=12, bold=True, centred=True)
    roll.text(site.site_name, size=7.5, muted=True, centred=True)

    def qr(c: Canvas, y: float) -> None:
        draw_qr(c, qr_payload(voucher.code, voucher.signature), (ROLL_WIDTH - VOUCHER_QR) / 2, y - VOUCHER_QR,
                VOUCHER_QR)
    roll.add(VOUCHER_QR + 1 * mm, qr)
    roll.text(printed(voucher.code), size=11, bold=True, centred=True)
    roll.text(_("Valable jusqu'au {day} · valeur {amount}").format(day=fr_date(voucher.expires_on),
                                                                     amount=format_dh(voucher.value_centimes)),
              size=7, centred=True)
    roll.text(_("Ticket {number} · usage unique").format(number=receipt_number), size=7, muted=True, centred=True)


def receipt_pdf(receipt: Receipt, site: SiteInfo, *, duplicate: bool = False, with_vouchers: bool = True) -> bytes:
    """The receipt (and its vouchers) as a one-page PDF, 80 mm wide, as tall as it needs."""
    roll = _Roll()
    _header(roll, site)
    roll.rule()
    if duplicate:
        roll.text(_("DUPLICATA"), size=10, bold=True, centred=True)
    if receipt.status == "voided":
        roll.text(_("VENTE ANNULÉE"), size=10, bold=True, centred=True)
    roll.text(_("Ticket n° {number}").format(number=receipt.receipt_number), fr_datetime(receipt.sold_at), size=8.5,
              bold=True)
    roll.text(_("Poste {desk}").format(desk=receipt.desk_code),
              _("Caisse : {cashier}").format(cashier=receipt.cashier_name), size=7.5)
    roll.text(_("Client : {customer}").format(customer=receipt.customer_name), size=7.5)
    roll.rule()
    for line in receipt.lines:
        roll.text(f"{line.quantity} × {line.product_name}", format_dh(line.line_total_centimes), size=8.5)
        roll.text("    " + _("{price} l'unité · TVA {rate}").format(price=format_dh(line.unit_price_centimes),
                                                                    rate=rate_label(line.tva_rate_bp)),
                  size=7, muted=True)
    roll.rule()
    roll.columns((_("Taux TVA"), _("HT"), _("TVA"), _("TTC")), size=7, muted=True)
    for t in receipt.tva:
        roll.columns((rate_label(t.rate_bp), format_dh(t.ht_centimes), format_dh(t.tva_centimes),
                      format_dh(t.ttc_centimes)))
    roll.columns((_("Total"), format_dh(receipt.total_ht_centimes), format_dh(receipt.total_tva_centimes),
                  format_dh(receipt.total_ttc_centimes)))
    roll.gap(1)
    roll.text(_("TOTAL TTC"), format_dh(receipt.total_ttc_centimes), size=12, bold=True)
    roll.gap(1)
    method = PAYMENT_LABELS.get(receipt.payment_method, receipt.payment_method)
    if receipt.payment_method == "cash":
        roll.text(_("{method} : remis").format(method=method), format_dh(receipt.amount_given_centimes), size=8)
        roll.text(_("Monnaie rendue"), format_dh(receipt.change_due_centimes), size=8, bold=True)
    elif receipt.payment_method == "card":
        roll.text(method, format_dh(receipt.total_ttc_centimes), size=8)
        roll.text(_("Référence terminal : {reference}").format(reference=receipt.card_reference), size=7.5)
    else:
        roll.text(f"{method} : {receipt.customer_name}", format_dh(receipt.total_ttc_centimes), size=8)
    roll.rule()
    roll.text(_("Merci de votre visite"), size=7.5, centred=True)
    count = len(receipt.vouchers)
    if count and with_vouchers:
        roll.text(ngettext("{count} bon à usage unique ci-dessous", "{count} bons à usage unique ci-dessous",
                           count).format(count=count), size=7, muted=True,
                  centred=True)
        for voucher in receipt.vouchers:
            _voucher(roll, voucher, receipt.receipt_number, site)
    return roll.render(_("Ticket {number}").format(number=receipt.receipt_number))
