"""The main window: navigation built from PAGES for the actor's role, pages created on first show,
the status bar (who, which desk, last sync) and the session actions (lock, log out, quit, about)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

import reception
from reception.core.services.site import SiteInfo
from reception.core.shortcuts import key as shortcut_key
from reception.ui import theme
from reception.ui.context import AppContext
from reception.ui.idle_lock import IdleWatcher, LockOverlay
from reception.ui.notices import NoticeLabel
from reception.ui.pages import DESK_FEATURES, PAGES, PageSpec
from reception.ui.scan import ScanRouter
from reception.ui.status import last_sync_text
from reception.ui.sync.conflicts import CONFLICTS, conflicts_action, open_conflicts


class MainWindow(QMainWindow):
    logout_requested = Signal()
    quit_requested = Signal()
    page_shown = Signal(str)
    unlocked = Signal()

    def __init__(self, ctx: AppContext, site: SiteInfo, idle_minutes: int,
                 scans: ScanRouter | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._scans = scans
        self._closing_for_logout = False
        self.specs: list[PageSpec] = [spec for spec in PAGES if spec.visible_to(ctx.actor)]
        self.pages: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("Console d'accueil — {site}").format(site=site.site_name))
        self.setWindowIcon(theme.app_icon())
        self.setMinimumSize(1024, 640)
        self.resize(1366, 768)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(212)
        self.page_title = QLabel()
        self.page_title.setObjectName("pageTitle")
        self.stack = QStackedWidget()
        self._build_central()
        self._build_actions(site)
        self._build_status_bar(site)
        self.desk_features = [install(ctx, self) for install in DESK_FEATURES]  # scans, F9, timers: every page

        self.overlay = LockOverlay(ctx.services, ctx.actor, ctx.runner, self)
        self.overlay.unlocked.connect(self.unlock)
        self.overlay.switch_user.connect(self.request_logout)
        self.idle_watcher = IdleWatcher(idle_minutes, self)
        self.idle_watcher.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle_watcher)
        self.idle_watcher.start()
        self._focus_before_lock: QWidget | None = None

        self.navigation.currentRowChanged.connect(self._show_row)
        if self.specs:
            self.navigation.setCurrentRow(0)

    # --- building -----------------------------------------------------------------------------------

    def _build_central(self) -> None:
        for spec in self.specs:
            item = QListWidgetItem(theme.icon(spec.icon), QCoreApplication.translate("Navigation", spec.title))
            item.setToolTip(QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText))
            self.navigation.addItem(item)
        content = QWidget()
        content.setObjectName("content")
        column = QVBoxLayout(content)
        column.setContentsMargins(24, 16, 24, 16)
        column.setSpacing(8)
        column.addWidget(self.page_title)
        column.addWidget(self.stack, 1)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(content, 1)
        self.central = central
        self.setCentralWidget(central)

    def _action(self, text: str, icon: str, slot: object, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(theme.icon(icon), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self, site: SiteInfo) -> None:
        self.page_actions = []
        for row, spec in enumerate(self.specs):
            action = QAction(QCoreApplication.translate("Navigation", spec.title), self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _checked=False, r=row: self.navigation.setCurrentRow(r))
            self.addAction(action)
            self.page_actions.append(action)
        self.lock_action = self._action(self.tr("Verrouiller"), "lock", self.lock, shortcut_key("session.lock"))
        self.logout_action = self._action(self.tr("Se déconnecter"), "logout", self.request_logout)
        self.quit_action = self._action(self.tr("Quitter"), "quit", self.quit_requested.emit,
                                        shortcut_key("session.quit"))
        self.about_action = self._action(self.tr("À propos"), "about", self.show_about)

        console_menu = self.menuBar().addMenu(self.tr("&Console"))
        for action in (self.lock_action, self.logout_action):
            console_menu.addAction(action)
        self.conflicts_action = conflicts_action(self.ctx, self, console_menu)
        console_menu.addSeparator()
        console_menu.addAction(self.quit_action)
        pages_menu = self.menuBar().addMenu(self.tr("Afficha&ge"))
        for action in self.page_actions:
            pages_menu.addAction(action)
        self.menuBar().addMenu(self.tr("Ai&de")).addAction(self.about_action)

        self.toolbar = QToolBar(self.tr("Session"))
        self.toolbar.setObjectName("sessionBar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addWidget(self._brand(site))
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        for action in (self.lock_action, self.logout_action):
            self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)

    def _brand(self, site: SiteInfo) -> QWidget:
        """The header's left side: logo, site and desk, so a glance says where this console runs."""
        brand = QWidget()
        row = QHBoxLayout(brand)
        row.setContentsMargins(8, 0, 0, 0)
        row.setSpacing(8)
        logo = QLabel()
        logo.setPixmap(theme.logo(28))
        name = QLabel(site.site_name)
        name.setObjectName("brand")
        desk = QLabel(site.desk_name)
        desk.setObjectName("brandDesk")
        for widget in (logo, name, desk):
            row.addWidget(widget)
        return brand

    def _build_status_bar(self, site: SiteInfo) -> None:
        actor = self.ctx.actor
        self.user_label = QLabel(f"{actor.full_name} · {actor.role_label}")
        self.desk_label = QLabel(self.tr("Poste {code} · {name}").format(code=site.desk_code, name=site.desk_name))
        self.sync_label = QLabel()
        self.notice = NoticeLabel(self.ctx.runner.notices)
        self.refresh_sync_status()
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        bar.addWidget(self.user_label)
        bar.addWidget(self.notice, 1)
        bar.addPermanentWidget(self.desk_label)
        bar.addPermanentWidget(self.sync_label)

    def refresh_sync_status(self) -> None:
        self.sync_label.setText(self.tr("Dernière synchro : {when}").format(when=last_sync_text(self.ctx.services)))

    # --- pages ----------------------------------------------------------------------------------------

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        spec = self.specs[row]
        page = self.pages.get(spec.key)
        if page is None:
            page = spec.factory(self.ctx)
            page.setObjectName(f"page-{spec.key}")
            navigate = getattr(page, "navigate_requested", None)  # Accueil's tiles lead to other pages
            if navigate is not None:
                navigate.connect(self.navigate)
            self.pages[spec.key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.page_title.setText(QCoreApplication.translate("Navigation", spec.title))
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
        self.page_shown.emit(spec.key)

    def show_page(self, key: str) -> QWidget:
        """Brings a page to the front (a scan handler may call it); returns the page."""
        row = next(i for i, spec in enumerate(self.specs) if spec.key == key)
        self.navigation.setCurrentRow(row)
        return self.pages[key]

    def navigate(self, key: str) -> None:
        """A page asks for another one; pages the actor may not see are not shown."""
        if key == CONFLICTS:  # a dialog, not a page
            open_conflicts(self.ctx, self)
        elif any(spec.key == key for spec in self.specs):
            self.show_page(key)

    def current_key(self) -> str:
        return self.specs[self.navigation.currentRow()].key

    # --- session --------------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.overlay.isVisible()

    def _set_interactive(self, interactive: bool) -> None:
        for widget in (self.central, self.menuBar(), self.toolbar):
            widget.setEnabled(interactive)
        for action in (*self.page_actions, self.lock_action, self.logout_action, self.quit_action, self.about_action):
            action.setEnabled(interactive)
        if self._scans is not None:
            self._scans.locked = not interactive

    def lock(self) -> None:
        if self.locked:
            return
        self._focus_before_lock = QApplication.focusWidget()
        self.idle_watcher.stop()
        self._set_interactive(False)
        self.overlay.cover()

    def unlock(self) -> None:
        self.overlay.hide()
        self._set_interactive(True)
        if self._focus_before_lock is not None and self.isAncestorOf(self._focus_before_lock):
            self._focus_before_lock.setFocus()
        self.idle_watcher.start()
        self.unlocked.emit()

    def request_logout(self) -> None:
        self.logout_requested.emit()

    def close_for_logout(self) -> None:
        self._closing_for_logout = True
        self.close()

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("À propos"),
            self.tr("<b>Console d'accueil</b> — version {version}<br>"
                    "Accueil des visiteurs, salles de réunion et cafétéria du technopark.").format(
                version=reception.__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle_watcher)
        self.idle_watcher.stop()
        super().closeEvent(event)
        if not self._closing_for_logout:
            self.quit_requested.emit()
