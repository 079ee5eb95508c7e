"""Paramètres › Liste de vigilance (managers): add, edit, end and import entries, with the matching rules
stated beside the list as the core states them (visits_watchlist.matching_rules)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception.core.clock import local_today
from reception.core.formats import day
from reception.core.services.visits_types import WatchEntryForm, WatchEntryRow
from reception.core.services.visits_watchlist import matching_rules
from reception.core.services.watchlist_import import WATCHLIST_HEADER, WatchImport
from reception.ui.context import AppContext
from reception.ui.empty_state import EmptyHint
from reception.ui.errors import show_failure
from reception.ui.forms import NO_DATE, DateEdit, FormDialog, optional_date_edit
from reception.ui.reports.params import to_qdate
from reception.ui.table_model import Column, RowsModel, selected_row, table_view


class WatchListTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: FormDialog | None = None
        self.today = local_today(ctx.services.visits.clock)
        self.model = RowsModel([
            Column(self.tr("Nom"), lambda e: e.last_name),
            Column(self.tr("Prénom"), lambda e: e.first_name),
            Column(self.tr("N° de pièce"), lambda e: e.id_number),
            Column(self.tr("Motif"), lambda e: e.reason),
            Column(self.tr("S'applique"), self._status),
        ], self)
        self.view = table_view(self.model, stretch_column=3)
        self.view.doubleClicked.connect(lambda _index: self.edit_entry())
        self.empty_hint = EmptyHint(self.view, self.tr(
            "La liste de vigilance est vide. Ajoutez une personne (Nouvelle entrée…) ou importez la liste reçue "
            "de la sécurité (Importer un CSV…) : chaque arrivée sera comparée à ces entrées."))
        self.add_button = QPushButton(self.tr("&Nouvelle entrée…"))
        self.edit_button = QPushButton(self.tr("&Modifier…"))
        self.expire_button = QPushButton(self.tr("Mettre &fin…"))
        self.import_button = QPushButton(self.tr("&Importer un CSV…"))
        self.show_ended = QCheckBox(self.tr("Afficher les entrées &retirées"))
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button.clicked.connect(self.edit_entry)
        self.expire_button.clicked.connect(self.expire_entry)
        self.import_button.clicked.connect(self.choose_csv)
        self.show_ended.toggled.connect(self.refresh)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.expire_button, self.import_button):
            buttons.addWidget(widget)
        buttons.addStretch()
        buttons.addWidget(self.show_ended)
        rules = QVBoxLayout()
        rules.setSpacing(2)
        rules.addWidget(QLabel(self.tr("Comment une arrivée est comparée à la liste :")))
        for rule in matching_rules():
            line = QLabel(rule)
            line.setObjectName("subtle")
            line.setWordWrap(True)
            line.setIndent(16)
            rules.addWidget(line)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.refused = QPlainTextEdit()
        self.refused.setReadOnly(True)
        self.refused.setMaximumHeight(90)
        self.refused.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.refused)
        layout.addLayout(rules)
        self._update_buttons()

    def _status(self, entry: WatchEntryRow) -> str:
        if not entry.active:
            return self.tr("retirée")
        if entry.until is None:
            return self.tr("sans date de fin")
        if entry.until < self.today:
            return self.tr("terminée le {day}").format(day=day(entry.until))
        return self.tr("jusqu'au {day} inclus").format(day=day(entry.until))

    def refresh(self) -> None:
        services, actor, ended = self.ctx.services, self.ctx.actor, self.show_ended.isChecked()
        self.today = local_today(services.visits.clock)
        self.ctx.runner.run(lambda: services.visits.watchlist(actor, include_inactive=ended), self._show,
                            lambda e: show_failure(self, e))

    def _show(self, rows: list[WatchEntryRow]) -> None:
        chosen = selected_row(self.view)
        if not self.show_ended.isChecked():
            rows = [r for r in rows if r.until is None or r.until >= self.today]
        self.model.set_rows(rows)
        for index, row in enumerate(rows):
            if chosen is not None and row.id == chosen.id:
                self.view.selectRow(index)
        self._update_buttons()

    def _update_buttons(self) -> None:
        entry: WatchEntryRow | None = selected_row(self.view)
        self.edit_button.setEnabled(entry is not None)
        self.expire_button.setEnabled(entry is not None and entry.active
                                      and (entry.until is None or entry.until >= self.today))

    def _open(self, dialog: FormDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.open()

    # --- add, edit, end -----------------------------------------------------------------------------------

    def entry_dialog(self, entry: WatchEntryRow | None) -> FormDialog:
        services, actor = self.ctx.services, self.ctx.actor

        def save(values: dict[str, Any]) -> WatchEntryRow:
            until = None if values["until"] == NO_DATE.toPython() else values["until"]
            form = WatchEntryForm(values["last_name"], values["first_name"], values["id_number"], values["reason"],
                                  until)
            if entry is None:
                return services.visits.watchlist_add(actor, form)
            return services.visits.watchlist_update(actor, entry.id, form)

        title = self.tr("Modifier l'entrée") if entry else self.tr("Nouvelle entrée de la liste de vigilance")
        dialog = FormDialog(title, self.ctx.runner, save, self)
        dialog.add_field("last_name", self.tr("&Nom"), QLineEdit(entry.last_name if entry else ""))
        dialog.add_field("first_name", self.tr("&Prénom"), QLineEdit(entry.first_name if entry else ""))
        dialog.add_field("id_number", self.tr("N° de p&ièce"), QLineEdit(entry.id_number if entry else ""),
                         hint=self.tr("Facultatif. Comparé sans espaces ni tirets, quel que soit le nom."))
        dialog.add_field("reason", self.tr("&Motif"), QLineEdit(entry.reason if entry else ""))
        until = optional_date_edit()
        if entry is not None and entry.until is not None:
            until.setDate(to_qdate(entry.until))
        dialog.add_field("until", self.tr("&Fin"), until,
                         hint=self.tr("Dernier jour où l'entrée s'applique ; « — » : sans date de fin."))
        return dialog

    def add_entry(self) -> None:
        self._open(self.entry_dialog(None))

    def edit_entry(self) -> None:
        entry = selected_row(self.view)
        if entry is not None:
            self._open(self.entry_dialog(entry))

    def expire_entry(self) -> None:
        entry: WatchEntryRow | None = selected_row(self.view)
        if entry is None:
            return
        services, actor = self.ctx.services, self.ctx.actor
        last_day = DateEdit(to_qdate(self.today - timedelta(days=1)))
        last_day.setDisplayFormat("dd/MM/yyyy")
        last_day.setCalendarPopup(True)

        def save(values: dict[str, Any]) -> WatchEntryRow:
            chosen: date = values["last_day"]
            return services.visits.watchlist_expire(actor, entry.id, chosen)

        dialog = FormDialog(self.tr("Mettre fin à l'entrée « {name} »").format(
            name=f"{entry.last_name} {entry.first_name}".strip()), self.ctx.runner, save, self,
            ok_text=self.tr("Mettre fin"))
        dialog.add_field("last_day", self.tr("&Dernier jour"), last_day,
                         hint=self.tr("Hier par défaut : l'entrée ne s'applique plus dès maintenant. Elle reste "
                                      "dans la liste des entrées retirées."))
        self._open(dialog)

    # --- import -------------------------------------------------------------------------------------------

    def choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Importer une liste de vigilance ({header})").format(header=WATCHLIST_HEADER),
            str(Path.home()), self.tr("Fichiers CSV (*.csv)"))
        if path:
            self.import_csv(Path(path))

    def import_csv(self, path: Path) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.runner.run(lambda: services.visits.watchlist_import(actor, path), self._imported,
                            lambda e: show_failure(self, e))

    def _imported(self, report: WatchImport) -> None:
        """Refused lines stay on screen with their reason and text, to fix and import again."""
        if report.refused:
            self.notice.setText(self.tr("{added} personne(s) ajoutée(s) ; {refused} ligne(s) refusée(s), "
                                        "ci-dessous avec la raison :").format(added=report.added,
                                                                              refused=len(report.refused)))
            self.refused.setPlainText("\n".join(
                self.tr("Ligne {line} : {reason}  [{text}]").format(line=r.line, reason=r.reason, text=r.text)
                for r in report.refused))
            self.refused.show()
        else:
            self.notice.setText(self.tr("{added} personne(s) ajoutée(s).").format(added=report.added))
            self.refused.hide()
        self.refresh()
