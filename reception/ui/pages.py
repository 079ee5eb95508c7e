"""The navigation: each job's page, its icon, shortcut and the permissions that show it.

A capability adds its page by adding one PageSpec here (and its "page.<key>" to core/shortcuts.py); the
main window builds the navigation from it. A page is a QWidget built as `factory(context)`; if it has a
`refresh()` method, the window calls it each time the page is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMainWindow, QWidget

from reception.core.services.permissions import Actor, Permission
from reception.core.shortcuts import key as shortcut_key
from reception.ui.context import AppContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("Navigation", ...); translated when shown
    icon: str  # file name in resources/icons, without .svg
    permissions: tuple[Permission, ...]  # any one of them shows the page
    factory: Callable[[AppContext], QWidget]

    @property
    def shortcut(self) -> str:
        """Ctrl+number, from the table of shortcuts (core/shortcuts.py: "page.<key>")."""
        return shortcut_key(f"page.{self.key}")

    def visible_to(self, actor: Actor) -> bool:
        return any(actor.can(p) for p in self.permissions)


def _home(ctx: AppContext) -> QWidget:
    from reception.ui.home.page import HomePage

    return HomePage(ctx)


def _visitors(ctx: AppContext) -> QWidget:
    from reception.ui.visitors.page import VisitorsPage

    return VisitorsPage(ctx)


def _rooms(ctx: AppContext) -> QWidget:
    from reception.ui.rooms.page import RoomsPage

    return RoomsPage(ctx)


def _cafeteria(ctx: AppContext) -> QWidget:
    from reception.ui.cafeteria.page import CafeteriaPage

    return CafeteriaPage(ctx)


def _reports(ctx: AppContext) -> QWidget:
    from reception.ui.reports.page import ReportsPage

    return ReportsPage(ctx)


def _journal(ctx: AppContext) -> QWidget:
    from reception.ui.journal.page import JournalPage

    return JournalPage(ctx)


def _settings(ctx: AppContext) -> QWidget:
    from reception.ui.settings.page import SettingsPage

    return SettingsPage(ctx)


PAGES: list[PageSpec] = [
    PageSpec("home", cast(str, QT_TRANSLATE_NOOP("Navigation", "Accueil")), "home",
             (Permission.DIRECTORY_VIEW,), _home),
    PageSpec("visitors", cast(str, QT_TRANSLATE_NOOP("Navigation", "Visiteurs")), "visitors",
             (Permission.VISITS_CHECKIN,), _visitors),
    PageSpec("rooms", cast(str, QT_TRANSLATE_NOOP("Navigation", "Salles")), "rooms",
             (Permission.ROOMS_BOOK, Permission.ROOMS_MANAGE), _rooms),
    PageSpec("cafeteria", cast(str, QT_TRANSLATE_NOOP("Navigation", "Cafétéria")), "cafeteria",
             (Permission.CAFETERIA_SELL, Permission.PRICES_MANAGE), _cafeteria),
    PageSpec("reports", cast(str, QT_TRANSLATE_NOOP("Navigation", "Rapports")), "reports",
             (Permission.REPORTS_VIEW, Permission.REPORTS_DESK), _reports),
    PageSpec("journal", cast(str, QT_TRANSLATE_NOOP("Navigation", "Journal")), "journal",
             (Permission.JOURNAL_VIEW,), _journal),
    PageSpec("settings", cast(str, QT_TRANSLATE_NOOP("Navigation", "Paramètres")), "settings",
             (Permission.SETTINGS_MANAGE, Permission.USERS_MANAGE, Permission.DIRECTORY_MANAGE,
              Permission.DIRECTORY_CONFIRM, Permission.WATCHLIST_MANAGE), _settings),
]


def _visitor_desk(ctx: AppContext, window: QMainWindow) -> object:
    from reception.ui.visitors.desk import install_visitor_desk

    return install_visitor_desk(ctx, window)


def _digest_timer(ctx: AppContext, window: QMainWindow) -> object:
    from reception.ui.reports.digest_timer import install_digest_timer

    return install_digest_timer(ctx, window)


def _sync_desk(ctx: AppContext, window: QMainWindow) -> object:
    from reception.ui.sync.desk import install_sync_desk

    return install_sync_desk(ctx, window)


def _scanner_affixes(ctx: AppContext, window: QMainWindow) -> object:
    from reception.ui.scan import install_scanner_affixes

    install_scanner_affixes(ctx, window)
    return None


def _kiosk_watch(ctx: AppContext, window: QMainWindow) -> object:
    from reception.ui.visitors.kiosk_watch import install_kiosk_watch

    return install_kiosk_watch(ctx, window)


FIRST_WINDOW_MODULES = ("reception.core.services.container", "reception.ui.session", "reception.ui.home.page",
                        "reception.ui.visitors.desk", "reception.ui.reports.digest_timer", "reception.ui.sync.desk",
                        "reception.ui.scan", "reception.ui.visitors.kiosk_watch")
"""What the session and its first main window import (the services, Accueil, the desk features below): the
start-up imports them on a worker while the login waits (app.py), so the GUI thread builds the window without
importing a second of modules; tests/ui/shell/test_shell_startup.py keeps the list complete."""

DESK_FEATURES: list[Callable[[AppContext, QMainWindow], object]] = [_visitor_desk, _digest_timer, _sync_desk,
                                                                    _scanner_affixes, _kiosk_watch]
"""What a capability installs once per main window because it must work on every page (badge scans, function
keys, background timers). The window calls each with (context, window) and keeps what it returns."""
