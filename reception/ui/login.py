"""The login window: who is at the desk. Failures are explained next to the fields; the name is kept."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import AuthenticationError
from reception.core.services.site import SiteInfo
from reception.ui import theme
from reception.ui.errors import apology_text
from reception.ui.operations import OperationRunner

Authenticate = Callable[[str, str], Any]


class LoginWindow(QWidget):
    """Emits `logged_in` with whatever `authenticate(username, password)` returned (run off the GUI thread)."""

    logged_in = Signal(object)

    def __init__(self, site: SiteInfo, authenticate: Authenticate, runner: OperationRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._authenticate = authenticate
        self._runner = runner
        self.setObjectName("loginWindow")
        self.setWindowTitle(self.tr("Console d'accueil — {site}").format(site=site.site_name))
        self.setWindowIcon(theme.app_icon())

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("Identifiant"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Mot de passe"))
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.submit = QPushButton(self.tr("Se connecter"))
        self.submit.setObjectName("primary")
        self.submit.setDefault(True)

        self.username.returnPressed.connect(self._submit_or_next)
        self.password.returnPressed.connect(self.attempt)
        self.submit.clicked.connect(self.attempt)
        self._lay_out(site)
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.submit)

    def _lay_out(self, site: SiteInfo) -> None:
        card = QFrame()
        card.setObjectName("card")
        card.setFixedWidth(400)
        column = QVBoxLayout(card)
        column.setContentsMargins(40, 40, 40, 32)
        column.setSpacing(8)
        logo = QLabel()
        logo.setPixmap(theme.logo(72))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        title = QLabel(site.site_name)
        title.setObjectName("title")
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        desk = QLabel(self.tr("{desk} · poste {code}").format(desk=site.desk_name, code=site.desk_code))
        desk.setObjectName("subtle")
        desk.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(logo)
        column.addSpacing(8)
        column.addWidget(title)
        column.addWidget(desk)
        column.addSpacing(24)
        for caption, field in ((self.tr("&Identifiant"), self.username), (self.tr("&Mot de passe"), self.password)):
            label = QLabel(caption)
            label.setObjectName("fieldCaption")
            label.setBuddy(field)
            column.addWidget(label)
            column.addWidget(field)
            column.addSpacing(8)
        column.addWidget(self.error)
        column.addSpacing(8)
        column.addWidget(self.submit)

        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(card)
        row.addStretch()
        outer = QVBoxLayout(self)
        outer.addStretch()
        outer.addLayout(row)
        outer.addStretch()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        (self.password if self.username.text() else self.username).setFocus()

    def _submit_or_next(self) -> None:
        if self.password.text():
            self.attempt()
        else:
            self.password.setFocus()

    def attempt(self) -> None:
        username, password = self.username.text(), self.password.text()
        if not username.strip() or not password:
            self._fail(self.tr("Saisissez votre identifiant et votre mot de passe."))
            return
        self._set_busy(True)
        self._runner.run(lambda: self._authenticate(username, password), self._succeeded, self._failed)

    def _succeeded(self, result: Any) -> None:
        self._set_busy(False)
        self.password.clear()
        self.error.hide()
        self.logged_in.emit(result)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self._fail(error.message if isinstance(error, AuthenticationError) else apology_text())

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.password.clear()
        (self.password if self.username.text().strip() else self.username).setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.submit.setEnabled(not busy)
        self.submit.setText(self.tr("Connexion…") if busy else self.tr("Se connecter"))
