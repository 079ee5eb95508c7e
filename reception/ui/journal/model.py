"""The audit trail as a lazily loaded table model: 200 events at a time, asked for as the view scrolls.

Pages come from JournalService.page through a loader function; with a runner the page is read on a worker
thread (the view stays responsive), without one it is read at once (tests, scripts).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from reception.core.clock import to_local
from reception.core.services.journal import JournalEntry, JournalPage, PageKey
from reception.core.services.journal_text import action_label, entity_label
from reception.ui.operations import OperationRunner
from reception.ui.table_model import Column, KeysetModel

Loader = Callable[[PageKey | None], JournalPage]

HEADERS = (QT_TRANSLATE_NOOP("Journal", "Date et heure"), QT_TRANSLATE_NOOP("Journal", "Poste"),
           QT_TRANSLATE_NOOP("Journal", "N°"), QT_TRANSLATE_NOOP("Journal", "Utilisateur"),
           QT_TRANSLATE_NOOP("Journal", "Ce qui s'est passé"), QT_TRANSLATE_NOOP("Journal", "Objet"))

_CELLS: tuple[Callable[[JournalEntry], str], ...] = (
    lambda e: to_local(e.at).strftime("%d/%m/%Y %H:%M:%S"), lambda e: e.desk_code, lambda e: str(e.seq),
    lambda e: e.username, lambda e: e.text or action_label(e.action), lambda e: entity_label(e.entity),
)


class JournalModel(KeysetModel):
    """Audit events newest first, each as a sentence; the action's label and code are its tooltip."""

    def __init__(self, loader: Loader, runner: OperationRunner | None = None, parent: Any = None) -> None:
        columns = [Column(QCoreApplication.translate("Journal", str(header)), text)
                   for header, text in zip(HEADERS, _CELLS, strict=True)]
        super().__init__(columns, loader, runner, parent)

    def entry(self, row: int) -> JournalEntry:
        return cast(JournalEntry, self.row_at(row))

    def row_role(self, row: JournalEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return f"{action_label(row.action)} ({row.action})"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
