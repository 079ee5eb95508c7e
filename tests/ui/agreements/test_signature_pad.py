"""The signature pad: strokes from the mouse, a finger and a stylus, normalised to the box, and its look."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reception.core.services.agreement_strokes import pack, unpack
from reception.ui.signature_pad import INK, SignaturePad


def _pad(qtbot: QtBot) -> SignaturePad:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(600, 200)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


def _ink_pixels(pad: SignaturePad) -> int:
    image = pad.grab().toImage()
    ink = QColor(INK)
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if QColor(image.pixel(x, y)).lightness() < ink.lightness() + 30)


def test_a_mouse_stroke_is_recorded_normalised_and_drawn(qtbot: QtBot) -> None:
    pad = _pad(qtbot)
    assert pad.is_empty()
    blank = _ink_pixels(pad)
    with qtbot.waitSignal(pad.changed):
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(60, 100))
        for x in range(70, 541, 10):
            QTest.mouseMove(pad, QPoint(x, 100 + (x % 40) - 20))
        QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(540, 120))

    [stroke] = pad.strokes()
    assert len(stroke) > 40
    assert stroke[0][:2] == (0.1, 0.5) and stroke[-1][:2] == (0.9, 0.6)
    assert all(0.0 <= x <= 1.0 and 0.0 <= y <= 1.0 for x, y, _t in stroke)
    assert [p[2] for p in stroke] == sorted(p[2] for p in stroke)
    assert _ink_pixels(pad) > blank + 100
    back = unpack(pack(pad.strokes()))  # what the pad hands over is what the core stores
    assert [len(s) for s in back] == [len(stroke)] and back[0][0][:2] == (410 / 4095, 2048 / 4095)


def test_a_tap_is_a_dot_and_clear_empties_the_pad(qtbot: QtBot) -> None:
    pad = _pad(qtbot)
    QTest.mouseClick(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 100))
    assert [len(s) for s in pad.strokes()] == [2]
    with qtbot.waitSignal(pad.changed):
        pad.clear()
    assert pad.is_empty() and pad.strokes() == []


def test_a_finger_draws_and_a_second_finger_is_ignored(qtbot: QtBot) -> None:
    pad = _pad(qtbot)
    device = QTest.createTouchDevice()
    QTest.touchEvent(pad, device).press(0, QPoint(30, 50)).commit()
    QTest.touchEvent(pad, device).move(0, QPoint(90, 80)).press(1, QPoint(500, 190)).commit()
    QTest.touchEvent(pad, device).move(0, QPoint(150, 110)).move(1, QPoint(520, 10)).commit()
    with qtbot.waitSignal(pad.changed):
        QTest.touchEvent(pad, device).release(0, QPoint(210, 140)).stationary(1).commit()
    QTest.touchEvent(pad, device).release(1, QPoint(520, 10)).commit()

    [stroke] = pad.strokes()  # no second stroke from the other finger, none from a synthesised mouse
    expected = [(0.05, 0.25), (0.15, 0.4), (0.25, 0.55), (0.35, 0.7)]
    assert len(stroke) == len(expected)
    for (x, y, _t), (ex, ey) in zip(stroke, expected, strict=True):  # touch points arrive within 2 px
        assert abs(x - ex) < 0.01 and abs(y - ey) < 0.015


def test_the_box_keeps_its_shape_in_a_taller_widget(qtbot: QtBot) -> None:
    pad = _pad(qtbot)
    pad.resize(600, 400)  # the 3:1 box is 600 x 200, centred: it starts 100 px down
    assert pad.paper().getRect() == (0.0, 100.0, 600.0, 200.0)
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(150, 150))
    QTest.mouseMove(pad, QPoint(300, 250))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(450, 390))  # below the box: on its edge
    assert [p[:2] for p in pad.strokes()[0]] == [(0.25, 0.25), (0.5, 0.75), (0.75, 1.0)]


def test_a_stylus_draws_while_it_presses(qtbot: QtBot) -> None:
    pad = _pad(qtbot)
    stylus = QPointingDevice.primaryPointingDevice()

    def send(kind: QTabletEvent.Type, x: float, y: float, pressure: float) -> None:
        event = QTabletEvent(kind, stylus, QPointF(x, y), pad.mapToGlobal(QPointF(x, y)), pressure, 0.0, 0.0,
                             0.0, 0.0, 0.0, Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton,
                             Qt.MouseButton.LeftButton)
        QApplication.sendEvent(pad, event)

    send(QTabletEvent.Type.TabletPress, 120, 40, 0.6)
    send(QTabletEvent.Type.TabletMove, 240, 80, 0.7)
    send(QTabletEvent.Type.TabletMove, 360, 120, 0.5)
    send(QTabletEvent.Type.TabletRelease, 360, 120, 0.0)
    assert [[p[:2] for p in s] for s in pad.strokes()] == [[(0.2, 0.2), (0.4, 0.4), (0.6, 0.6)]]

