"""First start on an empty database: the administrator account that will create all the others, and which
site and desk this PC is (core/first_start.py checks and writes both)."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from reception.core.first_start import FirstStart, set_up, suggestions
from reception.core.services.auth import MIN_PASSWORD_LENGTH
from reception.core.services.container import Services
from reception.ui.forms import FormDialog, password_field
from reception.ui.operations import OperationRunner

PLACE_FIELDS = ("site_code", "site_name", "city", "desk_code", "desk_name")


def passwords_differ(values: dict[str, Any]) -> dict[str, str]:
    """The local check of every "password twice" form."""
    if values["password"] != values["confirmation"]:
        return {"confirmation": QCoreApplication.translate("Forms", "Les deux mots de passe ne sont pas identiques.")}
    return {}


def _first_start(services: Services, values: dict[str, Any]) -> Any:
    return set_up(services, FirstStart(**{k: v for k, v in values.items() if k != "confirmation"}))


class FirstAdminDialog(FormDialog):
    """Accepted once the desk is named and the account exists; every mistake is explained next to its field.

    Only Escape or a click on Annuler cancels (FormDialog); the site and desk fields are filled with the fresh
    database's names as suggestions once they are read (off the GUI thread), for the person to keep or change.
    """

    def __init__(self, services: Services, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("FirstAdminDialog", "Premier démarrage"), runner,
            lambda v: _first_start(services, v), parent,
            intro=QCoreApplication.translate(
                "FirstAdminDialog",
                "Aucun compte n'existe encore. Créez le compte administrateur de ce poste : il servira à créer "
                "les comptes des réceptionnistes et des responsables. Indiquez ensuite le site et le poste."),
            ok_text=QCoreApplication.translate("FirstAdminDialog", "Créer le compte"),
            check=passwords_differ,
        )
        self.setMinimumWidth(860)  # two columns: the whole form fits a 1366 × 768 screen
        account, place = self.form, QFormLayout()
        place.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        columns = QHBoxLayout()
        columns.setSpacing(32)
        layout = cast(QVBoxLayout, self.layout())
        layout.removeItem(account)
        columns.addLayout(account, 1)
        columns.addLayout(place, 1)
        layout.insertLayout(1, columns)
        self._section(self.tr("Compte administrateur"))
        self.username = self.add_field("username", self.tr("&Identifiant"), QLineEdit())
        self.full_name = self.add_field("full_name", self.tr("&Nom complet"), QLineEdit())
        self.password = self.add_field("password", self.tr("&Mot de passe"), password_field(),
                                       hint=self.tr("{n} caractères au moins.").format(n=MIN_PASSWORD_LENGTH))
        self.confirmation = self.add_field("confirmation", self.tr("&Confirmation"), password_field())
        self.form = place
        self._section(self.tr("Ce poste"))
        self.site_code = self.add_field("site_code", self.tr("Code du &site"), QLineEdit(),
                                        hint=self.tr("2 à 6 lettres, le même pour tout le site."))
        self.site_name = self.add_field("site_name", self.tr("Nom du si&te"), QLineEdit())
        self.city = self.add_field("city", self.tr("&Ville"), QLineEdit())
        self.desk_code = self.add_field("desk_code", self.tr("Code du &poste"), QLineEdit(),
                                        hint=self.tr("Code du site, tiret, poste : CAS-A1."))
        self.desk_name = self.add_field("desk_name", self.tr("Nom du post&e"), QLineEdit())
        self.suggested = False
        runner.run(lambda: suggestions(services), self._suggest, lambda _error: None)

    def _section(self, title: str) -> None:
        label = QLabel(title)
        label.setObjectName("sectionTitle")
        self.form.addRow(label)

    def _suggest(self, proposed: FirstStart) -> None:
        """The fresh database's names, offered to keep (Tab) or change; nothing the person typed is replaced."""
        for key in PLACE_FIELDS:
            field = self.fields[key]
            if isinstance(field, QLineEdit) and not field.text():
                field.setText(getattr(proposed, key))
        self.suggested = True
