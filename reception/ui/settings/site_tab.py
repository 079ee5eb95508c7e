"""Paramètres › Site et poste: the identity printed on badges, receipts and reports."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from reception.core.services.site import SITE_FIELDS, SiteInfo
from reception.ui.context import AppContext
from reception.ui.errors import show_failure
from reception.ui.forms import FieldErrors
from reception.ui.settings.backups_box import BackupsBox
from reception.ui.settings.system_schedule_box import SystemScheduleBox

_CAPTIONS = {  # marked here, translated where shown: this module may be imported before the language is set
    "name": QT_TRANSLATE_NOOP("SiteTab", "Nom du site"),
    "city": QT_TRANSLATE_NOOP("SiteTab", "Ville"),
    "address": QT_TRANSLATE_NOOP("SiteTab", "Adresse"),
    "legal_name": QT_TRANSLATE_NOOP("SiteTab", "Raison sociale"),
    "ice": QT_TRANSLATE_NOOP("SiteTab", "ICE"),
    "if_number": QT_TRANSLATE_NOOP("SiteTab", "Identifiant fiscal (IF)"),
    "tp_number": QT_TRANSLATE_NOOP("SiteTab", "Taxe professionnelle (TP)"),
    "opens_at": QT_TRANSLATE_NOOP("SiteTab", "Ouverture (hh:mm)"),
    "closes_at": QT_TRANSLATE_NOOP("SiteTab", "Fermeture (hh:mm)"),
}


class SiteTab(QWidget):
    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._requested = False
        self.codes = QLabel()
        self.codes.setObjectName("subtle")
        self.fields = {key: QLineEdit() for key in SITE_FIELDS}
        self.desk_name = QLineEdit()
        self.errors = FieldErrors()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QCoreApplication.translate("SiteTab", "Codes"), self.codes)
        for key, field in self.fields.items():
            self.errors.add_row(form, key, QCoreApplication.translate("SiteTab", str(_CAPTIONS[key])), field)
        self.errors.add_row(form, "desk_name", self.tr("Nom du poste"), self.desk_name)
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        buttons = QHBoxLayout()
        buttons.addWidget(self.notice, 1)
        buttons.addWidget(self.save_button)
        body = QWidget()
        body.setMaximumWidth(720)
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(form)
        inner.addWidget(self.errors.general)
        inner.addLayout(buttons)
        self.backups = BackupsBox(ctx)
        inner.addWidget(self.backups)
        self.system_schedule = SystemScheduleBox(ctx)
        inner.addWidget(self.system_schedule)
        layout = QVBoxLayout(self)
        layout.addWidget(body)
        layout.addStretch()

    def refresh(self) -> None:
        """Loads the stored values once: coming back to the tab must not wipe edits not yet saved."""
        self.backups.refresh()
        self.system_schedule.refresh()
        if self._requested:
            return
        self._requested = True
        self.ctx.runner.run(self.ctx.services.site.info, self._show, lambda e: show_failure(self, e))

    def _show(self, info: SiteInfo) -> None:
        self.codes.setText(self.tr("site {site} · poste {desk}").format(site=info.site_code, desk=info.desk_code))
        for key, field in self.fields.items():
            field.setText(getattr(info, "site_name" if key == "name" else key))
        self.desk_name.setText(info.desk_name)

    def save(self) -> None:
        values = {key: field.text() for key, field in self.fields.items()}
        desk_name = self.desk_name.text()
        services, actor = self.ctx.services, self.ctx.actor
        self.errors.clear()
        self.notice.clear()
        self.save_button.setEnabled(False)
        self.ctx.runner.run(lambda: services.site.update(actor, values, desk_name), self._saved, self._failed)

    def _saved(self, info: SiteInfo) -> None:
        self.save_button.setEnabled(True)
        self._show(info)
        self.notice.setText(self.tr("Enregistré."))
        self.saved.emit()

    def _failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        self.errors.explain(error)
