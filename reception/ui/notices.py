"""One discreet line in the main window's status bar for work that runs out of sight (printing, backups,
e-mail, digests, background loads): "Impression…" while it runs, then what came of it.

The hub lives on the operation runner, which every screen already holds, so a job started anywhere can speak;
the line is in the main window's status bar. The last notice is kept, so a failure reported while the login
window was up (the start-up backup) is shown as soon as the main window opens.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

DONE_SHOWN_MS = 15_000
FAILURE_SHOWN_MS = 10 * 60_000  # long enough for a receptionist back from the lobby to read it


class NoticeKind(Enum):
    BUSY = "busy"
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True)
class Notice:
    text: str
    kind: NoticeKind
    at: str  # hh:mm, in the tooltip: when it happened matters when a failure is read later


class StatusNotices(QObject):
    """Where background work posts its one line; the status bar's NoticeLabel shows the latest."""

    posted = Signal(object)  # a Notice

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current: Notice | None = None

    def busy(self, text: str) -> None:
        self._post(text, NoticeKind.BUSY)

    def done(self, text: str) -> None:
        self._post(text, NoticeKind.DONE)

    def failed(self, text: str) -> None:
        self._post(text, NoticeKind.FAILED)

    def _post(self, text: str, kind: NoticeKind) -> None:
        self.current = Notice(text, kind, QTime.currentTime().toString("HH:mm"))
        self.posted.emit(self.current)


class NoticeLabel(QLabel):
    """The status bar's notice: grey while busy, green when done, red for a failure; fades after a while.
    It takes the room the status bar has and elides what does not fit (the tooltip has the whole line)."""

    STYLE = ("QLabel#statusNotice { padding: 0 12px; }"
             " QLabel#statusNotice[kind=\"busy\"] { color: #475569; font-style: italic; }"
             " QLabel#statusNotice[kind=\"done\"] { color: #0F766E; }"
             " QLabel#statusNotice[kind=\"failed\"] { color: #B91C1C; }")

    def __init__(self, notices: StatusNotices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusNotice")
        self.setStyleSheet(self.STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self.clear)
        notices.posted.connect(self.show_notice)
        if notices.current is not None and notices.current.kind is NoticeKind.FAILED:
            self.show_notice(notices.current)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        area = self.contentsRect()
        elided = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)

    def show_notice(self, notice: Notice) -> None:
        self.setText(notice.text)
        self.setToolTip(f"{notice.at} — {notice.text}")
        self.setProperty("kind", notice.kind.value)
        self.style().unpolish(self)
        self.style().polish(self)
        if notice.kind is NoticeKind.BUSY:
            self._expiry.stop()
        else:
            self._expiry.start(FAILURE_SHOWN_MS if notice.kind is NoticeKind.FAILED else DONE_SHOWN_MS)
