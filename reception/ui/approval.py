"""A manager's approval at the desk: they type their user name and password to allow one action.

The password is checked by services.auth.approve for the permission the action needs; a refusal (wrong
password, or an account without that permission) is shown under the fields and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from reception.core.services.container import Services
from reception.core.services.permissions import Actor, Permission
from reception.ui.forms import error_label, password_field
from reception.ui.operations import OperationRunner


class ManagerApprovalDialog(QDialog):
    """Emits `decided(approver, value)` once the password is accepted; `value` is that of the button pressed.

    `actions` are (button text, value) pairs, the last one being the default; a single action is a plain
    "authorise" dialog, two give a choice (e.g. allow or refuse an entry).
    """

    decided = Signal(object, object)

    def __init__(self, services: Services, runner: OperationRunner, permission: Permission, *, title: str,
                 message: str, details: str = "", actions: Sequence[tuple[str, Any]] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner, self.permission = services, runner, permission
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(420)
        column = QVBoxLayout(self)
        headline = QLabel(message)
        headline.setObjectName("fieldError")
        headline.setWordWrap(True)
        column.addWidget(headline)
        if details:
            extra = QLabel(details)
            extra.setObjectName("subtle")
            extra.setWordWrap(True)
            column.addWidget(extra)
        self.username = QLineEdit()
        self.username.setObjectName("managerUsername")
        self.password = password_field("managerPassword")
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Responsable (identifiant)"), self.username)
        form.addRow(self.tr("Mot de passe"), self.password)
        form.addRow("", self.error)
        column.addLayout(form)
        cancel = QPushButton(self.tr("Annuler"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(cancel)
        self.action_buttons: list[QPushButton] = []
        for text, value in actions or ((self.tr("Autoriser"), True),):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, chosen=value: self._decide(chosen))
            buttons.addWidget(button)
            self.action_buttons.append(button)
        self.action_buttons[-1].setObjectName("primary")
        self.action_buttons[-1].setDefault(True)
        column.addLayout(buttons)
        self.username.setFocus(Qt.FocusReason.OtherFocusReason)

    def _decide(self, value: Any) -> None:
        username, password, permission = self.username.text(), self.password.text(), self.permission
        self._set_busy(True)

        def approved(approver: Actor) -> None:
            self.accept()
            self.decided.emit(approver, value)

        def refused(error: Exception) -> None:
            self._set_busy(False)
            self.password.clear()
            self.password.setFocus()
            self.error.setText(getattr(error, "message", self.tr("Validation impossible.")))
            self.error.show()
            self.adjustSize()  # room for the wrapped message

        self.runner.run(lambda: self.services.auth.approve(username, password, permission), approved, refused)

    def _set_busy(self, busy: bool) -> None:
        for widget in (*self.action_buttons, self.username, self.password):
            widget.setEnabled(not busy)
