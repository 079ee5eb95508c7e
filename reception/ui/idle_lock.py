"""The session locks itself when the desk is left idle; the same person's password opens it again, with the
login's lockout after repeated wrong passwords.

IdleWatcher restarts a timer on every key or mouse input anywhere in the application. LockOverlay covers
the whole main window while locked: the pages underneath are only disabled, so after unlocking the same
screen comes back with whatever had been typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QWidget

from reception.core.errors import AuthenticationError
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.ui import theme
from reception.ui.errors import apology_text
from reception.ui.forms import error_label, password_field
from reception.ui.login import centred_card
from reception.ui.operations import OperationRunner

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


SEPARATE_SESSION = "separateSession"
"""A window property: input there (the kiosk beside the desk, in the same process) says nothing about the
receptionist being at the desk, so it never keeps the desk unlocked."""


class IdleWatcher(QObject):
    """Emits `idle` after `timer.interval()` ms without input; install it on the QApplication."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(minutes * 60_000)
        self.timer.timeout.connect(self.idle)

    def set_timeout_ms(self, msecs: int) -> None:
        self.timer.setInterval(msecs)
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive() and not (
                isinstance(watched, QWidget) and watched.window().property(SEPARATE_SESSION)):
            self.timer.start()
        return False


class LockOverlay(QFrame):
    """Covers its parent window. Emits `unlocked` after the right password, `switch_user` to log out."""

    unlocked = Signal()
    switch_user = Signal()

    def __init__(self, services: Services, actor: Actor, runner: OperationRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._services = services
        self._actor = actor
        self._runner = runner
        self.setObjectName("lockOverlay")
        self.setAutoFillBackground(True)

        self.password = password_field("password")
        self.password.setPlaceholderText(self.tr("Mot de passe"))
        self.password.returnPressed.connect(self.attempt)
        self.error = error_label()
        self.unlock_button = QPushButton(self.tr("Déverrouiller"))
        self.unlock_button.setObjectName("primary")
        self.unlock_button.clicked.connect(self.attempt)
        self.switch_button = QPushButton(self.tr("Changer d'utilisateur"))
        self.switch_button.clicked.connect(self.switch_user)
        self._lay_out()
        self.setTabOrder(self.password, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.switch_button)
        self.hide()
        parent.installEventFilter(self)

    def _lay_out(self) -> None:
        column = centred_card(self, top_margin=36)
        icon = QLabel()
        icon.setPixmap(theme.icon("lock", theme.ACCENT).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        title = QLabel(self.tr("Session verrouillée"))
        title.setObjectName("title")
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        who = QLabel(self.tr("{name} — saisissez votre mot de passe pour reprendre.").format(
            name=self._actor.full_name))
        who.setObjectName("subtle")
        who.setWordWrap(True)
        who.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scans = QLabel(self.tr("Les badges et les invitations se scannent aussi pendant le verrouillage."))
        scans.setObjectName("subtle")
        scans.setWordWrap(True)
        scans.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        for widget in (icon, title, who, scans):
            column.addWidget(widget)
        column.addSpacing(16)
        column.addWidget(self.password)
        column.addWidget(self.error)
        column.addSpacing(8)
        column.addWidget(self.unlock_button)
        column.addWidget(self.switch_button)

    def cover(self) -> None:
        self.setGeometry(self._window.rect())
        self.error.hide()
        self.password.clear()
        self.show()
        self.raise_()
        self.password.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QResizeEvent) and self.isVisible():
            self.setGeometry(self._window.rect())
        return False

    def attempt(self) -> None:
        password = self.password.text()
        if not password:
            return
        self.unlock_button.setEnabled(False)
        self._runner.run(lambda: self._services.auth.unlock(self._actor, password), self._unlocked, self._failed)

    def _unlocked(self, _result: None) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        self.hide()
        self.unlocked.emit()

    def _failed(self, error: Exception) -> None:
        """A wrong password or the lockout says so (in French, from the service); anything else apologises."""
        self.unlock_button.setEnabled(True)
        self.password.clear()
        self._show_error(error.message if isinstance(error, AuthenticationError) else apology_text())

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.password.setFocus()
