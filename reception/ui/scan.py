"""Keyboard-wedge scanners: a code typed by a scanner then Enter, wherever the focus is, goes to its handler.

A scanner is told from a person by timing and shape. Timing: at least MIN_LENGTH characters a few ms apart
(see typed_by_a_machine: scanners type a character every 1-30 ms, the fastest typists every 80 ms or more),
ended by Return (or the scanner's configured suffix); a configured prefix marks a scan whatever its speed.
Shape: a handler must want the text (the matchers read it through core/services/scan_codes, which undoes
keyboard-layout mismatches). Shift, AltGr and the other modifier keys
a scanner presses around each character are ignored; a Ctrl or Alt shortcut ends the burst.

Keystrokes reach the focused field as usual (ordinary typing is never delayed); when a handler takes the
code, the field gets back the text it had before the burst and the Return is swallowed. A capability
registers a handler with `register_scan_handler(matcher, handler, owner, at_lock)`; it is dropped when
`owner` is destroyed. While the session is locked only `at_lock` handlers receive scans (the lock guards
the screens, not the door).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from reception.core.services.scan_codes import strip_affixes
from reception.ui.context import AppContext
from reception.ui.errors import show_failure

MEDIAN_GAP_MS = 50
MEAN_GAP_MS = 70
PAUSE_MS = 1000
"""A longer pause starts afresh. One such gap inside a scan is forgiven: the GUI thread may have been busy
(a search, a repaint) while the scanner typed, and no person types a code in one slow and many fast keys."""
MIN_LENGTH = 8
MAX_KEPT = 160
MODIFIER_KEYS = frozenset({Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
                           Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R})
_SHORTCUT_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier

RAW_SCANNER_INPUT = "rawScannerInput"
"""A widget with this property set true gets scans as typed (the scanner test in Paramètres)."""

Matcher = Callable[[str], bool]
Handler = Callable[[str], None]


@dataclass(frozen=True)
class _Registration:
    matcher: Matcher
    handler: Handler
    at_lock: bool


@dataclass
class _Affixes:
    """The scanner's optional prefix and suffix (Paramètres › Lecteur), shared by every router."""

    prefix: str = ""
    suffix: str = ""


_handlers: list[_Registration] = []
_affixes = _Affixes()


SCANNER_AFFIXES = frozenset({"scanner.prefix", "scanner.suffix"})


def set_scanner_affixes(prefix: str, suffix: str) -> None:
    _affixes.prefix, _affixes.suffix = prefix, suffix


def install_scanner_affixes(ctx: AppContext, window: QWidget) -> None:
    """For DESK_FEATURES: the desk's saved prefix and suffix, read off the GUI thread at log-in."""
    settings = ctx.services.settings

    def read() -> tuple[str, str]:
        return str(settings.get("scanner.prefix")), str(settings.get("scanner.suffix"))

    ctx.runner.run(read, lambda affixes: set_scanner_affixes(*affixes), lambda error: show_failure(window, error))


def register_scan_handler(matcher: Matcher, handler: Handler, owner: QObject | None = None,
                          at_lock: bool = False) -> Callable[[], None]:
    """Sends scanned codes for which `matcher(code)` is true to `handler(code)`. Returns the unregister call."""
    registration = _Registration(matcher, handler, at_lock)
    _handlers.append(registration)

    def unregister() -> None:
        if registration in _handlers:
            _handlers.remove(registration)

    if owner is not None:
        owner.destroyed.connect(unregister)
    return unregister


def _wanting(code: str, locked: bool) -> _Registration | None:
    """The newest registration that wants the code (only lock-safe ones while locked)."""
    return next((r for r in reversed(_handlers) if (r.at_lock or not locked) and r.matcher(code)), None)


def typed_by_a_machine(times: list[float], end: float) -> bool:
    """Scanner timing: the gaps' median at most MEDIAN_GAP_MS and mean at most MEAN_GAP_MS, the longest
    gap (one hiccup) left out."""
    gaps = sorted(b - a for a, b in pairwise([*times, end]))[:-1]
    return bool(gaps) and median(gaps) <= MEDIAN_GAP_MS and sum(gaps) / len(gaps) <= MEAN_GAP_MS


@dataclass
class _Key:
    """One character typed, when it arrived (ms), and what the focused field held just before it."""

    char: str
    time: float
    before: _TextSnapshot


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
    """An application event filter that recognises scanner bursts and dispatches them.

    It keeps the characters typed since the last pause; at Return (or the suffix) it looks for the longest
    tail of them that a scanner typed and a handler wants: a person may have typed in the field just before.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = True
        self.locked = False
        self._keys: list[_Key] = []

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self.enabled or not self._is_first_receiver(watched):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() in MODIFIER_KEYS or watched.property(RAW_SCANNER_INPUT):
            return False
        now = float(event.timestamp()) or time.monotonic() * 1000  # the system's time of the key when it has one
        if self._keys and now - self._keys[-1].time > PAUSE_MS:
            self._keys.clear()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self._finish(now)
        text = event.text()
        if len(text) != 1 or not text.isprintable() or _is_shortcut(event):
            self._keys.clear()
            return False
        self._keys.append(_Key(text, now, _TextSnapshot(QApplication.focusWidget())))
        del self._keys[:-MAX_KEPT]
        suffix = _affixes.suffix
        return bool(suffix) and "".join(k.char for k in self._keys).endswith(suffix) and self._finish(now)

    def _finish(self, now: float) -> bool:
        """Ends the burst; dispatches its scanned tail if there is one (True: the last key is swallowed)."""
        keys, self._keys = self._keys, []
        text = "".join(k.char for k in keys)
        for start in range(len(keys) - MIN_LENGTH + 1):
            raw = text[start:]
            prefixed = bool(_affixes.prefix) and raw.startswith(_affixes.prefix)
            code = strip_affixes(raw, _affixes.prefix, _affixes.suffix)
            if len(code) < MIN_LENGTH or not (prefixed or typed_by_a_machine([k.time for k in keys[start:]], now)):
                continue
            registration = _wanting(code, self.locked)
            if registration is not None:
                keys[start].before.restore()
                registration.handler(code)
                return True
        return False
    @staticmethod
    def _is_first_receiver(watched: QObject) -> bool:
        """Key events visit the window and then propagate to parents; count each keystroke once."""
        focus = QApplication.focusWidget()
        return watched is focus if focus is not None else isinstance(watched, QWidget) and watched.isWindow()


def _is_shortcut(event: QKeyEvent) -> bool:
    """Ctrl+x or Alt+x (a shortcut), but not AltGr, which Windows reports as Ctrl+Alt with a printable text."""
    modifiers = event.modifiers() & _SHORTCUT_MODIFIERS
    return bool(modifiers) and modifiers != _SHORTCUT_MODIFIERS
