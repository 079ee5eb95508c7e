"""The login window: who is at the desk. Failures are explained next to the fields; the name is kept."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

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
from reception.ui import theme
from reception.ui.errors import apology_text
from reception.ui.forms import error_label, password_field
from reception.ui.operations import OperationRunner

if TYPE_CHECKING:  # the login window shows before the database layer is even imported
    from reception.core.services.site import SiteInfo

Authenticate = Callable[[str, str], Any]


def centred_card(host: QWidget, top_margin: int) -> QVBoxLayout:
    """Centres the login's card in `host` and returns its column; the lock screen uses it too, so
    unlocking looks like the same door."""
    card = QFrame()
    card.setObjectName("card")
    card.setFixedWidth(400)
    column = QVBoxLayout(card)
    column.setContentsMargins(40, top_margin, 40, 32)
    column.setSpacing(8)
    row = QHBoxLayout()
    row.addStretch()
    row.addWidget(card)
    row.addStretch()
    outer = QVBoxLayout(host)
    outer.addStretch()
    outer.addLayout(row)
    outer.addStretch()
    return column


class LoginWindow(QWidget):
    """Emits `logged_in` with whatever `authenticate(username, password)` returned (run off the GUI thread).

    Built without a site, it shows at once while the database opens and accepts typing. A password
    submitted before `ready(site, authenticate)` is held ("En attente de la base…") and
    sent the moment the database is ready: the login waits for the database, never the other way round.
    """

    logged_in = Signal(object)

    def __init__(self, site: SiteInfo | None, authenticate: Authenticate | None, runner: OperationRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._authenticate = authenticate
        self._runner = runner
        self._held = False  # Se connecter pressed before the database was ready
        self.setObjectName("loginWindow")
        self.setWindowTitle(self.tr("Console d'accueil"))
        self.setWindowIcon(theme.app_icon())
        self.site_name = QLabel(self.tr("Console d'accueil"))
        self.desk = QLabel(self.tr("Ouverture de la base de données…"))

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("Identifiant"))
        self.password = password_field("password")
        self.password.setPlaceholderText(self.tr("Mot de passe"))
        self.error = error_label()
        self.submit = QPushButton(self.tr("Se connecter"))
        self.submit.setObjectName("primary")
        self.submit.setDefault(True)

        self.username.returnPressed.connect(self._submit_or_next)
        self.password.returnPressed.connect(self.attempt)
        self.submit.clicked.connect(self.attempt)
        self._lay_out()
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.submit)
        if site is not None and authenticate is not None:
            self.ready(site, authenticate)

    def ready(self, site: SiteInfo, authenticate: Authenticate) -> None:
        self._authenticate = authenticate
        self.setWindowTitle(self.tr("Console d'accueil — {site}").format(site=site.site_name))
        self.site_name.setText(site.site_name)
        self.desk.setText(self.tr("{desk} · poste {code}").format(desk=site.desk_name, code=site.desk_code))
        self.submit.setEnabled(True)
        if self._held:
            self._held = False
            self.attempt()

    def show_stage(self, text: str) -> None:
        """What the start-up is doing ("Vérification de la base…"), in place of the desk's name."""
        self.desk.setText(text)

    def _lay_out(self) -> None:
        column = centred_card(self, top_margin=40)
        logo = QLabel()
        logo.setPixmap(theme.logo(72))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.site_name.setObjectName("title")
        self.site_name.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.desk.setObjectName("subtle")
        self.desk.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(logo)
        column.addSpacing(8)
        column.addWidget(self.site_name)
        column.addWidget(self.desk)
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

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        (self.password if self.username.text() else self.username).setFocus()

    def forget_last_person(self) -> None:
        """After a log-out the next person types their own name: nothing kept, the cursor in Identifiant
        (a name typed by habit into the password field would count as a wrong password)."""
        self.username.clear()
        self.password.clear()
        self.error.hide()
        self.username.setFocus()

    def _submit_or_next(self) -> None:
        if self.password.text():
            self.attempt()
        else:
            self.password.setFocus()

    def attempt(self) -> None:
        authenticate = self._authenticate
        username, password = self.username.text(), self.password.text()
        if not username.strip() or not password:
            self._fail(self.tr("Saisissez votre identifiant et votre mot de passe."))
            return
        if authenticate is None:  # still opening the database: held, sent by ready()
            self._held = True
            self.error.hide()
            self.submit.setEnabled(False)
            self.submit.setText(self.tr("En attente de la base…"))
            return
        self._set_busy(True)
        self._runner.run(lambda: authenticate(username, password), self._succeeded, self._failed)

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
