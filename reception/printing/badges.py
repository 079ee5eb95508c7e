"""Visitor badges as PDF, one page per badge, the page exactly the size of the card or label it prints on.

A badge shows the visitor's name large, their organisation, whom they visit, when they came in, a colour
band for the kind of visit, the badge number, the day it is valid and a QR code. The QR code holds only the
opaque badge code (no personal data): scanning it at the desk checks the visitor out.

Printing never imports services: the caller turns a visit into a `BadgeInfo` (see `BadgeInfo.of`).
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from reception.core.clock import to_local
from reception.core.i18n import N_, _
from reception.core.qr import qr_modules
from reception.printing.brand import FONT, FONT_BOLD, INK, MUTED, PARK_NAME, draw_logo
from reception.printing.formats import fr_date, fr_datetime
from reception.printing.script import reads_right_to_left

QR_QUIET_ZONE = 2  # modules of white around the code; the label's own margin adds to it
SMALLEST_DETAIL = 0.8  # a detail line shrinks to 80 % of its size before it is cut


@dataclass(frozen=True)
class BadgeMedia:
    """A card or label stock: its size as the printer feeds it (width across, height along the feed)."""

    key: str
    width_mm: float
    height_mm: float
    label: str

    @property
    def size_pt(self) -> tuple[float, float]:
        return self.width_mm * mm, self.height_mm * mm


MEDIA: dict[str, BadgeMedia] = {
    m.key: m
    for m in (
        BadgeMedia("cr80", 85.6, 54.0, "Carte CR80 (85,6 × 54 mm)"),
        BadgeMedia("62x100", 62.0, 100.0, "Brother 62 × 100 mm"),
        BadgeMedia("54x101", 54.0, 101.0, "DYMO 54 × 101 mm"),
        BadgeMedia("57x32", 57.0, 32.0, "DYMO 57 × 32 mm"),
    )
}

VISIT_TYPES: dict[str, tuple[str, colors.Color]] = {  # keys as in models.visits.VISIT_TYPES
    "meeting": (N_("Réunion"), colors.HexColor("#1D4ED8")),
    "interview": (N_("Entretien"), colors.HexColor("#7C3AED")),
    "delivery": (N_("Livraison"), colors.HexColor("#C2410C")),
    "contractor": (N_("Prestataire"), colors.HexColor("#B91C1C")),
    "event": (N_("Événement"), colors.HexColor("#047857")),
    "other": (N_("Visiteur"), colors.HexColor("#4B5563")),
}


@dataclass(frozen=True)
class BadgeSetup:
    """How this desk prints badges, from its settings: the stock, the calibration and the printer."""

    media: str = "cr80"
    offset_mm: tuple[float, float] = (0, 0)
    printer: str = ""

    @classmethod
    def from_settings(cls, values: Mapping[str, Any]) -> BadgeSetup:
        """`values` is SettingsService.all() (a plain mapping: printing never imports services)."""
        return cls(values.get("printing.badge_media", "cr80"),
                   (values.get("printing.badge_offset_x_mm", 0), values.get("printing.badge_offset_y_mm", 0)),
                   values.get("printing.badge_printer", ""))

    @property
    def size_mm(self) -> tuple[float, float]:
        return MEDIA[self.media].width_mm, MEDIA[self.media].height_mm

    def pdf(self, infos: Sequence[BadgeInfo]) -> bytes:
        return badges_pdf(infos, self.media, self.offset_mm)


@dataclass(frozen=True)
class BadgeInfo:
    """Everything printed on one badge. `entered_at` is None for a badge printed before the visitor comes."""

    visitor_name: str
    organisation: str
    host_name: str
    host_company: str
    host_floor: str
    visit_type: str
    entered_at: datetime | None
    badge_number: str
    badge_code: str
    valid_on: date
    site_name: str = PARK_NAME
    event_name: str = ""
    photo_jpeg: bytes | None = None
    """The visitor's photo when the site prints it (setting visits.photo_on_badge); CR80 and tall labels."""

    @classmethod
    def of(cls, visit: Any, site_name: str = PARK_NAME, valid_on: date | None = None,
           photo_jpeg: bytes | None = None) -> BadgeInfo:
        """From any visit-like row (VisitRow, ExpectedRow...) read by attribute; missing fields print empty."""
        entered = getattr(visit, "checked_in_at", None)
        day = valid_on or (to_local(entered).date() if entered else getattr(visit, "day", None))
        if day is None:
            raise ValueError("a badge needs the day it is valid")
        return cls(
            visitor_name=visit.visitor_name,
            organisation=getattr(visit, "organisation", "") or "",
            host_name=getattr(visit, "host_name", "") or "",
            host_company=getattr(visit, "host_company", "") or "",
            host_floor=getattr(visit, "host_floor", "") or "",
            visit_type=getattr(visit, "visit_type", "other") or "other",
            entered_at=entered,
            badge_number=getattr(visit, "badge_number", "") or "",
            badge_code=visit.badge_code,
            valid_on=day,
            site_name=site_name,
            event_name=getattr(visit, "event_name", "") or "",
            photo_jpeg=photo_jpeg,
        )

    @property
    def type_label(self) -> str:
        return _(VISIT_TYPES.get(self.visit_type, VISIT_TYPES["other"])[0])

    @property
    def band_colour(self) -> colors.Color:
        return VISIT_TYPES.get(self.visit_type, VISIT_TYPES["other"])[1]

    @property
    def host_line(self) -> str:
        floor = " · " + _("étage {floor}").format(floor=self.host_floor) if self.host_floor else ""
        return f"{self.host_company}{floor}"

    @property
    def entry_line(self) -> str:
        if self.entered_at is None:
            return _("Attendu(e) le {day}").format(day=fr_date(self.valid_on))
        return _("Entrée : {moment}").format(moment=fr_datetime(self.entered_at))

    @property
    def number_line(self) -> str:
        """The badge number once checked in; before that (pre-printed guest badges), the event's name."""
        return _("N° {number}").format(number=self.badge_number) if self.badge_number else self.event_name

    @property
    def valid_line(self) -> str:
        return _("Valable le {day}").format(day=fr_date(self.valid_on))


def badge_pdf(info: BadgeInfo, media: str = "cr80", offset_mm: tuple[float, float] = (0, 0)) -> bytes:
    """One badge. `offset_mm` is the printer's calibration: +x moves the print right, +y moves it down."""
    return badges_pdf([info], media, offset_mm)


def badges_pdf(infos: Sequence[BadgeInfo], media: str = "cr80", offset_mm: tuple[float, float] = (0, 0)) -> bytes:
    """Many badges in one PDF, one page each, for printing a guest list ahead of an event."""
    stock = MEDIA[media]
    width, height = stock.size_pt
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), pageCompression=1, initialFontName=FONT)
    canvas.setTitle("Badges visiteurs" if len(infos) > 1 else f"Badge {infos[0].badge_number}")
    canvas.setCreator(PARK_NAME)
    draw = _layout_for(stock)
    for info in infos:
        canvas.saveState()
        canvas.translate(offset_mm[0] * mm, -offset_mm[1] * mm)
        draw(canvas, info, width, height)
        canvas.restoreState()
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# --- text that fits -----------------------------------------------------------------------------------


def fit_text(text: str, font: str, width: float, largest: float, smallest: float,
             max_lines: int = 2) -> tuple[list[str], float]:
    """The largest size (from `largest` down to `smallest`) at which `text` fits `width` in at most
    `max_lines` lines, breaking between words. A text that does not fit even at `smallest` (one very
    long word, a long name in any script) goes on shrinking until its widest line fits: a name is never
    cut nor drawn past the badge's edge."""
    size = largest
    while size >= smallest:
        lines = _wrap(text, font, size, width)
        if len(lines) <= max_lines and all(stringWidth(line, font, size) <= width for line in lines):
            return lines, size
        size -= 0.5
    lines = _wrap(text, font, smallest, width)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1:])]
    widest = max(stringWidth(line, font, smallest) for line in lines)
    return lines, math.floor(smallest * min(1.0, width / widest) * 100) / 100 if widest else smallest


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap; a word wider than `width` stays alone on its line."""
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and stringWidth(candidate, font, size) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines or [""]


def clip(text: str, font: str, size: float, width: float) -> str:
    """`text` cut with '…' so it fits `width` on one line."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _line(canvas: Canvas, text: str, x: float, y: float, font: str, size: float, width: float,
          colour: colors.Color = INK, centred: bool = False) -> None:
    """One line inside `width`, a little smaller if it must, cut with '…' only past that; a right-to-left
    line (Arabic) is flush right."""
    natural = stringWidth(text, font, size)
    if natural > width:
        size = max(math.floor(size * width / natural * 100) / 100, size * SMALLEST_DETAIL)
    canvas.setFont(font, size)
    canvas.setFillColor(colour)
    fitted = clip(text, font, size, width)
    if centred:
        canvas.drawCentredString(x + width / 2, y, fitted)
    elif reads_right_to_left(fitted):
        canvas.drawRightString(x + width, y, fitted)
    else:
        canvas.drawString(x, y, fitted)


def _name(canvas: Canvas, info: BadgeInfo, x: float, top: float, width: float, largest: float,
          smallest: float, centred: bool = False, max_lines: int = 2) -> float:
    """Draws the name from `top` downwards as large as it fits; returns the y under it."""
    lines, size = fit_text(info.visitor_name, FONT_BOLD, width, largest, smallest, max_lines)
    y = top - size * 0.8
    for line in lines:
        _line(canvas, line, x, y, FONT_BOLD, size, width, centred=centred)
        y -= size * 1.05
    return y + size * 1.05 - size * 0.25


def _qr(canvas: Canvas, code: str, x: float, y: float, size: float) -> None:
    """The badge code as a QR code, `size` wide including its quiet zone, drawn as vector runs of modules."""
    modules = qr_modules(code, QR_QUIET_ZONE)
    step = size / len(modules)
    path = canvas.beginPath()
    for row, line in enumerate(modules):
        top = y + size - (row + 1) * step
        column = 0
        while column < len(line):
            if not line[column]:
                column += 1
                continue
            start = column
            while column < len(line) and line[column]:
                column += 1
            path.rect(x + start * step, top, (column - start) * step, step)
    canvas.saveState()
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def _band(canvas: Canvas, info: BadgeInfo, x: float, y: float, width: float, height: float,
          text_size: float) -> None:
    """The colour band: the kind of visit on the left, the day it is valid on the right, in white."""
    canvas.setFillColor(info.band_colour)
    canvas.rect(x, y, width, height, stroke=0, fill=1)
    pad = 2.5 * mm
    label = info.type_label.upper()
    while text_size > 6 and (stringWidth(label, FONT_BOLD, text_size) + stringWidth(info.valid_line, FONT, text_size)
                             > width - 2 * pad - 2 * mm):
        text_size -= 0.25
    baseline = y + (height - text_size * 0.7) / 2
    canvas.setFillColor(colors.white)
    canvas.setFont(FONT_BOLD, text_size)
    canvas.drawString(x + pad, baseline, label)
    valid_room = width - 2 * pad - stringWidth(label, FONT_BOLD, text_size) - 2 * mm
    canvas.setFont(FONT, text_size)
    canvas.drawRightString(x + width - pad, baseline, clip(info.valid_line, FONT, text_size, valid_room))


def _header(canvas: Canvas, info: BadgeInfo, x: float, top: float, width: float, logo: float) -> None:
    """The park's logo and the site's name (on two lines if it must), with VISITEUR on the right."""
    draw_logo(canvas, x, top - logo, logo)
    tag_size = logo * 0.34
    tag = _("VISITEUR")
    tag_width = stringWidth(tag, FONT_BOLD, tag_size)
    name_x = x + logo + 1.8 * mm
    lines, size = fit_text(info.site_name, FONT_BOLD, x + width - tag_width - 1.5 * mm - name_x,
                           logo * 0.42, 6, max_lines=2)
    baseline = top - logo / 2 + (len(lines) - 1) * size * 0.55 - size * 0.35
    canvas.setFont(FONT_BOLD, size)
    canvas.setFillColor(INK)
    for i, line in enumerate(lines):
        canvas.drawString(name_x, baseline - i * size * 1.1, line)
    canvas.setFont(FONT_BOLD, tag_size)
    canvas.setFillColor(info.band_colour)
    canvas.drawRightString(x + width, top - logo / 2 - tag_size * 0.35, tag)


# --- layouts ------------------------------------------------------------------------------------------


def _landscape(canvas: Canvas, info: BadgeInfo, width: float, height: float) -> None:
    """CR80 card: header, name and details on the left, QR code on the right, colour band at the bottom."""
    margin = 3.5 * mm
    inner = width - 2 * margin
    top = height - margin
    _header(canvas, info, margin, top, inner, 7 * mm)
    band = 8 * mm
    _band(canvas, info, 0, 0, width, band, 7.5)
    qr = 25 * mm
    qr_x = width - margin - qr + 1.5 * mm
    number_y = band + 2.2 * mm
    _qr(canvas, info.badge_code, qr_x, number_y + 3 * mm, qr)
    _line(canvas, info.number_line, qr_x, number_y, FONT_BOLD, 8, qr, centred=True)
    text_x = margin
    if info.photo_jpeg:
        photo_width = 15 * mm
        _photo(canvas, info.photo_jpeg, margin, top - 9.5 * mm - 19 * mm, photo_width, 19 * mm)
        text_x += photo_width + 2 * mm
    text_width = qr_x - text_x - 1 * mm
    y = _name(canvas, info, text_x, top - 9.5 * mm, text_width, 17, 8)
    _details(canvas, info, text_x, y - 1.5 * mm, text_width, 7.5, 7)


def _photo(canvas: Canvas, jpeg: bytes, x: float, y: float, width: float, height: float) -> None:
    """The visitor's photo, fitted in the box without distortion, with a hairline frame."""
    canvas.drawImage(ImageReader(io.BytesIO(jpeg)), x, y, width, height, preserveAspectRatio=True, anchor="c")
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.3)
    canvas.rect(x, y, width, height, stroke=1, fill=0)


def _details(canvas: Canvas, info: BadgeInfo, x: float, top: float, width: float, size: float,
             small: float, centred: bool = False) -> float:
    """Organisation, host and entry time, from `top` downwards; returns the y under the last line."""
    lines: list[tuple[str, str, float, colors.Color]] = []
    if info.organisation:
        lines.append((info.organisation, FONT, size + 1, INK))
    lines.append((_("Reçu(e) par {host}").format(host=info.host_name) if info.host_name else "", FONT, size, INK))
    lines.append((info.host_line, FONT, small, MUTED))
    lines.append((info.entry_line, FONT, small, MUTED))
    y = top
    for text, font, font_size, colour in lines:
        if not text:
            continue
        y -= font_size * 1.25
        _line(canvas, text, x, y, font, font_size, width, colour, centred)
    return y


def _portrait(canvas: Canvas, info: BadgeInfo, width: float, height: float) -> None:
    """Tall labels (62×100, 54×101): header, name centred, details, big QR code, colour band at the bottom."""
    margin = 4 * mm
    inner = width - 2 * margin
    top = height - margin
    _header(canvas, info, margin, top, inner, 9 * mm)
    band = 10 * mm
    _band(canvas, info, 0, 0, width, band, 8)
    if info.photo_jpeg:  # the photo on the left, the name beside it: the QR code keeps its size
        photo_width, photo_height, photo_top = 16 * mm, 20 * mm, top - 12 * mm
        _photo(canvas, info.photo_jpeg, margin, photo_top - photo_height, photo_width, photo_height)
        name_x = margin + photo_width + 2.5 * mm
        y = _name(canvas, info, name_x, photo_top + 1 * mm, width - margin - name_x, 18, 9, max_lines=3)
        y = min(y, photo_top - photo_height)
    else:
        y = _name(canvas, info, margin, top - 14 * mm, inner, 24, 11, centred=True, max_lines=3)
    y = _details(canvas, info, margin, y - 2 * mm, inner, 9, 8, centred=True)
    qr = min(inner, 34 * mm)
    number_y = band + 3 * mm
    _line(canvas, info.number_line, margin, number_y, FONT_BOLD, 10, inner, centred=True)
    qr_bottom = number_y + 4 * mm
    qr = min(qr, y - 2 * mm - qr_bottom)
    _qr(canvas, info.badge_code, (width - qr) / 2, qr_bottom, qr)


def _tiny(canvas: Canvas, info: BadgeInfo, width: float, height: float) -> None:
    """57×32 label: only what matters at a glance — colour strip, name, date and number, QR code."""
    strip = 3 * mm
    canvas.setFillColor(info.band_colour)
    canvas.rect(0, 0, strip, height, stroke=0, fill=1)
    qr = height - 5 * mm
    qr_x = width - qr - 1.5 * mm
    _qr(canvas, info.badge_code, qr_x, (height - qr) / 2, qr)
    x = strip + 2 * mm
    text_width = qr_x - x
    y = _name(canvas, info, x, height - 2.5 * mm, text_width, 12, 6.5, max_lines=3)
    _line(canvas, info.host_company, x, y - 8, FONT, 6.5, text_width, MUTED)
    _line(canvas, info.valid_line, x, 2.5 * mm + 8, FONT_BOLD, 6.5, text_width)
    _line(canvas, info.number_line, x, 2.5 * mm, FONT, 6.5, text_width, MUTED)


def _layout_for(stock: BadgeMedia) -> Callable[[Canvas, BadgeInfo, float, float], None]:
    if stock.height_mm < 40:
        return _tiny
    return _portrait if stock.height_mm > stock.width_mm else _landscape
