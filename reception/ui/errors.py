"""No traceback ever reaches a person: unexpected errors are logged and shown as a short French apology.

Expected refusals (DomainError) carry a message written for the receptionist and are shown as they are.
Work nobody waits for (backups, e-mail, digests, printing, background loads) fails through one handler,
BackgroundFailure: the log gets the detail, the status bar one short line; never silence.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from reception.core.errors import DomainError
from reception.ui.notices import StatusNotices

log = logging.getLogger("reception.unexpected")
background_log = logging.getLogger("reception.background")


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


def short_apology() -> str:
    """The status bar's version of the apology: one line, after the name of what failed."""
    return QCoreApplication.translate("Errors", "erreur inattendue (détail dans le journal)")


class BackgroundFailure:
    """The failure handler of work that runs out of sight: logs the failure (a refusal's message, or an
    unexpected error with its traceback) and shows "<what failed> : <why>" in the status bar.

    `what` names the work for the person ("Sauvegarde au démarrage impossible"); `then` runs afterwards (a
    job that must clear its busy flag). The operation runner leaves the logging of these failures to it.
    """

    def __init__(self, notices: StatusNotices, what: str, then: Callable[[], object] | None = None) -> None:
        self.notices, self.what, self.then = notices, what, then

    def __call__(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            background_log.warning("%s: %s", self.what, error.message)
            reason = error.message
        else:
            background_log.error("%s", self.what, exc_info=(type(error), error, error.__traceback__))
            reason = short_apology()
        self.notices.failed(QCoreApplication.translate("Errors", "{what} : {reason}").format(
            what=self.what, reason=reason))
        if self.then is not None:
            self.then()
