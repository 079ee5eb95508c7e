"""The drawer's dialogs: open with a float, close by counting notes and coins (manager when the variance is
beyond tolerance), void a sale with a manager's password and a reason."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reception.core.clock import to_local
from reception.core.errors import DomainError
from reception.core.money import amount_text, format_dh, parse_dh
from reception.core.services.cafeteria_cash import ApprovalRequired
from reception.core.services.cafeteria_data import DENOMINATIONS, SaleRow, SessionSummary
from reception.core.services.permissions import Permission
from reception.ui.context import AppContext
from reception.ui.errors import show_failure
from reception.ui.forms import error_label, password_field


class _ManagerFields:
    """User name and password of the manager who approves, shown only when needed."""

    def __init__(self, form: QFormLayout, visible: bool) -> None:
        self.username = QLineEdit()
        self.username.setObjectName("managerUsername")
        self.password = password_field("managerPassword")
        self._form = form
        form.addRow(QLabel(QCoreApplication.translate("ManagerFields", "Responsable (identifiant)")), self.username)
        form.addRow(QLabel(QCoreApplication.translate("ManagerFields", "Mot de passe du responsable")), self.password)
        self.set_visible(visible)

    def set_visible(self, visible: bool) -> None:
        for field in (self.username, self.password):
            self._form.setRowVisible(field, visible)

    def filled(self) -> bool:
        return bool(self.username.text().strip() and self.password.text())


class _RunnerDialog(QDialog):
    """A dialog whose OK runs one service call off the GUI thread; refusals are shown inside it."""

    completed = Signal(object)

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setModal(True)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("primary")

    def submit(self) -> None:
        raise NotImplementedError

    def run(self, job: Callable[[], Any], on_refused: Callable[[Exception], None] | None = None) -> None:
        self.ok.setEnabled(False)
        self.error.hide()

        def succeeded(result: Any) -> None:
            self.accept()
            self.completed.emit(result)

        def failed(error: Exception) -> None:
            self.ok.setEnabled(True)
            if on_refused is not None:
                on_refused(error)
            if isinstance(error, DomainError):
                self.error.setText(error.message)
                self.error.show()
            else:
                show_failure(self, error)

        self.ctx.runner.run(job, succeeded, failed)


class OpenSessionDialog(_RunnerDialog):
    def __init__(self, ctx: AppContext, proposed_float: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Ouvrir la caisse"), parent)
        self.float_field = QLineEdit(amount_text(proposed_float))
        self.float_field.selectAll()
        form = QFormLayout()
        form.addRow(self.tr("Fond de caisse (DH)"), self.float_field)
        hint = QLabel(self.tr("Proposé : ce qui a été compté à la dernière clôture."))
        hint.setObjectName("subtle")
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(hint)
        column.addWidget(self.error)
        column.addWidget(self.buttons)

    def submit(self) -> None:
        try:
            amount = parse_dh(self.float_field.text())
        except DomainError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.run(lambda: self.ctx.services.cafeteria.open_session(self.ctx.actor, amount))


class CloseSessionDialog(_RunnerDialog):
    """Counting the drawer: one box per note and coin, the counted total, expected and variance as you type."""

    def __init__(self, ctx: AppContext, x_report: SessionSummary, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Clôturer la caisse — session n° {n}").format(n=x_report.session.number),
                         parent)
        self.expected = x_report.expected_cash_centimes
        self.ok.setText(self.tr("Clôturer"))
        self.counts: dict[int, QSpinBox] = {}
        self.subtotals: dict[int, QLabel] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Billets</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Pièces</b>")), 0, 3)
        notes = [d for d in DENOMINATIONS if d >= 2000]
        coins = [d for d in DENOMINATIONS if d < 2000]
        for first_col, values in ((0, notes), (3, coins)):
            for row, value in enumerate(values, start=1):
                box = QSpinBox()
                box.setRange(0, 9999)
                box.setObjectName(f"count_{value}")
                box.valueChanged.connect(self._update)
                total = QLabel(format_dh(0))
                total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                total.setMinimumWidth(90)
                grid.addWidget(QLabel(format_dh(value)), row, first_col)
                grid.addWidget(box, row, first_col + 1)
                grid.addWidget(total, row, first_col + 2)
                self.counts[value], self.subtotals[value] = box, total
        grid.setColumnMinimumWidth(2, 100)
        grid.setHorizontalSpacing(12)
        self.counted_label = QLabel()
        self.expected_label = QLabel(format_dh(self.expected))
        self.variance_label = QLabel()
        self.variance_label.setObjectName("varianceValue")
        figures = QFormLayout()
        figures.addRow(self.tr("Espèces attendues"), self.expected_label)
        figures.addRow(self.tr("Espèces comptées"), self.counted_label)
        figures.addRow(self.tr("Écart"), self.variance_label)
        self.manager = _ManagerFields(figures, visible=False)
        column = QVBoxLayout(self)
        column.addLayout(grid)
        column.addLayout(figures)
        column.addWidget(self.error)
        column.addWidget(self.buttons)
        self._update()
        self.counts[DENOMINATIONS[0]].setFocus()

    def counted(self) -> int:
        return sum(value * box.value() for value, box in self.counts.items())

    def _update(self) -> None:
        for value, box in self.counts.items():
            self.subtotals[value].setText(format_dh(value * box.value()))
        counted = self.counted()
        variance = counted - self.expected
        self.counted_label.setText(f"<b>{format_dh(counted)}</b>")
        colour = "#B91C1C" if variance else "#0F766E"
        self.variance_label.setText(f"<b style='color:{colour}'>{format_dh(variance)}</b>")

    def submit(self) -> None:
        counts = {value: box.value() for value, box in self.counts.items()}
        services, actor = self.ctx.services, self.ctx.actor
        username, password = self.manager.username.text(), self.manager.password.text()
        needs_manager = self.manager.filled()

        def job() -> SessionSummary:
            approver = services.auth.approve(username, password, Permission.CASH_VARIANCE_APPROVE) \
                if needs_manager else None
            return services.cafeteria.close_session(actor, counts, approver)

        def refused(error: Exception) -> None:
            if isinstance(error, ApprovalRequired):
                self.manager.set_visible(True)
                self.manager.username.setFocus()
            self.manager.password.clear()

        self.run(job, refused)


class VoidDialog(_RunnerDialog):
    """Voids one of the session's sales (or refunds an earlier one): receipt, reason and manager."""

    def __init__(self, ctx: AppContext, sales: list[SaleRow], parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Annuler une vente"), parent)
        self.ok.setText(self.tr("Annuler la vente"))
        self.receipt = QComboBox()
        self.receipt.setEditable(True)
        for sale in sales:
            if sale.status == "ok":
                label = f"{sale.receipt_number} — {to_local(sale.sold_at):%H:%M} — " \
                        f"{format_dh(sale.total_ttc_centimes)}"
                self.receipt.addItem(label, sale.receipt_number)
        self.reason = QLineEdit()
        self.reason.setObjectName("voidReason")
        form = QFormLayout()
        form.addRow(self.tr("Ticket"), self.receipt)
        form.addRow(self.tr("Motif"), self.reason)
        self.manager = _ManagerFields(form, visible=True)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(self.buttons)

    def submit(self) -> None:
        number = self.receipt.currentData() or self.receipt.currentText().split(" ")[0]
        reason, username, password = self.reason.text(), self.manager.username.text(), self.manager.password.text()
        services, actor = self.ctx.services, self.ctx.actor

        def job() -> Any:
            approver = services.auth.approve(username, password, Permission.SALES_VOID)
            return services.cafeteria.void_sale(actor, number, approver, reason)

        self.run(job, lambda _error: self.manager.password.clear())
