"""The sale screen: product buttons with their keys, the basket, the customer and payment with the change due
as you type, Valider (Enter) to record and print; the drawer's bar and the voucher redemption field above."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DomainError
from reception.core.models.cafeteria import ACCOUNT_CUSTOMER, CARD, CASH, ON_ACCOUNT, WALK_IN
from reception.core.money import format_dh, parse_dh
from reception.core.services.cafeteria_data import (
    PAYMENT_LABELS,
    AccountRow,
    Customer,
    LineInput,
    Payment,
    ProductRow,
    Receipt,
    SessionRow,
    SessionSummary,
)
from reception.core.services.cafeteria_reports import session_report
from reception.core.services.scan_codes import is_voucher
from reception.core.shortcuts import key as shortcut_key
from reception.core.shortcuts import product_key_refusal
from reception.printing.cafeteria_receipt import receipt_pdf
from reception.printing.cafeteria_sheets import session_report_pdf
from reception.printing.reports import report_meta
from reception.ui.cafeteria.dialogs import CloseSessionDialog, OpenSessionDialog, VoidDialog
from reception.ui.context import AppContext
from reception.ui.empty_state import EmptyHint
from reception.ui.errors import show_failure
from reception.ui.forms import error_label
from reception.ui.printing import print_or_preview
from reception.ui.scan import register_scan_handler

PRODUCT_COLUMNS = 3
def _native(name: str) -> str:
    """A shortcut of the table as the person reads it on this system ("Ctrl+Maj+O" in French)."""
    return QKeySequence(shortcut_key(name)).toString(QKeySequence.SequenceFormat.NativeText)


PAYMENT_KEYS = {CASH: shortcut_key("sale.cash"), CARD: shortcut_key("sale.card"),
                ON_ACCOUNT: shortcut_key("sale.account")}


@dataclass(frozen=True)
class SaleScreenData:
    """What the screen loads in one operation."""

    products: list[ProductRow]
    accounts: list[AccountRow]
    session: SessionRow | None


class SaleTab(QWidget):
    sale_recorded = Signal(object)
    voucher_redeemed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.products: dict[str, ProductRow] = {}
        self.quantities: dict[str, int] = {}
        self._last_change: str | None = None
        self.session: SessionRow | None = None
        self.preview: Any = None
        self._shortcuts: list[QShortcut] = []
        self._build()
        register_scan_handler(is_voucher, self.redeem, owner=self)

    # --- layout -------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.session_label = QLabel()
        self.session_label.setObjectName("sectionTitle")
        self.session_label.setWordWrap(True)  # beside four drawer buttons at 1366 px: wrapped, never cut
        self.open_button = QPushButton(self.tr("Ouvrir la caisse ({key})").format(key=_native("drawer.open")))
        self.close_button = QPushButton(self.tr("Clôturer la caisse ({key})").format(key=_native("drawer.close")))
        self.x_button = QPushButton(self.tr("Rapport X ({key})").format(key=_native("drawer.x_report")))
        self.void_button = QPushButton(self.tr("Annuler une vente"))
        self.open_button.clicked.connect(self.open_session)
        self.close_button.clicked.connect(self.close_session)
        self.x_button.clicked.connect(self.print_x)
        self.void_button.clicked.connect(self.void_sale)
        self.voucher_field = QLineEdit()
        self.voucher_field.setObjectName("voucherCode")
        self.voucher_field.setPlaceholderText(self.tr("Bon à utiliser : ABCDE-FGHJK-M ou scan"))
        self.voucher_field.returnPressed.connect(lambda: self.redeem(self.voucher_field.text()))
        self.voucher_result = QLabel()
        self.voucher_result.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.session_label, 1)
        for button in (self.open_button, self.close_button, self.x_button, self.void_button):
            button.setAutoDefault(False)
            bar.addWidget(button)

        self.product_grid = QGridLayout()
        self.product_grid.setSpacing(8)
        self.no_products = QLabel(self.tr("Aucun produit en vente : les tarifs se créent dans l'onglet Tarifs "
                                          "(responsable des installations)."))
        self.no_products.setObjectName("subtle")
        self.no_products.setWordWrap(True)
        self.no_products.hide()
        products_box = QVBoxLayout()
        products_box.addWidget(self.no_products)
        products_box.addLayout(self.product_grid)
        products_box.addStretch()
        redeem_row = QHBoxLayout()
        redeem_row.addWidget(QLabel(self.tr("Bon :")))
        redeem_row.addWidget(self.voucher_field, 1)
        products_box.addLayout(redeem_row)
        products_box.addWidget(self.voucher_result)

        self.basket = QTableWidget(0, 4)
        self.basket.setObjectName("basket")
        self.basket.setHorizontalHeaderLabels([self.tr("Produit"), self.tr("Qté"), self.tr("Prix"), self.tr("Total")])
        self.basket.verticalHeader().hide()
        self.basket.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.basket.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.basket.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name gets what the figures leave
        for figures in (1, 2, 3):
            header.setSectionResizeMode(figures, QHeaderView.ResizeMode.ResizeToContents)
        self.basket.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.basket_hint = EmptyHint(self.basket, self.tr(
            "Panier vide : appuyez sur la touche d'un produit (F1 à F7) ou cliquez sur son bouton."))
        self.total_label = QLabel()
        self.total_label.setObjectName("saleTotal")
        self.total_label.setStyleSheet("font-size: 26px; font-weight: 600; color: #0F172A;")
        self.customer = QComboBox()
        self.customer.currentIndexChanged.connect(self._customer_changed)
        self.method = QComboBox()
        for method in (CASH, CARD, ON_ACCOUNT):
            self.method.addItem(f"{PAYMENT_LABELS[method]} ({PAYMENT_KEYS[method]})", method)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.given = QLineEdit()
        self.given.setObjectName("amountGiven")
        self.given.setPlaceholderText("0,00")
        self.given.textChanged.connect(self._update_totals)
        self.given.returnPressed.connect(self.validate)
        self.card_reference = QLineEdit()
        self.card_reference.setObjectName("cardReference")
        self.card_reference.returnPressed.connect(self.validate)
        self.change_label = QLabel()
        self.change_label.setObjectName("changeDue")
        self.change_label.setStyleSheet("font-size: 20px; font-weight: 600; color: #0F766E;")
        self.error = error_label()
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.validate_button = QPushButton(self.tr("Valider et imprimer (Entrée)"))
        self.validate_button.setObjectName("primary")
        self.validate_button.setAutoDefault(True)  # Enter on it validates (on account, nothing to type)
        self.validate_button.clicked.connect(self.validate)
        clear = QPushButton(self.tr("Vider"))
        clear.clicked.connect(self.clear_basket)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Client"), self.customer)
        self.form.addRow(self.tr("Paiement"), self.method)
        self.form.addRow(self.tr("Montant remis"), self.given)
        self.form.addRow(self.tr("Référence TPE"), self.card_reference)
        self.form.addRow(self.tr("Monnaie à rendre"), self.change_label)
        actions = QHBoxLayout()
        actions.addWidget(clear)
        actions.addStretch()
        actions.addWidget(self.validate_button)
        right = QVBoxLayout()
        right.addWidget(self.basket, 1)
        right.addWidget(self.total_label, 0, Qt.AlignmentFlag.AlignRight)
        right.addLayout(self.form)
        right.addWidget(self.error)
        right.addWidget(self.notice)
        right.addLayout(actions)
        panel = QFrame()
        panel.setObjectName("card")
        panel.setLayout(right)

        body = QHBoxLayout()
        body.addLayout(products_box, 3)
        body.addWidget(panel, 2)
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addLayout(body, 1)
        for method, key in PAYMENT_KEYS.items():
            self._shortcut(key, lambda m=method: self._choose_method(m), keep=True)
        self._shortcut(shortcut_key("sale.validate"), self.validate, keep=True)
        self._shortcut(shortcut_key("sale.remove"), self.remove_selected, keep=True)
        for name, slot in (("drawer.open", self.open_session), ("drawer.close", self.close_session),
                           ("drawer.x_report", self.print_x)):
            self._shortcut(shortcut_key(name), lambda s=slot: self._if_enabled(s), keep=True)
        self._method_changed()
        self._update_totals()

    def _shortcut(self, key: str, slot: Any, keep: bool = False) -> QShortcut:
        """Window-wide while the sale screen is shown (a hidden widget's shortcuts are inactive)."""
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
        if not keep:
            self._shortcuts.append(shortcut)
        return shortcut

    # --- loading ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor

        def load() -> SaleScreenData:
            return SaleScreenData(services.cafeteria.products(actor, on_sale_only=True),
                                  services.cafeteria.accounts(actor), services.cafeteria.current_session(actor))

        self.ctx.runner.run(load, self._loaded, lambda e: show_failure(self, e))

    def _loaded(self, data: SaleScreenData) -> None:
        self.products = {p.id: p for p in data.products}
        self.no_products.setVisible(not data.products)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._shortcuts.clear()
        while self.product_grid.count():
            item = self.product_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for i, product in enumerate(data.products):
            key = f"  [{product.shortcut}]" if product.shortcut else ""
            button = QPushButton(f"{product.name}\n{format_dh(product.price_centimes)}{key}")
            button.setObjectName("productButton")
            button.setMinimumHeight(72)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet("font-size: 15px; text-align: center;")
            button.clicked.connect(lambda _=False, pid=product.id: self.add(pid))
            self.product_grid.addWidget(button, i // PRODUCT_COLUMNS, i % PRODUCT_COLUMNS)
            if product.shortcut and product_key_refusal(product.shortcut) is None:  # older rows may hold one
                self._shortcut(product.shortcut, lambda pid=product.id: self.add(pid))
        current = self.customer.currentData()
        self.customer.blockSignals(True)
        self.customer.clear()
        self.customer.addItem(self.tr("Client de passage"), None)
        for account in data.accounts:
            if account.active:
                self.customer.addItem(account.tenant_name, account.tenant_id)
        self.customer.setCurrentIndex(max(0, self.customer.findData(current)))
        self.customer.blockSignals(False)
        self._set_session(data.session)
        self._render_basket()
        if data.session is not None:
            self.given.setFocus()

    def _if_enabled(self, action: Any) -> None:
        """A drawer key does what its button would, only when the button is there to press."""
        button = {self.open_session: self.open_button, self.close_session: self.close_button,
                  self.print_x: self.x_button}[action]
        if button.isVisible() and button.isEnabled():
            action()

    def _set_session(self, session: SessionRow | None) -> None:
        self.session = session
        is_open = session is not None
        if session is None:
            self.session_label.setText(self.tr("Caisse fermée : ouvrez-la pour vendre."))
        else:
            self.session_label.setText(self.tr("Caisse ouverte — session n° {n}, fond {f}").format(
                n=session.number, f=format_dh(session.float_centimes)))
        self.open_button.setVisible(not is_open)
        for widget in (self.close_button, self.x_button, self.void_button, self.validate_button):
            widget.setEnabled(is_open)

    # --- basket -------------------------------------------------------------------------------------------

    def add(self, product_id: str, quantity: int = 1) -> None:
        self.quantities[product_id] = self.quantities.get(product_id, 0) + quantity
        self.notice.clear()
        self._last_change = None
        self._render_basket()
        (self.given if self.method.currentData() == CASH else self.card_reference).setFocus()

    def remove_selected(self) -> None:
        rows = self.basket.selectionModel().selectedRows()
        if rows:
            product_id = list(self.quantities)[rows[0].row()]
            del self.quantities[product_id]
            self._render_basket()

    def clear_basket(self) -> None:
        self.quantities.clear()
        self.given.clear()
        self.card_reference.clear()
        self._render_basket()

    def total(self) -> int:
        return sum(self.products[pid].price_centimes * q for pid, q in self.quantities.items() if pid in self.products)

    def _render_basket(self) -> None:
        self.basket.setRowCount(len(self.quantities))
        for row, (pid, quantity) in enumerate(self.quantities.items()):
            product = self.products[pid]
            cells = (product.name, str(quantity), format_dh(product.price_centimes),
                     format_dh(product.price_centimes * quantity))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.basket.setItem(row, col, item)
        self._update_totals()

    def _update_totals(self) -> None:
        total = self.total()
        self.total_label.setText(self.tr("Total : {t}").format(t=format_dh(total)))
        if not self.quantities and self._last_change is not None:
            self.change_label.setText(self._last_change)  # the last sale's change stays until the next sale
            return
        if self.method.currentData() != CASH:
            self.change_label.setText("—")
            return
        try:
            given = parse_dh(self.given.text()) if self.given.text().strip() else 0
        except DomainError:
            self.change_label.setText(self.tr("montant illisible"))
            return
        self.change_label.setText(format_dh(given - total) if given >= total and given else "—")

    def _choose_method(self, method: str) -> None:
        self.method.setCurrentIndex(self.method.findData(method))

    def _method_changed(self) -> None:
        method = self.method.currentData()
        self.form.setRowVisible(self.given, method == CASH)
        self.form.setRowVisible(self.change_label, method == CASH)
        self.form.setRowVisible(self.card_reference, method == CARD)
        self._update_totals()
        if self.isVisible():  # the hidden field had the focus: Enter must still validate
            {CASH: self.given, CARD: self.card_reference}.get(method, self.validate_button).setFocus()

    def _customer_changed(self) -> None:
        if self.customer.currentData() and self.method.currentData() == CASH:
            self._choose_method(ON_ACCOUNT)
        elif not self.customer.currentData() and self.method.currentData() == ON_ACCOUNT:
            self._choose_method(CASH)

    # --- selling ------------------------------------------------------------------------------------------

    def validate(self) -> None:
        if not self.quantities:
            self._show_error(self.tr("Ajoutez au moins un produit."))
            return
        method = self.method.currentData()
        try:
            given = parse_dh(self.given.text()) if method == CASH and self.given.text().strip() else 0
        except DomainError as exc:
            self._show_error(exc.message)
            return
        if method == CASH and not self.given.text().strip():
            given = self.total()  # the exact amount
        tenant = self.customer.currentData()
        customer = Customer(ACCOUNT_CUSTOMER, tenant) if tenant else Customer(WALK_IN)
        payment = Payment(method, given, self.card_reference.text())
        lines = [LineInput(pid, q) for pid, q in self.quantities.items()]
        services, actor = self.ctx.services, self.ctx.actor

        def job() -> tuple[Receipt, bytes, str]:
            receipt = services.cafeteria.sell(actor, lines, customer, payment)
            pdf = receipt_pdf(receipt, services.site.info())
            return receipt, pdf, services.settings.get("printing.receipt_printer")

        self.validate_button.setEnabled(False)
        self.error.hide()
        self.ctx.runner.run(job, self._sold, self._refused)

    def _sold(self, result: tuple[Receipt, bytes, str]) -> None:
        receipt, pdf, printer = result
        self.validate_button.setEnabled(True)
        self._last_change = format_dh(receipt.change_due_centimes) if receipt.payment_method == CASH else None
        self.clear_basket()
        change = self.tr(" — rendu {amount}").format(amount=format_dh(receipt.change_due_centimes)) \
            if receipt.payment_method == CASH else ""
        self.notice.setText(self.tr("Ticket {n} enregistré : {t}{c}").format(
            n=receipt.receipt_number, t=format_dh(receipt.total_ttc_centimes), c=change))
        title = self.tr("Ticket {n}").format(n=receipt.receipt_number)
        self.preview = print_or_preview(self.ctx.runner, self, pdf, printer, direct=True, title=title)
        self.sale_recorded.emit(receipt)

    def _refused(self, error: Exception) -> None:
        self.validate_button.setEnabled(self.session is not None)
        if isinstance(error, DomainError):
            self._show_error(error.message)
        else:
            show_failure(self, error)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    # --- vouchers -----------------------------------------------------------------------------------------

    def redeem(self, text: str) -> None:
        if not text.strip():
            return
        services, actor = self.ctx.services, self.ctx.actor

        def done(result: Any) -> None:
            self.voucher_field.clear()
            self.voucher_result.setObjectName("notice")
            self.voucher_result.setText(self.tr("Bon {label} accepté.").format(label=result.label))
            self.voucher_result.setStyleSheet("color: #0F766E; font-weight: 600;")
            self.voucher_redeemed.emit(result)

        def refused(error: Exception) -> None:
            self.voucher_field.selectAll()
            self.voucher_result.setStyleSheet("color: #B91C1C; font-weight: 600;")
            self.voucher_result.setText(error.message if isinstance(error, DomainError) else "")
            if not isinstance(error, DomainError):
                show_failure(self, error)

        self.ctx.runner.run(lambda: services.cafeteria.redeem(actor, text), done, refused)

    # --- the drawer ---------------------------------------------------------------------------------------

    def open_session(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor

        def ask(proposed: int) -> None:
            dialog = OpenSessionDialog(self.ctx, proposed, self)
            dialog.completed.connect(self._set_session)
            dialog.open()

        self.ctx.runner.run(lambda: services.cafeteria.proposed_float(actor), ask, lambda e: show_failure(self, e))

    def close_session(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor

        def ask(x_report: Any) -> None:
            self.close_dialog = CloseSessionDialog(self.ctx, x_report, self)
            self.close_dialog.completed.connect(self._closed)
            self.close_dialog.open()

        self.ctx.runner.run(lambda: services.cafeteria.x_report(actor), ask, lambda e: show_failure(self, e))

    def _closed(self, summary: SessionSummary) -> None:
        """The Z goes to the report printer at once (the preview when none is set): closing is not done
        until the Z is on paper."""
        self._set_session(None)
        self._print_session_report(lambda: summary, closing=True)

    def print_x(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        self._print_session_report(lambda: services.cafeteria.x_report(actor), closing=False)

    def _print_session_report(self, summary: Callable[[], SessionSummary], closing: bool) -> None:
        """The X is previewed (a glance during the day); the Z is printed straight away when it can be."""
        services, actor = self.ctx.services, self.ctx.actor

        def job() -> tuple[bytes, str]:
            data = session_report(summary(), "Rapport Z" if closing else "Rapport X")
            pdf = session_report_pdf(data, report_meta(data, actor.full_name, services.clock.now()))
            return pdf, services.settings.get("printing.report_printer")

        def show(result: tuple[bytes, str]) -> None:
            shown = self.tr("Rapport Z") if closing else self.tr("Rapport X")
            self.preview = print_or_preview(self.ctx.runner, self, result[0], result[1], direct=closing, title=shown)
            if closing:
                self.notice.setText(self.tr("Caisse clôturée : rapport Z envoyé à l'impression.")
                                    if self.preview is None else self.tr("Caisse clôturée : rapport Z à imprimer."))

        self.ctx.runner.run(job, show, lambda e: show_failure(self, e))

    def void_sale(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor

        def ask(sales: Any) -> None:
            self.void_dialog = VoidDialog(self.ctx, sales, self)
            self.void_dialog.completed.connect(lambda receipt: self.notice.setText(
                self.tr("Vente {n} annulée.").format(n=receipt.receipt_number)))
            self.void_dialog.open()

        self.ctx.runner.run(lambda: services.cafeteria.recent_sales(actor), ask, lambda e: show_failure(self, e))
