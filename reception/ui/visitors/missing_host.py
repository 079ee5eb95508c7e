"""Arrivée › Hôte manquant: the visitor asks for someone the directory does not know yet.

The receptionist types the person's name and company (e-mail and phone if known); the host is saved as
pending, chosen for this check-in at once, and waits in Paramètres › À confirmer for facilities.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from reception.core.services.directory import TenantRow
from reception.ui.context import AppContext
from reception.ui.forms import FormDialog


class MissingHostDialog(FormDialog):
    """Accepted with the new host (an EmployeeRow, pending) in `result_value`."""

    def __init__(self, ctx: AppContext, tenants: list[TenantRow], typed: str, parent: QWidget | None = None) -> None:
        services, actor = ctx.services, ctx.actor
        super().__init__(
            self.tr("Personne visitée absente de l'annuaire"), ctx.runner,
            lambda v: services.directory.add_pending_host(actor, v), parent,
            intro=self.tr("Le visiteur peut entrer tout de suite : la personne est ajoutée « à confirmer », "
                          "et les services généraux vérifieront sa fiche."),
            ok_text=self.tr("Ajouter et choisir"))
        self.add_field("last_name", self.tr("&Nom"), QLineEdit(typed.strip()))
        self.add_field("first_name", self.tr("&Prénom"), QLineEdit())
        company = QComboBox()
        company.addItem(self.tr("— choisissez —"), "")
        for tenant in tenants:
            company.addItem(tenant.name, tenant.id)
        self.add_field("tenant_id", self.tr("&Société"), company,
                       hint=self.tr("Tapez les premières lettres pour aller à la société."))
        email = QLineEdit()
        email.setPlaceholderText(self.tr("facultatif"))
        self.add_field("email", self.tr("&E-mail"), email)
        phone = QLineEdit()
        phone.setPlaceholderText(self.tr("facultatif"))
        self.add_field("phone", self.tr("&Téléphone"), phone)
