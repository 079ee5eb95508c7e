"""Keyboard-wedge scanners: a code typed very fast then Enter, wherever the focus is, goes to its handler.

A burst is at least MIN_LENGTH characters arriving less than MAX_GAP_MS apart, ended by Return. Keystrokes
reach the focused field as usual (so ordinary typing is never delayed); when a handler takes the code, the
field gets back the text it had before the burst and the Return is swallowed. A capability registers a
handler with `register_scan_handler(matcher, handler, owner)`; it is dropped when `owner` is destroyed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget

MAX_GAP_MS = 30
MIN_LENGTH = 8

Matcher = Callable[[str], bool]
Handler = Callable[[str], None]


@dataclass(frozen=True)
class _Registration:
    matcher: Matcher
    handler: Handler


_handlers: list[_Registration] = []


def register_scan_handler(matcher: Matcher, handler: Handler, owner: QObject | None = None) -> Callable[[], None]:
    """Sends scanned codes for which `matcher(code)` is true to `handler(code)`. Returns the unregister call."""
    registration = _Registration(matcher, handler)
    _handlers.append(registration)

    def unregister() -> None:
        if registration in _handlers:
            _handlers.remove(registration)

    if owner is not None:
        owner.destroyed.connect(unregister)
    return unregister


def dispatch(code: str) -> bool:
    """Gives the code to the first handler that wants it (the newest registration first)."""
    for registration in reversed(_handlers):
        if registration.matcher(code):
            registration.handler(code)
            return True
    return False


class _TextSnapshot:
    """What the focused field held when a burst began, to put back if a handler takes the burst."""

    def __init__(self, widget: QWidget | None) -> None:
        self.editor = _editor_of(widget)
        self.text = ""
        self.cursor = 0
        if isinstance(self.editor, QLineEdit):
            self.text, self.cursor = self.editor.text(), self.editor.cursorPosition()
        elif isinstance(self.editor, QPlainTextEdit):
            self.text, self.cursor = self.editor.toPlainText(), self.editor.textCursor().position()

    def restore(self) -> None:
        if isinstance(self.editor, QLineEdit):
            self.editor.setText(self.text)
            self.editor.setCursorPosition(self.cursor)
        elif isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(self.text)
            cursor = self.editor.textCursor()
            cursor.setPosition(self.cursor)
            self.editor.setTextCursor(cursor)


def _editor_of(widget: QWidget | None) -> QWidget | None:
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    if isinstance(widget, QComboBox):
        return widget.lineEdit()
    return widget


class ScanRouter(QObject):
    """An application event filter that recognises scanner bursts and dispatches them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = True
        self._buffer: list[str] = []
        self._last_key = 0.0
        self._snapshot: _TextSnapshot | None = None

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self.enabled or not self._is_first_receiver(watched):
            return False
        assert isinstance(event, QKeyEvent)
        now = time.monotonic()
        gap_ms = (now - self._last_key) * 1000
        self._last_key = now
        if gap_ms >= MAX_GAP_MS:
            self._buffer.clear()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self._finish_burst()
        text = event.text()
        if len(text) == 1 and text.isprintable() and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            if not self._buffer:
                self._snapshot = _TextSnapshot(QApplication.focusWidget())
            self._buffer.append(text)
        else:
            self._buffer.clear()
        return False

    def _finish_burst(self) -> bool:
        code = "".join(self._buffer)
        self._buffer.clear()
        if len(code) < MIN_LENGTH or not any(r.matcher(code) for r in _handlers):
            return False
        if self._snapshot is not None:
            self._snapshot.restore()
        dispatch(code)
        return True

    @staticmethod
    def _is_first_receiver(watched: QObject) -> bool:
        """Key events visit the window and then propagate to parents; count each keystroke once."""
        focus = QApplication.focusWidget()
        return watched is focus if focus is not None else isinstance(watched, QWidget) and watched.isWindow()
