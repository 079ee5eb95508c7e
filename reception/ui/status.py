"""What the status bar says about synchronisation; the sync capability replaces the body of last_sync_text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reception.core.services.container import Services


def last_sync_text(services: Services) -> str:
    """The last sync as shown after "Dernière synchro :" — no sync exists yet, so always "jamais"."""
    return QCoreApplication.translate("Status", "jamais")
