"""Key streams as real keyboard-wedge scanners send them: Shift pressed around each capital, a set pause
between keys, and optionally the characters a US-set scanner produces on an AZERTY PC."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

US_ON_AZERTY = dict(zip("1234567890AQZWM", "&é\"'(-è_çàQAWZ?", strict=True))
"""What a scanner set for a US keyboard types on a French AZERTY PC, for the characters of our codes."""


def garbled(code: str, layout: dict[str, str]) -> str:
    return "".join(layout.get(c, c) for c in code)


def _send(key: int, modifiers: Qt.KeyboardModifier, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, text))


def _key_of(char: str) -> int:
    """Qt's key code for a Latin-1 character is its upper-case code point (é -> Key_Eacute)."""
    return ord(char.upper()) if ord(char.upper()) < 256 else int(Qt.Key.Key_unknown)


def press_shift(down: bool) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    kind = QEvent.Type.KeyPress if down else QEvent.Type.KeyRelease
    modifiers = Qt.KeyboardModifier.ShiftModifier if down else Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(target, QKeyEvent(kind, Qt.Key.Key_Shift, modifiers, ""))


def scanner_types(qtbot: QtBot, text: str, gap_ms: int, *, enter: bool = True) -> None:
    """Types `text` into the focused widget like a scanner: Shift around each capital (and each character a
    layout shifts), `gap_ms` between characters, then Enter."""
    for char in text:
        shifted = char.isupper() or char in "?"
        if shifted:
            press_shift(True)
        _send(_key_of(char), Qt.KeyboardModifier.ShiftModifier if shifted else Qt.KeyboardModifier.NoModifier, char)
        if shifted:
            press_shift(False)
        qtbot.wait(gap_ms)
    if enter:
        _send(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
