"""First start on an empty database: the administrator account that will create all the others."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from reception.core.services.auth import MIN_PASSWORD_LENGTH
from reception.core.services.container import Services
from reception.ui.forms import FormDialog, password_field
from reception.ui.operations import OperationRunner


def passwords_differ(values: dict[str, Any]) -> dict[str, str]:
    """The local check of every "password twice" form."""
    if values["password"] != values["confirmation"]:
        return {"confirmation": QCoreApplication.translate("Forms", "Les deux mots de passe ne sont pas identiques.")}
    return {}


class FirstAdminDialog(FormDialog):
    """Accepted once the account exists; every mistake is explained next to its field."""

    def __init__(self, services: Services, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("FirstAdminDialog", "Premier démarrage"), runner,
            lambda v: services.auth.create_first_admin(v["username"], v["full_name"], v["password"]),
            parent,
            intro=QCoreApplication.translate(
                "FirstAdminDialog",
                "Aucun compte n'existe encore. Créez le compte administrateur de ce poste : il servira à créer "
                "les comptes des réceptionnistes et des responsables."),
            ok_text=QCoreApplication.translate("FirstAdminDialog", "Créer le compte"),
            check=passwords_differ,
        )
        self.username = self.add_field("username", self.tr("&Identifiant"), QLineEdit())
        self.full_name = self.add_field("full_name", self.tr("&Nom complet"), QLineEdit())
        self.password = self.add_field("password", self.tr("&Mot de passe"), password_field(),
                                       hint=self.tr("{n} caractères au moins.").format(n=MIN_PASSWORD_LENGTH))
        self.confirmation = self.add_field("confirmation", self.tr("&Confirmation"), password_field())
