"""Paramètres › Utilisateurs: the console accounts, their roles, and passwords reset by an admin."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from reception.core.services.auth import UserRow
from reception.core.services.permissions import ROLE_LABELS, Role
from reception.ui.context import AppContext
from reception.ui.errors import show_failure
from reception.ui.first_admin import passwords_differ
from reception.ui.forms import FormDialog, password_field
from reception.ui.table_model import Column, RowsModel, selected_row, table_view


def role_picker(current: Role = Role.RECEPTIONIST) -> QComboBox:
    combo = QComboBox()
    for role, label in ROLE_LABELS.items():
        combo.addItem(label, role)
    combo.setCurrentIndex(combo.findData(current))
    return combo


class UsersTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: FormDialog | None = None
        self.model = RowsModel([
            Column(self.tr("Identifiant"), lambda u: u.username),
            Column(self.tr("Nom complet"), lambda u: u.full_name),
            Column(self.tr("Rôle"), lambda u: ROLE_LABELS[u.role]),
            Column(self.tr("État"), lambda u: self.tr("actif") if u.active else self.tr("désactivé")),
        ], self)
        self.view = table_view(self.model, stretch_column=1)
        self.add_button = QPushButton(self.tr("Nouvel utilisateur…"))
        self.role_button = QPushButton(self.tr("Changer le rôle…"))
        self.password_button = QPushButton(self.tr("Réinitialiser le mot de passe…"))
        self.active_button = QPushButton(self.tr("Désactiver"))
        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.change_role)
        self.password_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.password_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self._update_buttons()

    def refresh(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.runner.run(lambda: services.auth.list_users(actor), self._show, lambda e: show_failure(self, e))

    def _show(self, users: list[UserRow]) -> None:
        chosen = selected_row(self.view)
        self.model.set_rows(users)
        for row, user in enumerate(users):
            if chosen is not None and user.id == chosen.id:
                self.view.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        user = selected_row(self.view)
        for button in (self.role_button, self.password_button, self.active_button):
            button.setEnabled(user is not None)
        self.active_button.setText(self.tr("Réactiver") if user is not None and not user.active
                                   else self.tr("Désactiver"))

    def _open(self, dialog: FormDialog) -> None:
        """Non-blocking: the list refreshes when the dialog saved something."""
        self.dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def add_user(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        dialog = FormDialog(self.tr("Nouvel utilisateur"), self.ctx.runner,
                            lambda v: services.auth.create_user(actor, v["username"], v["full_name"], v["role"],
                                                                v["password"]),
                            self, check=passwords_differ)
        dialog.add_field("username", self.tr("&Identifiant"), QLineEdit())
        dialog.add_field("full_name", self.tr("&Nom complet"), QLineEdit())
        dialog.add_field("role", self.tr("&Rôle"), role_picker())
        dialog.add_field("password", self.tr("&Mot de passe"), password_field())
        dialog.add_field("confirmation", self.tr("&Confirmation"), password_field())
        self._open(dialog)

    def change_role(self) -> None:
        user: UserRow | None = selected_row(self.view)
        if user is None:
            return
        services, actor = self.ctx.services, self.ctx.actor
        dialog = FormDialog(self.tr("Rôle de {name}").format(name=user.full_name), self.ctx.runner,
                            lambda v: services.auth.change_role(actor, user.id, v["role"]), self)
        dialog.add_field("role", self.tr("&Rôle"), role_picker(user.role))
        self._open(dialog)

    def reset_password(self) -> None:
        user: UserRow | None = selected_row(self.view)
        if user is None:
            return
        services, actor = self.ctx.services, self.ctx.actor
        dialog = FormDialog(self.tr("Nouveau mot de passe pour {name}").format(name=user.full_name),
                            self.ctx.runner,
                            lambda v: services.auth.reset_password(actor, user.id, v["password"]),
                            self, check=passwords_differ)
        dialog.add_field("password", self.tr("&Mot de passe"), password_field())
        dialog.add_field("confirmation", self.tr("&Confirmation"), password_field())
        self._open(dialog)

    def toggle_active(self) -> None:
        user: UserRow | None = selected_row(self.view)
        if user is None:
            return
        services, actor = self.ctx.services, self.ctx.actor
        self._run(lambda: services.auth.set_active(actor, user.id, not user.active))

    def _run(self, job: Callable[[], Any]) -> None:
        self.ctx.runner.run(job, lambda _r: self.refresh(), lambda e: show_failure(self, e))
