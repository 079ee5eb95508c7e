"""A custom-painted time grid: columns (rooms of a day, or days of a room's week), 15-minute rows, booking blocks.

Mouse: a click or a drag on free cells emits `slot_chosen`; a click on a block emits `block_activated`.
Keyboard: arrows move the cursor between slots and columns, Shift+Up/Down stretches the selection,
Enter opens the slot (or the block under the cursor), PageUp/PageDown ask for the previous/next period.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

STEP = 15
HEADER_HEIGHT, TIME_WIDTH, MIN_ROW = 62, 52, 9
PALETTE = ("#0F766E", "#2563EB", "#9333EA", "#C2410C", "#0E7490", "#BE185D", "#4D7C0F", "#B45309")


def minutes(value: time) -> int:
    return value.hour * 60 + value.minute


@dataclass(frozen=True)
class GridColumn:
    key: str
    title: str
    subtitle: str  # up to two lines
    opens: time
    closes: time


@dataclass(frozen=True)
class GridBlock:
    id: str
    column: str
    start: time
    end: time
    title: str
    detail: str
    colour_key: str  # same key, same colour (the tenant)
    arrived: bool = False


class TimeGrid(QWidget):
    slot_chosen = Signal(str, object, object)  # column key, start time, end time
    block_activated = Signal(str)
    period_step = Signal(int)  # -1 previous day/week, +1 next

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.columns: list[GridColumn] = []
        self.blocks: list[GridBlock] = []
        self.opens, self.closes = time(8), time(20)
        self.cursor_column, self.cursor_row, self.span = 0, 0, 1
        self._drag: tuple[int, int] | None = None

    # --- data ---------------------------------------------------------------------------------------------

    def set_content(self, columns: list[GridColumn], blocks: list[GridBlock], opens: time, closes: time) -> None:
        self.columns, self.blocks, self.opens, self.closes = columns, blocks, opens, closes
        self.cursor_column = min(self.cursor_column, max(0, len(columns) - 1))
        self.cursor_row = min(self.cursor_row, max(0, self.rows - 1))
        self.update()

    @property
    def rows(self) -> int:
        return max(1, (minutes(self.closes) - minutes(self.opens)) // STEP)

    def row_time(self, row: int) -> time:
        total = minutes(self.opens) + row * STEP
        return time(total // 60, total % 60) if total < 24 * 60 else time(23, 59)

    def cursor_slot(self) -> tuple[str, time, time] | None:
        if not self.columns:
            return None
        first = min(self.cursor_row, self.cursor_row + self.span - 1)
        last = max(self.cursor_row, self.cursor_row + self.span - 1)
        return self.columns[self.cursor_column].key, self.row_time(first), self.row_time(last + 1)

    def block_at(self, column: int, row: int) -> GridBlock | None:
        if not 0 <= column < len(self.columns):
            return None
        moment = minutes(self.row_time(row))
        key = self.columns[column].key
        return next((b for b in self.blocks if b.column == key and minutes(b.start) <= moment < minutes(b.end)), None)

    def bookable(self, column: int, row: int) -> bool:
        col = self.columns[column]
        moment = minutes(self.row_time(row))
        return minutes(col.opens) <= moment < minutes(col.closes) and self.block_at(column, row) is None

    # --- geometry -----------------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(900, HEADER_HEIGHT + self.rows * 14)

    def minimumSizeHint(self) -> QSize:
        return QSize(400, HEADER_HEIGHT + self.rows * MIN_ROW)

    def _row_height(self) -> float:
        return max(MIN_ROW, (self.height() - HEADER_HEIGHT - 1) / self.rows)

    def _column_width(self) -> float:
        return (self.width() - TIME_WIDTH - 1) / max(1, len(self.columns))

    def cell_rect(self, column: int, row: int, rows: int = 1) -> QRectF:
        return QRectF(TIME_WIDTH + column * self._column_width(), HEADER_HEIGHT + row * self._row_height(),
                      self._column_width(), rows * self._row_height())

    def cell_at(self, point: QPointF) -> tuple[int, int] | None:
        if point.x() < TIME_WIDTH or point.y() < HEADER_HEIGHT or not self.columns:
            return None
        column = int((point.x() - TIME_WIDTH) // self._column_width())
        row = int((point.y() - HEADER_HEIGHT) // self._row_height())
        if 0 <= column < len(self.columns) and 0 <= row < self.rows:
            return column, row
        return None

    # --- painting -----------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        self._paint_cells(painter)
        self._paint_header(painter)
        self._paint_blocks(painter)
        self._paint_cursor(painter)
        painter.end()

    def _paint_cells(self, painter: QPainter) -> None:
        closed = QColor("#F1F5F9")
        for c, column in enumerate(self.columns):
            for r in range(self.rows):
                moment = minutes(self.row_time(r))
                if not minutes(column.opens) <= moment < minutes(column.closes):
                    painter.fillRect(self.cell_rect(c, r), closed)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        painter.setFont(small)
        for r in range(self.rows + 1):
            y = HEADER_HEIGHT + r * self._row_height()
            hour_line = minutes(self.row_time(r)) % 60 == 0
            painter.setPen(QPen(QColor("#CBD5E1" if hour_line else "#EEF2F6"), 1))
            painter.drawLine(QPointF(TIME_WIDTH - (6 if hour_line else 0), y), QPointF(self.width(), y))
            if hour_line and r < self.rows:
                painter.setPen(QColor("#64748B"))
                painter.drawText(QRectF(0, y - 1, TIME_WIDTH - 9, 14), Qt.AlignmentFlag.AlignRight,
                                 f"{self.row_time(r):%H:%M}")
        painter.setPen(QPen(QColor("#E2E8F0"), 1))
        for c in range(len(self.columns) + 1):
            x = TIME_WIDTH + c * self._column_width()
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))

    def _paint_header(self, painter: QPainter) -> None:
        painter.fillRect(QRectF(0, 0, self.width(), HEADER_HEIGHT), QColor("#F8FAFC"))
        painter.setPen(QPen(QColor("#CBD5E1"), 1))
        painter.drawLine(QPointF(0, HEADER_HEIGHT), QPointF(self.width(), HEADER_HEIGHT))
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
        for c, column in enumerate(self.columns):
            box = QRectF(TIME_WIDTH + c * self._column_width() + 4, 4, self._column_width() - 8, HEADER_HEIGHT - 8)
            painter.setFont(bold)
            painter.setPen(QColor("#0F172A"))
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             painter.fontMetrics().elidedText(column.title, Qt.TextElideMode.ElideRight,
                                                              int(box.width())))
            painter.setFont(small)
            painter.setPen(QColor("#64748B"))
            line = painter.fontMetrics().height()
            for n, text in enumerate(column.subtitle.split("\n")[:2]):
                painter.drawText(box.adjusted(0, 19 + n * line, 0, 0), Qt.AlignmentFlag.AlignHCenter,
                                 painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                                  int(box.width())))

    def _paint_blocks(self, painter: QPainter) -> None:
        keys = sorted({b.colour_key for b in self.blocks})
        colours = {k: QColor(PALETTE[zlib.crc32(k.encode()) % len(PALETTE)]) for k in keys}
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        bold = QFont(small)
        bold.setBold(True)
        index = {c.key: i for i, c in enumerate(self.columns)}
        for block in self.blocks:
            if block.column not in index:
                continue
            first = (minutes(block.start) - minutes(self.opens)) // STEP
            count = max(1, (minutes(block.end) - minutes(block.start)) // STEP)
            rect = self.cell_rect(index[block.column], first, count).adjusted(3, 1.5, -3, -1.5)
            colour = colours[block.colour_key]
            fill = QColor(colour)
            fill.setAlpha(38)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2)
            text = rect.adjusted(8, 1, -4, -1)
            painter.setPen(QColor("#0F172A"))
            painter.setFont(bold)
            line = painter.fontMetrics().height()
            title = ("✓ " if block.arrived else "") + block.title
            painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, int(text.width())))
            if text.height() >= 2 * line:
                painter.setFont(small)
                painter.setPen(colour.darker(130))
                painter.drawText(text.adjusted(0, line, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                                 painter.fontMetrics().elidedText(block.detail, Qt.TextElideMode.ElideRight,
                                                                  int(text.width())))

    def _paint_cursor(self, painter: QPainter) -> None:
        if not self.columns:
            return
        first = min(self.cursor_row, self.cursor_row + self.span - 1)
        rect = self.cell_rect(self.cursor_column, first, abs(self.span)).adjusted(1, 1, -1, -1)
        painter.setBrush(QColor(15, 118, 110, 40 if self._drag or abs(self.span) > 1 else 18))
        painter.setPen(QPen(QColor("#0F766E"), 2 if self.hasFocus() else 1))
        painter.drawRoundedRect(rect, 3, 3)

    # --- mouse --------------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        if cell is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self.setFocus()
        block = self.block_at(*cell)
        if block is not None:
            self.cursor_column, self.cursor_row, self.span = cell[0], cell[1], 1
            self.update()
            self.block_activated.emit(block.id)
            return
        self._drag = cell
        self.cursor_column, self.cursor_row, self.span = cell[0], cell[1], 1
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        cell = self.cell_at(event.position())
        if cell is None:
            return
        start = self._drag[1]
        end = cell[1]
        step = 1 if end >= start else -1
        reach = start
        while reach != end and self.bookable(self._drag[0], reach + step):
            reach += step
        self.span = reach - start + step
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        self._drag = None
        self.update()
        self._choose()

    # --- keyboard -----------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            delta = -1 if key == Qt.Key.Key_Up else 1
            if shift:
                self.span = max(1, min(self.span + delta, self.rows - self.cursor_row))
            else:
                self.cursor_row = max(0, min(self.rows - 1, self.cursor_row + delta))
                self.span = 1
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.columns:
            delta = -1 if key == Qt.Key.Key_Left else 1
            self.cursor_column = max(0, min(len(self.columns) - 1, self.cursor_column + delta))
            self.span = 1
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.period_step.emit(-1 if key == Qt.Key.Key_PageUp else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            block = self.block_at(self.cursor_column, self.cursor_row)
            if block is not None:
                self.block_activated.emit(block.id)
            else:
                self._choose()
        else:
            super().keyPressEvent(event)
            return
        self.update()

    def _choose(self) -> None:
        chosen = self.cursor_slot()
        if chosen is not None:
            self.slot_chosen.emit(*chosen)
