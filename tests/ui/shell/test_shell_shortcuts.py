"""One table of shortcuts, and every window's keys and mnemonics free of collisions on every page and tab."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from reception.core.errors import ValidationError
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.shortcuts import APP, SHORTCUTS, key, reserved_for
from reception.ui.context import AppContext
from reception.ui.main_window import MainWindow
from reception.ui.pages import PAGES
from reception.ui.rooms.booking_dialog import BookingDialog
from reception.ui.visitors.desk import VisitorDesk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def _portable(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text)
    return f"Alt+{found.group(1).upper()}" if found else None


def active_keys(window: QWidget) -> list[tuple[str, str]]:
    """(key, what) for every shortcut and mnemonic a person can press in `window` as it is shown now."""
    keys: list[tuple[str, str]] = []
    for action in {id(a): a for a in window.findChildren(QAction) + window.actions()}.values():
        if action.isEnabled() and not action.shortcut().isEmpty():
            keys.append((_portable(action.shortcut()), action.text()))
    for shortcut in window.findChildren(QShortcut):
        owner = shortcut.parent()
        if shortcut.isEnabled() and isinstance(owner, QWidget) and owner.isVisible():
            keys.append((_portable(shortcut.key()), owner.objectName() or type(owner).__name__))
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts: list[str] = []
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()) if widget.isTabEnabled(i))
        keys.extend((m, t) for t in texts if (m := mnemonic(t)))
    menu_bar = getattr(window, "menuBar", None)
    if callable(menu_bar):
        keys.extend((m, a.text()) for a in menu_bar().actions() if (m := mnemonic(a.text())))
    return keys


def collisions(keys: list[tuple[str, str]]) -> dict[str, list[str]]:
    counts = Counter(k for k, _ in keys)
    return {k: sorted(w for kk, w in keys if kk == k) for k, n in counts.items() if n > 1}


def test_the_table_has_no_key_twice_in_one_scope() -> None:
    scopes = {s.scope for s in SHORTCUTS} - {APP}
    for scope in scopes:
        keys = Counter(s.key.upper() for s in SHORTCUTS if s.scope in (APP, scope))
        assert [k for k, n in keys.items() if n > 1] == [], scope
    assert key("visitors.evacuation") == "F9"
    assert {f"page.{p.key}" for p in PAGES} <= {s.name for s in SHORTCUTS}


def test_a_product_may_not_take_a_reserved_key(services: Services, admin: Actor) -> None:
    """The price screen used to accept F9 as a product key: the sale screen then lost the evacuation list."""
    for reserved in ("F9", "f8", "F10", "Ctrl+1"[:4]):
        values = {"name": "Thé", "price_centimes": 500, "tva_rate_bp": 1000, "shortcut": reserved}
        if reserved.upper() in reserved_for("cafeteria.sale"):
            with pytest.raises(ValidationError) as refused:
                services.cafeteria.save_product(admin, values)
            assert "réservée" in refused.value.errors["shortcut"]
    saved = services.cafeteria.save_product(admin, {"name": "Thé", "price_centimes": 500, "tva_rate_bp": 1000,
                                                    "shortcut": "F3"})
    assert saved.shortcut == "F3"



def _every_screen(qtbot: QtBot, window: MainWindow) -> Iterator[str]:
    """Shows each page and each tab of it in turn; yields where it is."""
    for spec in window.specs:
        page = window.show_page(spec.key)
        tab_widgets = [t for t in page.findChildren(QTabWidget) if t.isVisible()] or [None]
        for tabs in tab_widgets:
            for index in range(tabs.count() if tabs else 1):
                if tabs is not None:
                    tabs.setCurrentIndex(index)
                qtbot.wait(20)
                yield f"{spec.key}/{tabs.tabText(index) if tabs else ''}"


def test_no_screen_has_two_keys_alike_and_f9_works_everywhere(qtbot: QtBot, admin_window: MainWindow) -> None:
    seen = 0
    for where in _every_screen(qtbot, admin_window):
        keys = active_keys(admin_window)
        assert collisions(keys) == {}, where
        assert [k for k, _ in keys].count("F9") == 1, where  # the evacuation list, and nothing else
        seen += 1
    assert seen >= 14  # every page and tab was visited


def test_f9_on_the_cafeteria_sale_prints_the_evacuation_list(qtbot: QtBot, admin_window: MainWindow) -> None:
    """F9 was also Espèces there, and two owners of a key means neither fires."""
    admin_window.show_page("cafeteria")
    [desk] = [f for f in admin_window.desk_features if isinstance(f, VisitorDesk)]

    qtbot.keyClick(admin_window, Qt.Key.Key_F9)

    qtbot.waitUntil(lambda: desk.preview is not None, timeout=10_000)
    desk.preview.close()


def test_the_booking_dialog_has_one_mnemonic_per_field(qtbot: QtBot, admin_ctx: AppContext,
                                                        services: Services, admin: Actor) -> None:
    """Alt+O was both Société and Objet."""
    dialog = BookingDialog(admin_ctx, [], [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    keys = active_keys(dialog)
    assert collisions(keys) == {}
    assert {"Alt+O", "Alt+B"} <= {k for k, _ in keys}


def test_visitors_tabs_take_alt_a_and_alt_t(qtbot: QtBot, admin_window: MainWindow) -> None:
    """Alt+A opened the Affichage menu instead of Arrivée; Alt+T went to Téléphone instead of Attendus."""
    page = admin_window.show_page("visitors")
    tabs = page.findChild(QTabWidget)
    assert tabs is not None
    admin_window.activateWindow()
    page.checkin.last_name.setFocus()
    qtbot.waitUntil(page.checkin.last_name.hasFocus)

    qtbot.keyClick(page.checkin.last_name, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tabs.tabText(tabs.currentIndex()) == "A&ttendus")
    qtbot.keyClick(QApplication.focusWidget() or admin_window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tabs.tabText(tabs.currentIndex()) == "&Arrivée")
