"""The box a visitor signs in, with a finger, a stylus or the mouse (kiosk and desk alike).

It records strokes as the core stores them (core/services/agreement_strokes.py): points (x, y, t) with x and y
normalised to 0..1 over the white box and t the milliseconds since the first touch. The box keeps the core's
ASPECT (3:1) whatever the widget's size, centred in it, so a signature keeps its shape on the PDF. Touch and
tablet events are accepted where they arrive, so Qt never turns them into a second, synthesised mouse stroke.
The clear button belongs to the caller (its place differs between the kiosk and the desk's dialog).
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from reception.core.services.agreement_strokes import ASPECT

INK = QColor("#1E293B")
PAPER = QColor("#FFFFFF")
FRAME = QColor("#CBD5E1")
GUIDE = QColor("#94A3B8")
BASELINE = 0.72
"""Where the line to sign on sits, as a fraction of the box's height."""

Point = tuple[float, float, float]


class SignaturePad(QWidget):
    """Draws strokes from mouse, touch and tablet input; `changed` fires after each stroke and on clear."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Zone de signature"))
        self._strokes: list[list[Point]] = []
        self._drawing = False
        self._touch_id: int | None = None
        self._clock = QElapsedTimer()
        self._prompt = self.tr("Signez ici")

    # what the caller reads and does

    def strokes(self) -> list[list[Point]]:
        """The strokes drawn so far, normalised to the box (a copy)."""
        return [list(stroke) for stroke in self._strokes]

    def is_empty(self) -> bool:
        return not self._strokes

    def clear(self) -> None:
        self._strokes.clear()
        self._drawing = False
        self._touch_id = None
        self.update()
        self.changed.emit()

    def set_prompt(self, text: str) -> None:
        """The words under the line while the pad is empty, in the signer's language ("Sign here")."""
        self._prompt = text
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(660, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 120)

    # input

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing and event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._drawing:
            self._extend(event.position())
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove and self._drawing and event.pressure() > 0:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease and self._drawing:
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QTouchEvent):
            self._touch(event)
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        """Follows the first finger down until it lifts; other fingers (a palm, a second hand) are ignored."""
        event.accept()
        for point in event.points():
            state = point.state()
            if self._touch_id is None and state == point.State.Pressed:
                self._touch_id = point.id()
                self._begin(point.position())
            elif point.id() == self._touch_id and state in (point.State.Updated, point.State.Stationary):
                self._extend(point.position())
            elif point.id() == self._touch_id and state == point.State.Released:
                self._extend(point.position())
                self._end()
                self._touch_id = None
        if event.type() == QEvent.Type.TouchCancel and self._drawing:
            self._end()
            self._touch_id = None

    def paper(self) -> QRectF:
        """The white box signed in: the largest ASPECT rectangle centred in the widget."""
        width, height = float(self.width()), float(self.height())
        if width > height * ASPECT:
            return QRectF((width - height * ASPECT) / 2, 0, height * ASPECT, height)
        return QRectF(0, (height - width / ASPECT) / 2, width, width / ASPECT)

    def _normalised(self, position: QPointF) -> Point:
        if not self._clock.isValid():
            self._clock.start()
        box = self.paper()
        x = min(1.0, max(0.0, (position.x() - box.x()) / max(1.0, box.width())))
        y = min(1.0, max(0.0, (position.y() - box.y()) / max(1.0, box.height())))
        return (x, y, float(self._clock.elapsed()))

    def _begin(self, position: QPointF) -> None:
        if self.is_empty():
            self._clock.invalidate()  # times count from this signature's first touch
        self._drawing = True
        self._strokes.append([self._normalised(position)])
        self.update()

    def _extend(self, position: QPointF) -> None:
        point = self._normalised(position)
        stroke = self._strokes[-1]
        if point[:2] != stroke[-1][:2]:
            stroke.append(point)
            self.update()

    def _end(self) -> None:
        self._drawing = False
        stroke = self._strokes[-1]
        if len(stroke) == 1:  # a tap is a dot: two points, so it is drawn and stored like any stroke
            stroke.append(stroke[0])
        self.update()
        self.changed.emit()

    # look

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = self.paper()
        painter.setPen(QPen(FRAME, 1))
        painter.setBrush(PAPER)
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        self._paint_guide(painter, box)
        painter.setPen(QPen(INK, max(2.0, box.height() / 90), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)

        def at(point: Point) -> QPointF:
            return QPointF(box.x() + point[0] * box.width(), box.y() + point[1] * box.height())

        for stroke in self._strokes:
            if all(p[:2] == stroke[0][:2] for p in stroke):
                painter.drawPoint(at(stroke[0]))  # a tap
                continue
            path = QPainterPath(at(stroke[0]))
            for point in stroke[1:]:
                path.lineTo(at(point))
            painter.drawPath(path)
        painter.end()

    def _paint_guide(self, painter: QPainter, box: QRectF) -> None:
        """The line to sign on, a cross at its start and the prompt ("Signez ici") until the first stroke."""
        margin = max(24.0, box.width() * 0.06)
        left, right, y = box.x() + margin, box.right() - margin, box.y() + box.height() * BASELINE
        painter.setPen(QPen(GUIDE, 1.2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.setPen(QPen(GUIDE, 2))
        size = max(6.0, box.height() / 30)
        cross_x, cross_y = left + size, y - size * 2.2
        painter.drawLine(QPointF(cross_x - size, cross_y - size), QPointF(cross_x + size, cross_y + size))
        painter.drawLine(QPointF(cross_x - size, cross_y + size), QPointF(cross_x + size, cross_y - size))
        if self.is_empty():
            font = QFont(self.font())
            font.setPointSizeF(max(11.0, box.height() / 14))
            painter.setFont(font)
            painter.setPen(GUIDE)
            below = QRectF(left, y + 6, right - left, box.bottom() - y - 8)
            painter.drawText(below, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                             self._prompt)
