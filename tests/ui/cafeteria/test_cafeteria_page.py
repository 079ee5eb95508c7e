"""The Cafétéria page in the real main window: a sale by keyboard only, closing with a variance, a scan."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from reception.core.models import CashSession, Sale
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.ui.cafeteria.dialogs import CloseSessionDialog
from reception.ui.cafeteria.page import CafeteriaPage
from reception.ui.cafeteria.sale import SaleTab
from reception.ui.context import AppContext
from reception.ui.main_window import MainWindow
from reception.ui.operations import OperationRunner
from reception.ui.scan import ScanRouter
from tests.cafeteria_helpers import cash_sale, stock_products


@pytest.fixture
def ctx(services: Services, receptionist: Actor) -> Iterator[AppContext]:
    """The receptionist's session context; waits for running operations at the end."""
    runner = OperationRunner()
    yield AppContext(services, receptionist, runner)
    runner.wait()


@pytest.fixture
def sale_tab(qtbot: QtBot, ctx: AppContext, services: Services, admin: Actor,
             manager: Actor) -> Iterator[SaleTab]:
    """The Cafétéria page of the real main window, with products on sale and the drawer open."""
    stock_products(services, admin)
    services.cafeteria.open_session(ctx.actor, 20_000)
    scans = ScanRouter()
    scans.install(QApplication.instance())  # type: ignore[arg-type]
    window = MainWindow(ctx, services.site.info(), 10, scans)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    page = window.show_page("cafeteria")
    assert isinstance(page, CafeteriaPage) and page.sale is not None
    qtbot.waitUntil(lambda: page.sale is not None and len(page.sale.products) == 4)
    yield page.sale
    QApplication.instance().removeEventFilter(scans)  # type: ignore[union-attr]
    ctx.runner.wait()


def _close_previews(tab: SaleTab) -> None:
    if tab.preview is not None:
        tab.preview.close()


def _focused(qtbot: QtBot, tab: SaleTab) -> QWidget:
    """Where the next key goes: after a preview closes, the window is active again with its focus."""
    tab.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return QApplication.focusWidget() or tab.window()


def test_a_sale_by_keyboard_only_shows_the_change_due(qtbot: QtBot, sale_tab: SaleTab, services: Services,
                                                      receptionist: Actor) -> None:
    qtbot.keyClick(sale_tab.given, Qt.Key.Key_F1)
    qtbot.keyClick(sale_tab.given, Qt.Key.Key_F1)
    qtbot.keyClick(sale_tab.given, Qt.Key.Key_F3)
    assert sale_tab.given.hasFocus() and sale_tab.basket.rowCount() == 2
    assert sale_tab.total_label.text() == "Total : 13,00 DH"
    qtbot.keyClicks(sale_tab.given, "20")
    assert sale_tab.change_label.text() == "7,00 DH"
    with qtbot.waitSignal(sale_tab.sale_recorded, timeout=10_000) as recorded:
        qtbot.keyClick(sale_tab.given, Qt.Key.Key_Return)
    receipt = recorded.args[0]
    assert (receipt.total_ttc_centimes, receipt.change_due_centimes, len(receipt.vouchers)) == (1300, 700, 3)
    assert "rendu 7,00 DH" in sale_tab.notice.text() and sale_tab.basket.rowCount() == 0
    qtbot.waitUntil(lambda: sale_tab.preview is not None)
    _close_previews(sale_tab)
    with services.db.read() as session:
        assert session.scalars(select(Sale.receipt_number)).all() == ["A1-000001"]


def test_closing_with_a_variance_asks_for_the_manager(qtbot: QtBot, sale_tab: SaleTab, services: Services,
                                                     receptionist: Actor) -> None:
    ids = {p.name: p.id for p in services.cafeteria.products(receptionist)}
    cash_sale(services, receptionist, {"cafe": 2}, 1000, {"cafe": ids["Café"]})  # 210 DH expected
    sale_tab.close_session()
    qtbot.waitUntil(lambda: isinstance(getattr(sale_tab, "close_dialog", None), CloseSessionDialog))
    dialog = sale_tab.close_dialog
    dialog.counts[20_000].setValue(1)  # 205 DH counted for 210 DH expected: 5 DH short
    dialog.counts[500].setValue(1)
    assert dialog.counted_label.text() == "<b>205,00 DH</b>" and "-5,00 DH" in dialog.variance_label.text()
    services.settings.update(services.auth.login("admin", "admin1234"),
                             {"cafeteria.variance_tolerance_centimes": 100}, at=services.clock.now())
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible() and dialog.manager.username.isVisible())
    assert "responsable" in dialog.error.text()
    qtbot.keyClicks(dialog.manager.username, "responsable")
    qtbot.keyClicks(dialog.manager.password, "responsable-secret")
    with qtbot.waitSignal(dialog.completed, timeout=10_000) as closed:
        dialog.ok.click()
    assert closed.args[0].session.variance_centimes == -500
    assert dialog.result() == QDialog.DialogCode.Accepted
    with services.db.read() as session:
        stored = session.execute(select(CashSession)).scalar_one()
    assert stored.closed_at is not None and stored.approved_by == "Responsable"
    assert not sale_tab.validate_button.isEnabled()


def test_a_scanned_voucher_is_redeemed_from_anywhere_on_the_page(qtbot: QtBot, sale_tab: SaleTab,
                                                                 services: Services, receptionist: Actor) -> None:
    ids = {p.name: p.id for p in services.cafeteria.products(receptionist)}
    voucher = cash_sale(services, receptionist, {"cafe": 1}, 500, {"cafe": ids["Café"]}).vouchers[0]
    with qtbot.waitSignal(sale_tab.voucher_redeemed, timeout=10_000) as redeemed:
        sale_tab.redeem(voucher.code + voucher.signature)
    assert redeemed.args[0].code == voucher.code
    sale_tab.voucher_field.setText(voucher.code)
    qtbot.keyClick(sale_tab.voucher_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "déjà utilisé" in sale_tab.voucher_result.text())


def test_a_card_sale_by_keyboard_only_validates_with_enter(qtbot: QtBot, sale_tab: SaleTab) -> None:
    """After F10 the focus used to land on Vider: Enter no longer validated although the button says so."""
    qtbot.keyClick(sale_tab.given, Qt.Key.Key_F1)
    qtbot.keyClick(_focused(qtbot, sale_tab), Qt.Key.Key_F10)
    assert sale_tab.card_reference.hasFocus()
    qtbot.keyClicks(sale_tab.card_reference, "TPE-4411")
    with qtbot.waitSignal(sale_tab.sale_recorded, timeout=10_000) as recorded:
        qtbot.keyClick(_focused(qtbot, sale_tab), Qt.Key.Key_Return)
    assert recorded.args[0].payment_method == "card"
    qtbot.waitUntil(lambda: sale_tab.preview is not None)
    _close_previews(sale_tab)

    qtbot.keyClick(_focused(qtbot, sale_tab), Qt.Key.Key_F1)
    qtbot.keyClick(_focused(qtbot, sale_tab), Qt.Key.Key_F11)  # on account: nothing to type, Enter validates
    qtbot.waitUntil(sale_tab.validate_button.hasFocus)


def test_the_change_due_stays_on_screen_until_the_next_sale(qtbot: QtBot, sale_tab: SaleTab) -> None:
    qtbot.keyClick(sale_tab.given, Qt.Key.Key_F1)
    qtbot.keyClicks(sale_tab.given, "10")
    with qtbot.waitSignal(sale_tab.sale_recorded, timeout=10_000):
        qtbot.keyClick(sale_tab.given, Qt.Key.Key_Return)
    assert sale_tab.change_label.text() == "5,00 DH" and sale_tab.basket.rowCount() == 0
    qtbot.waitUntil(lambda: sale_tab.preview is not None)
    _close_previews(sale_tab)
    assert sale_tab.change_label.text() == "5,00 DH"

    qtbot.keyClick(_focused(qtbot, sale_tab), Qt.Key.Key_F1)
    assert sale_tab.change_label.text() == "—"


def test_closing_the_drawer_by_keyboard_prints_the_z(qtbot: QtBot, sale_tab: SaleTab) -> None:
    """Ctrl+Shift+C closes (counting dialog), Enter confirms, and the Z comes out (its preview: no printer)."""
    qtbot.keyClick(sale_tab.given, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(getattr(sale_tab, "close_dialog", None), CloseSessionDialog))
    dialog = sale_tab.close_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.counts[20_000])
    qtbot.keyClicks(_focused(qtbot, sale_tab), "1")  # one 200 DH note: the float, exactly as expected
    with qtbot.waitSignal(dialog.completed, timeout=10_000):
        qtbot.keyClick(_focused(qtbot, sale_tab), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sale_tab.preview is not None, timeout=10_000)
    assert sale_tab.preview.windowTitle().startswith("Rapport Z")
    assert "rapport Z" in sale_tab.notice.text()
    _close_previews(sale_tab)

    assert sale_tab.open_button.isVisible()
    qtbot.keyClick(_focused(qtbot, sale_tab), Qt.Key.Key_O,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    QApplication.activeModalWidget().reject()


def test_the_x_report_by_keyboard(qtbot: QtBot, sale_tab: SaleTab) -> None:
    qtbot.keyClick(sale_tab.given, Qt.Key.Key_X,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: sale_tab.preview is not None, timeout=10_000)
    assert sale_tab.preview.windowTitle().startswith("Rapport X")
    _close_previews(sale_tab)


def test_a_long_product_name_is_shown_whole_in_the_basket(qtbot: QtBot, sale_tab: SaleTab, services: Services,
                                                           admin: Actor) -> None:
    """'Jus d'orange' used to be cut to 'Jus …' in the basket."""
    services.cafeteria.save_product(admin, {"name": "Jus d'orange pressé", "price_centimes": 1500,
                                            "tva_rate_bp": 1000, "shortcut": "F5", "sort_order": 5})
    sale_tab.window().resize(1366, 768)
    sale_tab.refresh()
    qtbot.waitUntil(lambda: len(sale_tab.products) == 5)
    qtbot.keyClick(sale_tab.given, Qt.Key.Key_F5)
    qtbot.keyClick(sale_tab.given, Qt.Key.Key_F1)
    qtbot.wait(50)
    basket = sale_tab.basket
    shown = basket.item(0, 0).text()
    assert shown == "Jus d'orange pressé"
    needed = basket.fontMetrics().horizontalAdvance(shown)
    assert basket.columnWidth(0) > needed, (basket.columnWidth(0), needed)
    assert all(basket.columnWidth(c) >= basket.fontMetrics().horizontalAdvance(basket.item(0, c).text())
               for c in (1, 2, 3))
