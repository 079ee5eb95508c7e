"""The very first start of a desk: working alone ("Poste autonome") or joining the park's network.

"Poste autonome" names the default site and desk and opens the first administrator's dialog. "Rejoindre le
réseau" takes the central address and the one-time code head office printed (`reception central add-desk`),
then `sync.join` runs off the GUI thread: the code is redeemed, the password goes to the credential store and
the site comes down, each step shown under a busy bar. A refused code or address is said next to its field,
with everything typed kept; a first download that stops can be tried again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DomainError, ValidationError
from reception.core.services.container import Services
from reception.ui.first_admin import FirstAdminDialog
from reception.ui.forms import FieldErrors
from reception.ui.operations import OperationRunner

if TYPE_CHECKING:
    from reception.sync.engine import SyncReport
    from reception.sync.join import Joined

DEFAULT_SITE = ("CAS", "Technopark Casablanca", "Casablanca", "CAS-A1", "Accueil principal")
"""What a standalone desk is named until someone changes it in Paramètres."""


class ChoiceButton(QPushButton):
    """A large button with a title and a sentence under it."""

    def __init__(self, title: str, detail: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choice")
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)
        self._column = column = QVBoxLayout(self)
        column.setContentsMargins(20, 14, 20, 14)
        column.setSpacing(4)
        for text, name in ((title, "choiceTitle"), (detail, "choiceDetail")):
            label = QLabel(text)
            label.setObjectName(name)
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            column.addWidget(label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def sizeHint(self) -> QSize:
        """A push button sizes itself for its own text; this one for its two labels."""
        return self._column.sizeHint().expandedTo(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._column.minimumSize()

    def heightForWidth(self, width: int) -> int:
        return self._column.heightForWidth(width)

    def hasHeightForWidth(self) -> bool:
        return True


class _Relay(QObject):
    """Carries the join's step texts from the worker thread to the dialog."""

    step = Signal(str)


class FirstStartDialog(QDialog):
    """Accepted once the desk can be logged into: its first administrator exists, or its site came down."""

    def __init__(self, services: Services, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.setWindowTitle(self.tr("Premier démarrage"))
        self.setMinimumWidth(560)
        self.progress = _Relay(self)
        self._enrolled = False
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._join_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.pages)
        self.standalone.setFocus()

    # --- the two choices ------------------------------------------------------------------------------

    def _choice_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        title = QLabel(self.tr("Bienvenue sur la console d'accueil"))
        title.setObjectName("title")
        intro = QLabel(self.tr("Comment ce poste va-t-il travailler ?"))
        intro.setObjectName("subtle")
        self.standalone = ChoiceButton(
            self.tr("Poste autonome"),
            self.tr("Ce PC travaille seul, sans base centrale. Vous créez son compte administrateur."))
        self.network = ChoiceButton(
            self.tr("Rejoindre le réseau"),
            self.tr("Le siège a créé ce poste et vous a donné l'adresse de la base centrale et un code "
                    "d'inscription. Le poste télécharge son site : comptes, entreprises, salles, prix."))
        self.standalone.clicked.connect(self._work_alone)
        self.network.clicked.connect(self._show_join)
        quit_button = QPushButton(self.tr("Quitter"))
        quit_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox()
        buttons.addButton(quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        for widget in (title, intro, self.standalone, self.network):
            column.addWidget(widget)
        column.addStretch()
        column.addWidget(buttons)
        return page

    def _work_alone(self) -> None:
        """Once named, the desk is a standalone one: cancelling its first administrator ends the start, and
        the next start asks for that administrator again (joining would clash with the site's own rows)."""
        self.services.site.ensure(*DEFAULT_SITE)
        if FirstAdminDialog(self.services, self.runner, self).exec() == QDialog.DialogCode.Accepted:
            self.accept()
        else:
            self.reject()

    # --- joining the network --------------------------------------------------------------------------

    def _join_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        title = QLabel(self.tr("Rejoindre le réseau"))
        title.setObjectName("title")
        intro = QLabel(self.tr("Saisissez ce que le siège vous a donné. Le code ne sert qu'une fois ; "
                               "les majuscules, espaces et tirets n'ont pas d'importance."))
        intro.setWordWrap(True)
        intro.setObjectName("subtle")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors()
        self.central = QLineEdit()
        self.central.setPlaceholderText(self.tr("serveur:5432/reception"))
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.code.setMaxLength(24)
        self.errors.add_row(form, "central", self.tr("&Adresse de la base centrale"), self.central)
        self.errors.add_row(form, "code", self.tr("&Code d'inscription"), self.code)
        self.busy = QProgressBar()
        self.busy.setObjectName("busy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        self.step = QLabel()
        self.step.setObjectName("subtle")
        self.step.setWordWrap(True)
        self.progress.step.connect(self.step.setText)
        self.back = QPushButton(self.tr("&Retour"))
        self.back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.join_button = QPushButton(self.tr("Re&joindre"))
        self.join_button.setObjectName("primary")
        self.join_button.setDefault(True)
        self.join_button.clicked.connect(self._join)
        buttons = QHBoxLayout()  # back on the left, forward on the right, whatever the platform's order
        buttons.addWidget(self.back)
        buttons.addStretch()
        buttons.addWidget(self.join_button)
        column.addWidget(title)
        column.addWidget(intro)
        column.addLayout(form)
        for widget in (self.busy, self.step, self.errors.general):
            column.addWidget(widget)
        column.addStretch()
        column.addLayout(buttons)
        return page

    def _show_join(self) -> None:
        self.pages.setCurrentIndex(1)
        self.central.setFocus()

    def _set_running(self, running: bool) -> None:
        for widget in (self.central, self.code):
            widget.setEnabled(not running and not self._enrolled)
        for button in (self.back, self.join_button):
            button.setEnabled(not running)
        self.busy.setVisible(running)

    def _join(self) -> None:
        from reception.sync.join import join  # the sync engine loads only on the desk that joins

        self.errors.clear()
        self._set_running(True)
        if self._enrolled:  # the code is spent: only the download is tried again
            self.runner.run(self._download_again, self._downloaded, self._refused)
            return
        address, code, step, services = self.central.text(), self.code.text(), self.progress.step.emit, self.services
        self.runner.run(lambda: join(services, address, code, progress=step), self._joined, self._refused)

    def _download_again(self) -> SyncReport:
        from reception.sync.engine import SyncEngine

        return SyncEngine(self.services.db, self.services.settings.central_url(), self.services.clock,
                          trigger="enrolment", progress=self.progress.step.emit).run()

    def _joined(self, joined: Joined) -> None:
        self._enrolled = True
        self.back.hide()  # the desk is now the network's: no way back to "Poste autonome"
        self._downloaded(joined.first_sync)

    def _downloaded(self, report: SyncReport) -> None:
        from reception.sync.engine import EXIT_CONFLICTS, EXIT_OK

        self._set_running(False)
        if report.outcome in (EXIT_OK, EXIT_CONFLICTS):
            self.accept()
            return
        self.join_button.setText(self.tr("Ré&essayer le téléchargement"))
        self.errors.show_general(self.tr("Poste inscrit, mais le téléchargement du site s'est arrêté : {why}")
                                 .format(why=report.message))

    def _refused(self, error: Exception) -> None:
        self._set_running(False)
        self.step.clear()
        if not isinstance(error, ValidationError) and isinstance(error, DomainError) and \
                error.field in ("central", "code"):
            self.errors.show({error.field: error.message})  # a refused code or an unreachable address
        else:
            self.errors.explain(error)
