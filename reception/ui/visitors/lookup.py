"""A line edit that suggests as you type: returning visitors by name, hosts among the tenants' employees.

From three letters on, the search runs off the GUI thread (debounced); a list opens under the field without
taking the focus, so typing goes on. Down/Up move in it, Enter picks, Escape closes it; the pick is emitted
as the service's own row object. Ctrl+Enter is left to the form (it checks the visitor in).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTreeWidget, QTreeWidgetItem, QWidget

from reception.ui.errors import BackgroundFailure
from reception.ui.operations import OperationRunner

MIN_LETTERS = 3
DEBOUNCE_MS = 120


class LookupField(QLineEdit):
    """`search(text)` runs on a worker and returns rows; `columns(row)` gives the texts shown for a row."""

    picked = Signal(object)
    results_shown = Signal(int)

    def __init__(self, runner: OperationRunner, search: Callable[[str], Sequence[Any]],
                 columns: Callable[[Any], Sequence[str]], headers: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._search = search
        self._columns = columns
        self.rows: list[Any] = []
        self.popup = QTreeWidget()  # a child of the window once shown: no window of its own, never takes focus
        self.popup.hide()
        self.popup.setObjectName("lookupPopup")
        self.popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.popup.setRootIsDecorated(False)
        self.popup.setUniformRowHeights(True)
        self.popup.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.popup.setHeaderLabels(list(headers))
        self.popup.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.popup.header().setStretchLastSection(False)
        self.popup.setStyleSheet("QTreeWidget#lookupPopup { border: 1px solid #94A3B8; background: #FFFFFF; }"
                                 " QTreeWidget#lookupPopup::item { padding: 5px 12px 5px 4px; }")
        self.popup.itemClicked.connect(lambda item, _col: self._pick(self.popup.indexOfTopLevelItem(item)))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run_search)
        self.textEdited.connect(self._text_edited)
        self.destroyed.connect(self.popup.deleteLater)

    # --- searching ------------------------------------------------------------------------------------

    def _text_edited(self, text: str) -> None:
        if len(text.strip()) < MIN_LETTERS:
            self._timer.stop()
            self.close_popup()
            return
        self._timer.start()

    def _run_search(self) -> None:
        query = self.text()
        self._runner.run(lambda: self._search(query), lambda rows: self._show(query, rows),
                         BackgroundFailure(self._runner.notices, self.tr("Recherche de visiteurs impossible")))

    def _show(self, query: str, rows: Sequence[Any]) -> None:
        if not shiboken6.isValid(self):
            return  # the form was closed while the search ran
        if query != self.text() or not self.hasFocus():
            return  # the person typed on (a newer search follows) or left the field
        self.rows = list(rows)
        self.popup.clear()
        items = [QTreeWidgetItem(list(self._columns(row))) for row in self.rows]
        self.popup.addTopLevelItems(items)
        if not items:
            self.close_popup()
            self.results_shown.emit(0)
            return
        self.popup.setCurrentItem(items[0])
        width = max(self.width(), sum(self.popup.header().sectionSize(i) for i in range(self.popup.columnCount()))
                    + 2 * self.popup.frameWidth())
        height = self.popup.sizeHintForRow(0) * min(len(self.rows), 8) + self.popup.header().height() + 6
        window = self.window()
        if self.popup.parentWidget() is not window:
            self.popup.setParent(window)
        self.popup.resize(width, height)
        self.popup.move(self.mapTo(window, QPoint(0, self.height())))
        self.popup.show()
        self.popup.raise_()
        self.results_shown.emit(len(self.rows))

    def close_popup(self) -> None:
        self.popup.hide()

    def _pick(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            chosen = self.rows[row]
            self.close_popup()
            self.picked.emit(chosen)

    # --- keys -----------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.popup.isVisible() and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            key = event.key()
            current = self.popup.currentIndex().row()  # the list is flat: the row is the top-level index
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                target = self.popup.topLevelItem(max(0, min(len(self.rows) - 1, current + step)))
                if target is not None:
                    self.popup.setCurrentItem(target)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._pick(current)
                return
            if key == Qt.Key.Key_Escape:
                self.close_popup()
                return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.close_popup()
        super().focusOutEvent(event)

    def set_text_quietly(self, text: str) -> None:
        """Fills the field from a pick without a new search (setText does not emit textEdited)."""
        self._timer.stop()
        self.setText(text)
        self.close_popup()
