"""The watch-list stop: a manager types their user name and password at the desk and allows or refuses."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from reception.core.services.container import Services
from reception.core.services.permissions import Actor, Permission
from reception.core.services.visits import WatchListMatch
from reception.ui.operations import OperationRunner


class ManagerApprovalDialog(QDialog):
    """Emits `decided(approver, allowed)` once the manager's password is checked; stays open until then."""

    decided = Signal(object, bool)

    def __init__(self, match: WatchListMatch, services: Services, runner: OperationRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.setWindowTitle(self.tr("Liste de vigilance"))
        self.setModal(True)
        message = QLabel(match.message)
        message.setObjectName("fieldError")
        message.setWordWrap(True)
        until = match.hit.until.strftime("%d/%m/%Y") if match.hit.until else self.tr("sans limite")
        details = QLabel(self.tr("Motif : {reason} — jusqu'au : {until}").format(reason=match.hit.reason or "—",
                                                                               until=until))
        details.setObjectName("subtle")
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Responsable (identifiant)"), self.username)
        form.addRow(self.tr("Mot de passe"), self.password)
        self.allow_button = QPushButton(self.tr("Autoriser l'entrée"))
        self.refuse_button = QPushButton(self.tr("Refuser l'entrée"))
        self.refuse_button.setObjectName("primary")
        cancel = QPushButton(self.tr("Annuler"))
        self.allow_button.clicked.connect(lambda: self._decide(True))
        self.refuse_button.clicked.connect(lambda: self._decide(False))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (cancel, self.allow_button, self.refuse_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        column = QVBoxLayout(self)
        for widget in (message, details):
            column.addWidget(widget)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addLayout(buttons)
        self.username.setFocus(Qt.FocusReason.OtherFocusReason)

    def _decide(self, allowed: bool) -> None:
        username, password = self.username.text(), self.password.text()
        self._set_busy(True)

        def approved(approver: Actor) -> None:
            self.accept()
            self.decided.emit(approver, allowed)

        def refused(error: Exception) -> None:
            self._set_busy(False)
            self.password.clear()
            self.password.setFocus()
            self.error.setText(getattr(error, "message", self.tr("Validation impossible.")))
            self.error.show()

        self.runner.run(lambda: self.services.auth.approve(username, password, Permission.WATCHLIST_DECIDE),
                        approved, refused)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.allow_button, self.refuse_button, self.username, self.password):
            widget.setEnabled(not busy)
