"""French first, English and Arabic available: the app's own translation, Qt's, the core's gettext catalogue,
the locale for dates, and (Arabic) the right-to-left layout."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from reception.core import i18n
from reception.core.paths import resources_dir
from reception.ui import theme

log = logging.getLogger(__name__)

LOCALES = {
    "fr": QLocale(QLocale.Language.French, QLocale.Country.France),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "ar": QLocale(QLocale.Language.Arabic, QLocale.Country.Morocco),
}
"""Qt's locale per console language; Arabic (Morocco) is CLDR's Latin-digit Arabic, as the core's formats."""


def install_language(app: QApplication, language: str) -> list[QTranslator]:
    """The source strings are French, so French needs only Qt's own catalogue (standard dialogs, buttons);
    English and Arabic load the app's catalogue (and Qt's, for the standard dialogs), Arabic lays every
    window out right to left.

    Returns the installed translators; the caller keeps them alive as long as the application.
    """
    language = i18n.set_language(language)  # the core's own messages (gettext) follow the same setting
    QLocale.setDefault(LOCALES[language])
    right_to_left = language == "ar"
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight)
    if app.styleSheet():  # the application's look, mirrored for Arabic
        app.setStyleSheet(theme.stylesheet(right_to_left))
    translators = []
    if language != "fr":
        own = QTranslator(app)
        if own.load(str(resources_dir() / "translations" / f"reception_{language}.qm")):
            translators.append(own)
        else:
            log.warning("%s translation missing; the interface stays in French", language)
    if language != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt)
        else:
            log.warning("Qt's %s translation not found; standard dialogs stay in English", language)
    for translator in translators:
        app.installTranslator(translator)
    return translators
