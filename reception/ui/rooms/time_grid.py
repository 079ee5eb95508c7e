"""A custom-painted time grid: columns (rooms of a day, or days of a room's week), 15-minute rows, booking blocks.

Mouse: a click or a drag on free cells emits `slot_chosen`; a click on a block emits `block_activated`.
Blocks that overlap in a column (two desks booked the same room, found by the sync) are laid side by side,
hatched in red with a warning sign; hovering one says it awaits a manager's decision.
Keyboard: arrows move the cursor between slots and columns, Shift+Up/Down stretches the selection,
Enter opens the slot (or the block under the cursor), PageUp/PageDown ask for the previous/next period.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import time
from html import escape
from typing import cast

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from reception.ui.theme import icon

STEP = 15
HEADER_HEIGHT, TIME_WIDTH, MIN_ROW = 62, 52, 9
PALETTE = ("#0F766E", "#2563EB", "#9333EA", "#C2410C", "#0E7490", "#BE185D", "#4D7C0F", "#B45309")
CONFLICT = "#DC2626"


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
    conflict: bool = False  # the sync found another desk's booking overlapping this one


@dataclass(frozen=True)
class PlacedBlock:
    """A block and its lane: `lanes` blocks overlap there, each drawn in 1/lanes of the column's width."""

    block: GridBlock
    lane: int
    lanes: int


def lay_out(blocks: list[GridBlock]) -> list[PlacedBlock]:
    """Puts overlapping blocks of a column side by side so none hides another (order: column, start)."""
    placed: list[PlacedBlock] = []
    cluster: list[tuple[GridBlock, int]] = []  # blocks that overlap, directly or through each other
    lane_ends: list[int] = []  # minute at which each lane of the cluster is free again
    for block in sorted(blocks, key=lambda b: (b.column, minutes(b.start), minutes(b.end), b.id)):
        start, end = minutes(block.start), minutes(block.end)
        if cluster and (block.column != cluster[0][0].column or start >= max(lane_ends)):
            placed.extend(PlacedBlock(b, lane, len(lane_ends)) for b, lane in cluster)
            cluster, lane_ends = [], []
        lane = next((i for i, free_at in enumerate(lane_ends) if free_at <= start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        cluster.append((block, lane))
    placed.extend(PlacedBlock(b, lane, len(lane_ends)) for b, lane in cluster)
    return placed


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
        self.placed: list[PlacedBlock] = []
        self.opens, self.closes = time(8), time(20)
        self.cursor_column, self.cursor_row, self.span = 0, 0, 1
        self._drag: tuple[int, int] | None = None

    # --- data ---------------------------------------------------------------------------------------------

    def set_content(self, columns: list[GridColumn], blocks: list[GridBlock], opens: time, closes: time) -> None:
        self.columns, self.blocks, self.opens, self.closes = columns, blocks, opens, closes
        self.placed = lay_out(blocks)
        self.cursor_column = min(self.cursor_column, max(0, len(columns) - 1))
        self.cursor_row = min(self.cursor_row, max(0, self.rows - 1))
        self.update()

    def place_cursor_at(self, moment: time) -> None:
        """Puts the cursor on the slot holding `moment` (now, on today's grid), within opening hours."""
        row = (minutes(moment) - minutes(self.opens)) // STEP
        self.cursor_row, self.span = max(0, min(self.rows - 1, row)), 1
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

    def block_at_point(self, point: QPointF) -> GridBlock | None:
        """The block drawn under the point: with blocks side by side, the one in that lane."""
        index = {c.key: i for i, c in enumerate(self.columns)}
        return next((p.block for p in self.placed
                     if p.block.column in index and self.block_rect(p, index[p.block.column]).contains(point)), None)

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

    def _x(self, x: float, width: float = 0.0) -> float:
        """Where something drawn at `x` (left to right) goes: mirrored in a right-to-left interface (Arabic),
        so the time axis stands on the right and the first room is the rightmost, as the reader starts."""
        return self.width() - x - width if self.isRightToLeft() else x

    def cell_rect(self, column: int, row: int, rows: int = 1) -> QRectF:
        width = self._column_width()
        return QRectF(self._x(TIME_WIDTH + column * width, width), HEADER_HEIGHT + row * self._row_height(),
                      width, rows * self._row_height())

    def block_rect(self, placed: PlacedBlock, column: int) -> QRectF:
        block = placed.block
        first = (minutes(block.start) - minutes(self.opens)) // STEP
        count = max(1, (minutes(block.end) - minutes(block.start)) // STEP)
        cell = self.cell_rect(column, first, count)
        width = cell.width() / placed.lanes
        lane = placed.lanes - 1 - placed.lane if self.isRightToLeft() else placed.lane
        return QRectF(cell.left() + lane * width, cell.top(), width, cell.height()).adjusted(3, 1.5, -3, -1.5)

    def cell_at(self, point: QPointF) -> tuple[int, int] | None:
        x = self._x(point.x())
        if x < TIME_WIDTH or point.y() < HEADER_HEIGHT or not self.columns:
            return None
        column = int((x - TIME_WIDTH) // self._column_width())
        row = int((point.y() - HEADER_HEIGHT) // self._row_height())
        if 0 <= column < len(self.columns) and 0 <= row < self.rows:
            return column, row
        return None

    # --- painting -----------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        self._paint_cells(painter)  # straight lines and rectangles: antialiasing them was most of a 1080p paint
        self._paint_header(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)  # the rounded blocks and the cursor
        self._paint_blocks(painter)
        self._paint_cursor(painter)
        painter.end()

    def _paint_cells(self, painter: QPainter) -> None:
        closed = QColor("#F1F5F9")
        starts = [minutes(self.row_time(r)) for r in range(self.rows)]  # once, not once per room (54,000 calls)
        for c, column in enumerate(self.columns):
            opens, closes = minutes(column.opens), minutes(column.closes)
            shut = [not opens <= start < closes for start in starts]
            for first, count in _runs(shut):  # one rectangle per closed stretch, not one per quarter hour
                painter.fillRect(self.cell_rect(c, first, count), closed)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        painter.setFont(small)
        row_height = self._row_height()
        for r in range(self.rows + 1):
            y = HEADER_HEIGHT + r * row_height
            hour_line = minutes(self.row_time(r)) % 60 == 0
            painter.setPen(QPen(QColor("#CBD5E1" if hour_line else "#EEF2F6"), 1))
            painter.drawLine(QPointF(self._x(TIME_WIDTH - (6 if hour_line else 0)), y),
                             QPointF(self._x(self.width()), y))
            if hour_line and r < self.rows:
                painter.setPen(QColor("#64748B"))  # right-aligned, i.e. against the grid, in either direction
                painter.drawText(QRectF(self._x(0, TIME_WIDTH - 9), y - 1, TIME_WIDTH - 9, 14),
                                 Qt.AlignmentFlag.AlignRight, f"{self.row_time(r):%H:%M}")
        painter.setPen(QPen(QColor("#E2E8F0"), 1))
        for c in range(len(self.columns) + 1):
            x = self._x(TIME_WIDTH + c * self._column_width())
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
            width = self._column_width() - 8
            box = QRectF(self._x(TIME_WIDTH + c * self._column_width() + 4, width), 4, width, HEADER_HEIGHT - 8)
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
        warning = icon("warning", CONFLICT).pixmap(16, 16)
        for placed in self.placed:
            block = placed.block
            if block.column not in index:
                continue
            rect = self.block_rect(placed, index[block.column])
            colour = colours[block.colour_key]
            fill = QColor(colour)
            fill.setAlpha(38)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 4, 4)
            if block.conflict:
                painter.setBrush(QBrush(QColor(220, 38, 38, 70), Qt.BrushStyle.BDiagPattern))
                painter.setPen(QPen(QColor(CONFLICT), 1.5))
                painter.drawRoundedRect(rect, 4, 4)
                painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(CONFLICT) if block.conflict else colour)
            rtl = self.isRightToLeft()  # the colour bar where the text starts, the warning where it ends
            bar = QRectF(rect.right() - 4 if rtl else rect.left(), rect.top(), 4, rect.height())
            painter.drawRoundedRect(bar, 2, 2)
            if block.conflict:
                painter.drawPixmap(QPointF(rect.left() + 3 if rtl else rect.right() - 19, rect.top() + 2), warning)
            end_margin = 22 if block.conflict else 4
            text = rect.adjusted(end_margin, 1, -8, -1) if rtl else rect.adjusted(8, 1, -end_margin, -1)
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

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event = cast(QHelpEvent, event)
            text = self.tooltip_at(QPointF(help_event.pos()))
            if text:
                QToolTip.showText(help_event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_at(self, point: QPointF) -> str:
        block = self.block_at_point(point)
        if block is None:
            return ""
        lines = [f"<b>{escape(block.title)}</b>", escape(block.detail), f"{block.start:%H:%M}–{block.end:%H:%M}"]
        if block.conflict:
            lines.append("<span style='color:#B91C1C'>⚠ "
                         + self.tr("Conflit de synchronisation : à arbitrer par un responsable") + "</span>")
        return "<br>".join(lines)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        if cell is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self.setFocus()
        block = self.block_at_point(event.position()) or self.block_at(*cell)
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
            delta = -1 if (key == Qt.Key.Key_Left) != self.isRightToLeft() else 1  # the arrow's way on screen
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


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    """(first index, length) of each stretch of True in `flags`."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for index, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            runs.append((start, index - start))
            start = None
    return runs
