"""Right-to-left text made drawable: Arabic letters joined and every line put in visual order.

A PDF places glyphs left to right, one per character, and reportlab does neither shaping nor bidi by
itself (its own support needs uharfbuzz and rlbidi, the latter not on PyPI). So a line is turned into
what the eye must see before it is measured or drawn: arabic-reshaper picks each letter's joined form
(initial, medial, final, isolated: the Arabic Presentation Forms the fonts carry), python-bidi (the
Unicode bidirectional algorithm) reorders the line. "Réunion avec سلمى العلوي" keeps its Latin part
left to right and its Arabic part right to left; a text extractor reading the PDF gets the
presentation forms back, which NFKC normalisation maps to the plain letters.

python-bidi's Rust binding reorders a line but does not mirror brackets: "(" inside a right-to-left run must
be drawn as ")" (rule L4), or "القانون (اللجنة)" prints its parentheses backwards. The pure-Python algorithm
shipped in the same wheel (`bidi.algorithm`) mirrors them; a line holding a bracket takes it (about twenty
times slower, and cached like the rest), every other line the Rust one.

`visual` is applied by the park's fonts (printing/fonts.py) to every string they measure or draw, so
no document calls it: one line in, one line out (a paragraph is wrapped first, then each line is
reordered, as the bidi algorithm requires).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from arabic_reshaper import reshape
from bidi import get_display
from bidi.algorithm import get_display as get_display_mirrored

_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_MIRRORED = re.compile("[()\\[\\]{}<>«»‹›]")


def has_rtl(text: str) -> bool:
    """Whether the text holds a Hebrew or Arabic letter (the rest needs no work at all)."""
    return _RIGHT_TO_LEFT.search(text) is not None


@lru_cache(maxsize=4096)
def visual(text: str) -> str:
    """The line as drawn left to right: Arabic joined and reversed, mixed runs each in reading order."""
    if not has_rtl(text):
        return text
    display = get_display_mirrored if _MIRRORED.search(text) else get_display
    return str(display(reshape(text)))


def reads_right_to_left(text: str) -> bool:
    """Whether the first strong letter is right-to-left: such a line is aligned to the right."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction == "L":
            return False
        if direction in ("R", "AL"):
            return True
    return False
