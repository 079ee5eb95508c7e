"""Paramètres › Annuaire: the park's companies and their employees — add, edit, deactivate, import a CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reception.core.services.directory import DirectoryImport, EmployeeRow, TenantRow
from reception.ui.context import AppContext
from reception.ui.empty_state import EmptyHint
from reception.ui.errors import show_failure
from reception.ui.forms import DateEdit, FormDialog
from reception.ui.operations import percent
from reception.ui.reports.params import to_qdate
from reception.ui.table_model import Column, RowsModel, selected_row, table_view

SECTORS = ("Informatique", "Green tech", "Industries culturelles", "Conseil", "Télécoms", "Fintech", "Santé",
           "Formation", "Autre")


def _line(text: str = "") -> QLineEdit:
    return QLineEdit(text)


def sector_picker(current: str) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(SECTORS)
    combo.setCurrentText(current)
    return combo


class DirectoryTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: FormDialog | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rechercher une société…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.show_inactive = QCheckBox(self.tr("Afficher les fiches désactivées"))
        self.show_inactive.toggled.connect(self.refresh)
        self.tenants = RowsModel([
            Column(self.tr("Société"), lambda t: t.name),
            Column(self.tr("Secteur"), lambda t: t.sector),
            Column(self.tr("Étage"), lambda t: t.floor),
            Column(self.tr("Salariés"), lambda t: str(t.employee_count)),
        ], self)
        self.employees = RowsModel([
            Column(self.tr("Nom"), lambda e: f"{e.last_name} {e.first_name}"),
            Column(self.tr("Fonction"), lambda e: e.job_title),
            Column(self.tr("E-mail"), lambda e: e.email),
            Column(self.tr("Téléphone"), lambda e: e.phone),
        ], self)
        self.tenant_view = table_view(self.tenants)
        self.employee_view = table_view(self.employees)
        self.tenants_hint = EmptyHint(self.tenant_view, self.tr(
            "L'annuaire est vide. Importez celui du parc (Importer un CSV…, colonnes société;nom;prenom;…) "
            "ou ajoutez une première société (Nouvelle société…)."))
        self.employees_hint = EmptyHint(self.employee_view, self.tr(
            "Choisissez une société à gauche ; si elle n'a encore personne, ajoutez ses salariés "
            "(Nouveau salarié…)."))
        self.tenant_view.selectionModel().selectionChanged.connect(self._load_employees)

        self.import_button = QPushButton(self.tr("Importer un CSV…"))
        self.import_button.clicked.connect(self.choose_csv)
        tenant_buttons = self._buttons(
            (self.tr("Nouvelle société…"), self.add_tenant), (self.tr("Modifier…"), self.edit_tenant),
            (self.tr("Désactiver / réactiver"), self.toggle_tenant))
        employee_buttons = self._buttons(
            (self.tr("Nouveau salarié…"), self.add_employee), (self.tr("Modifier…"), self.edit_employee),
            (self.tr("Désactiver / réactiver"), self.toggle_employee))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_inactive)
        top.addWidget(self.import_button)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addLayout(tenant_buttons)
        left_column.addWidget(self.tenant_view, 1)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        self.employees_title = QLabel(self.tr("Choisissez une société pour voir ses salariés."))
        self.employees_title.setObjectName("sectionTitle")
        right_column.addWidget(self.employees_title)
        right_column.addLayout(employee_buttons)
        right_column.addWidget(self.employee_view, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([520, 560])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

    def _buttons(self, *entries: tuple[str, Any]) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in entries:
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch()
        return row

    # --- loading --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        query, inactive = self.search.text(), self.show_inactive.isChecked()
        self.ctx.runner.run(lambda: services.directory.tenants(actor, query, include_inactive=inactive),
                            self._show_tenants, lambda e: show_failure(self, e), latest_for=self.tenants)

    def _show_tenants(self, rows: list[TenantRow]) -> None:
        chosen = selected_row(self.tenant_view)
        self.tenants.set_rows(rows)
        for index, row in enumerate(rows):
            if chosen is not None and row.id == chosen.id:
                self.tenant_view.selectRow(index)
                return
        self.employees.set_rows([])

    def _load_employees(self) -> None:
        tenant: TenantRow | None = selected_row(self.tenant_view)
        if tenant is None:
            return
        self.employees_title.setText(self.tr("Salariés de {name}").format(name=tenant.name))
        services, actor, inactive = self.ctx.services, self.ctx.actor, self.show_inactive.isChecked()
        self.ctx.runner.run(
            lambda: services.directory.employees(actor, tenant.id, include_inactive=inactive),
            self.employees.set_rows, lambda e: show_failure(self, e))

    # --- companies ------------------------------------------------------------------------------------

    def _open(self, dialog: FormDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def tenant_dialog(self, tenant: TenantRow | None) -> FormDialog:
        services, actor = self.ctx.services, self.ctx.actor
        title = self.tr("Modifier la société") if tenant else self.tr("Nouvelle société")
        dialog = FormDialog(title, self.ctx.runner,
                            lambda v: services.directory.save_tenant(actor, v, tenant.id if tenant else None),
                            self)
        dialog.add_field("name", self.tr("&Nom"), _line(tenant.name if tenant else ""))
        dialog.add_field("ice", self.tr("&ICE"), _line(tenant.ice if tenant else ""))
        dialog.add_field("sector", self.tr("&Secteur"), sector_picker(tenant.sector if tenant else ""))
        dialog.add_field("floor", self.tr("É&tage"), _line(tenant.floor if tenant else ""))
        dialog.add_field("office", self.tr("&Bureau"), _line(tenant.office if tenant else ""))
        arrival = DateEdit(to_qdate(tenant.arrival_date) if tenant and tenant.arrival_date else QDate.currentDate())
        arrival.setCalendarPopup(True)
        arrival.setDisplayFormat("dd/MM/yyyy")
        dialog.add_field("arrival_date", self.tr("&Arrivée"), arrival)
        return dialog

    def add_tenant(self) -> None:
        self._open(self.tenant_dialog(None))

    def edit_tenant(self) -> None:
        tenant = selected_row(self.tenant_view)
        if tenant is not None:
            self._open(self.tenant_dialog(tenant))

    def toggle_tenant(self) -> None:
        tenant: TenantRow | None = selected_row(self.tenant_view)
        if tenant is None:
            return
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.runner.run(lambda: services.directory.set_tenant_active(actor, tenant.id, not tenant.active),
                            lambda _r: self.refresh(), lambda e: show_failure(self, e))

    # --- employees ------------------------------------------------------------------------------------

    def employee_dialog(self, tenant: TenantRow, employee: EmployeeRow | None) -> FormDialog:
        services, actor = self.ctx.services, self.ctx.actor
        title = self.tr("Modifier le salarié") if employee else self.tr("Nouveau salarié — {company}").format(
            company=tenant.name)
        dialog = FormDialog(
            title, self.ctx.runner,
            lambda v: services.directory.save_employee(actor, {**v, "tenant_id": tenant.id},
                                                       employee.id if employee else None),
            self)
        dialog.add_field("last_name", self.tr("&Nom"), _line(employee.last_name if employee else ""))
        dialog.add_field("first_name", self.tr("&Prénom"), _line(employee.first_name if employee else ""))
        dialog.add_field("job_title", self.tr("&Fonction"), _line(employee.job_title if employee else ""))
        dialog.add_field("email", self.tr("&E-mail"), _line(employee.email if employee else ""))
        dialog.add_field("phone", self.tr("&Téléphone"), _line(employee.phone if employee else ""))
        dialog.accepted.connect(self._load_employees)
        return dialog

    def add_employee(self) -> None:
        tenant = selected_row(self.tenant_view)
        if tenant is not None:
            self._open(self.employee_dialog(tenant, None))

    def edit_employee(self) -> None:
        tenant, employee = selected_row(self.tenant_view), selected_row(self.employee_view)
        if tenant is not None and employee is not None:
            self._open(self.employee_dialog(tenant, employee))

    def toggle_employee(self) -> None:
        employee: EmployeeRow | None = selected_row(self.employee_view)
        if employee is None:
            return
        services, actor = self.ctx.services, self.ctx.actor
        values = {"tenant_id": employee.tenant_id, "first_name": employee.first_name,
                  "last_name": employee.last_name, "job_title": employee.job_title, "email": employee.email,
                  "phone": employee.phone, "active": not employee.active}
        self.ctx.runner.run(lambda: services.directory.save_employee(actor, values, employee.id),
                            lambda _r: self._load_employees(), lambda e: show_failure(self, e))

    # --- import ---------------------------------------------------------------------------------------

    def choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Importer des salariés"), str(Path.home()),
                                              self.tr("Fichiers CSV (*.csv)"))
        if path:
            self.import_csv(Path(path))

    def import_csv(self, path: Path) -> None:
        """Reads the file off the GUI thread too; the whole file is imported or nothing is."""
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.runner.run(
            lambda report: services.directory.import_csv(actor, path, progress=percent(report)),
            self._imported, lambda e: show_failure(self, e),
            on_progress=lambda value: self.notice.setText(self.tr("Import en cours… {0} %").format(value)))

    def _imported(self, result: DirectoryImport) -> None:
        self.notice.setText(self.tr("Import terminé : {tenants} société(s) créée(s), {employees} salarié(s) "
                                    "ajouté(s), {updated} mis à jour.")
                            .format(tenants=result.tenants, employees=result.employees, updated=result.updated))
        self.refresh()
