"""Accueil: a greeting with today's date and a tile per figure that the actor's capabilities provide."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QTimer, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from reception.core.clock import to_local
from reception.core.services.overview import Figure
from reception.ui.context import AppContext
from reception.ui.errors import apology_text

REFRESH_MS = 60_000
COLUMNS = 3


def long_date(day: QDate) -> str:
    """"jeudi 26 novembre 2026" in French, in the language of the interface otherwise."""
    return QLocale().toString(day, "dddd d MMMM yyyy")


class FigureTile(QFrame):
    def __init__(self, figure: Figure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self.setObjectName("tile")
        self.setProperty("alert", figure.alert)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 16)
        column.setSpacing(4)
        label = QLabel(figure.label)
        label.setObjectName("tileLabel")
        value = QLabel(figure.value)
        value.setObjectName("tileValue")
        detail = QLabel(figure.detail)
        detail.setObjectName("tileDetail")
        detail.setWordWrap(True)
        for widget in (label, value, detail):
            column.addWidget(widget)
        column.addStretch()


class HomePage(QWidget):
    figures_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tiles: list[FigureTile] = []
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
        self.ctx.runner.run(lambda: services.overview.figures(actor), self._show_figures, self._failed)

    def _show_date(self) -> None:
        now = to_local(self.ctx.services.clock.now())
        first_name = self.ctx.actor.full_name.split(" ")[0]
        greeting = self.tr("Bonjour") if now.hour < 18 else self.tr("Bonsoir")
        self.greeting.setText(f"{greeting}, {first_name}")
        self.today.setText(long_date(QDate(now.year, now.month, now.day)))

    def _show_figures(self, figures: list[Figure]) -> None:
        self._loading = False
        for tile in self.tiles:
            tile.deleteLater()
        self.tiles = [FigureTile(figure) for figure in figures]
        for index, tile in enumerate(self.tiles):
            self._grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
        self.empty.setVisible(not figures)
        self.figures_loaded.emit()

    def _failed(self, _error: Exception) -> None:
        """A quiet line rather than a box: this runs every minute, maybe while nobody is looking."""
        self._loading = False
        self.empty.setText(apology_text())
        self.empty.show()
