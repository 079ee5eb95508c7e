"""The park's two PDF fonts, registered once for reportlab: every document writes with FONT and FONT_BOLD.

Each is a family of Noto faces shipped in resources/fonts (SIL Open Font License): Noto Sans for Latin,
Greek and Cyrillic, Noto Sans Arabic, then Noto Sans Symbols and Symbols 2 for arrows, ticks and the
monochrome emoji they hold. A character takes the first face that has it, so a mixed line such as
"Réunion avec سلمى العلوي" draws each part in its own face, and every face used is embedded (a subset of
it) in the PDF. The text is put in visual order (printing/script.py) here, in the two methods through
which reportlab measures and draws every string (canvas strings, text objects, paragraphs, table cells,
chart labels): this is the one place where shaping and direction happen.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from reception.core.paths import resources_dir
from reception.printing.script import visual

FONT = "ParkSans"
FONT_BOLD = "ParkSans-Bold"

_SYMBOLS = ("NotoSansSymbols-Regular.ttf", "NotoSansSymbols2-Regular.ttf")
FACE_FILES: dict[str, tuple[str, ...]] = {
    FONT: ("NotoSans-Regular.ttf", "NotoSansArabic-Regular.ttf", *_SYMBOLS),
    FONT_BOLD: ("NotoSans-Bold.ttf", "NotoSansArabic-Bold.ttf", *_SYMBOLS),
}


REPLACEMENT = "\ufffd"
SUBSETS_KEPT = 256  # embedded font subsets remembered (tens of kB each)
WIDTHS_KEPT = 50_000  # measured strings remembered per family (a few MB at most), then forgotten at once
SUBSTITUTES = {"\u2212": "\u2013"}
"""Characters no shipped face has but a close one does: the minus sign (Noto Sans 2020 lacks it) prints as an
en dash of the same width."""


def _invisible(char: str) -> bool:
    return unicodedata.category(char) == "Cf" or "\ufe00" <= char <= "\ufe0f" or "\U000e0100" <= char <= "\U000e01ef"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@dataclass(frozen=True)
class _FamilyFace:
    """What reportlab reads from a font's `face` besides drawing: its name and vertical metrics."""

    name: bytes
    ascent: int
    descent: int
    unitsPerEm: int
    builtIn: int = 0


class FallbackFont:
    """A dynamic (subsetting) reportlab font made of several TrueType faces tried in order.

    reportlab asks a dynamic font for two things: `stringWidth` to measure and `splitString` to cut a
    string into (subset, bytes) chunks that `getSubsetInternalName` names; a subset here is the pair
    (face, that face's subset), so each face embeds and names its own subsets as a TTFont does.
    """

    _dynamicFont = 1
    _multiByte = 1
    shapable = False

    def __init__(self, name: str, faces: Sequence[TTFont]) -> None:
        self.fontName = name
        self.faces = list(faces)
        first = self.faces[0].face
        self.face = _FamilyFace(name.encode(), first.ascent, first.descent, first.unitsPerEm)
        self._covers = [face.face.charToGlyph for face in self.faces]
        self._widths: dict[tuple[str, float], float] = {}
        self._chunks: WeakKeyDictionary[Any, dict[str, list[tuple[tuple[int, int], bytes]]]] = WeakKeyDictionary()

    def runs(self, text: str) -> list[tuple[int, str]]:
        """The visual line cut into (face index, text) runs; a space stays in the run it is in.

        Invisible format characters (joiners, variation selectors, bidi marks) are not drawn: no face
        has a glyph for them and each would print as an empty box. A character no face has prints as
        the replacement character (U+FFFD), which shows that something is missing without a box.
        """
        line = visual(text)
        if line.isascii() or all(map(self._covers[0].__contains__, map(ord, line))):
            return [(0, line)] if line else []  # the common case, at C speed: a long report calls this per cell
        runs: list[tuple[int, list[str]]] = []
        for char in line:
            if _invisible(char):
                continue
            char = SUBSTITUTES.get(char, char)
            index = self._face_of(char, runs[-1][0] if runs else 0)
            if index is None:
                char, index = REPLACEMENT, 0
            if runs and runs[-1][0] == index:
                runs[-1][1].append(char)
            else:
                runs.append((index, [char]))
        return [(index, "".join(chars)) for index, chars in runs]

    def _face_of(self, char: str, current: int) -> int | None:
        code = ord(char)
        if char.isspace() and code in self._covers[current]:
            return current
        for index, covered in enumerate(self._covers):
            if code in covered:
                return index
        return None

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
        """Remembered per (text, size): a long report measures the same names, dates and types thousands of
        times (to wrap a cell, to align a number, to advance the text cursor)."""
        key = (text, size)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) >= WIDTHS_KEPT:
                self._widths.clear()
            width = self._widths[key] = self._measure(text, size)
        return width

    def _measure(self, text: str, size: float) -> float:
        runs = self.runs(text)
        if len(runs) == 1:
            return float(self.faces[runs[0][0]].stringWidth(runs[0][1], size))
        return float(sum(self.faces[index].stringWidth(run, size) for index, run in runs))

    def splitString(self, text: str, doc: Any, encoding: str = "utf-8") -> list[tuple[tuple[int, int], bytes]]:
        """Remembered per document: once a character has its code in a document's subset it keeps it, so the
        same string always encodes the same way in that document (a month's visitor log draws the same few
        hundred names, companies and types 60,000 times)."""
        chunks = self._chunks.get(doc)
        if chunks is None:
            chunks = self._chunks[doc] = {}
        split = chunks.get(text)
        if split is None:
            split = chunks[text] = [((index, subset), chunk)
                                    for index, run in self.runs(text)
                                    for subset, chunk in self.faces[index].splitString(run, doc)]
        return split

    def getSubsetInternalName(self, subset: tuple[int, int], doc: Any) -> str:
        index, inner = subset
        return str(self.faces[index].getSubsetInternalName(inner, doc))


@cache
def _face(file: str) -> TTFont:
    """One TTFont per file, shared by the families (a face embedded twice would clash by name in a PDF)."""
    face = TTFont(f"ParkFace/{Path(file).stem}", str(fonts_dir() / file))
    _remember_subsets(face)
    return face


def _remember_subsets(font: TTFont) -> None:
    """Each embedded subset (a small TrueType file cut from the face) is made once for the same characters in the
    same order: receipts and badges embed the same labels, digits and names again and again, and cutting the
    subset was a sixth of a badge's PDF."""
    make = font.face.makeSubset

    @lru_cache(maxsize=SUBSETS_KEPT)
    def made(subset: tuple[int, ...]) -> bytes:
        return bytes(make(list(subset)))

    font.face.makeSubset = lambda subset: made(tuple(subset))


def _family(name: str) -> FallbackFont:
    return FallbackFont(name, [_face(file) for file in FACE_FILES[name]])


def register_fonts() -> None:
    """Registers FONT and FONT_BOLD (and <b> in paragraphs) with reportlab; later calls do nothing."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name in FACE_FILES:
        pdfmetrics.registerFont(_family(name))  # type: ignore[arg-type]
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def font(name: str = FONT) -> FallbackFont:
    """The registered family, for a caller (a test, a layout) that asks which characters it covers."""
    register_fonts()
    family = pdfmetrics.getFont(name)
    assert isinstance(family, FallbackFont)
    return family


register_fonts()
