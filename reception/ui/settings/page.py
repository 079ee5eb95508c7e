"""Paramètres: one tab per administrative job, each shown only to the roles allowed to do it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from reception.core.services.permissions import Permission
from reception.ui.context import AppContext
from reception.ui.settings.agreements_tab import AgreementsTab
from reception.ui.settings.directory_tab import DirectoryTab
from reception.ui.settings.pending_hosts_tab import PendingHostsTab
from reception.ui.settings.preferences_tab import PreferencesTab
from reception.ui.settings.site_tab import SiteTab
from reception.ui.settings.users_tab import UsersTab
from reception.ui.settings.watchlist_tab import WatchListTab

TABS: tuple[tuple[str, Permission, Callable[[AppContext], QWidget]], ...] = (
    ("site", Permission.SETTINGS_MANAGE, SiteTab),
    ("preferences", Permission.SETTINGS_MANAGE, PreferencesTab),
    ("users", Permission.USERS_MANAGE, UsersTab),
    ("directory", Permission.DIRECTORY_MANAGE, DirectoryTab),
    ("pending_hosts", Permission.DIRECTORY_CONFIRM, PendingHostsTab),
    ("watchlist", Permission.WATCHLIST_MANAGE, WatchListTab),
    ("agreements", Permission.SETTINGS_MANAGE, AgreementsTab),
)


class SettingsPage(QWidget):
    """Each tab loads its data the first time it is shown, and again whenever the page comes back."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.by_key: dict[str, QWidget] = {}
        titles = {"site": self.tr("Site et poste"), "preferences": self.tr("Réglages"),
                  "users": self.tr("Utilisateurs"), "directory": self.tr("Annuaire"),
                  "pending_hosts": self.tr("Annuaire : à confirmer"),
                  "watchlist": self.tr("Liste de vigilance"), "agreements": self.tr("Accords des visiteurs")}
        for key, permission, factory in TABS:
            if ctx.actor.can(permission):
                tab = factory(ctx)
                self.by_key[key] = tab
                self.tabs.addTab(_scrolling(tab) if key == "site" else tab, titles[key])
        self.tabs.currentChanged.connect(lambda _index: self.refresh())  # after the tabs: no load while building
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        shown = self.tabs.currentWidget()
        current = shown.widget() if isinstance(shown, QScrollArea) else shown
        refresh = getattr(current, "refresh", None)
        if callable(refresh):
            refresh()


def _scrolling(tab: QWidget) -> QScrollArea:
    """Site et poste, with its backup and schedule boxes, is taller than 768 pixels in the bundled fonts: it
    scrolls instead of being clipped (the list tabs keep their own scrolling)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(tab)
    return area
