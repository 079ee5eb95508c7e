"""The kiosk's language, chosen by each visitor and dropped at the idle reset.

The kiosk keeps its own translator instead of installing one on the application: opened from the desk's
Paramètres it shares the process with the desk, which must keep speaking its receptionist's language.
Kiosk texts are marked with QT_TRANSLATE_NOOP("Kiosk", ...) so pyside6-lupdate collects them into
reception_en.ts and reception_ar.ts; the core's messages come from its gettext catalogues (i18n.translated).
Arabic turns the layout right to left and uses the Noto Sans Arabic shipped in resources/fonts (registered
with Qt by the application at start-up, theme.add_bundled_fonts, for the desk and the kiosk process alike).
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase

from reception.core import i18n
from reception.core.paths import resources_dir

log = logging.getLogger(__name__)

CONTEXT = "Kiosk"
LANGUAGES = i18n.VISITOR_LANGUAGES
LATIN_FAMILY = "Noto Sans"
ARABIC_FAMILY = "Noto Sans Arabic"


@cache
def _translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(str(resources_dir() / "translations" / f"reception_{language}.qm")):
        return translator
    log.warning("kiosk translation %s missing; the kiosk stays in French", language)
    return None


class KioskLanguage:
    """Translates the kiosk's texts and the core's messages into the visitor's language."""

    def __init__(self, language: str = "fr") -> None:
        self.code = "fr"
        self.set(language)

    def set(self, language: str) -> None:
        self.code = language if language in LANGUAGES else "fr"

    def text(self, source: object) -> str:
        """A kiosk text (French source, marked with QT_TRANSLATE_NOOP) in the current language."""
        french = str(source)
        translator = None if self.code == "fr" else _translator(self.code)
        return (translator.translate(CONTEXT, french) if translator else "") or french

    def core(self, message: str) -> str:
        """A message from the core (French source, gettext) in the current language."""
        return i18n.translated(message, self.code)

    @property
    def direction(self) -> Qt.LayoutDirection:
        return Qt.LayoutDirection.RightToLeft if self.code == "ar" else Qt.LayoutDirection.LeftToRight

    @property
    def locale(self) -> QLocale:
        return {"fr": QLocale(QLocale.Language.French, QLocale.Country.Morocco),
                "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
                "ar": QLocale(QLocale.Language.Arabic, QLocale.Country.Morocco)}[self.code]

    def font(self, point_size: int) -> QFont:
        """The bundled Noto face for the language (Arabic glyphs from Noto Sans Arabic)."""
        families = [ARABIC_FAMILY, LATIN_FAMILY] if self.code == "ar" else [LATIN_FAMILY, ARABIC_FAMILY]
        font = QFont()
        font.setFamilies([f for f in families if f in QFontDatabase.families()] or families)
        font.setPointSize(point_size)
        return font
