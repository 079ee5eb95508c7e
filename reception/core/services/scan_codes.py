"""What a keyboard-wedge scanner typed, read back as one of the codes this console prints.

A scanner does not type characters: it presses keys, as if on the keyboard layout it was configured for.
When the PC uses another layout, the same keys give other characters. The usual case in Morocco and France
is a scanner left on its factory US layout in front of an AZERTY PC: 12345 arrives as `&é"'(`, A and Q
swap, Z and W swap, M arrives as `?`. A German QWERTZ PC swaps Y and Z. Caps Lock turns the case around.

`read_scan` undoes each known mismatch and keeps the readings that have the shape of a code we print:
- a visitor badge (also an invitation: the expected visit's badge code is the same code, see visits_rules);
- a cafeteria voucher's QR payload (code, check character, signature; see voucher_codes).
New badge codes use an alphabet that survives every mismatch listed here except the digits, whose
garbling is unambiguous (`é` is never part of a code), so a new badge always reads back to one code.
Older badges and every voucher use letters that swap; `badge_code_variants` gives the lookups to try and
the voucher's check character picks the right reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from reception.core.i18n import _
from reception.core.services import voucher_codes
from reception.core.services.visits_rules import BADGE_CODE_PATTERN


class CodeKind(StrEnum):
    BADGE = "badge"
    VOUCHER = "voucher"


@dataclass(frozen=True)
class LayoutMismatch:
    """A scanner configured for `scanner` typing on a PC set to `pc`: received character -> intended one."""

    key: str
    scanner: str
    pc: str
    received_to_intended: dict[str, str]

    def undo(self, text: str) -> str:
        return "".join(self.received_to_intended.get(c, c) for c in text)

    def evidence(self, text: str) -> int:
        """How many characters this garbling explains (punctuation where a code has none)."""
        return sum(1 for c in text if c in self.received_to_intended and not c.isalnum())


_AZERTY_DIGITS = {"&": "1", "É": "2", '"': "3", "'": "4", "(": "5", "-": "6", "§": "6", "È": "7", "_": "8",
                  "!": "8", "Ç": "9", "À": "0", ")": "-"}  # upper case: read_scan folds the case first
_AZERTY_LETTERS = {"A": "Q", "Q": "A", "Z": "W", "W": "Z", "?": "M", ",": "M"}
_US_SHIFTED_DIGITS = {"!": "1", "@": "2", "#": "3", "$": "4", "%": "5", "^": "6", "&": "7", "*": "8", "(": "9",
                      ")": "0"}

LAYOUT_MISMATCHES: tuple[LayoutMismatch, ...] = (
    LayoutMismatch("us_on_azerty", "QWERTY (US)", "AZERTY", _AZERTY_DIGITS | _AZERTY_LETTERS),
    LayoutMismatch("us_on_qwertz", "QWERTY (US)", "QWERTZ", {"Y": "Z", "Z": "Y"}),
    LayoutMismatch("azerty_on_us", "AZERTY", "QWERTY (US)",
                   _US_SHIFTED_DIGITS | {"A": "Q", "Q": "A", "Z": "W", "W": "Z", ":": "M", ";": "M"}),
    LayoutMismatch("qwertz_on_us", "QWERTZ", "QWERTY (US)", {"Y": "Z", "Z": "Y"}),
)
MISMATCHES_BY_KEY = {m.key: m for m in LAYOUT_MISMATCHES}
_LETTER_SWAPS = ({"A": "Q", "Q": "A", "Z": "W", "W": "Z"}, {"Y": "Z", "Z": "Y"})


@dataclass(frozen=True)
class ScanReading:
    """One way to read what arrived: the code, its kind, and the layout mismatch undone ("" = none)."""

    kind: CodeKind
    code: str
    layout: str = ""


def strip_affixes(raw: str, prefix: str = "", suffix: str = "") -> str:
    """Removes the scanner's configured prefix and suffix when they are there (either may be off)."""
    text = raw
    if prefix and text.startswith(prefix):
        text = text[len(prefix):]
    if suffix and text.endswith(suffix):
        text = text[: -len(suffix)]
    return text


def read_scan(raw: str) -> list[ScanReading]:
    """Every reading of `raw` that has the shape of a code we print, the most likely first.

    Layouts whose garbling shows in the text (é, &, ? ...) come first, then the text as it is, then the
    layouts that only swap letters.
    """
    text = "".join(raw.split()).upper()
    if not text:
        return []
    ranked = sorted(LAYOUT_MISMATCHES, key=lambda m: (-_own_evidence(m, text), -m.evidence(text)))
    evidenced = [m for m in ranked if m.evidence(text)]
    others = [m for m in ranked if not m.evidence(text)]
    candidates = [(m.key, m.undo(text)) for m in evidenced] + [("", text)] + [(m.key, m.undo(text)) for m in others]
    readings: list[ScanReading] = []
    seen: set[tuple[CodeKind, str]] = set()
    for layout, candidate in candidates:
        reading = _shape_of(candidate, layout)
        if reading is not None and (reading.kind, reading.code) not in seen:
            seen.add((reading.kind, reading.code))
            readings.append(reading)
    return readings


def _own_evidence(mismatch: LayoutMismatch, text: str) -> int:
    """Characters that this mismatch alone produces: `é` says US-on-AZERTY, `@` AZERTY-on-US."""
    others = {c for m in LAYOUT_MISMATCHES if m is not mismatch for c in m.received_to_intended}
    return sum(1 for c in text if c in mismatch.received_to_intended and not c.isalnum() and c not in others)


def _shape_of(candidate: str, layout: str) -> ScanReading | None:
    if BADGE_CODE_PATTERN.match(candidate):
        return ScanReading(CodeKind.BADGE, candidate, layout)
    if voucher_codes.looks_like_voucher(candidate):
        code, signature = voucher_codes.split_input(candidate)
        return ScanReading(CodeKind.VOUCHER, voucher_codes.qr_payload(code, signature or ""), layout)
    return None


def badge_code_variants(code: str) -> list[str]:
    """The code, then the codes a letter-swapping layout could have turned into it (older badges only:
    new badge codes contain none of the swapped letters)."""
    variants = [code]
    for swap in _LETTER_SWAPS:
        variant = "".join(swap.get(c, c) for c in code)
        if variant not in variants:
            variants.append(variant)
    return variants


def badge_lookups(scanned: str) -> list[str]:
    """Every badge code `scanned` may stand for, most likely first: what the services look up."""
    codes: list[str] = []
    for reading in read_scan(scanned):
        if reading.kind is CodeKind.BADGE:
            codes.extend(c for c in badge_code_variants(reading.code) if c not in codes)
    return codes


def voucher_readings(scanned: str) -> list[str]:
    """The voucher QR payloads `scanned` may stand for, most likely first."""
    return [r.code for r in read_scan(scanned) if r.kind is CodeKind.VOUCHER]


def is_badge(scanned: str) -> bool:
    return any(r.kind is CodeKind.BADGE for r in read_scan(scanned))


def is_voucher(scanned: str) -> bool:
    return any(r.kind is CodeKind.VOUCHER for r in read_scan(scanned))


@dataclass(frozen=True)
class ScannerDiagnosis:
    """What the scanner test field says: what was read, and what to change on the scanner or in Paramètres."""

    reading: ScanReading | None
    advice: tuple[str, ...]


SLOW_SCANNER_MS = 40


def diagnose(raw: str, mean_gap_ms: float, ended_with_enter: bool, prefix: str = "",
             suffix: str = "") -> ScannerDiagnosis:
    """Explains one test scan in the desk's language: the code read, the layout mismatch, missing Enter, speed,
    affixes."""
    advice: list[str] = []
    if prefix and not raw.startswith(prefix):
        advice.append(_("Le préfixe réglé ({prefix}) n'est pas arrivé : videz le réglage « Préfixe du lecteur » "
                        "ou programmez ce préfixe sur le lecteur.").format(prefix=prefix))
    if suffix and not raw.endswith(suffix) and not ended_with_enter:
        advice.append(_("Le suffixe réglé ({suffix}) n'est pas arrivé : videz le réglage « Suffixe du lecteur »."
                        ).format(suffix=suffix))
    readings = read_scan(strip_affixes(raw, prefix, suffix))
    reading = readings[0] if readings else None
    if reading is None:
        advice.append(_("Code non reconnu : scannez un badge visiteur, une invitation ou un bon de cafétéria "
                        "imprimés par la console."))
    elif reading.layout:
        mismatch = MISMATCHES_BY_KEY[reading.layout]
        advice.append(_("Le lecteur tape comme un clavier {scanner} sur un PC {pc} : la console corrige, mais "
                        "réglez le lecteur sur la disposition {pc} pour les autres logiciels.").format(
                            scanner=mismatch.scanner, pc=mismatch.pc))
    if not ended_with_enter and not suffix:
        advice.append(_("Le lecteur n'envoie pas Entrée après le code : activez le suffixe « CR » (Entrée) "
                        "sur le lecteur, ou indiquez son suffixe dans « Suffixe du lecteur »."))
    if mean_gap_ms > SLOW_SCANNER_MS:
        advice.append(_("Le lecteur tape lentement ({gap} ms par caractère) : choisissez la vitesse de "
                        "transmission la plus rapide sur le lecteur, sinon la console le prend pour un clavier."
                        ).format(gap=f"{mean_gap_ms:.0f}"))
    if reading is not None and not advice:
        advice.append(_("Lecteur prêt : rien à régler."))
    return ScannerDiagnosis(reading, tuple(advice))
