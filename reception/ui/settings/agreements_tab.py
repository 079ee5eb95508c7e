"""Paramètres › Accords des visiteurs — the text in force for each visit type and language, and a new version
published from here (every visitor of that type signs again; the service records and audits it)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from reception.core.i18n import NATIVE_NAMES
from reception.core.models.visits import VISIT_TYPES
from reception.core.services.agreements import AgreementText
from reception.ui.context import AppContext
from reception.ui.errors import show_failure
from reception.ui.forms import FormDialog
from reception.ui.table_model import Column, RowsModel, selected_row, table_view


class AgreementsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: FormDialog | None = None
        self.model = RowsModel([
            Column(self.tr("Type de visite"), lambda t: VISIT_TYPES.get(t.visit_type, t.visit_type)),
            Column(self.tr("Langue"), lambda t: NATIVE_NAMES.get(t.language, t.language)),
            Column(self.tr("Version"), lambda t: str(t.version)),
            Column(self.tr("Titre"), lambda t: t.title),
            Column(self.tr("Empreinte"), lambda t: t.sha256[:12]),
        ], self)
        self.view = table_view(self.model, stretch_column=3)
        self.view.doubleClicked.connect(lambda _index: self.publish())
        intro = QLabel(self.tr("Le texte que chaque visiteur signe, par type de visite et par langue. Publier une "
                               "nouvelle version oblige chaque visiteur de ce type à signer de nouveau ; les "
                               "accords déjà signés gardent leur version et leur empreinte."))
        intro.setObjectName("subtle")
        intro.setWordWrap(True)
        self.publish_button = QPushButton(self.tr("&Publier une nouvelle version…"))
        self.publish_button.clicked.connect(self.publish)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        buttons = QHBoxLayout()
        buttons.addWidget(self.publish_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.notice)

    def refresh(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.runner.run(lambda: services.agreements.current_texts(actor), self._show,
                            lambda e: show_failure(self, e))

    def _show(self, texts: list[AgreementText]) -> None:
        chosen: AgreementText | None = selected_row(self.view)
        self.model.set_rows(texts)
        at = next((i for i, t in enumerate(texts) if chosen and (t.visit_type, t.language) ==
                   (chosen.visit_type, chosen.language)), 0)
        if texts:
            self.view.selectRow(at)

    def publish(self) -> None:
        """The chosen text, to edit into its next version."""
        current: AgreementText | None = selected_row(self.view)
        if current is None:
            return
        services, actor = self.ctx.services, self.ctx.actor
        kind = VISIT_TYPES.get(current.visit_type, current.visit_type)
        dialog = FormDialog(
            self.tr("Nouvelle version : {kind} ({language})").format(
                kind=kind, language=NATIVE_NAMES.get(current.language, current.language)),
            self.ctx.runner,
            lambda v: services.agreements.publish(actor, current.visit_type, current.language, v["title"], v["body"]),
            self, intro=self.tr("Version en vigueur : {version}. La version {next} s'appliquera dès l'enregistrement."
                                ).format(version=current.version, next=current.version + 1),
            ok_text=self.tr("Publier"))
        dialog.add_field("title", self.tr("&Titre"), QLineEdit(current.title))
        body = QPlainTextEdit(current.body)
        body.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        body.setMinimumHeight(280)
        dialog.add_field("body", self.tr("Te&xte"), body)
        dialog.accepted.connect(lambda: self._published(kind))
        self.dialog = dialog
        dialog.resize(780, 560)  # room to read the whole text before publishing it
        dialog.open()

    def _published(self, kind: str) -> None:
        self.notice.setText(self.tr("Nouvelle version publiée : les visiteurs « {kind} » signeront de nouveau.").format(
            kind=kind))
        self.refresh()
