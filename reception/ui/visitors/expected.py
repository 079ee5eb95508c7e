"""Visiteurs › Attendus: today's expected visitors; one or a selection (a whole guest list) checks in with
one action and their badges print together; an event's CSV guest list is imported here, one guest is
pre-registered here, and a visit called off is cancelled here (its invitation withdrawn or cancelled)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception.core.clock import local_today
from reception.core.errors import ValidationError
from reception.core.services.directory import EmployeeRow
from reception.core.services.visits import ExpectedRow, VisitRow
from reception.ui.context import AppContext
from reception.ui.empty_state import EmptyHint
from reception.ui.errors import show_failure
from reception.ui.forms import DateEdit, FieldErrors
from reception.ui.operations import percent
from reception.ui.reports.params import to_qdate
from reception.ui.table_model import Column, RowsModel, keep_selection, table_view
from reception.ui.visitors.badge_printing import BadgePrinter
from reception.ui.visitors.events import VisitEvents
from reception.ui.visitors.lookup import LookupField
from reception.ui.visitors.preregister import PreregisterDialog

STATUS_LABELS = cast(dict[str, str], {"expected": QT_TRANSLATE_NOOP("ExpectedPanel", "Attendu(e)"),
                                      "arrived": QT_TRANSLATE_NOOP("ExpectedPanel", "Arrivé(e)"),
                                      "cancelled": QT_TRANSLATE_NOOP("ExpectedPanel", "Annulé(e)")})
INVITATION_LABELS = cast(dict[str, str], {"": "—",
                                          "queued": QT_TRANSLATE_NOOP("ExpectedPanel", "En attente d'envoi"),
                                          "sent": QT_TRANSLATE_NOOP("ExpectedPanel", "Envoyée"),
                                          "failed": QT_TRANSLATE_NOOP("ExpectedPanel", "Refusée par le serveur")})
CANCELLATION_LABELS = cast(dict[str, str], {
    "queued": QT_TRANSLATE_NOOP("ExpectedPanel", "Annulation en attente d'envoi"),
    "sent": QT_TRANSLATE_NOOP("ExpectedPanel", "Annulation envoyée"),
    "failed": QT_TRANSLATE_NOOP("ExpectedPanel", "Annulation refusée par le serveur")})
"""A cancelled guest's latest message is the cancellation that followed their invitation."""


def invitation_label(row: ExpectedRow) -> str:
    labels = CANCELLATION_LABELS if row.status == "cancelled" and row.invitation else INVITATION_LABELS
    return labels.get(row.invitation, row.invitation)


class ExpectedPanel(QWidget):
    loaded = Signal(int)

    def __init__(self, ctx: AppContext, badges: BadgePrinter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.badges = badges
        self.import_dialog: GuestListDialog | None = None
        self.preregister_dialog: PreregisterDialog | None = None
        self.model = RowsModel([
            Column(self.tr("Visiteur"), lambda e: e.visitor_name),
            Column(self.tr("Organisation"), lambda e: e.organisation),
            Column(self.tr("Personne visitée"), lambda e: e.host_name),
            Column(self.tr("Société"), lambda e: e.host_company),
            Column(self.tr("Événement"), lambda e: e.event_name),
            Column(self.tr("Statut"), lambda e: self.tr(STATUS_LABELS.get(e.status, e.status))),
            Column(self.tr("Invitation"), lambda e: self.tr(invitation_label(e))),
        ], self)
        self.table = table_view(self.model, multi_select=True)
        self.table.doubleClicked.connect(lambda _index: self.check_in_selected())
        self.empty_hint = EmptyHint(self.table, self.tr(
            "Aucun visiteur attendu ce jour. Importez une liste d'invités (Alt+I), ou choisissez un autre jour."))
        self.count = QLabel()
        self.count.setObjectName("sectionTitle")
        self.check_in_button = QPushButton(self.tr("Faire &entrer la sélection"))
        self.check_in_button.setObjectName("primary")
        self.check_in_button.clicked.connect(self.check_in_selected)
        import_button = QPushButton(self.tr("&Importer une liste d'invités…"))
        import_button.clicked.connect(self.import_guest_list)
        preregister_button = QPushButton(self.tr("Pré-enregistrer &un visiteur…"))
        preregister_button.clicked.connect(self.preregister)
        self.cancel_button = QPushButton(self.tr("Déco&mmander"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.count)
        header.addStretch()
        header.addWidget(preregister_button)
        header.addWidget(import_button)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Ctrl+A sélectionne toute la liste.")))
        actions.addWidget(self.notice, 1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.check_in_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        VisitEvents.of(ctx).visits_changed.connect(self.refresh)

    def refresh(self) -> None:
        day = local_today(self.ctx.services.clock)

        self.ctx.runner.run(lambda: self.ctx.services.visits.expected(self.ctx.actor, day), self._show_rows,
                            lambda error: show_failure(self, error))

    def _show_rows(self, rows: list[ExpectedRow]) -> None:
        """A bound method: dropped by the runner when the panel was closed before the rows came back. The guests
        chosen before the refresh stay chosen."""
        chosen = {self.model.rows[i.row()].id for i in self.table.selectionModel().selectedRows()}
        self.model.set_rows(rows)
        keep_selection(self.table, [i for i, row in enumerate(rows) if row.id in chosen])
        waiting = sum(r.status == "expected" for r in rows)
        self.count.setText(self.tr("{waiting} attendu(s) sur {total} aujourd'hui").format(waiting=waiting,
                                                                                      total=len(rows)))
        self.loaded.emit(len(rows))

    def check_in_selected(self) -> None:
        """Everyone selected who is still expected comes in at once; the badges print as one document."""
        ids = [row.id for row in (self.model.rows[i.row()] for i in self.table.selectionModel().selectedRows())
               if row.status == "expected"]
        if not ids:
            return

        def done(visits: list[VisitRow]) -> None:
            VisitEvents.of(self.ctx).visits_changed.emit()
            self.badges.print_visits(visits)

        self.ctx.runner.run(lambda: self.ctx.services.visits.check_in_group(self.ctx.actor, ids), done,
                            lambda error: show_failure(self, error))

    def preregister(self) -> None:
        self.preregister_dialog = PreregisterDialog(self.ctx, self)
        self.preregister_dialog.preregistered.connect(self._preregistered)
        self.preregister_dialog.open()

    def _preregistered(self, row: ExpectedRow) -> None:
        day = f"{row.day:%d/%m/%Y}"
        if row.invitation:
            text = self.tr("{name} attendu(e) le {day} ; son invitation part par e-mail.")
        else:
            text = self.tr("{name} attendu(e) le {day} ; pas d'invitation (pas d'adresse e-mail, ou invitations "
                           "désactivées dans Paramètres).")
        self.notice.setText(text.format(name=row.visitor_name, day=day))
        VisitEvents.of(self.ctx).visits_changed.emit()

    def cancel_selected(self) -> None:
        """The selected guest no longer comes: asked first, since their invitation is withdrawn or cancelled."""
        rows = [self.model.rows[i.row()] for i in self.table.selectionModel().selectedRows()]
        waiting = [row for row in rows if row.status == "expected"]
        if len(waiting) != 1:
            self.notice.setText(self.tr("Sélectionnez un visiteur encore attendu pour le décommander."))
            return
        [row] = waiting
        answer = QMessageBox.question(self, self.tr("Décommander"), self.tr(
            "Décommander {name} ? Son invitation est retirée, ou une annulation lui est envoyée si elle est déjà "
            "partie.").format(name=row.visitor_name))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(cancelled: ExpectedRow) -> None:
            self.notice.setText(self.tr("{name} est décommandé(e).").format(name=cancelled.visitor_name))
            VisitEvents.of(self.ctx).visits_changed.emit()

        self.ctx.runner.run(lambda: self.ctx.services.visits.cancel_expected(self.ctx.actor, row.id), done,
                            lambda error: show_failure(self, error))

    def import_guest_list(self, path: str = "") -> None:
        if not path:
            path, _filter = QFileDialog.getOpenFileName(self, self.tr("Liste d'invités"), "",
                                                        self.tr("Fichiers CSV (*.csv)"))
            if not path:
                return
        self.import_dialog = GuestListDialog(self.ctx, Path(path), self)
        self.import_dialog.imported.connect(self._imported)
        self.import_dialog.open()


    def _imported(self, rows: list[ExpectedRow]) -> None:
        invited = sum(1 for row in rows if row.invitation)
        self.notice.setText(self.tr("{count} invité(s) importé(s) ; {invited} invitation(s) partent par e-mail.")
                            .format(count=len(rows), invited=invited))
        VisitEvents.of(self.ctx).visits_changed.emit()


class GuestListDialog(QDialog):
    """The event's name, its day and the host of the guests; the file is checked all or nothing."""

    imported = Signal(list)

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.path = ctx, path
        self.host: EmployeeRow | None = None
        self.setWindowTitle(self.tr("Importer une liste d'invités"))
        self.errors = FieldErrors()
        self.event_name = QLineEdit(path.stem.replace("_", " ").replace("-", " ").strip().capitalize())
        self.day = DateEdit(to_qdate(local_today(ctx.services.clock)))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.host_field = LookupField(
            ctx.runner, lambda text: ctx.services.directory.employees(ctx.actor, query=text, limit=10),
            lambda e: (e.full_name, e.tenant_name), (self.tr("Personne"), self.tr("Société")))
        self.host_field.picked.connect(self._set_host)
        self.host_field.textEdited.connect(lambda _text: setattr(self, "host", None))
        form = QFormLayout()
        form.addRow(self.tr("Fichier"), QLabel(path.name))
        self.errors.add_row(form, "event_name", self.tr("Événement"), self.event_name)
        self.errors.add_row(form, "day", self.tr("Date"), self.day)
        self.errors.add_row(form, "host_employee_id", self.tr("Invités reçus par"), self.host_field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Importer"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _set_host(self, employee: EmployeeRow) -> None:
        self.host = employee
        self.host_field.set_text_quietly(f"{employee.full_name} — {employee.tenant_name}")

    def run_import(self) -> None:
        """The service reads the file (any Excel CSV encoding) and says what is wrong with it, if anything."""
        if not self.event_name.text().strip():
            self.errors.show({"event_name": self.tr("Donnez le nom de l'événement.")})
            return
        day = cast(date, self.day.date().toPython())  # the stubs type toPython() as object
        args = (self.path, day, self.event_name.text().strip(), self.host.id if self.host else "")
        self.import_button.setEnabled(False)

        def done(rows: list[ExpectedRow]) -> None:
            self.accept()
            self.imported.emit(rows)

        def failed(error: Exception) -> None:
            self.import_button.setEnabled(True)
            self.progress.hide()
            if isinstance(error, ValidationError):
                self.errors.show(error.errors)
            else:
                show_failure(self, error)

        self.progress.setValue(0)
        self.progress.show()
        self.ctx.runner.run(
            lambda report: self.ctx.services.visits.import_guest_list(self.ctx.actor, *args, progress=percent(report)),
            done, failed, on_progress=self.progress.setValue)
