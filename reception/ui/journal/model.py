"""The audit trail as a lazily loaded table model: 200 events at a time, asked for as the view scrolls.

Pages come from JournalService.page through a loader function; with a runner the page is read on a worker
thread (the view stays responsive), without one it is read at once (tests, scripts).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from reception.core.clock import to_local
from reception.core.services.journal import JournalEntry, JournalPage, PageKey
from reception.ui.operations import OperationRunner

Index = QModelIndex | QPersistentModelIndex
Loader = Callable[[PageKey | None], JournalPage]

ACTION_LABELS = {
    "auth.login": QT_TRANSLATE_NOOP("Journal", "Connexion"),
    "auth.login_failed": QT_TRANSLATE_NOOP("Journal", "Échec de connexion"),
    "auth.lockout": QT_TRANSLATE_NOOP("Journal", "Compte verrouillé"),
    "users.create": QT_TRANSLATE_NOOP("Journal", "Compte créé"),
    "settings.change": QT_TRANSLATE_NOOP("Journal", "Paramètre modifié"),
    "visits.check_in": QT_TRANSLATE_NOOP("Journal", "Arrivée d'un visiteur"),
    "visits.check_out": QT_TRANSLATE_NOOP("Journal", "Sortie d'un visiteur"),
    "visits.reprint": QT_TRANSLATE_NOOP("Journal", "Badge réimprimé"),
    "visits.auto_check_out": QT_TRANSLATE_NOOP("Journal", "Sorties automatiques"),
    "visits.check_out_all": QT_TRANSLATE_NOOP("Journal", "Sortie générale"),
    "visits.preregister": QT_TRANSLATE_NOOP("Journal", "Visite annoncée"),
    "visits.import_guest_list": QT_TRANSLATE_NOOP("Journal", "Liste d'invités importée"),
    "visits.watchlist_allowed": QT_TRANSLATE_NOOP("Journal", "Liste de surveillance : admis"),
    "visits.watchlist_refused": QT_TRANSLATE_NOOP("Journal", "Liste de surveillance : refusé"),
    "visits.erase_visitor": QT_TRANSLATE_NOOP("Journal", "Visiteur effacé"),
    "visits.purge": QT_TRANSLATE_NOOP("Journal", "Purge des données personnelles"),
    "rooms.book": QT_TRANSLATE_NOOP("Journal", "Salle réservée"),
    "rooms.cancel": QT_TRANSLATE_NOOP("Journal", "Réservation annulée"),
    "rooms.no_show": QT_TRANSLATE_NOOP("Journal", "Réservation libérée (absence)"),
    "cafeteria.sale": QT_TRANSLATE_NOOP("Journal", "Vente"),
    "cafeteria.sale_void": QT_TRANSLATE_NOOP("Journal", "Vente annulée"),
    "cafeteria.session_open": QT_TRANSLATE_NOOP("Journal", "Caisse ouverte"),
    "cafeteria.session_close": QT_TRANSLATE_NOOP("Journal", "Caisse clôturée"),
    "reports.digest": QT_TRANSLATE_NOOP("Journal", "Résumé quotidien archivé"),
}
HEADERS = (QT_TRANSLATE_NOOP("Journal", "Date et heure"), QT_TRANSLATE_NOOP("Journal", "Poste"),
           QT_TRANSLATE_NOOP("Journal", "N°"), QT_TRANSLATE_NOOP("Journal", "Utilisateur"),
           QT_TRANSLATE_NOOP("Journal", "Action"), QT_TRANSLATE_NOOP("Journal", "Objet"))


def action_label(action: str) -> str:
    label = ACTION_LABELS.get(action)
    return QCoreApplication.translate("Journal", str(label)) if label else action


def _object(entry: JournalEntry) -> str:
    """'visits 6b65647a' (a uuid shortened) or 'settings visits.retention_days'."""
    shown = entry.entity_id[:8] if len(entry.entity_id) == 36 else entry.entity_id
    return f"{entry.entity} {shown}".strip()


class JournalModel(QAbstractTableModel):
    page_loaded = Signal(int)  # rows added
    load_failed = Signal(object)

    def __init__(self, loader: Loader, runner: OperationRunner | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._runner = runner
        self._rows: list[JournalEntry] = []
        self._next: PageKey | None = None
        self._exhausted = False
        self._loading = False
        self._generation = 0

    # --- loading ------------------------------------------------------------------------------------

    def set_loader(self, loader: Loader) -> None:
        """New filters: forget every row and read the first page again."""
        self.beginResetModel()
        self._loader = loader
        self._rows, self._next, self._exhausted, self._loading = [], None, False, False
        self._generation += 1
        self.endResetModel()
        self.fetchMore(QModelIndex())

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

    def _append(self, generation: int, page: JournalPage) -> None:
        if generation != self._generation:  # the filters changed while this page was read
            return
        self._loading = False
        self._next, self._exhausted = page.next_key, page.next_key is None
        if page.entries:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.entries) - 1)
            self._rows.extend(page.entries)
            self.endInsertRows()
        self.page_loaded.emit(len(page.entries))

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self._loading = False
            self._exhausted = True
            self.load_failed.emit(error)

    @property
    def loading(self) -> bool:
        return self._loading

    def entry(self, row: int) -> JournalEntry:
        return self._rows[row]

    # --- model --------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt override)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt override)
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (to_local(entry.at).strftime("%d/%m/%Y %H:%M:%S"), entry.desk_code, str(entry.seq),
                    entry.username, action_label(entry.action), _object(entry))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return entry.action
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("Journal", str(HEADERS[section]))
        return None
