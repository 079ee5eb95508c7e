"""Accueil: a greeting with today's date and a tile per figure that the actor's capabilities provide.

A tile with a target is a shortcut: clicking it (or Enter/Space once focused) asks the main window for that
page through `navigate_requested`, or opens today's stored digest.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from reception.core.clock import local_today, to_local
from reception.core.services.digest import digest_path
from reception.core.services.overview import Figure
from reception.ui.context import AppContext
from reception.ui.errors import BackgroundFailure, apology_text, show_failure
from reception.ui.pages import PAGES
from reception.ui.printing import PdfPreviewDialog
from reception.ui.reports.digest_timer import open_digest
from reception.ui.sync.conflicts import CONFLICTS

REFRESH_MS = 60_000
COLUMNS = 3
DIGEST = "digest"  # the target of the "Résumé du jour prêt" tile: not a page, the stored PDF
_ACTIVATE_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space}


def long_date(day: QDate) -> str:
    """"jeudi 26 novembre 2026" in French, in the language of the interface otherwise."""
    return QLocale().toString(day, "dddd d MMMM yyyy")


class FigureTile(QFrame):
    """One figure; when `actionable`, a card that takes the focus and emits `activated(target)` like a button."""

    activated = Signal(str)

    def __init__(self, figure: Figure, actionable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self.actionable = actionable
        self.setObjectName("tile")
        self.setProperty("alert", figure.alert)
        self.setProperty("actionable", actionable)
        if actionable:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setAttribute(Qt.WidgetAttribute.WA_Hover)
            self.setAccessibleName(f"{figure.label} : {figure.value}")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 16)
        column.setSpacing(4)
        label = QLabel(figure.label)
        label.setObjectName("tileLabel")
        value = QLabel(figure.value)
        value.setObjectName("tileValue")
        # a bare number has no direction of its own: it sits where the reader starts, also in Arabic
        value.setAlignment(QStyle.visualAlignment(self.layoutDirection(), Qt.AlignmentFlag.AlignLeft)
                           | Qt.AlignmentFlag.AlignVCenter)
        detail = QLabel(figure.detail)
        detail.setObjectName("tileDetail")
        detail.setWordWrap(True)
        for widget in (label, value, detail):
            column.addWidget(widget)
        column.addStretch()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.actionable and event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.activated.emit(self.figure.target)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.actionable and event.key() in _ACTIVATE_KEYS:
            self.activated.emit(self.figure.target)
            return
        super().keyPressEvent(event)


class HomePage(QWidget):
    figures_loaded = Signal()
    navigate_requested = Signal(str)  # a page key; the main window shows it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tiles: list[FigureTile] = []
        self.digest_dialog: PdfPreviewDialog | None = None
        self._reachable = {spec.key for spec in PAGES if spec.visible_to(ctx.actor)} | {DIGEST, CONFLICTS}
        self._loading = False
        self.greeting = QLabel()
        self.greeting.setObjectName("greeting")
        self.today = QLabel()
        self.today.setObjectName("subtle")
        self.empty = QLabel(self.tr("Aucun indicateur pour votre rôle pour l'instant."))
        self.empty.setObjectName("subtle")
        self.empty.hide()
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(16)
        for column in range(COLUMNS):
            self._grid.setColumnStretch(column, 1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("pageBody")
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self._grid_host)
        inner.addWidget(self.empty)
        inner.addStretch()
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.greeting)
        layout.addWidget(self.today)
        layout.addSpacing(16)
        layout.addWidget(scroll, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Reloads the figures off the GUI thread; the tiles stay as they are until the new ones arrive."""
        self._show_date()
        if self._loading:
            return
        self._loading = True
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.runner.run(lambda: services.overview.figures(actor), self._show_figures, BackgroundFailure(
            self.ctx.runner.notices, self.tr("Indicateurs de l'accueil indisponibles"), then=self._failed))

    def _show_date(self) -> None:
        now = to_local(self.ctx.services.clock.now())
        first_name = self.ctx.actor.full_name.split(" ")[0]
        greeting = self.tr("Bonjour, %1") if now.hour < 18 else self.tr("Bonsoir, %1")
        self.greeting.setText(greeting.replace("%1", first_name))
        self.today.setText(long_date(QDate(now.year, now.month, now.day)))

    def _show_figures(self, figures: list[Figure]) -> None:
        self._loading = False
        focused = next((tile.figure.key for tile in self.tiles if tile.hasFocus()), None)
        for tile in self.tiles:
            tile.deleteLater()
        self.tiles = [FigureTile(figure, figure.target in self._reachable) for figure in figures]
        for index, tile in enumerate(self.tiles):
            tile.activated.connect(self._open)
            self._grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
            if tile.figure.key == focused:  # the minute's refresh must not take the keyboard focus away
                tile.setFocus()
        self.empty.setVisible(not figures)
        self.figures_loaded.emit()

    def _failed(self) -> None:
        """A quiet line rather than a box: this runs every minute, maybe while nobody is looking."""
        self._loading = False
        self.empty.setText(apology_text())
        self.empty.show()

    def _open(self, target: str) -> None:
        if target != DIGEST:
            self.navigate_requested.emit(target)
            return
        services = self.ctx.services
        self.ctx.runner.run(
            lambda: (digest_path(local_today(services.clock)), services.settings.get("printing.report_printer")),
            self._show_digest, lambda error: show_failure(self, error))

    def _show_digest(self, found: tuple[Path, str]) -> None:
        path, printer = found
        self.digest_dialog = open_digest(self.ctx.runner, self, path, printer)
