"""The visitor's photo: a live picture from the camera through QtMultimedia, or frames fed by a test.

QCamera + QMediaCaptureSession + QVideoSink hand every frame to `feed_frame`, which is also the seam tests
(and a desk without a camera) use: whoever feeds frames, the kiosk shows the latest and keeps it when the
visitor taps "Prendre la photo". No camera (none plugged, or QtMultimedia's system libraries missing) is
not an error: `available` stays False, the photo step is skipped, and the log says so once.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Signal
from PySide6.QtGui import QImage

log = logging.getLogger(__name__)
_said = False


def _say_once(message: str) -> None:
    global _said
    if not _said:
        log.warning(message)
        _said = True


class CameraFeed(QObject):
    """The latest frame of the camera (or of whoever calls feed_frame)."""

    frame_changed = Signal(QImage)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.latest: QImage | None = None
        self._camera: Any = None
        self._session: Any = None
        self._sink: Any = None

    @property
    def available(self) -> bool:
        return self._camera is not None or self.latest is not None

    def start(self) -> bool:
        """Opens the default camera; False (said once in the log) when there is none."""
        if self._camera is not None:
            self._camera.start()
            return True
        try:
            from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoSink
        except ImportError as error:  # the multimedia libraries of the system are missing
            _say_once(f"no camera: QtMultimedia unavailable ({error}); the kiosk skips the photo")
            return False
        if not QMediaDevices.videoInputs():
            _say_once("no camera plugged in; the kiosk skips the photo")
            return False
        self._camera = QCamera(QMediaDevices.defaultVideoInput(), self)
        self._sink = QVideoSink(self)
        self._session = QMediaCaptureSession(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(lambda frame: self.feed_frame(frame.toImage()))
        self._camera.start()
        return True

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()

    def feed_frame(self, image: QImage) -> None:
        """A new frame: from the camera's video sink, or from a test."""
        if image.isNull():
            return
        self.latest = image
        self.frame_changed.emit(image)

    def forget(self) -> None:
        """The idle reset: the last visitor's face is not kept on screen or in memory."""
        self.latest = None


def jpeg_bytes(image: QImage) -> bytes:
    """The frame as a JPEG for the core, which shrinks it to the stored size."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 90)  # type: ignore[call-overload]  # PySide takes the str its stubs refuse
    buffer.close()
    return bytes(data.data())
