"""What an empty list says: instead of a blank table, one sentence on what to do first, centred in it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


def style_hint(label: QLabel) -> QLabel:
    """The look of every "what to do first" sentence: centred, grey, a little larger than the text."""
    label.setObjectName("emptyHint")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("QLabel#emptyHint { color: #64748B; font-size: 15px; padding: 24px; }")
    return label


class EmptyHint(QLabel):
    """Shown over `view` while its model has no rows; follows the view's size."""

    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(text, view.viewport())
        self._view = view
        style_hint(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update_visibility)
        page_loaded = getattr(model, "page_loaded", None)  # a list read page by page: silent while it loads
        if page_loaded is not None:
            page_loaded.connect(self.update_visibility)
        view.viewport().installEventFilter(self)
        self.update_visibility()

    def update_visibility(self) -> None:
        model = self._view.model()
        self.setVisible(model.rowCount() == 0 and not getattr(model, "loading", False))
        self.setGeometry(self._view.viewport().rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self._view.viewport().rect())
        return False
