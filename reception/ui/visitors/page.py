"""The Visiteurs page: Arrivée, Sur site, Attendus and Historique, one tab each (Alt+letter to switch)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from reception.core.services.permissions import Permission
from reception.ui.context import AppContext
from reception.ui.visitors.badge_printing import BadgePrinter
from reception.ui.visitors.checkin import CheckInPanel
from reception.ui.visitors.expected import ExpectedPanel
from reception.ui.visitors.history import HistoryPanel
from reception.ui.visitors.onsite import OnSitePanel


class VisitorsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.badges = BadgePrinter(ctx, self)
        self.checkin = CheckInPanel(ctx, self.badges)
        self.onsite = OnSitePanel(ctx, self.badges)
        self.expected = ExpectedPanel(ctx, self.badges)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.checkin, self.tr("&Arrivée"))
        self.tabs.addTab(self.onsite, self.tr("&Sur site"))
        self.tabs.addTab(self.expected, self.tr("A&ttendus"))
        self.history: HistoryPanel | None = None
        if ctx.actor.can(Permission.VISITS_HISTORY):
            self.history = HistoryPanel(ctx)
            self.tabs.addTab(self.history, self.tr("&Historique"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        """Called by the window each time the page is shown: the current tab reloads, the form keeps focus."""
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        panel = self.tabs.widget(index)
        if panel is self.checkin:
            self.checkin.last_name.setFocus()
            return
        if panel in (self.onsite, self.expected):  # the list takes the keys: arrows, then Alt+letter to act
            panel.table.setFocus()
        if panel is not None and hasattr(panel, "refresh"):
            panel.refresh()
