"""The facilities' "Salles" tab: the rooms with their prices and hours, and each tenant's free monthly hours."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reception.core import formats
from reception.core.errors import DomainError, ValidationError
from reception.core.money import amount_text, format_dh, parse_dh
from reception.core.services.rooms_data import RoomRow
from reception.ui.context import AppContext
from reception.ui.empty_state import EmptyHint
from reception.ui.errors import show_failure
from reception.ui.forms import FieldErrors

HEADERS = cast(tuple[str, ...], (
    QT_TRANSLATE_NOOP("ManageTab", "Salle"), QT_TRANSLATE_NOOP("ManageTab", "Étage"),
    QT_TRANSLATE_NOOP("ManageTab", "Places"), QT_TRANSLATE_NOOP("ManageTab", "Équipement"),
    QT_TRANSLATE_NOOP("ManageTab", "Prix / heure"), QT_TRANSLATE_NOOP("ManageTab", "Horaires"),
    QT_TRANSLATE_NOOP("ManageTab", "Battement"), QT_TRANSLATE_NOOP("ManageTab", "Active")))


class ManageTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rooms: list[RoomRow] = []
        self.current: RoomRow | None = None
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._selected)
        self.empty_hint = EmptyHint(self.table, self.tr(
            "Aucune salle. Décrivez la première dans le formulaire (nom, places, prix à l'heure) puis "
            "« Enregistrer la salle » : elle apparaîtra au planning."))
        self.errors = FieldErrors()
        self.name, self.floor, self.equipment = QLineEdit(), QLineEdit(), QLineEdit()
        self.equipment.setPlaceholderText(self.tr("Projecteur, Écran, Visioconférence, Tableau blanc"))
        self.capacity, self.buffer = QSpinBox(), QSpinBox()
        self.capacity.setRange(1, 500)
        self.buffer.setRange(0, 120)
        self.buffer.setSingleStep(15)
        self.buffer.setSuffix(self.tr(" min"))
        self.price = QLineEdit()
        self.price.setPlaceholderText("150,00")
        self.opens, self.closes = QLineEdit(), QLineEdit()
        self.opens.setPlaceholderText(self.tr("horaires du site"))
        self.closes.setPlaceholderText(self.tr("horaires du site"))
        self.active = QCheckBox(self.tr("Ouverte à la réservation"))
        form = QFormLayout()
        for key, caption, field in (("name", self.tr("Nom"), self.name), ("floor", self.tr("Étage"), self.floor),
                                    ("capacity", self.tr("Places"), self.capacity),
                                    ("equipment", self.tr("Équipement"), self.equipment),
                                    ("hourly_price_centimes", self.tr("Prix / heure (DH)"), self.price),
                                    ("opens_at", self.tr("Ouverture (hh:mm)"), self.opens),
                                    ("closes_at", self.tr("Fermeture (hh:mm)"), self.closes),
                                    ("buffer_minutes", self.tr("Battement"), self.buffer),
                                    ("active", "", self.active)):
            self.errors.add_row(form, key, caption, field)
        new, save = QPushButton(self.tr("Nouvelle salle")), QPushButton(self.tr("Enregistrer la salle"))
        new.clicked.connect(lambda: self._edit(None))
        save.clicked.connect(self.save_room)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addStretch()
        buttons.addWidget(save)
        room_box = QGroupBox(self.tr("Salle"))
        room_column = QVBoxLayout(room_box)
        room_column.addLayout(form)
        room_column.addWidget(self.errors.general)
        room_column.addLayout(buttons)
        quota_box = QGroupBox(self.tr("Heures gratuites par mois"))
        self.tenant = QComboBox()
        self.free_hours = QSpinBox()
        self.free_hours.setRange(0, 200)
        self.free_hours.setSuffix(" h")
        quota_save = QPushButton(self.tr("Enregistrer le forfait"))
        quota_save.clicked.connect(self.save_quota)
        quota_row = QHBoxLayout(quota_box)
        quota_row.addWidget(self.tenant, 1)
        quota_row.addWidget(self.free_hours)
        quota_row.addWidget(quota_save)
        self.tenant.currentIndexChanged.connect(self._show_quota)
        self.quotas: dict[str, int] = {}
        side = QVBoxLayout()
        side.addWidget(room_box)
        side.addWidget(quota_box)
        side.addStretch()
        row = QHBoxLayout(self)
        row.addWidget(self.table, 3)
        row.addLayout(side, 2)
        self._edit(None)

    def refresh(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor

        def load() -> tuple[list[RoomRow], list[Any], dict[str, int]]:
            return (services.rooms.rooms(actor, include_inactive=True), services.directory.tenants(actor),
                    services.rooms.quotas(actor))

        self.ctx.runner.run(load, self._loaded, lambda e: show_failure(self, e))

    def _loaded(self, result: tuple[list[RoomRow], list[Any], dict[str, int]]) -> None:
        self.rooms, tenants, self.quotas = result
        self.table.setRowCount(len(self.rooms))
        for r, room in enumerate(self.rooms):
            hours = f"{room.opens_at}–{room.closes_at}" if room.opens_at and room.closes_at else self.tr("du site")
            values = (room.name, room.floor, str(room.capacity), room.equipment_text,
                      format_dh(room.hourly_price_centimes), hours, formats.duration(room.buffer_minutes),
                      self.tr("oui") if room.active else self.tr("non"))
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        if self.tenant.count() != len(tenants):
            self.tenant.clear()
            for tenant in tenants:
                self.tenant.addItem(tenant.name, tenant.id)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._edit(self.rooms[rows[0].row()] if rows else None)

    def _edit(self, room: RoomRow | None) -> None:
        self.current = room
        self.errors.clear()
        self.name.setText(room.name if room else "")
        self.floor.setText(room.floor if room else "")
        self.capacity.setValue(room.capacity if room else 6)
        self.equipment.setText(room.equipment_text if room else "")
        self.price.setText(amount_text(room.hourly_price_centimes) if room else "")
        self.opens.setText(room.opens_at or "" if room else "")
        self.closes.setText(room.closes_at or "" if room else "")
        self.buffer.setValue(room.buffer_minutes if room else 0)
        self.active.setChecked(room.active if room else True)

    def save_room(self) -> None:
        try:
            price = parse_dh(self.price.text() or "0")
        except DomainError as exc:
            self.errors.show({"hourly_price_centimes": exc.message})
            return
        values = {"name": self.name.text(), "floor": self.floor.text(), "capacity": self.capacity.value(),
                  "equipment": self.equipment.text(), "hourly_price_centimes": price,
                  "opens_at": self.opens.text(), "closes_at": self.closes.text(),
                  "buffer_minutes": self.buffer.value(), "active": self.active.isChecked()}
        room_id = self.current.id if self.current else None
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.runner.run(lambda: services.rooms.save_room(actor, values, room_id), lambda _r: self.refresh(),
                            self._failed)

    def _show_quota(self) -> None:
        self.free_hours.setValue(self.quotas.get(self.tenant.currentData() or "", 0) // 60)

    def save_quota(self) -> None:
        tenant_id, minutes = self.tenant.currentData(), self.free_hours.value() * 60
        if not tenant_id:
            return
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.runner.run(lambda: services.rooms.set_quota(actor, tenant_id, minutes), lambda _r: self.refresh(),
                            self._failed)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ValidationError):
            self.errors.show(error.errors)
        else:
            show_failure(self, error)
