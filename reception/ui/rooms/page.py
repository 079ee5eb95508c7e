"""The Salles page: the planning (day grid, a room's week) for the desk, room management for facilities."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from reception.core.services.permissions import Permission
from reception.ui.context import AppContext
from reception.ui.rooms.manage import ManageTab
from reception.ui.rooms.planning import PlanningTab


class RoomsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.planning = PlanningTab(ctx)
        self.tabs.addTab(self.planning, self.tr("Planning"))
        self.manage: ManageTab | None = None
        if ctx.actor.can(Permission.ROOMS_MANAGE):
            self.manage = ManageTab(ctx)
            self.tabs.addTab(self.manage, self.tr("Salles"))
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.addWidget(self.tabs)

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, PlanningTab | ManageTab):
            current.refresh()
        if current is self.planning:
            self.planning.grid.setFocus()
