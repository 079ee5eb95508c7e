"""Tarifs (facilities): the price list with each product's price, TVA rate, book size, validity and key."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DomainError, ValidationError
from reception.core.money import amount_text, format_dh, parse_dh
from reception.core.services.cafeteria_data import ProductRow
from reception.core.services.cafeteria_prices import TVA_RATES_BP
from reception.core.services.tva import rate_label
from reception.ui.context import AppContext
from reception.ui.empty_state import EmptyHint
from reception.ui.errors import show_failure
from reception.ui.forms import FieldErrors
from reception.ui.table_model import Column, RowsModel, selected_row, table_view

BOOK_SIZES = cast(tuple[tuple[int, str], ...], ((1, QT_TRANSLATE_NOOP("PriceListTab", "Bon à l'unité")),
                                                 (10, QT_TRANSLATE_NOOP("PriceListTab", "Carnet de 10")),
                                                 (20, QT_TRANSLATE_NOOP("PriceListTab", "Carnet de 20"))))


class PriceListTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editing: str | None = None
        self.model = RowsModel([
            Column(self.tr("Produit"), lambda p: p.name),
            Column(self.tr("Prix TTC"), lambda p: format_dh(p.price_centimes)),
            Column(self.tr("TVA"), lambda p: rate_label(p.tva_rate_bp)),
            Column(self.tr("Bons"), lambda p: str(p.vouchers_per_unit)),
            Column(self.tr("Validité"), lambda p: self.tr("{n} j").format(n=p.validity_days)),
            Column(self.tr("Touche"), lambda p: p.shortcut),
            Column(self.tr("En vente"), lambda p: self.tr("oui") if p.active else self.tr("non")),
        ])
        self.view = table_view(self.model)
        self.empty_hint = EmptyHint(self.view, self.tr(
            "Aucun produit. Saisissez le premier dans le formulaire (nom, prix, touche) puis « Enregistrer » : "
            "il apparaîtra sur l'écran de vente."))
        self.view.selectionModel().selectionChanged.connect(self._edit_selected)
        self.name, self.label, self.price, self.shortcut = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.tva = QComboBox()
        for rate in TVA_RATES_BP:
            self.tva.addItem(rate_label(rate), rate)
        self.book = QComboBox()
        for size, text in BOOK_SIZES:
            self.book.addItem(self.tr(text), size)
        self.validity = QSpinBox()
        self.validity.setRange(1, 3650)
        self.validity.setValue(90)
        self.order = QSpinBox()
        self.order.setRange(0, 999)
        self.active = QCheckBox(self.tr("En vente"))
        self.active.setChecked(True)
        form = QFormLayout()
        self.errors = FieldErrors()
        for key, caption, field in (("name", self.tr("Produit"), self.name),
                                    ("voucher_label", self.tr("Libellé du bon"), self.label),
                                    ("price_centimes", self.tr("Prix TTC (DH)"), self.price),
                                    ("tva_rate_bp", self.tr("Taux de TVA"), self.tva),
                                    ("vouchers_per_unit", self.tr("Bons par vente"), self.book),
                                    ("validity_days", self.tr("Validité des bons (jours)"), self.validity),
                                    ("shortcut", self.tr("Touche (F1...)"), self.shortcut),
                                    ("sort_order", self.tr("Ordre"), self.order)):
            self.errors.add_row(form, key, caption, field)
        form.addRow("", self.active)
        new = QPushButton(self.tr("Nouveau produit"))
        new.clicked.connect(self._new)
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.errors.general)
        side.addLayout(buttons)
        side.addStretch()
        row = QHBoxLayout(self)
        row.addWidget(self.view, 3)
        row.addLayout(side, 2)

    def refresh(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.runner.run(lambda: services.cafeteria.products(actor), self.model.set_rows,
                            lambda e: show_failure(self, e))

    def _new(self) -> None:
        self.view.clearSelection()
        self.editing = None
        for field in (self.name, self.label, self.price, self.shortcut):
            field.clear()
        self.active.setChecked(True)
        self.name.setFocus()

    def _edit_selected(self) -> None:
        product: ProductRow | None = selected_row(self.view)
        if product is None:
            return
        self.editing = product.id
        self.name.setText(product.name)
        self.label.setText(product.voucher_label)
        self.price.setText(amount_text(product.price_centimes))
        self.tva.setCurrentIndex(self.tva.findData(product.tva_rate_bp))
        self.book.setCurrentIndex(self.book.findData(product.vouchers_per_unit))
        self.validity.setValue(product.validity_days)
        self.shortcut.setText(product.shortcut)
        self.order.setValue(product.sort_order)
        self.active.setChecked(product.active)

    def save(self) -> None:
        try:
            price = parse_dh(self.price.text())
        except DomainError as exc:
            self.errors.show({"price_centimes": exc.message})
            return
        values: dict[str, Any] = {
            "name": self.name.text(), "voucher_label": self.label.text(), "price_centimes": price,
            "tva_rate_bp": self.tva.currentData(), "vouchers_per_unit": self.book.currentData(),
            "validity_days": self.validity.value(), "shortcut": self.shortcut.text(),
            "sort_order": self.order.value(), "active": self.active.isChecked(),
        }
        services, actor, editing = self.ctx.services, self.ctx.actor, self.editing

        def saved(_row: ProductRow) -> None:
            self.errors.clear()
            self.refresh()

        def refused(error: Exception) -> None:
            if isinstance(error, ValidationError):
                self.errors.show(error.errors)
            else:
                show_failure(self, error)

        self.ctx.runner.run(lambda: services.cafeteria.save_product(actor, values, editing), saved, refused)
