"""Read-only table models over frozen dataclass rows, their columns declared once: RowsModel for short lists,
KeysetModel for long ones read page by page as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from reception.ui.operations import OperationRunner

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]


class RowsModel(QAbstractTableModel):
    """For short lists (users, companies, employees of one company); rows marked inactive are greyed."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: Index) -> Any:
        return self.rows[index.row()] if index.isValid() else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt override)
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[index.column()].text(row)
        if role == Qt.ItemDataRole.ForegroundRole and not getattr(row, "active", True):
            return QColor("#94A3B8")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None


class KeysetPage(Protocol):
    """What a keyset-paginated service read returns: rows, and the key of the next page (None: the last)."""

    @property
    def rows(self) -> Sequence[Any]: ...

    @property
    def next_key(self) -> Any: ...


class KeysetModel(QAbstractTableModel):
    """A long list read one page at a time as the view scrolls, through `loader(key)` (None: the first page).

    With a runner the page is read on a worker (the view stays responsive), without one at once (tests,
    scripts). `set_loader` starts over, for new filters; a page answering older filters is dropped.
    Subclasses add roles by overriding `row_role`.
    """

    page_loaded = Signal(int)  # rows added
    load_failed = Signal(object)

    def __init__(self, columns: Sequence[Column], loader: Callable[[Any], KeysetPage],
                 runner: OperationRunner | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._loader = loader
        self._runner = runner
        self.rows: list[Any] = []
        self._next: Any = None
        self._exhausted = False
        self._loading = False
        self._generation = 0

    def set_loader(self, loader: Callable[[Any], KeysetPage]) -> None:
        self.beginResetModel()
        self._loader = loader
        self.rows, self._next, self._exhausted, self._loading = [], None, False, False
        self._generation += 1
        self.endResetModel()
        self.fetchMore(QModelIndex())

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    def row_at(self, row: int) -> Any:
        return self.rows[row]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008  (Qt override)
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008  (Qt override)
        if not self.canFetchMore(parent):
            return
        self._loading = True
        key, loader, generation = self._next, self._loader, self._generation
        if self._runner is None:
            self._append(generation, loader(key))
            return
        self._runner.run(lambda: loader(key), lambda page: self._append(generation, page),
                         lambda error: self._failed(generation, error))

    def _append(self, generation: int, page: KeysetPage) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._next, self._exhausted = page.next_key, page.next_key is None
        if page.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        self.page_loaded.emit(len(page.rows))

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self._loading, self._exhausted = False, True
            self.load_failed.emit(error)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt override)
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[index.column()].text(row)
        return self.row_role(row, index.column(), role)

    def row_role(self, row: Any, column: int, role: int) -> Any:
        """Other roles than the text (colour, alignment): none by default."""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None


def table_view(model: QAbstractTableModel, stretch_column: int = 0, *, multi_select: bool = False) -> QTableView:
    """The one way lists look: whole rows selected, one at a time unless `multi_select` (a guest list checked
    in together), no row numbers, one column stretched."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi_select
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    view.horizontalHeader().setHighlightSections(False)
    view.setTabKeyNavigation(False)
    return view


def selected_row(view: QTableView) -> Any:
    model = view.model()
    assert isinstance(model, RowsModel)
    rows = view.selectionModel().selectedRows()
    return model.row_at(rows[0]) if rows else None


def keep_selection(view: QTableView, rows: Sequence[int]) -> None:
    """After a reload: the rows that were chosen stay chosen (a live list must not drop the arrow keys'
    work every few seconds); with none and the keyboard in the list, its first row is the current one."""
    selection = view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(view.model().index(row, 0), flags)
    if rows:
        selection.setCurrentIndex(view.model().index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    elif view.hasFocus() and view.model().rowCount() > 0:
        view.selectRow(0)
