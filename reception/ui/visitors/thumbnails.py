"""A visitor's photo at the size a list or a status line shows it (the stored JPEG is bounded already)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap


def thumbnail(jpeg: bytes, size: QSize) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(jpeg, "JPEG")
    return pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
