"""Visiteurs › Sur site: everyone inside now, with the time they have spent inside, filtered by company and
floor; check one out, reprint a badge, or close the day with "Tout le monde est sorti"."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception.core import formats
from reception.core.services.directory import TenantRow
from reception.core.services.photos import Photo
from reception.core.services.visits import VisitRow
from reception.printing.formats import fr_time
from reception.ui.context import AppContext
from reception.ui.empty_state import EmptyHint
from reception.ui.errors import show_failure
from reception.ui.table_model import Column, Index, RowsModel, keep_selection, table_view
from reception.ui.visitors.agreement import AgreementStatus
from reception.ui.visitors.badge_printing import BadgePrinter
from reception.ui.visitors.events import VisitEvents
from reception.ui.visitors.thumbnails import thumbnail

LIVE_REFRESH_MS = 30_000
PHOTO_SIZE = QSize(36, 36)


def duration_text(delta: timedelta) -> str:
    """'1 h 05' or '12 min': how long someone has been inside, at a glance."""
    return formats.duration(max(0, int(delta.total_seconds() // 60)))


class OnSiteModel(RowsModel):
    """The on-site rows; the 'Présent depuis' column is computed against `now`, which the panel moves."""

    def __init__(self, now: datetime) -> None:
        super().__init__([])
        self.now = now
        self.columns = [
            Column(self.tr("Visiteur"), lambda v: v.visitor_name),
            Column(self.tr("Organisation"), lambda v: v.organisation),
            Column(self.tr("Personne visitée"), lambda v: v.host_name),
            Column(self.tr("Société"), lambda v: v.host_company),
            Column(self.tr("Étage"), lambda v: v.host_floor),
            Column(self.tr("Type"), lambda v: v.visit_type_label),
            Column(self.tr("Arrivée"), lambda v: fr_time(v.checked_in_at)),
            Column(self.tr("Durée"), lambda v: duration_text(v.time_inside(self.now))),
            Column(self.tr("Badge"), lambda v: v.badge_number),
        ]
        self.photos: dict[str, QPixmap] = {}

    def set_photos(self, photos: dict[str, Photo]) -> None:
        """The visitors' photos (kiosk or desk), shown beside their names."""
        self.photos = {visit_id: thumbnail(photo.jpeg, PHOTO_SIZE) for visit_id, photo in photos.items()}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and index.isValid() and index.column() == 0:
            return self.photos.get(self.rows[index.row()].id)
        return super().data(index, role)


class OnSitePanel(QWidget):
    loaded = Signal(int)

    def __init__(self, ctx: AppContext, badges: BadgePrinter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.badges = badges
        self.model = OnSiteModel(ctx.services.clock.now())
        self.table = table_view(self.model, stretch_column=3, multi_select=True)
        self.table.setIconSize(PHOTO_SIZE)
        self.table.verticalHeader().setDefaultSectionSize(PHOTO_SIZE.height() + 6)
        self.table.doubleClicked.connect(lambda _index: self.check_out_selected())
        self.empty_hint = EmptyHint(self.table, self.tr(
            "Personne n'est sur site. Les arrivées s'enregistrent dans l'onglet Arrivée (Alt+A) ; un badge "
            "scanné à la sortie retire la personne de cette liste."))
        self.company = QComboBox()
        self.company.setMinimumWidth(220)
        self.floor = QComboBox()
        self.count = QLabel()
        self.count.setObjectName("sectionTitle")
        self.check_out_button = QPushButton(self.tr("So&rtie"))
        self.check_out_button.setObjectName("primary")
        self.check_out_button.clicked.connect(self.check_out_selected)
        reprint = QPushButton(self.tr("Réimprimer le badge"))
        reprint.clicked.connect(self._reprint_selected)
        self.everyone_out = QPushButton(self.tr("Tout le monde est sorti…"))
        self.everyone_out.clicked.connect(self.check_out_everyone)
        self.agreement = AgreementStatus(ctx)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)

        filters = QHBoxLayout()
        filters.addWidget(self.count)
        filters.addStretch()
        filters.addWidget(QLabel(self.tr("Société")))
        filters.addWidget(self.company)
        filters.addWidget(QLabel(self.tr("Étage")))
        filters.addWidget(self.floor)
        actions = QHBoxLayout()
        actions.addWidget(self.everyone_out)
        actions.addStretch()
        actions.addWidget(reprint)
        actions.addWidget(self.check_out_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.agreement)
        layout.addLayout(actions)

        self.company.currentIndexChanged.connect(self.refresh)
        self.floor.currentIndexChanged.connect(self.refresh)
        VisitEvents.of(ctx).visits_changed.connect(self.refresh)
        self.timer = QTimer(self)
        self.timer.setInterval(LIVE_REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self._load_filters()

    def _load_filters(self) -> None:
        def fill(tenants: list[TenantRow]) -> None:
            for combo in (self.company, self.floor):
                combo.blockSignals(True)
                combo.clear()
            self.company.addItem(self.tr("Toutes"), "")
            for tenant in tenants:
                self.company.addItem(tenant.name, tenant.id)
            self.floor.addItem(self.tr("Tous"), "")
            for floor in sorted({t.floor for t in tenants if t.floor}, key=lambda f: (len(f), f)):
                self.floor.addItem(floor, floor)
            for combo in (self.company, self.floor):
                combo.blockSignals(False)

        self.ctx.runner.run(lambda: self.ctx.services.directory.tenants(self.ctx.actor), fill,
                            lambda error: show_failure(self, error))

    def refresh(self) -> None:
        company, floor = self.company.currentData() or None, self.floor.currentData() or None

        services, actor = self.ctx.services, self.ctx.actor

        def read() -> tuple[list[VisitRow], dict[str, Photo]]:
            rows = services.visits.on_site(actor, company, floor)
            return rows, services.photos.photos(actor, [v.id for v in rows])

        self.ctx.runner.run(read, self._show_rows, self._failed, latest_for=self)

    def _show_rows(self, result: tuple[list[VisitRow], dict[str, Photo]]) -> None:
        """A bound method: the runner drops the result when the panel was closed meanwhile (a refresh the
        kiosk's arrival started may come back after log-out)."""
        rows, photos = result
        chosen = {v.id for v in self.selected()}
        self.model.now = self.ctx.services.clock.now()
        self.model.set_photos(photos)
        self.model.set_rows(rows)
        keep_selection(self.table, [i for i, row in enumerate(rows) if row.id in chosen])
        self.count.setText(self.tr("{count} personne(s) sur site").format(count=len(rows)))
        self.loaded.emit(len(rows))

    def _failed(self, error: Exception) -> None:
        show_failure(self, error)

    def selected(self) -> list[VisitRow]:
        return [self.model.rows[i.row()] for i in self.table.selectionModel().selectedRows()]

    def check_out_selected(self) -> None:
        visits = self.selected()
        if not visits:
            return
        service, actor = self.ctx.services.visits, self.ctx.actor
        self.ctx.runner.run(lambda: [service.check_out(actor, v.id) for v in visits], self._changed,
                            lambda error: show_failure(self, error))

    def check_out_everyone(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Tout le monde est sorti"),
            self.tr("Enregistrer la sortie de toutes les personnes encore sur site ({count}) ?").format(
                count=self.model.rowCount()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.runner.run(lambda: self.ctx.services.visits.check_out_all(self.ctx.actor), self._changed,
                            lambda error: show_failure(self, error))

    def _changed(self, _result: object) -> None:
        VisitEvents.of(self.ctx).visits_changed.emit()

    def _selection_changed(self) -> None:
        visits = self.selected()
        self.agreement.show_visit(visits[0] if len(visits) == 1 else None)

    def _reprint_selected(self) -> None:
        visits = self.selected()
        if len(visits) == 1:
            self.badges.reprint(visits[0])
