"""French first, English available: the app's own translation, Qt's, the core's gettext catalogue, and the
locale for dates."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from reception.core import i18n
from reception.core.paths import resources_dir

log = logging.getLogger(__name__)


def install_language(app: QApplication, language: str) -> list[QTranslator]:
    """The source strings are French, so French needs only Qt's own catalogue (standard dialogs, buttons).

    Returns the installed translators; the caller keeps them alive as long as the application.
    """
    translators = []
    i18n.set_language(language)  # the core's own messages (gettext) follow the same setting
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        own = QTranslator(app)
        if own.load(str(resources_dir() / "translations" / "reception_en.qm")):
            translators.append(own)
        else:
            log.warning("English translation missing; the interface stays in French")
    else:
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        qt = QTranslator(app)
        if qt.load("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt)
        else:
            log.warning("Qt's French translation not found; standard dialogs stay in English")
    for translator in translators:
        app.installTranslator(translator)
    return translators
