"""What the status bar says about synchronisation; the sync capability replaces the body of last_sync_text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reception.core.services.container import Services


def last_sync_text(services: Services) -> str:
    """The last sync as shown after "Dernière synchro :": when, and its counts or why it stopped."""
    run = services.sync_status.last_run()
    if run is None:
        return QCoreApplication.translate("Status", "jamais")
    return run.status_text()
