"""Journal: the audit trail with filters, the before/after of the selected event, integrity check, export."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reception.core.clock import local_today, to_local
from reception.core.errors import DomainError
from reception.core.services.audit import ChainReport
from reception.core.services.container import Services
from reception.core.services.journal import JournalEntry, JournalFilters
from reception.core.services.journal_text import (
    action_label,
    entity_label,
    field_label,
    shown_details,
    shown_value,
)
from reception.core.services.permissions import Actor
from reception.core.services.reports import make_params
from reception.printing.exports import render_as
from reception.printing.reports import report_meta
from reception.ui.context import AppContext
from reception.ui.empty_state import EmptyHint
from reception.ui.errors import BackgroundFailure, apology_text
from reception.ui.journal.model import JournalModel
from reception.ui.reports.params import choice_box, date_picker, from_qdate

CHANGED = QColor("#FEF3C7")


def export_trail(services: Services, actor: Actor, filters: JournalFilters, fmt: str, target: Path) -> Path:
    """The filtered trail as CSV or XLSX, through the audit report kind (same columns as its PDF)."""
    params = make_params({"from": filters.day_from, "to": filters.day_to, "user": filters.username,
                          "action": filters.action, "type": filters.entity})
    run = services.reports.run(actor, "audit", params)
    target.write_bytes(render_as(fmt, "audit", run.data, report_meta(run.data, actor.full_name, services.clock.now())))
    return target


def _fields(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {"": text}
    return value if isinstance(value, dict) else {"": value}


class JournalPage(QWidget):
    verified = Signal(object)  # ChainReport
    exported = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filters = JournalFilters()
        self.model = JournalModel(self._loader(self.filters), ctx.runner, self)
        self._build()
        self.model.page_loaded.connect(self._count_shown)
        self.model.load_failed.connect(lambda _e: self.status.setText(apology_text()))

    def _loader(self, filters: JournalFilters) -> Any:
        journal, actor = self.ctx.services.journal, self.ctx.actor
        return lambda key: journal.page(actor, filters, key)

    # --- layout -------------------------------------------------------------------------------------

    def _build(self) -> None:
        today = local_today(self.ctx.services.clock)
        self.day_from = date_picker(today - timedelta(days=30))
        self.day_to = date_picker(today)
        self.user = choice_box([], editable=True, blank="")
        self.action = choice_box([], editable=True, blank="")
        self.entity = choice_box([], editable=True, blank="")
        for box, hint in ((self.user, self.tr("Utilisateur")), (self.action, self.tr("Action ou préfixe (visits.)")),
                          (self.entity, self.tr("Objet"))):
            editor = box.lineEdit()
            if editor is not None:
                editor.setPlaceholderText(hint)
            box.setMinimumWidth(190)
        apply = QPushButton(self.tr("Filtrer"))
        apply.setDefault(True)
        apply.clicked.connect(self.apply_filters)
        self.verify_button = QPushButton(self.tr("Vérifier l'intégrité"))
        self.verify_button.clicked.connect(self.verify)
        export = QPushButton(self.tr("Exporter"))
        menu = QMenu(export)
        menu.addAction(self.tr("Exporter en CSV"), lambda: self.export("csv"))
        menu.addAction(self.tr("Exporter en XLSX"), lambda: self.export("xlsx"))
        export.setMenu(menu)
        filters = QHBoxLayout()
        for label, picker in ((self.tr("Du"), self.day_from), (self.tr("au"), self.day_to)):
            filters.addWidget(QLabel(label))
            filters.addWidget(picker)
        for widget in (self.user, self.action, self.entity, apply):
            filters.addWidget(widget)
        filters.addStretch()
        filters.addWidget(self.verify_button)
        filters.addWidget(export)

        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("subtle")
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.hide()

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.empty_hint = EmptyHint(self.view, self.tr(
            "Aucun événement pour ces filtres. Élargissez les dates ou videz les filtres : chaque action faite "
            "à la console (connexions, arrivées, ventes, réglages) s'inscrit ici."))
        self.view.selectionModel().currentRowChanged.connect(lambda current, _p: self._show_detail(current.row()))

        self.summary = QLabel(self.tr("Sélectionnez un événement pour voir ce qui a changé."))
        self.summary.setWordWrap(True)
        self.changes = QTableWidget(0, 3)
        self.changes.setHorizontalHeaderLabels([self.tr("Champ"), self.tr("Avant"), self.tr("Après")])
        self.changes.verticalHeader().hide()
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.changes.setWordWrap(True)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.summary)
        detail_layout.addWidget(self.changes, 1)
        self.no_detail = QLabel(self.tr("Aucun avant/après enregistré pour cet événement."))
        self.no_detail.setObjectName("subtle")
        self.no_detail.hide()
        detail_layout.addWidget(self.no_detail)
        detail_layout.addStretch()

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Journal d'audit"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.result)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.status, 1)
        layout.addLayout(progress_row)
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        """Reloads the trail with the current filters and the filters' suggestions."""
        self.apply_filters()
        journal, actor = self.ctx.services.journal, self.ctx.actor
        self.ctx.runner.run(lambda: (journal.usernames(actor), journal.actions(actor), journal.entities(actor)),
                            self._suggestions_loaded,
                            BackgroundFailure(self.ctx.runner.notices, self.tr("Suggestions du journal indisponibles")))

    def _suggestions_loaded(self, lists: tuple[list[str], list[str], list[str]]) -> None:
        shown: dict[QComboBox, Callable[[str], str]] = {self.user: str, self.action: action_label,
                                                        self.entity: entity_label}
        for box, values in zip((self.user, self.action, self.entity), lists, strict=True):
            typed = box.currentText()
            box.clear()
            box.addItem("", "")
            for value in values:
                box.addItem(shown[box](value), value)
            box.setEditText(typed)

    # --- filters and detail --------------------------------------------------------------------------

    def current_filters(self) -> JournalFilters:
        return JournalFilters(from_qdate(self.day_from.date()), from_qdate(self.day_to.date()),
                              self._typed(self.user), self._typed(self.action), self._typed(self.entity))

    @staticmethod
    def _typed(box: Any) -> str:
        """The value behind a chosen entry (an action's code), or the text typed."""
        index = box.findText(box.currentText())
        return (box.itemData(index) if index > 0 else box.currentText()).strip()

    def apply_filters(self) -> None:
        self.filters = self.current_filters()
        self.status.setText(self.tr("Chargement…"))
        self._show_detail(-1)
        self.model.set_loader(self._loader(self.filters))

    def _count_shown(self, _added: int) -> None:
        more = self.tr(" (faites défiler pour la suite)") if self.model.canFetchMore() else ""
        self.status.setText(self.tr("%n événement(s) affiché(s)", "", self.model.rowCount()) + more)

    def _show_detail(self, row: int) -> None:
        self.changes.setRowCount(0)
        if row < 0 or row >= self.model.rowCount():
            self.summary.setText(self.tr("Sélectionnez un événement pour voir ce qui a changé."))
            return
        entry: JournalEntry = self.model.entry(row)
        self.summary.setText(self.tr("<b>%1</b> — n° %2 au poste %3, par %4, le %5 (%6)").replace(
            "%1", escape(entry.text or action_label(entry.action))).replace("%2", str(entry.seq)).replace(
            "%3", entry.desk_code or "—").replace("%4", entry.username or "—").replace(
            "%5", to_local(entry.at).strftime("%d/%m/%Y %H:%M:%S")).replace(
            "%6", escape(f"{action_label(entry.action)} · {entity_label(entry.entity)} {entry.entity_id}".strip())))
        before, after = shown_details(_fields(entry.before)), shown_details(_fields(entry.after))
        keys = list(dict.fromkeys([*before, *after]))
        self.changes.setToolTip(f"{entry.before}\n→ {entry.after}".strip())  # the raw record, for the curious
        self.changes.setVisible(bool(keys))
        self.no_detail.setVisible(not keys)
        self.changes.setRowCount(len(keys))
        bold = QFont()
        bold.setBold(True)
        for line, key in enumerate(keys):
            cells = [field_label(key),
                     *(shown_value(key, side[key]) if key in side else "" for side in (before, after))]
            changed = before.get(key) != after.get(key)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setToolTip(key)  # the stored name, for the curious
                if changed:
                    item.setBackground(QBrush(CHANGED))
                    if column == 0:
                        item.setFont(bold)
                self.changes.setItem(line, column, item)
        self.changes.resizeRowsToContents()

    # --- integrity and export -----------------------------------------------------------------------

    def verify(self) -> None:
        """Counts the events, then walks the whole chain in the background with a progress bar."""
        self.verify_button.setEnabled(False)
        self.result.hide()
        self.status.setText(self.tr("Vérification de la chaîne…"))
        self.ctx.runner.run(self.ctx.services.audit.count, self._start_verify, self._verify_failed)

    def _start_verify(self, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.progress.show()
        audit, actor = self.ctx.services.audit, self.ctx.actor
        self.ctx.runner.run(lambda progress: audit.verify(actor, progress), self._verified, self._verify_failed,
                            on_progress=self.progress.setValue)

    def _verified(self, report: ChainReport) -> None:
        self.progress.hide()
        self.verify_button.setEnabled(True)
        self.status.clear()
        self.result.setText(report.describe())
        self.result.setObjectName("success" if report.ok else "error")
        self.result.setStyleSheet("color: #166534; font-weight: bold;" if report.ok else
                                  "color: #B91C1C; font-weight: bold;")
        self.result.show()
        self.verified.emit(report)

    def _verify_failed(self, error: Exception) -> None:
        self.progress.hide()
        self.verify_button.setEnabled(True)
        self.status.setText(error.message if isinstance(error, DomainError) else apology_text())

    def export(self, fmt: str, target: Path | None = None) -> None:
        if target is None:
            pattern = self.tr("CSV (*.csv)") if fmt == "csv" else self.tr("Excel (*.xlsx)")
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter le journal"), f"journal.{fmt}", pattern)
            if not chosen:
                return
            target = Path(chosen)
        services, actor, filters = self.ctx.services, self.ctx.actor, self.current_filters()
        self.status.setText(self.tr("Export en cours…"))
        self.ctx.runner.run(lambda: export_trail(services, actor, filters, fmt, target), self._exported,
                            self._verify_failed)

    def _exported(self, path: Path) -> None:
        self.status.setText(self.tr("Exporté : %1").replace("%1", str(path)))
        self.exported.emit(str(path))
