"""Cafétéria › Ventes: every sale of the database, filtered, read page by page as the table scrolls;
a double-click shows a sale's lines, the filtered list exports to CSV or typed XLSX."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception.core.models.cafeteria import ACCOUNT_CUSTOMER, SALE_OK, SALE_VOIDED, WALK_IN
from reception.core.money import format_dh
from reception.core.services.cafeteria_data import PAYMENT_LABELS, AccountRow, Receipt
from reception.core.services.cafeteria_history import SaleHistoryRow, SalesFilter, SalesPage, sales_export
from reception.printing.exports import to_csv, to_xlsx
from reception.printing.formats import fr_datetime
from reception.ui.context import AppContext
from reception.ui.empty_state import EmptyHint
from reception.ui.errors import BackgroundFailure, show_failure
from reception.ui.forms import optional_date, optional_date_edit
from reception.ui.operations import OperationRunner
from reception.ui.table_model import Column, KeysetModel, RowsModel, table_view

GREY = QColor("#94A3B8")
class SalesModel(KeysetModel):
    """Sales newest first; a voided sale is greyed and says so."""

    MONEY_COLUMNS = (5, 6)

    def __init__(self, loader: Callable[[Any], SalesPage], runner: OperationRunner | None = None,
                 parent: Any = None) -> None:
        super().__init__([], loader, runner, parent)
        voided = self.tr("annulée")
        self.columns = [
            Column(self.tr("Ticket"), lambda r: r.receipt_number),
            Column(self.tr("Date et heure"), lambda r: fr_datetime(r.sold_at)),
            Column(self.tr("Caissier"), lambda r: r.cashier_name),
            Column(self.tr("Client"), lambda r: r.customer_name),
            Column(self.tr("Paiement"), lambda r: PAYMENT_LABELS.get(r.payment_method, r.payment_method)),
            Column(self.tr("Bons"), lambda r: str(r.voucher_count)),
            Column(self.tr("Total TTC"), lambda r: format_dh(r.total_ttc_centimes)),
            Column(self.tr("Statut"), lambda r: voided if r.status == SALE_VOIDED else ""),
        ]

    def row_role(self, row: SaleHistoryRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.status == SALE_VOIDED:
            return GREY
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SaleDetailDialog(QDialog):
    """A sale's lines and totals, as the receipt had them."""

    def __init__(self, receipt: Receipt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vente {number}").format(number=receipt.receipt_number))
        heading = QLabel(self.tr("{when} · {cashier} · {customer} · {payment}").format(
            when=fr_datetime(receipt.sold_at), cashier=receipt.cashier_name, customer=receipt.customer_name,
            payment=PAYMENT_LABELS.get(receipt.payment_method, receipt.payment_method)))
        self.lines = RowsModel([
            Column(self.tr("Produit"), lambda ln: ln.product_name),
            Column(self.tr("Qté"), lambda ln: str(ln.quantity)),
            Column(self.tr("Prix unitaire"), lambda ln: format_dh(ln.unit_price_centimes)),
            Column(self.tr("Total"), lambda ln: format_dh(ln.line_total_centimes)),
        ], self)
        self.lines.set_rows(receipt.lines)
        total = QLabel(self.tr("Total TTC : {total} · {count} bon(s)").format(
            total=format_dh(receipt.total_ttc_centimes), count=len(receipt.vouchers)))
        total.setObjectName("strong")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if receipt.status == SALE_VOIDED:
            layout.addWidget(QLabel(self.tr("Vente annulée")))
        layout.addWidget(table_view(self.lines))
        layout.addWidget(total)
        layout.addWidget(buttons)
        self.resize(520, 320)


class SalesHistoryTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filters = SalesFilter()
        self.model = SalesModel(self._loader(self.filters), ctx.runner, self)
        self.detail: SaleDetailDialog | None = None
        self.table = table_view(self.model, 3)
        self.empty_hint = EmptyHint(self.table, self.tr(
            "Aucune vente pour ces filtres. Les ventes se font dans l'onglet Vente ; ici, changez les dates "
            "ou le paiement pour voir d'autres jours."))
        self.table.doubleClicked.connect(self._open_detail)

        self.date_from, self.date_to = optional_date_edit(), optional_date_edit()
        self.payment = self._combo(self.tr("Tous paiements"),
                                   [(label, key) for key, label in PAYMENT_LABELS.items()])
        self.customer = self._combo(self.tr("Tous clients"),
                                    [(self.tr("Clients de passage"), WALK_IN),
                                     (self.tr("Sociétés (toutes)"), ACCOUNT_CUSTOMER)])
        self.status = self._combo(self.tr("Tous statuts"), [(self.tr("Valides"), SALE_OK),
                                                           (self.tr("Annulées"), SALE_VOIDED)])
        self.receipt = QLineEdit()
        self.receipt.setPlaceholderText(self.tr("N° de ticket"))
        self.receipt.returnPressed.connect(self.search)
        search = QPushButton(self.tr("&Rechercher"))
        search.setObjectName("primary")
        search.clicked.connect(self.search)
        self.count = QLabel()
        self.count.setObjectName("subtle")
        export_csv = QPushButton(self.tr("Exporter CSV…"))
        export_csv.clicked.connect(lambda: self.export("csv"))
        export_xlsx = QPushButton(self.tr("Exporter Excel…"))
        export_xlsx.clicked.connect(lambda: self.export("xlsx"))

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Du")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("au")))
        filters.addWidget(self.date_to)
        for widget in (self.payment, self.customer, self.status):
            filters.addWidget(widget)
        filters.addWidget(self.receipt, 1)
        filters.addWidget(search)
        footer = QHBoxLayout()
        footer.addWidget(self.count, 1)
        footer.addWidget(export_csv)
        footer.addWidget(export_xlsx)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        self.model.page_loaded.connect(lambda _n: self._show_count())
        self.model.load_failed.connect(lambda error: show_failure(self, error))
        ctx.runner.run(lambda: ctx.services.cafeteria.accounts(ctx.actor), self._fill_companies,
                       BackgroundFailure(ctx.runner.notices, self.tr("Liste des sociétés indisponible")))

    def _loader(self, filters: SalesFilter) -> Callable[[Any], SalesPage]:
        cafeteria, actor = self.ctx.services.cafeteria, self.ctx.actor
        return lambda key: cafeteria.sales_page(actor, filters, key)

    @staticmethod
    def _combo(everything: str, choices: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox()
        box.addItem(everything, "")
        for label, key in choices:
            box.addItem(label, key)
        return box

    def _fill_companies(self, accounts: list[AccountRow]) -> None:
        """Each company with a cafeteria account becomes a customer choice of its own."""
        for account in accounts:
            self.customer.addItem(account.tenant_name, f"tenant:{account.tenant_id}")

    def current_filters(self) -> SalesFilter:
        customer = str(self.customer.currentData() or "")
        tenant_id = customer.removeprefix("tenant:") if customer.startswith("tenant:") else ""
        return SalesFilter(day_from=optional_date(self.date_from), day_to=optional_date(self.date_to),
                           payment_method=self.payment.currentData() or "",
                           customer_kind=ACCOUNT_CUSTOMER if tenant_id else customer, tenant_id=tenant_id,
                           status=self.status.currentData() or "", receipt=self.receipt.text())

    def search(self) -> None:
        self.filters = self.current_filters()
        self.model.set_loader(self._loader(self.filters))

    def refresh(self) -> None:
        """Shown again: read the newest sales (some may have been sold meanwhile)."""
        if not self.model.loading:
            self.search()

    def _show_count(self) -> None:
        more = "" if self.model.exhausted else "+"
        self.count.setText(self.tr("{count}{more} vente(s)").format(count=self.model.rowCount(), more=more))

    def _open_detail(self, index: QModelIndex) -> None:
        row: SaleHistoryRow = self.model.row_at(index.row())
        cafeteria, actor = self.ctx.services.cafeteria, self.ctx.actor
        self.ctx.runner.run(lambda: cafeteria.sale_detail(actor, row.id), self._show_detail,
                            lambda error: show_failure(self, error))

    def _show_detail(self, receipt: Receipt) -> None:
        self.detail = SaleDetailDialog(receipt, self)
        self.detail.show()

    def export(self, fmt: str, path: str = "") -> None:
        if not path:
            wanted = self.tr("Classeur Excel (*.xlsx)") if fmt == "xlsx" else self.tr("Fichier CSV (*.csv)")
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Exporter les ventes"),
                                                        f"ventes-cafeteria.{fmt}", wanted)
            if not path:
                return
        filters, cafeteria, actor = self.filters, self.ctx.services.cafeteria, self.ctx.actor

        def build() -> bytes:
            data = sales_export(cafeteria.iterate_sales(actor, filters))
            return to_xlsx(data) if fmt == "xlsx" else to_csv(data)

        self.ctx.runner.run(build, lambda content: Path(path).write_bytes(content),
                            lambda error: show_failure(self, error))
