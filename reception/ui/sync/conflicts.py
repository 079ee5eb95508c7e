"""The "Conflits de synchronisation" dialog: what the sync could not settle alone, for a manager to settle.

Opened from the Accueil tile (target CONFLICTS) and the Console menu, only for actors with
Permission.CONFLICTS_RESOLVE. Each conflict is marked settled with a reason, which the journal keeps.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reception.core.clock import to_local
from reception.core.services.permissions import Actor, Permission
from reception.core.services.sync_conflict_review import OVERLAP, STALE, ConflictDetail
from reception.ui.context import AppContext
from reception.ui.empty_state import EmptyHint
from reception.ui.errors import show_failure
from reception.ui.forms import FormDialog
from reception.ui.table_model import Column, RowsModel, selected_row, table_view

CONFLICTS = "conflicts"  # the Accueil tile's target


def may_resolve(actor: Actor) -> bool:
    return actor.can(Permission.CONFLICTS_RESOLVE)


def _table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    cell = "<{tag} align='left' style='padding-right:24px'>{text}</{tag}>"
    head = "".join(cell.format(tag="th", text=escape(h)) for h in headers)
    body = "".join("<tr>" + "".join(cell.format(tag="td", text=escape(c)) for c in row) + "</tr>" for row in rows)
    return f"<table cellspacing='0' cellpadding='5'><tr>{head}</tr>{body}</table>"


class SyncConflictsDialog(QDialog):
    """The list of open conflicts, the selected one explained below it, and "Marquer comme réglé…"."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Conflits de synchronisation"))
        self.resize(1000, 600)
        self.kinds = {OVERLAP: self.tr("Chevauchement de réservations"),
                      STALE: self.tr("Modification refusée"),
                      "quarantined": self.tr("Événement mis de côté")}
        self.model = RowsModel([
            Column(self.tr("Nature"), lambda d: self.kinds[d.group]),
            Column(self.tr("Détecté le"), lambda d: f"{to_local(d.conflict.detected_at):%d/%m/%Y %H:%M}"),
            Column(self.tr("Élément"), lambda d: d.entity_label),
            Column(self.tr("Résumé"), lambda d: d.summary),
        ], self)
        self.view = table_view(self.model, stretch_column=3)
        self.empty_hint = EmptyHint(self.view, self.tr(
            "Aucun conflit à régler : les synchronisations se sont faites sans désaccord. Un conflit "
            "apparaîtrait ici, avec ce que chaque poste avait enregistré."))
        self.view.selectionModel().selectionChanged.connect(self._show_selected)
        self.view.doubleClicked.connect(self.resolve_selected)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setSizes([300, 260])
        self.intro = QLabel()
        self.intro.setObjectName("subtle")
        self.intro.setWordWrap(True)
        self.resolve_button = QPushButton(self.tr("&Marquer comme réglé…"))
        self.resolve_button.setObjectName("primary")
        self.resolve_button.setEnabled(False)
        self.resolve_button.clicked.connect(self.resolve_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.addButton(self.resolve_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.runner.run(lambda: services.sync_conflicts.open_conflicts(actor), self._show_rows,
                            lambda error: show_failure(self, error))

    def _show_rows(self, rows: list[ConflictDetail]) -> None:
        self.model.set_rows(rows)
        self.intro.setText(self.tr("{count} conflit(s) à régler. Réglez chacun (annulez une réservation, "
                                   "ressaisissez une modification), puis marquez-le comme réglé en disant "
                                   "comment.").format(count=len(rows)) if rows
                           else self.tr("Aucun conflit à régler : la synchronisation s'est arrangée seule."))
        if rows:
            self.view.selectRow(0)
        else:
            self._show_selected()

    def selected(self) -> ConflictDetail | None:
        found: ConflictDetail | None = selected_row(self.view)
        return found

    def _show_selected(self) -> None:
        detail = self.selected()
        self.resolve_button.setEnabled(detail is not None)
        self.detail.setHtml(self._explain(detail) if detail is not None else "")

    def _explain(self, detail: ConflictDetail) -> str:
        conflict = detail.conflict
        parts = [f"<h3>{escape(self.kinds[detail.group])} — {escape(detail.entity_label)}</h3>",
                 f"<p>{escape(conflict.detail or conflict.label)}</p>"]
        if detail.bookings:
            parts.append(_table(
                (self.tr("Réservation"), self.tr("Salle"), self.tr("Horaires"), self.tr("Entreprise"),
                 self.tr("Poste")),
                [(b.title, b.room, f"{to_local(b.start):%d/%m/%Y %H:%M}–{to_local(b.end):%H:%M}", b.tenant,
                  b.desk or "—") for b in detail.bookings]))
            parts.append("<p>" + escape(self.tr("Annulez ou déplacez l'une des deux réservations (page Salles), "
                                                "puis marquez le conflit comme réglé.")) + "</p>")
        elif detail.group == STALE:
            parts.append(_table((self.tr("Champ"), self.tr("Version du poste (conservée)"),
                                 self.tr("Version centrale (en vigueur)")),
                                [(c.label, c.desk, c.central) for c in detail.changes]))
            parts.append("<p>" + escape(self.tr("Si la version du poste était la bonne, ressaisissez-la, "
                                                "puis marquez le conflit comme réglé.")) + "</p>")
        elif detail.payload:
            parts.append(_table((self.tr("Champ"), self.tr("Valeur envoyée")),
                                [(key, str(value)) for key, value in sorted(detail.payload.items())]))
        row_line = self.tr("Ligne {row}").format(row=conflict.row_id)
        parts.append(f"<p style='color:#64748B'>{escape(row_line)}</p>")
        return "".join(parts)

    def resolve_selected(self) -> None:
        detail = self.selected()
        if detail is None:
            return
        services, actor, conflict_id = self.ctx.services, self.ctx.actor, detail.conflict.id
        dialog = FormDialog(self.tr("Marquer comme réglé"), self.ctx.runner,
                            lambda v: services.sync_status.resolve(actor, conflict_id, v["reason"]), self,
                            intro=detail.summary, ok_text=self.tr("Marquer comme réglé"))
        dialog.add_field("reason", self.tr("&Comment a-t-il été réglé ?"), QLineEdit())
        dialog.accepted.connect(self.refresh)
        self.reason_dialog = dialog
        dialog.open()


def open_conflicts(ctx: AppContext, parent: QWidget) -> SyncConflictsDialog | None:
    """The one way in (tile and menu); nothing for an actor who may not settle conflicts."""
    if not may_resolve(ctx.actor):
        return None
    dialog = SyncConflictsDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def conflicts_action(ctx: AppContext, window: QMainWindow, menu: QMenu) -> QAction | None:
    """Console › "Conflits de synchronisation…", for the actors who may settle them."""
    if not may_resolve(ctx.actor):
        return None
    action = QAction(QCoreApplication.translate("SyncConflictsDialog", "Conflits de synchronisation…"), window)
    action.triggered.connect(lambda: open_conflicts(ctx, window))
    menu.addAction(action)
    return action
