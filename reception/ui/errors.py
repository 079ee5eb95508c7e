"""No traceback ever reaches a person: unexpected errors are logged and shown as a short French apology.

Expected refusals (DomainError) carry a message written for the receptionist and are shown as they are.
"""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from reception.core.errors import DomainError

log = logging.getLogger("reception.unexpected")


def apology_text() -> str:
    return QCoreApplication.translate(
        "Errors", "Une erreur inattendue est survenue. Elle a été enregistrée ; vous pouvez continuer."
    )


class ErrorReporter(QObject):
    """Receives every uncaught exception (GUI thread or worker thread), logs it, shows one apology box."""

    _apology_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.box: QMessageBox | None = None
        self._apology_requested.connect(self.show_apology)  # queued when emitted from another thread

    def handle(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("uncaught exception", exc_info=(kind, value, tb))
        self._apology_requested.emit()

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def show_apology(self) -> None:
        if self.box is not None and self.box.isVisible():
            return  # one apology at a time, even if several errors follow each other
        self.box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Errors", "Désolé"),
                               apology_text(), QMessageBox.StandardButton.Ok)
        self.box.open()

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self.handle_thread


def show_failure(parent: QWidget, error: Exception) -> None:
    """What a widget does with an operation that failed and has no field to point at."""
    if isinstance(error, DomainError):
        QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Opération refusée"), error.message)
    else:  # already logged by the operation runner
        QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Désolé"), apology_text())
