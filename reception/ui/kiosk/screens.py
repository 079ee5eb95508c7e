"""The kiosk's screens: large, calm, centred, one question each, every text in the visitor's language.

Each screen keeps the French source of its texts next to the widget showing it, so switching language
(one tap, on every screen) re-reads them all through KioskLanguage. Screens hold no rules: they show what
the window hands them and emit what the visitor chose.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScroller,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reception.core.qr import qr_modules
from reception.core.services.agreements import AgreementText
from reception.core.services.kiosk import KioskGuest, KioskHost
from reception.ui import theme
from reception.ui.kiosk.language import KioskLanguage
from reception.ui.signature_pad import SignaturePad


def qr_picture(size: int) -> QPixmap:
    """A QR code drawn in the park's teal: says "scan your invitation here" without a word."""
    modules = qr_modules("TECHNOPARK", 2)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    cell = size / len(modules)
    for y, row in enumerate(modules):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(QRectF(x * cell, y * cell, cell + 0.5, cell + 0.5), QColor(theme.ACCENT))
    painter.end()
    return pixmap


class KioskScreen(QWidget):
    """A centred card with a heading, the screen's own content and a row of buttons."""

    def __init__(self, lang: KioskLanguage, heading: object = "", parent: QWidget | None = None,
                 fill: bool = False) -> None:
        super().__init__(parent)
        self.lang = lang
        self._texts: list[tuple[Callable[[str], None], str]] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 8, 48, 8)
        self.card = QFrame()
        self.card.setObjectName("kioskCard")
        self.card.setMaximumWidth(1200)
        self.card.setSizePolicy(QSizePolicy.Policy.Expanding,
                                QSizePolicy.Policy.Expanding if fill else QSizePolicy.Policy.Maximum)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card, 8)
        row.addStretch(1)
        outer.addStretch(0 if fill else 1)
        outer.addLayout(row, 1 if fill else 0)  # a long text (the agreement) takes the height there is
        outer.addStretch(0 if fill else 1)
        self.body = QVBoxLayout(self.card)
        self.body.setContentsMargins(56, 40, 56, 40)
        self.body.setSpacing(20)
        if heading:
            self.heading = self.label(heading, "kioskHeading")
        self.error = self.label("", "kioskError")
        self.error.hide()

    # --- building blocks that remember their French source -----------------------------------------------

    def keep(self, setter: Callable[[str], None], source: object) -> None:
        """Shows `source` (a QT_TRANSLATE_NOOP mark) in the current language and again at each switch."""
        self._texts.append((setter, str(source)))
        setter(self.lang.text(source) if source else "")

    def label(self, source: object, name: str = "kioskText", add: bool = True) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keep(label.setText, source)
        if add:
            self.body.addWidget(label)
        return label

    def button(self, source: object, name: str = "kioskSecondary") -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.keep(button.setText, source)
        return button

    def field(self, placeholder: object, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(100)
        self.keep(edit.setPlaceholderText, placeholder)
        return edit

    def buttons(self, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(24)
        for button in buttons:
            row.addWidget(button, 1)
        self.body.addLayout(row)
        return row

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def retranslate(self) -> None:
        for setter, source in self._texts:
            setter(self.lang.text(source) if source else "")

    def reset(self) -> None:
        """The idle reset: everything typed on this screen is cleared."""
        self.show_error("")
        for edit in self.findChildren(QLineEdit):
            edit.clear()


class WelcomeScreen(KioskScreen):
    start = Signal()

    def __init__(self, lang: KioskLanguage, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent=parent)
        logo = QLabel()
        logo.setPixmap(theme.logo(120))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.insertWidget(0, logo)
        self.label(QT_TRANSLATE_NOOP("Kiosk", "Bienvenue au Technopark"), "kioskTitle")
        self.label(QT_TRANSLATE_NOOP("Kiosk", "Enregistrez votre arrivée ici, en moins d'une minute."))
        go = self.button(QT_TRANSLATE_NOOP("Kiosk", "Commencer"), "kioskPrimary")
        go.clicked.connect(self.start)
        self.buttons(go)


class PrivacyScreen(KioskScreen):
    accepted = Signal()
    back = Signal()

    def __init__(self, lang: KioskLanguage, parent: QWidget | None = None) -> None:
        super().__init__(lang, QT_TRANSLATE_NOOP("Kiosk", "Vos données personnelles"), parent)
        self.label(QT_TRANSLATE_NOOP("Kiosk",
                     "Votre nom, votre organisation, la personne que vous venez voir, votre signature et votre "
                     "photo servent uniquement à contrôler l'accès au bâtiment et à prévenir votre hôte. Ils "
                     "restent au Technopark et sont effacés après la durée de conservation fixée par le site."))
        self.label(QT_TRANSLATE_NOOP("Kiosk",
                     "Conformément à la loi 09-08, vous pouvez y accéder, les faire rectifier ou vous opposer à "
                     "leur traitement en vous adressant à l'accueil. Traitement déclaré à la CNDP."),
                   "kioskSmall")
        back = self.button(QT_TRANSLATE_NOOP("Kiosk", "Retour"))
        ok = self.button(QT_TRANSLATE_NOOP("Kiosk", "J'ai compris"), "kioskPrimary")
        back.clicked.connect(self.back)
        ok.clicked.connect(self.accepted)
        self.buttons(back, ok)


class StartScreen(KioskScreen):
    """The invitation's QR code is scanned here; or the visitor has none, or came before."""

    walk_in = Signal()
    returning = Signal()

    def __init__(self, lang: KioskLanguage, parent: QWidget | None = None) -> None:
        super().__init__(lang, QT_TRANSLATE_NOOP("Kiosk", "Vous avez une invitation ?"), parent)
        self.label(QT_TRANSLATE_NOOP("Kiosk", "Présentez son QR code (ou votre badge) devant le lecteur."))
        scan = QLabel()
        scan.setObjectName("kioskScanMark")
        scan.setPixmap(qr_picture(132))
        scan.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.addWidget(scan)
        self.body.addWidget(self.error)
        walk_in = self.button(QT_TRANSLATE_NOOP("Kiosk", "Sans invitation"), "kioskPrimary")
        walk_in.setObjectName("kioskPrimary")
        again = self.button(QT_TRANSLATE_NOOP("Kiosk", "Je suis déjà venu(e)"))
        walk_in.clicked.connect(self.walk_in)
        again.clicked.connect(self.returning)
        self.buttons(again, walk_in)


class ContactScreen(KioskScreen):
    """A returning visitor types their e-mail or phone, exactly: nobody is found by name here."""

    submitted = Signal(str)
    back = Signal()

    def __init__(self, lang: KioskLanguage, parent: QWidget | None = None) -> None:
        super().__init__(lang, QT_TRANSLATE_NOOP("Kiosk", "Votre e-mail ou votre téléphone"), parent)
        self.label(QT_TRANSLATE_NOOP("Kiosk", "Celui que vous avez donné lors de votre dernière visite."))
        self.contact = self.field(QT_TRANSLATE_NOOP("Kiosk", "nom@exemple.ma ou 06 12 34 56 78"), "kioskContact")
        self.contact.returnPressed.connect(lambda: self.submitted.emit(self.contact.text()))
        self.body.addWidget(self.contact)
        self.body.addWidget(self.error)
        back = self.button(QT_TRANSLATE_NOOP("Kiosk", "Retour"))
        go = self.button(QT_TRANSLATE_NOOP("Kiosk", "Continuer"), "kioskPrimary")
        back.clicked.connect(self.back)
        go.clicked.connect(lambda: self.submitted.emit(self.contact.text()))
        self.buttons(back, go)


class WalkInScreen(KioskScreen):
    """Name and organisation of a visitor without an invitation."""

    submitted = Signal()
    back = Signal()

    def __init__(self, lang: KioskLanguage, parent: QWidget | None = None) -> None:
        super().__init__(lang, QT_TRANSLATE_NOOP("Kiosk", "Qui êtes-vous ?"), parent)
        self.last_name = self.field(QT_TRANSLATE_NOOP("Kiosk", "Nom"), "kioskLastName")
        self.first_name = self.field(QT_TRANSLATE_NOOP("Kiosk", "Prénom"), "kioskFirstName")
        self.organisation = self.field(QT_TRANSLATE_NOOP("Kiosk", "Organisation (facultatif)"), "kioskOrganisation")
        names = QHBoxLayout()
        names.setSpacing(24)
        names.addWidget(self.first_name)
        names.addWidget(self.last_name)
        self.body.addLayout(names)
        self.body.addWidget(self.organisation)
        self.body.addWidget(self.error)
        back = self.button(QT_TRANSLATE_NOOP("Kiosk", "Retour"))
        go = self.button(QT_TRANSLATE_NOOP("Kiosk", "Continuer"), "kioskPrimary")
        back.clicked.connect(self.back)
        go.clicked.connect(self.submitted)
        self.organisation.returnPressed.connect(self.submitted)
        self.buttons(back, go)


class HostScreen(KioskScreen):
    """Whom the visitor comes to see (typed, three letters at least) and why."""

    search = Signal(str)
    submitted = Signal()
    back = Signal()

    def __init__(self, lang: KioskLanguage, parent: QWidget | None = None) -> None:
        super().__init__(lang, QT_TRANSLATE_NOOP("Kiosk", "Qui venez-vous voir ?"), parent)
        self.host_field = self.field(QT_TRANSLATE_NOOP("Kiosk", "Tapez au moins trois lettres de son nom"), "kioskHost")
        self.host_field.textEdited.connect(self.search)
        self.body.addWidget(self.host_field)
        self.results = QGridLayout()
        self.results.setSpacing(12)
        self.body.addLayout(self.results)
        self.chosen: KioskHost | None = None
        self.host_group = QButtonGroup(self)
        self.types_caption = self.label(QT_TRANSLATE_NOOP("Kiosk", "Motif de la visite"), "kioskCaption")
        self.types = QHBoxLayout()
        self.types.setSpacing(12)
        self.body.addLayout(self.types)
        self.type_group = QButtonGroup(self)
        self.type_buttons: dict[str, QPushButton] = {}
        self.body.addWidget(self.error)
        back = self.button(QT_TRANSLATE_NOOP("Kiosk", "Retour"))
        go = self.button(QT_TRANSLATE_NOOP("Kiosk", "Continuer"), "kioskPrimary")
        back.clicked.connect(self.back)
        go.clicked.connect(self.submitted)
        self.buttons(back, go)

    def set_types(self, types: list[tuple[str, str]]) -> None:
        """The visit types as (code, French label from the core); labels follow the language."""
        for code, french in types:
            button = QPushButton()
            button.setObjectName("kioskChoice")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("code", code)
            button.setProperty("french", french)
            self.type_group.addButton(button)
            self.types.addWidget(button, 1)
            self.type_buttons[code] = button
        self.type_buttons[types[0][0]].setChecked(True)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        for button in self.type_buttons.values():
            button.setText(self.lang.core(str(button.property("french"))))

    @property
    def visit_type(self) -> str:
        checked = self.type_group.checkedButton()
        return str(checked.property("code")) if checked else "meeting"

    def show_hosts(self, hosts: list[KioskHost]) -> None:
        while self.results.count():
            item = self.results.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from the screen now, freed by the event loop
                widget.deleteLater()
        for button in self.host_group.buttons():
            self.host_group.removeButton(button)
        if self.chosen and self.chosen not in hosts:
            self.chosen = None
        for index, host in enumerate(hosts):
            button = QPushButton(f"{host.name}\n{host.company}")
            button.setObjectName("kioskHostChoice")
            button.setCheckable(True)
            button.setChecked(host == self.chosen)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, h=host: self._choose(h))
            self.host_group.addButton(button)
            self.results.addWidget(button, index // 2, index % 2)

    def _choose(self, host: KioskHost) -> None:
        self.chosen = host
        self.show_error("")

    def reset(self) -> None:
        super().reset()
        self.chosen = None
        self.show_hosts([])
        if self.type_buttons:
            next(iter(self.type_buttons.values())).setChecked(True)


class ConfirmScreen(KioskScreen):
    confirmed = Signal()
    not_me = Signal()

    def __init__(self, lang: KioskLanguage, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent=parent)
        self.greeting = self.label("", "kioskTitle")
        self.visiting = self.label("", "kioskText")
        self.body.addWidget(self.error)
        no = self.button(QT_TRANSLATE_NOOP("Kiosk", "Ce n'est pas moi"))
        yes = self.button(QT_TRANSLATE_NOOP("Kiosk", "Confirmer"), "kioskPrimary")
        no.clicked.connect(self.not_me)
        yes.clicked.connect(self.confirmed)
        self.buttons(no, yes)
        self.guest: KioskGuest | None = None

    def show_guest(self, guest: KioskGuest) -> None:
        """Only the first name and the host: the screen is public."""
        self.guest = guest
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        guest = self.guest
        if guest is None:
            return
        hello = self.lang.text(QT_TRANSLATE_NOOP("Kiosk", "Bonjour {name}"))
        self.greeting.setText(hello.format(name=guest.first_name))
        host = guest.host
        visiting = self.lang.text(QT_TRANSLATE_NOOP("Kiosk", "Vous venez voir {host} ({company})."))
        self.visiting.setText(visiting.format(host=host.name, company=host.company) if host else "")


class PhotoScreen(KioskScreen):
    taken = Signal()
    skipped = Signal()

    def __init__(self, lang: KioskLanguage, parent: QWidget | None = None) -> None:
        super().__init__(lang, QT_TRANSLATE_NOOP("Kiosk", "Une photo pour votre badge"), parent)
        self.label(QT_TRANSLATE_NOOP("Kiosk", "Regardez la caméra, puis touchez « Prendre la photo »."))
        self.preview = QLabel()
        self.preview.setObjectName("kioskPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(360, 270)
        frame = QHBoxLayout()
        frame.addStretch()
        frame.addWidget(self.preview)
        frame.addStretch()
        self.body.addLayout(frame)
        skip = self.button(QT_TRANSLATE_NOOP("Kiosk", "Passer"))
        take = self.button(QT_TRANSLATE_NOOP("Kiosk", "Prendre la photo"), "kioskPrimary")
        skip.clicked.connect(self.skipped)
        take.clicked.connect(self.taken)
        self.buttons(skip, take)

    def show_frame(self, image: QImage) -> None:
        self.preview.setPixmap(QPixmap.fromImage(image).scaled(
            self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))

    def reset(self) -> None:
        super().reset()
        self.preview.clear()


class MessageScreen(KioskScreen):
    """The last screen of a visit (badge printing, host told) or the referral to the desk."""

    finished = Signal()

    def __init__(self, lang: KioskLanguage, title: object, text: object, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent=parent)
        self.title = self.label(title, "kioskTitle")
        self.text = self.label(text)
        self.detail = self.label("", "kioskText")
        done = self.button(QT_TRANSLATE_NOOP("Kiosk", "Terminer"), "kioskPrimary")
        done.clicked.connect(self.finished)
        self.buttons(done)
        self._detail: tuple[str, dict[str, str]] = ("", {})

    def set_detail(self, source: object, **values: str) -> None:
        self._detail = (str(source), values)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        source, values = self._detail
        self.detail.setText(self.lang.text(source).format(**values) if source else "")


class StaffScreen(KioskScreen):
    """Leaving the kiosk: a manager's name and password, with the login's lockout."""

    submitted = Signal(str, str)
    back = Signal()

    def __init__(self, lang: KioskLanguage, parent: QWidget | None = None) -> None:
        super().__init__(lang, QT_TRANSLATE_NOOP("Kiosk", "Quitter la borne"), parent)
        self.label(QT_TRANSLATE_NOOP("Kiosk", "Réservé au personnel : identifiant et mot de passe d'un responsable."))
        self.username = self.field(QT_TRANSLATE_NOOP("Kiosk", "Identifiant"), "kioskManager")
        self.password = self.field(QT_TRANSLATE_NOOP("Kiosk", "Mot de passe"), "kioskPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self._submit)
        self.body.addWidget(self.username)
        self.body.addWidget(self.password)
        self.body.addWidget(self.error)
        back = self.button(QT_TRANSLATE_NOOP("Kiosk", "Annuler"))
        go = self.button(QT_TRANSLATE_NOOP("Kiosk", "Quitter la borne"), "kioskPrimary")
        back.clicked.connect(self.back)
        go.clicked.connect(self._submit)
        self.buttons(back, go)

    def _submit(self) -> None:
        self.submitted.emit(self.username.text(), self.password.text())


class AgreementScreen(KioskScreen):
    """The visit type's agreement in the visitor's language, signed with a finger in the box."""

    signed = Signal()

    def __init__(self, lang: KioskLanguage, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent=parent, fill=True)
        self.body.setSpacing(12)
        self.body.setContentsMargins(48, 24, 48, 24)
        self.title = self.label("", "kioskHeading")
        self.text = QTextBrowser()
        self.text.setObjectName("kioskAgreement")
        self.text.setOpenLinks(False)
        self.text.setMinimumHeight(120)
        QScroller.grabGesture(self.text.viewport(), QScroller.ScrollerGestureType.TouchGesture)  # scrolled by finger
        self.body.addWidget(self.text, 1)
        self.label(QT_TRANSLATE_NOOP("Kiosk", "Signez avec le doigt dans le cadre ci-dessous."), "kioskCaption")
        self.pad = SignaturePad()
        self.pad.setObjectName("kioskSignature")
        self.pad.setMinimumHeight(140)
        self.pad.setMaximumHeight(200)  # the text gets the rest of the height
        self.pad.changed.connect(lambda: self.show_error(""))
        self.body.addWidget(self.pad)
        self.body.addWidget(self.error)
        clear = self.button(QT_TRANSLATE_NOOP("Kiosk", "Effacer"))
        sign = self.button(QT_TRANSLATE_NOOP("Kiosk", "Je signe"), "kioskPrimary")
        clear.clicked.connect(self.pad.clear)
        sign.clicked.connect(self._sign)
        self.buttons(clear, sign)
        self.agreement: AgreementText | None = None

    def show_text(self, text: AgreementText) -> None:
        self.agreement = text
        self.title.setText(text.title)
        self.text.setPlainText(text.body)
        self.pad.clear()

    def _sign(self) -> None:
        if self.pad.is_empty():
            self.show_error(self.lang.text(QT_TRANSLATE_NOOP("Kiosk", "Signez d'abord dans le cadre.")))
            return
        self.signed.emit()

    def retranslate(self) -> None:
        super().retranslate()
        if self.agreement is not None:  # the text itself is in the language it was fetched in
            self.title.setText(self.agreement.title)

    def reset(self) -> None:
        super().reset()
        self.agreement = None
        self.title.clear()
        self.text.clear()
        self.pad.clear()
