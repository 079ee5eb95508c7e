"""What a PDF really holds, read back as a checker would: its fonts, its text, the glyphs it draws, its pages."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ContentStream
from PySide6.QtGui import QImage

from tests.pdf_pages import render_images

FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


@dataclass(frozen=True)
class FontUse:
    """A font a page uses: its PostScript name (subset prefix removed), its type, whether it is embedded."""

    name: str
    subtype: str
    embedded: bool


def _page_fonts(page: Any) -> dict[str, Any]:
    resources = page.get("/Resources")
    fonts = resources.get_object().get("/Font") if resources else None
    return {key: value.get_object() for key, value in fonts.get_object().items()} if fonts else {}


def fonts(pdf: bytes) -> set[FontUse]:
    used = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in _page_fonts(page).values():
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(k in descriptor.get_object() for k in FONT_FILES)
            used.add(FontUse(str(font["/BaseFont"]).lstrip("/").split("+")[-1], str(font["/Subtype"]), embedded))
    return used


def text(pdf: bytes) -> str:
    """The extracted text, NFKC-normalised: Arabic presentation forms read back as plain letters."""
    raw = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return unicodedata.normalize("NFKC", raw)


def _shown_bytes(operands: list[Any], operator: bytes) -> list[bytes]:
    strings = operands[0] if operator == b"TJ" else operands[:1]
    shown = []
    for item in strings:
        if isinstance(item, bytes):
            shown.append(bytes(item))
        elif isinstance(item, str):
            shown.append(item.get_original_bytes() if hasattr(item, "get_original_bytes") else item.encode("latin-1"))
    return shown


def notdef_glyphs(pdf: bytes) -> int:
    """How many .notdef glyphs (the empty box) the pages draw.

    In reportlab's TrueType subsets code 0 is always glyph 0, the .notdef, and a character the font lacks
    is written as code 0; so the count is the number of zero bytes shown with an embedded TrueType font.
    """
    count = 0
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        page_fonts = _page_fonts(page)
        current: Any = None
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                current = page_fonts.get(str(operands[0]))
            elif operator in (b"Tj", b"TJ", b"'", b'"') and current is not None and \
                    current["/Subtype"] == "/TrueType":
                shown = operands[-1:] if operator == b'"' else operands
                count += sum(chunk.count(0) for chunk in _shown_bytes(shown, operator))
    return count


def render(pdf: bytes, dpi: int = 150) -> list[QImage]:
    """Every page as QtPdf draws it (the preview's renderer); needs a Qt application (qapp fixture)."""
    return render_images(pdf, dpi)


def ink_fraction(image: QImage) -> float:
    """Share of pixels that are not white: a blank render (a font that failed) comes out near zero."""
    small = image.scaled(200, 200).convertToFormat(QImage.Format.Format_Grayscale8)
    dark = sum(1 for y in range(small.height()) for x in range(small.width()) if small.pixelColor(x, y).value() < 200)
    return dark / (small.width() * small.height())
