"""The Cafétéria page: the sale screen and the sales history for the desk, the price list for facilities."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from reception.core.services.permissions import Permission
from reception.ui.cafeteria.history import SalesHistoryTab
from reception.ui.cafeteria.prices import PriceListTab
from reception.ui.cafeteria.sale import SaleTab
from reception.ui.context import AppContext


class CafeteriaPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.sale: SaleTab | None = None
        self.prices: PriceListTab | None = None
        self.history: SalesHistoryTab | None = None
        if ctx.actor.can(Permission.CAFETERIA_SELL):
            self.sale = SaleTab(ctx)
            self.tabs.addTab(self.sale, self.tr("Vente"))
            self.history = SalesHistoryTab(ctx)
            self.tabs.addTab(self.history, self.tr("Ventes"))
        if ctx.actor.can(Permission.PRICES_MANAGE):
            self.prices = PriceListTab(ctx)
            self.tabs.addTab(self.prices, self.tr("Tarifs"))
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.addWidget(self.tabs)

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, SaleTab | SalesHistoryTab | PriceListTab):
            current.refresh()
