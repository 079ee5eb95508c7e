"""The visitor agreement at the desk: the selected visit's status line (signed when, which version, or still
to sign), the dialog where a visitor signs by hand at the desk, and the signed PDF on demand.

The same SignaturePad as the kiosk's; the service decides everything (required or not, current text, refusals).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reception.core.i18n import NATIVE_NAMES
from reception.core.services.agreements import AgreementText, AgreementTextChanged, VisitAgreement
from reception.core.services.photos import Photo
from reception.core.services.visits import VisitRow
from reception.printing.agreement_pdf import agreement_pdf
from reception.printing.formats import fr_datetime
from reception.ui.context import AppContext
from reception.ui.errors import show_failure
from reception.ui.forms import FieldErrors, error_label
from reception.ui.printing import PdfPreviewDialog, print_or_preview
from reception.ui.signature_pad import SignaturePad
from reception.ui.visitors.thumbnails import thumbnail

PHOTO_SIZE = QSize(56, 56)
SIGN_HERE = {"fr": "Signez ici", "en": "Sign here", "ar": "وقع هنا"}
"""The pad's prompt in the language the visitor reads (the desk's own catalogue has no Arabic)."""


class AgreementStatus(QWidget):
    """One line under a list of visits, for the visit selected: the visitor's photo when one was taken, the
    agreement and what can be done."""

    signed = Signal(str)
    """A signature was recorded at the desk (the visit's id)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit: VisitRow | None = None
        self.state: VisitAgreement | None = None
        self.dialog: SignatureDialog | None = None
        self.preview: PdfPreviewDialog | None = None
        self.photo = QLabel()
        self.photo.setFixedSize(PHOTO_SIZE)
        self.text = QLabel()
        self.text.setObjectName("subtle")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.sign_button = QPushButton(self.tr("Faire signer l'accord…"))
        self.sign_button.clicked.connect(self.open_signature)
        self.pdf_button = QPushButton(self.tr("Accord signé (PDF)…"))
        self.pdf_button.clicked.connect(self.show_pdf)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.photo)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.sign_button)
        layout.addWidget(self.pdf_button)
        self.show_visit(None)

    def show_visit(self, visit: VisitRow | None) -> None:
        """Follows the list's selection; one visit selected shows its agreement, anything else nothing."""
        self.visit, self.state = visit, None
        self.sign_button.hide()
        self.pdf_button.hide()
        self.text.clear()
        self.photo.clear()
        self.photo.hide()
        _restyle(self.text, "subtle")
        if visit is None:
            return
        services, actor = self.ctx.services, self.ctx.actor

        def read() -> tuple[VisitAgreement, Photo | None]:
            photo = services.photos.photos(actor, [visit.id]).get(visit.id)
            return services.agreements.for_visit(actor, visit.id), photo

        self.ctx.runner.run(read, lambda found: self._show(visit.id, *found), lambda error: show_failure(self, error))

    def _show(self, visit_id: str, state: VisitAgreement, photo: Photo | None = None) -> None:
        if self.visit is None or self.visit.id != visit_id:
            return  # the selection moved on meanwhile
        if photo is not None:
            self.photo.setPixmap(thumbnail(photo.jpeg, PHOTO_SIZE))
            self.photo.show()
        self.state = state
        signed = state.signed
        _restyle(self.text, "notice" if signed is not None else "fieldError" if state.required else "subtle")
        if signed is not None:
            when = fr_datetime(signed.signed_at)
            line = (self.tr("Accord signé le {when} (version {version}, empreinte {sha})") if state.signed_here else
                    self.tr("Accord valide : signé le {when} lors d'une visite précédente (version {version}, "
                            "empreinte {sha})"))
            self.text.setText(line.format(when=when, version=signed.version, sha=signed.text_sha256[:12]))
            self.pdf_button.setVisible(bool(signed.strokes) or state.signed_here)
        elif state.required:
            self.text.setText(self.tr("Accord à signer : ce type de visite le demande."))
            self.sign_button.setVisible(self.visit.checked_out_at is None)  # signed while the visitor is here
        else:
            self.text.setText(self.tr("Pas d'accord demandé pour ce type de visite."))

    def open_signature(self) -> None:
        if self.visit is None:
            return
        self.dialog = SignatureDialog(self.ctx, self.visit, self)
        self.dialog.recorded.connect(self._recorded)
        self.dialog.open()

    def _recorded(self, visit_id: str) -> None:
        self.signed.emit(visit_id)
        if self.visit is not None and self.visit.id == visit_id:
            self.show_visit(self.visit)

    def show_pdf(self) -> None:
        if self.state is None or self.state.signed is None:
            return
        visit_id = self.state.signed.visit_id
        service, actor, site = self.ctx.services.agreements, self.ctx.actor, self.ctx.services.site

        def build() -> bytes:
            return agreement_pdf(service.document(actor, visit_id), site.info().site_name)

        def shown(pdf: bytes) -> None:
            printer = self.ctx.services.settings.get("printing.report_printer")
            self.preview = print_or_preview(self.ctx.runner, self, pdf, printer, direct=False,
                                            title=self.tr("Accord signé"))

        self.ctx.runner.run(build, shown, lambda error: show_failure(self, error))


class SignatureDialog(QDialog):
    """The visitor reads the text in their language and signs with a finger, a stylus or the mouse."""

    recorded = Signal(str)

    def __init__(self, ctx: AppContext, visit: VisitRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.visit = ctx, visit
        self.agreement: AgreementText | None = None
        self.setWindowTitle(self.tr("Accord de visite — {name}").format(name=visit.visitor_name))
        self.language = QComboBox()
        for code, name in NATIVE_NAMES.items():
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(self.load_text)
        self.version = QLabel()
        self.version.setObjectName("subtle")
        self.reader = QTextBrowser()
        self.reader.setOpenLinks(False)
        self.reader.setMinimumHeight(220)
        self.pad = SignaturePad()
        self.pad.changed.connect(self._pad_changed)
        self.errors = FieldErrors(error_label())
        strokes_error = error_label()
        self.errors.watch("strokes", self.pad, strokes_error)
        clear = QPushButton(self.tr("Effacer la signature"))
        clear.clicked.connect(self.pad.clear)
        cancel = QPushButton(self.tr("Annuler"))
        cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Enregistrer la signature"))
        self.save_button.setObjectName("primary")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)

        top = QHBoxLayout()
        caption = QLabel(self.tr("&Langue du texte"))
        caption.setBuddy(self.language)
        top.addWidget(caption)
        top.addWidget(self.language)
        top.addStretch()
        top.addWidget(self.version)
        buttons = QHBoxLayout()
        buttons.addWidget(clear)
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.reader, 1)
        layout.addWidget(QLabel(self.tr("Signature de {name}").format(name=visit.visitor_name)))
        layout.addWidget(self.pad)
        layout.addWidget(strokes_error)
        layout.addWidget(self.errors.general)
        layout.addLayout(buttons)
        self.resize(720, 640)
        self.load_text()

    def load_text(self) -> None:
        """Shows the current text in the chosen language (a new version since the last load included)."""
        language = self.language.currentData()
        service, visit_type = self.ctx.services.agreements, self.visit.visit_type
        self.agreement = None
        self._pad_changed()
        self.ctx.runner.run(lambda: service.text_for(visit_type, language), self._show_text,
                            lambda error: show_failure(self, error), latest_for=self)

    def _show_text(self, text: AgreementText) -> None:
        if text.language != self.language.currentData():
            return  # another language was chosen meanwhile
        self.agreement = text
        direction = Qt.LayoutDirection.RightToLeft if text.language == "ar" else Qt.LayoutDirection.LeftToRight
        self.reader.setLayoutDirection(direction)
        side = 'dir="rtl" align="right"' if text.language == "ar" else 'dir="ltr" align="left"'
        paragraphs = "".join(f"<p {side}>{html.escape(p).replace(chr(10), '<br>')}</p>"
                             for p in text.body.split("\n\n"))
        self.reader.setHtml(f"<h3 {side}>{html.escape(text.title)}</h3>{paragraphs}")
        self.pad.set_prompt(SIGN_HERE.get(text.language, SIGN_HERE["fr"]))
        self.version.setText(self.tr("Version {version} · empreinte {sha}").format(version=text.version,
                                                                                  sha=text.sha256[:12]))
        self._pad_changed()

    def _pad_changed(self) -> None:
        self.save_button.setEnabled(self.agreement is not None and not self.pad.is_empty())

    def save(self) -> None:
        if self.agreement is None:
            return
        service, actor, visit_id = self.ctx.services.agreements, self.ctx.actor, self.visit.id
        text_id, strokes = self.agreement.id, self.pad.strokes()
        self.errors.clear()
        self.save_button.setEnabled(False)
        self.ctx.runner.run(lambda: service.sign(actor, visit_id, text_id, strokes), self._saved, self._failed)

    def _saved(self, _signed: object) -> None:
        self.recorded.emit(self.visit.id)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.errors.explain(error)  # the signature is kept: nothing drawn is lost
        self._pad_changed()
        if isinstance(error, AgreementTextChanged):
            self.load_text()  # the new version to read; the signature stays until the visitor clears it


def _restyle(label: QLabel, name: str) -> None:
    """Teal when signed, red when a signature is missing, grey when none is asked for (the stylesheet's names)."""
    label.setObjectName(name)
    label.style().unpolish(label)
    label.style().polish(label)

