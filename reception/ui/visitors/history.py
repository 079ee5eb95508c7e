"""Visiteurs › Historique: every visit of the multi-year database, filtered, loaded page by page as the
table scrolls (canFetchMore/fetchMore through the operation runner), exported to CSV or typed XLSX."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception.core import formats
from reception.core.models.visits import CHECKOUT_KINDS, VISIT_TYPES
from reception.core.services.directory import TenantRow
from reception.core.services.visits import HISTORY_COUNT_CAP, HistoryFilter, VisitRow
from reception.core.services.visits_reports import history_export
from reception.printing.exports import to_csv, to_xlsx
from reception.printing.formats import fr_datetime, fr_time
from reception.ui.context import AppContext
from reception.ui.empty_state import EmptyHint
from reception.ui.errors import BackgroundFailure, show_failure
from reception.ui.forms import optional_date, optional_date_edit
from reception.ui.visitors.agreement import AgreementStatus

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
EXPORT_BATCH = 5000

def _checkout_text(visit: VisitRow) -> str:
    if visit.checked_out_at is None:
        return QCoreApplication.translate("HistoryModel", "sur site")
    kind = f" ({CHECKOUT_KINDS[visit.checkout_kind].lower()})" if visit.checkout_kind in ("auto", "bulk") else ""
    return fr_time(visit.checked_out_at) + kind


HEADERS = cast(list[tuple[str, Callable[[VisitRow], str]]], [
    (QT_TRANSLATE_NOOP("HistoryModel", "Arrivée"), lambda v: fr_datetime(v.checked_in_at)),
    (QT_TRANSLATE_NOOP("HistoryModel", "Sortie"), _checkout_text),
    (QT_TRANSLATE_NOOP("HistoryModel", "Visiteur"), lambda v: v.visitor_name),
    (QT_TRANSLATE_NOOP("HistoryModel", "Organisation"), lambda v: v.organisation),
    (QT_TRANSLATE_NOOP("HistoryModel", "Personne visitée"), lambda v: v.host_name),
    (QT_TRANSLATE_NOOP("HistoryModel", "Société"), lambda v: v.host_company),
    (QT_TRANSLATE_NOOP("HistoryModel", "Type"), lambda v: v.visit_type_label),
    (QT_TRANSLATE_NOOP("HistoryModel", "Badge"), lambda v: v.badge_number),
])


class HistoryModel(QAbstractTableModel):
    """Pages of VisitRow arrive from the service on a worker; the view asks for more as it scrolls."""

    page_loaded = Signal(int)
    counted = Signal(int)
    failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = HistoryFilter()
        self.rows: list[VisitRow] = []
        self.total: int | None = None
        self._exhausted = True
        self._fetching = False
        self._generation = 0

    def set_filter(self, filt: HistoryFilter) -> None:
        """Starts over with a new filter: the first page and the count are fetched at once."""
        self.beginResetModel()
        self.filter, self.rows, self.total = filt, [], None
        self._exhausted, self._fetching = False, False
        self._generation += 1
        self.endResetModel()
        generation = self._generation
        self.ctx.runner.run(lambda: self.ctx.services.visits.history_count(self.ctx.actor, filt,
                                                                                  HISTORY_COUNT_CAP),
                            lambda n: self._counted(generation, n),
                            BackgroundFailure(self.ctx.runner.notices, self.tr("Comptage des visites impossible")))
        self.fetchMore(QModelIndex())

    def _counted(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.total = total
            self.counted.emit(total)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt override)
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return HEADERS[index.column()][1](self.rows[index.row()])

    def headerData(self, section: int, orientation: Qt.Orientation,  # Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(HEADERS[section][0])
        return None

    def canFetchMore(self, parent: Index) -> bool:  # Qt override
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: Index) -> None:  # Qt override
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, filt = self._generation, self.filter
        after = self.rows[-1].cursor if self.rows else None  # keyset: the next page starts after the last row
        self.ctx.runner.run(
            lambda: self.ctx.services.visits.history(self.ctx.actor, filt, after, PAGE_SIZE),
            lambda page: self._append(generation, page), lambda error: self._failed(generation, error))

    def _append(self, generation: int, page: list[VisitRow]) -> None:
        if generation != self._generation:
            return  # an answer for a filter that has since changed
        self._fetching = False
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
        self.page_loaded.emit(len(self.rows))

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self._fetching, self._exhausted = False, True
            self.failed.emit(error)


class HistoryPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = HistoryModel(ctx, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty_hint = EmptyHint(self.table, self.tr(
            "Aucune visite pour cette recherche. Les visites s'enregistrent dans l'onglet Arrivée (Alt+A) ; "
            "ici, élargissez les dates ou effacez le nom recherché."))
        for column, width in enumerate((135, 120, 170, 150, 160, 190, 100)):
            self.table.setColumnWidth(column, width)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Nom du visiteur"))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("Organisation"))
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("Personne visitée"))
        self.company = QComboBox()
        self.company.addItem(self.tr("Toutes les sociétés"), "")
        self.visit_type = QComboBox()
        self.visit_type.addItem(self.tr("Tous les types"), "")
        for key, label in VISIT_TYPES.items():
            self.visit_type.addItem(label, key)
        self.date_from, self.date_to = optional_date_edit(), optional_date_edit()
        search = QPushButton(self.tr("&Rechercher"))
        search.setObjectName("primary")
        search.clicked.connect(self.search)
        for field in (self.name, self.organisation, self.host):
            field.returnPressed.connect(self.search)
        self.count = QLabel()
        self.count.setObjectName("subtle")
        export_csv = QPushButton(self.tr("Exporter CSV…"))
        export_csv.clicked.connect(lambda: self.export("csv"))
        export_xlsx = QPushButton(self.tr("Exporter Excel…"))
        export_xlsx.clicked.connect(lambda: self.export("xlsx"))

        filters = QGridLayout()
        filters.addWidget(self.name, 0, 0)
        filters.addWidget(self.organisation, 0, 1)
        filters.addWidget(self.host, 0, 2)
        filters.addWidget(self.company, 0, 3)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("Du")))
        dates.addWidget(self.date_from, 1)
        dates.addWidget(QLabel(self.tr("au")))
        dates.addWidget(self.date_to, 1)
        filters.addLayout(dates, 1, 0, 1, 2)
        filters.addWidget(self.visit_type, 1, 2)
        filters.addWidget(search, 1, 3)
        self.agreement = AgreementStatus(ctx)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        footer = QHBoxLayout()
        footer.addWidget(self.count, 1)
        footer.addWidget(export_csv)
        footer.addWidget(export_xlsx)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.agreement)
        layout.addLayout(footer)
        self.model.counted.connect(self._show_count)
        self.model.failed.connect(lambda error: show_failure(self, error))
        self.model.page_loaded.connect(lambda _n: self._show_count(self.model.total))
        ctx.runner.run(lambda: ctx.services.directory.tenants(ctx.actor), self._fill_companies,
                       BackgroundFailure(ctx.runner.notices, self.tr("Liste des sociétés indisponible")))

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.agreement.show_visit(self.model.rows[rows[0].row()] if len(rows) == 1 else None)

    def _fill_companies(self, tenants: list[TenantRow]) -> None:
        for tenant in tenants:
            self.company.addItem(tenant.name, tenant.id)

    def current_filter(self) -> HistoryFilter:
        return HistoryFilter(text=self.name.text(), organisation=self.organisation.text(), host=self.host.text(),
                             company_id=self.company.currentData() or "", date_from=optional_date(self.date_from),
                             date_to=optional_date(self.date_to), visit_type=self.visit_type.currentData() or "")

    def search(self) -> None:
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        if self.model.total is None and not self.model.rows:
            self.search()

    def _show_count(self, total: int | None) -> None:
        if total is None:
            return
        if total > HISTORY_COUNT_CAP:  # the count stops there (see VisitService.history_count)
            text = self.tr("{shown} affichée(s) sur plus de {cap} visites").format(
                shown=len(self.model.rows), cap=formats.integer(HISTORY_COUNT_CAP))
        else:
            text = self.tr("{shown} affichée(s) sur {total} visite(s)").format(shown=len(self.model.rows),
                                                                             total=total)
        self.count.setText(text)

    def export(self, fmt: str, path: str = "") -> None:
        if not path:
            wanted = self.tr("Classeur Excel (*.xlsx)") if fmt == "xlsx" else self.tr("Fichier CSV (*.csv)")
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Exporter l'historique"),
                                                        f"historique-visites.{fmt}", wanted)
            if not path:
                return
        filt, service, actor = self.model.filter, self.ctx.services.visits, self.ctx.actor

        def build(progress: Callable[[int], bool]) -> bytes:
            rows: list[VisitRow] = []
            for batch in service.all_history(actor, filt, EXPORT_BATCH):
                rows.extend(batch)
                progress(len(rows))
            data = history_export(rows, filt)
            return to_xlsx(data) if fmt == "xlsx" else to_csv(data)

        notices = self.ctx.runner.notices
        notices.busy(self.tr("Export de l'historique en cours…"))

        def read(count: int) -> None:
            notices.busy(self.tr("Export de l'historique : {count} visites lues…").format(count=formats.integer(count)))

        def written(content: bytes) -> None:
            Path(path).write_bytes(content)
            notices.done(self.tr("Historique exporté : {file}").format(file=Path(path).name))

        def failed(error: Exception) -> None:
            notices.failed(self.tr("Export de l'historique impossible"))
            show_failure(self, error)

        self.ctx.runner.run(build, written, failed, on_progress=read)
