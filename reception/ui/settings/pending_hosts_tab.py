"""Paramètres › Annuaire : à confirmer — the hosts the desk added for visitors; facilities confirm each one or
merge it into the directory's record of the same person."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reception.core.services.directory import EmployeeRow
from reception.ui.context import AppContext
from reception.ui.empty_state import EmptyHint
from reception.ui.errors import show_failure
from reception.ui.forms import FormDialog
from reception.ui.table_model import Column, RowsModel, selected_row, table_view


class PendingHostsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: FormDialog | None = None
        self.model = RowsModel([
            Column(self.tr("Nom"), lambda e: f"{e.last_name} {e.first_name}"),
            Column(self.tr("Société"), lambda e: e.tenant_name),
            Column(self.tr("E-mail"), lambda e: e.email),
            Column(self.tr("Téléphone"), lambda e: e.phone),
        ], self)
        self.view = table_view(self.model, stretch_column=1)
        self.empty_hint = EmptyHint(self.view, self.tr(
            "Aucune personne à confirmer. Quand l'accueil ajoute une personne visitée absente de l'annuaire, "
            "elle apparaît ici : confirmez-la, ou fusionnez-la avec sa fiche si elle existait déjà."))
        intro = QLabel(self.tr("Personnes visitées ajoutées à l'accueil. Confirmez celles qui sont justes ; "
                               "fusionnez un doublon avec la fiche existante (ses visites gardent leur hôte)."))
        intro.setObjectName("subtle")
        intro.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("C&onfirmer"))
        self.merge_button = QPushButton(self.tr("&Fusionner avec…"))
        self.confirm_button.clicked.connect(self.confirm)
        self.merge_button.clicked.connect(self.merge)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.notice)
        self._update_buttons()

    def refresh(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.runner.run(lambda: services.directory.pending_hosts(actor), self._show,
                            lambda e: show_failure(self, e))

    def _show(self, rows: list[EmployeeRow]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.view.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = selected_row(self.view) is not None
        self.confirm_button.setEnabled(chosen)
        self.merge_button.setEnabled(chosen)

    def confirm(self) -> None:
        host: EmployeeRow | None = selected_row(self.view)
        if host is None:
            return
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.runner.run(lambda: services.directory.confirm_pending_host(actor, host.id),
                            lambda row: self._done(self.tr("{name} est confirmé(e) dans l'annuaire.").format(
                                name=row.full_name)), lambda e: show_failure(self, e))

    def merge(self) -> None:
        """Offers the confirmed people of the same company, read off the GUI thread."""
        host: EmployeeRow | None = selected_row(self.view)
        if host is None:
            return
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.runner.run(lambda: services.directory.employees(actor, host.tenant_id),
                            lambda people: self._ask_merge(host, [p for p in people if not p.pending]),
                            lambda e: show_failure(self, e))

    def _ask_merge(self, host: EmployeeRow, people: list[EmployeeRow]) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        into = QComboBox()
        for person in people:
            into.addItem(f"{person.last_name} {person.first_name}", person.id)
        dialog = FormDialog(self.tr("Fusionner « {name} »").format(name=host.full_name), self.ctx.runner,
                            lambda v: services.directory.merge_pending_host(actor, host.id, v["into"]), self,
                            intro=self.tr("« {name} » sera retiré(e) de l'annuaire au profit de la fiche choisie "
                                          "de {company}.").format(name=host.full_name, company=host.tenant_name),
                            ok_text=self.tr("Fusionner"))
        dialog.add_field("into", self.tr("&Même personne que"), into)
        dialog.accepted.connect(lambda: self._done(self.tr("Fusion faite.")))
        self.dialog = dialog
        dialog.open()

    def _done(self, message: str) -> None:
        self.notice.setText(message)
        self.refresh()
