"""The evacuation roll call on A4: large type, grouped by host company and floor, a box to tick per person.

Read at an assembly point, in a hurry, perhaps in the rain: so names are big, each group says how many
people it holds, and the total stands at the top. Registered as the 'evacuation' kind's layout.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Image, KeepTogether, Paragraph, TableStyle

from reception.core.i18n import _, ngettext
from reception.core.reports import ReportData, ReportTable
from reception.printing.brand import ACCENT, FONT, FONT_BOLD, INK, LIGHT, MUTED, RULE
from reception.printing.document import ParkTable, ReportMeta, build_report, gap
from reception.printing.reports import FRAME_WIDTH, register_layout

BOX = 7 * mm
PHOTO = (12 * mm, 15 * mm)
"""A visitor's photo beside their name, when the kiosk or the desk took one: a face is found faster than a name."""
NAME = ParagraphStyle("evac_name", fontName=FONT_BOLD, fontSize=14, leading=17, textColor=INK)
DETAIL = ParagraphStyle("evac_detail", fontName=FONT, fontSize=10.5, leading=13, textColor=INK)
GROUP = ParagraphStyle("evac_group", fontName=FONT_BOLD, fontSize=15, leading=19, textColor=colors.white)
COUNT = ParagraphStyle("evac_count", fontName=FONT_BOLD, fontSize=26, leading=30, textColor=ACCENT)
NOTE = ParagraphStyle("evac_note", fontName=FONT, fontSize=11, leading=14, textColor=MUTED)


class TickBox(Flowable):
    """An empty square to tick with a pen."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return BOX, BOX

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(1.4)
        self.canv.rect(0, 0, BOX, BOX, stroke=1, fill=0)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _person(row: tuple[Any, ...], pictures: dict[str, bytes]) -> list[Any]:
    _box, name, organisation, host, badge, arrived = row
    details = " · ".join(p for p in (organisation, _("voit {host}").format(host=host) if host else "") if p)
    arrival = f"{arrived:%H:%M}" if isinstance(arrived, datetime) else ""
    photo = pictures.get(badge)
    face = Image(io.BytesIO(photo), width=PHOTO[0], height=PHOTO[1], kind="proportional") if photo else ""
    return [TickBox(), face, [Paragraph(_escape(name), NAME), Paragraph(_escape(details), DETAIL)],
            Paragraph(f"{_escape(badge)}<br/>" + _escape(_("arrivé à {time}").format(time=arrival)), DETAIL)]


def _group(table: ReportTable, pictures: dict[str, bytes]) -> list[Flowable]:
    header = ParkTable([[Paragraph(_escape(table.title), GROUP)]], colWidths=[FRAME_WIDTH])
    header.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), ACCENT), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    people = ParkTable([_person(r, pictures) for r in table.rows],
                       colWidths=[BOX + 8 * mm, PHOTO[0] + 3 * mm, FRAME_WIDTH - 50 * mm - PHOTO[0] - 3 * mm, 42 * mm],
                       repeatRows=0)
    people.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ROWBACKGROUNDS", (0, 0), (-1, -1), [colors.white, LIGHT]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (0, -1), 8),
    ]))
    return [CondPageBreak(45 * mm), KeepTogether([header, gap(1)]), people, gap(6)]


def evacuation_pdf(data: ReportData, meta: ReportMeta) -> bytes:
    """The roll call: the total first, then each company and floor with its people to tick."""
    total = int(dict(data.summary).get(_("Personnes présentes"), "0"))
    headcount = ngettext("{count} personne présente", "{count} personnes présentes", total).format(count=total)
    story: list[Flowable] = [Paragraph(headcount, COUNT), gap(2)]
    story += [Paragraph(_escape(n), NOTE) for n in data.notes]
    story.append(Paragraph(_("Cochez chaque personne retrouvée au point de rassemblement."), NOTE))
    story.append(gap(6))
    for table in data.tables:
        story += _group(table, data.pictures)
    return build_report(meta, story)


register_layout("evacuation", evacuation_pdf)

