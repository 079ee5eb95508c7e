"""The signed agreement as PDF: the text the visitor read, who signed, when, where, the text's SHA-256 and
the signature itself, drawn from the stored strokes as vector paths (sharp at any zoom, a few hundred bytes).

The page speaks the language the visitor signed in (fr, en or ar), labels included: an Arabic agreement is set
right to left with its labels mirrored. The console's gettext catalogues have no Arabic, so the few labels
live here, beside the texts they frame. Rendered on demand (visit page, `reception agreements export`);
nothing is archived, since the strokes and the text are the record.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, TableStyle

from reception.core.clock import to_local
from reception.core.services.agreement_strokes import ASPECT, Strokes
from reception.core.services.agreements import AgreementDocument, AgreementService
from reception.core.services.permissions import Actor
from reception.printing.brand import FONT, FONT_BOLD, INK, LIGHT, MUTED, PARK_NAME, RULE
from reception.printing.document import STYLES, ParkTable, ReportMeta, build_report, escape

LABELS: dict[str, dict[str, str]] = {
    "fr": {"visitor": "Visiteur", "company": "Société", "host": "Personne visitée", "visit": "Arrivée",
           "signed": "Signé le", "desk": "Poste", "recorded": "Enregistré par", "version": "Version du texte",
           "hash": "Empreinte SHA-256 du texte", "signature": "Signature du visiteur",
           "erased": "Signature effacée avec les données personnelles de la visite (loi 09-08)."},
    "en": {"visitor": "Visitor", "company": "Company", "host": "Host", "visit": "Arrival",
           "signed": "Signed on", "desk": "Desk", "recorded": "Recorded by", "version": "Text version",
           "hash": "SHA-256 fingerprint of the text", "signature": "Visitor's signature",
           "erased": "Signature erased with the visit's personal data (law 09-08)."},
    "ar": {"visitor": "الزائر", "company": "الشركة", "host": "المضيف", "visit": "الوصول",
           "signed": "تاريخ التوقيع", "desk": "مكتب الاستقبال", "recorded": "سجله", "version": "نسخة النص",
           "hash": "بصمة SHA-256 للنص", "signature": "توقيع الزائر",
           "erased": "حذف التوقيع مع المعطيات الشخصية للزيارة (القانون 09-08)."},
}

SIGNATURE_WIDTH = 120 * mm


def when(moment: Any) -> str:
    """Day and time in Casablanca, the same figures in every language: 26/11/2026 10:00."""
    return f"{to_local(moment):%d/%m/%Y %H:%M}"


class SignatureBox(Flowable):
    """The signature drawn from its strokes in a box of the pad's shape, with the pad's baseline."""

    def __init__(self, strokes: Strokes, width: float, empty_note: str) -> None:
        super().__init__()
        self.strokes, self.box_width, self.empty_note = strokes, width, empty_note
        self.box_height = width / ASPECT

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.box_width, self.box_height

    def draw(self) -> None:
        canvas, w, h = self.canv, self.box_width, self.box_height
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.roundRect(0, 0, w, h, 2 * mm, stroke=1, fill=0)
        canvas.setDash(2, 2)
        canvas.line(0.06 * w, 0.28 * h, 0.94 * w, 0.28 * h)  # the pad's baseline (72 % down)
        canvas.setDash()
        if not self.strokes:
            canvas.setFont(FONT, 8.5)
            canvas.setFillColor(MUTED)
            canvas.drawCentredString(w / 2, h / 2, self.empty_note)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(max(1.2, h / 60))
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        for stroke in self.strokes:
            path = canvas.beginPath()
            x, y = stroke[0][0], stroke[0][1]
            path.moveTo(x * w, (1 - y) * h)
            if all(p[:2] == stroke[0][:2] for p in stroke):
                path.lineTo(x * w + 0.01, (1 - y) * h)  # a tap: a round dot
            for point in stroke[1:]:
                path.lineTo(point[0] * w, (1 - point[1]) * h)
            canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()


def agreement_pdf(document: AgreementDocument, site_name: str = PARK_NAME) -> bytes:
    """The signed agreement as PDF bytes."""
    text, signed, visit = document.text, document.signed, document.visit
    rtl = text.language == "ar"
    labels = LABELS.get(text.language, LABELS["fr"])
    body = ParagraphStyle("agreement", parent=STYLES["body"], fontSize=10.5, leading=15.5, spaceAfter=3 * mm,
                          alignment=TA_RIGHT if rtl else TA_LEFT)
    story: list[Flowable] = [Paragraph(escape(p).replace("\n", "<br/>"), body) for p in text.body.split("\n\n")]
    rows = [
        (labels["visitor"], visit.visitor_name),
        (labels["company"], visit.organisation),
        (labels["host"], ", ".join(x for x in (visit.host_name, visit.host_company) if x)),
        (labels["visit"], when(visit.checked_in_at)),
        (labels["signed"], when(signed.signed_at)),
        (labels["desk"], signed.desk_code),
        (labels["recorded"], signed.recorded_by),
        (labels["version"], str(text.version)),
        (labels["hash"], text.sha256),
    ]
    story.append(KeepTogether([
        _facts([(label, value) for label, value in rows if value], rtl),
        _aligned(Paragraph(escape(labels["signature"]), STYLES["h2"]), rtl),
        _aligned(SignatureBox(signed.strokes, SIGNATURE_WIDTH, labels["erased"]), rtl),
    ]))
    meta = ReportMeta(title=text.title, parameters=f"{labels['version']} {text.version} · SHA-256 {text.sha256}",
                      site_name=site_name, right_to_left=rtl)
    return build_report(meta, story)


def render_pdf(agreements: AgreementService, actor: Actor, visit_id: str, out_path: Path,
               site_name: str = PARK_NAME) -> Path:
    """Writes the visit's signed agreement to `out_path` (NotFound when the visit has none)."""
    out_path.write_bytes(agreement_pdf(agreements.document(actor, visit_id), site_name))
    return out_path


def _facts(rows: list[tuple[str, str]], rtl: bool) -> ParkTable:
    """Label and value side by side; mirrored for Arabic (label on the right)."""
    label_style = ParagraphStyle("label", parent=STYLES["cell"], textColor=MUTED,
                                 alignment=TA_RIGHT if rtl else TA_LEFT)
    value_style = ParagraphStyle("value", parent=STYLES["cell"], fontName=FONT_BOLD, fontSize=9, leading=11.5,
                                 alignment=TA_RIGHT if rtl else TA_LEFT)
    cells = [(Paragraph(escape(label), label_style), Paragraph(escape(value), value_style))
             for label, value in rows]
    data = [[value, label] if rtl else [label, value] for label, value in cells]
    widths = [125 * mm, 55 * mm] if rtl else [55 * mm, 125 * mm]
    table = ParkTable(data, colWidths=widths, hAlign="RIGHT" if rtl else "LEFT")
    table.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 1, INK),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("BACKGROUND", (1 if rtl else 0, 0), (1 if rtl else 0, -1), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _aligned(flowable: Flowable, rtl: bool) -> Flowable:
    flowable.hAlign = "RIGHT" if rtl else "LEFT"
    if isinstance(flowable, Paragraph) and rtl:
        flowable.style = ParagraphStyle("rtl_heading", parent=flowable.style, alignment=TA_RIGHT)
    return flowable
