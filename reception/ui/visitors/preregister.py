"""Visiteurs › Attendus › Pré-enregistrer: one guest announced for a day; with an e-mail address they get the
invitation whose QR code checks them in at the desk (the service queues it)."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from reception.core.clock import local_today
from reception.core.errors import ValidationError
from reception.core.services.directory import EmployeeRow
from reception.core.services.visits import CheckInForm, ExpectedRow
from reception.ui.context import AppContext
from reception.ui.forms import DateEdit, FieldErrors
from reception.ui.reports.params import to_qdate
from reception.ui.visitors.lookup import LookupField

LANGUAGES = cast(tuple[tuple[str, str], ...], (
    ("", QT_TRANSLATE_NOOP("PreregisterDialog", "Celle du site")),
    ("fr", QT_TRANSLATE_NOOP("PreregisterDialog", "Français")),
    ("en", QT_TRANSLATE_NOOP("PreregisterDialog", "Anglais")),
))


class PreregisterDialog(QDialog):
    """Name, contact, host and day; every refused field says why beside it and keeps what was typed."""

    preregistered = Signal(object)  # ExpectedRow

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.host: EmployeeRow | None = None
        self.setWindowTitle(self.tr("Pré-enregistrer un visiteur"))
        self.errors = FieldErrors()
        self.last_name, self.first_name, self.organisation = QLineEdit(), QLineEdit(), QLineEdit()
        self.email, self.phone = QLineEdit(), QLineEdit()
        self.email.setPlaceholderText(self.tr("nom@societe.ma : l'invitation et son QR code y sont envoyés"))
        self.phone.setPlaceholderText("06 12 34 56 78")
        self.host_field = LookupField(
            ctx.runner, lambda text: ctx.services.directory.employees(ctx.actor, query=text, limit=10),
            lambda e: (e.full_name, e.tenant_name), (self.tr("Personne"), self.tr("Société")))
        self.host_field.setPlaceholderText(self.tr("3 lettres : nom de la personne ou de la société"))
        self.host_field.picked.connect(self._set_host)
        self.host_field.textEdited.connect(lambda _text: setattr(self, "host", None))
        self.day = DateEdit(to_qdate(local_today(ctx.services.clock)))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.language = QComboBox()
        for code, label in LANGUAGES:
            self.language.addItem(self.tr(label), code)
        form = QFormLayout()
        for key, caption, field in (
            ("last_name", self.tr("&Nom"), self.last_name), ("first_name", self.tr("&Prénom"), self.first_name),
            ("organisation", self.tr("&Organisation"), self.organisation), ("email", self.tr("&E-mail"), self.email),
            ("phone", self.tr("Té&léphone"), self.phone),
            ("host_employee_id", self.tr("Personne &visitée"), self.host_field),
            ("day", self.tr("&Date"), self.day), ("language", self.tr("Langue de l'invitation"), self.language),
        ):
            self.errors.add_row(form, key, caption, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Pré-enregistrer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Avec une adresse e-mail, le visiteur reçoit une invitation : son QR code, scanné à "
                              "l'accueil, enregistre son arrivée et imprime son badge."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _set_host(self, employee: EmployeeRow) -> None:
        self.host = employee
        self.host_field.set_text_quietly(f"{employee.full_name} — {employee.tenant_name}")
        self.host_field.setCursorPosition(0)
        self.day.setFocus()

    def save(self) -> None:
        form = CheckInForm(self.last_name.text(), self.first_name.text(), self.organisation.text(), self.phone.text(),
                           self.email.text(), host_employee_id=self.host.id if self.host else "")
        day = cast(date, self.day.date().toPython())
        language = str(self.language.currentData())
        visits, actor = self.ctx.services.visits, self.ctx.actor
        self.errors.clear()
        self.save_button.setEnabled(False)

        def done(row: ExpectedRow) -> None:
            self.accept()
            self.preregistered.emit(row)

        def failed(error: Exception) -> None:
            self.save_button.setEnabled(True)
            self.errors.explain(error)
            if isinstance(error, ValidationError):
                first = next((f for k, f in self._fields().items() if k in error.errors), None)
                if first is not None:
                    first.setFocus()

        self.ctx.runner.run(lambda: visits.preregister(actor, form, day, language=language), done, failed)

    def _fields(self) -> dict[str, QWidget]:
        return {"last_name": self.last_name, "first_name": self.first_name, "organisation": self.organisation,
                "email": self.email, "phone": self.phone, "host_employee_id": self.host_field, "day": self.day}
