"""The visitor's photo at the desk, for the visit types the site photographs (visits.desk_photo_types).

The same CameraFeed as the kiosk: the camera's frames, or frames fed by a test. Without a camera the
dialog never opens (the check-in goes on and the status bar says so once); "Passer" skips the photo.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reception.ui.camera import CameraFeed, jpeg_bytes


class PhotoDialog(QDialog):
    """Accepted with `jpeg` set when the receptionist took the photo; rejected when they skipped it."""

    def __init__(self, camera: CameraFeed, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.camera = camera
        self.jpeg: bytes | None = None
        self.setWindowTitle(self.tr("Photo du visiteur"))
        self.setModal(True)
        title = QLabel(self.tr("Photo de {name}").format(name=name))
        title.setObjectName("sectionTitle")
        self.preview = QLabel()
        self.preview.setFixedSize(400, 300)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #0F172A; border-radius: 8px;")
        skip = QPushButton(self.tr("Passer"))
        skip.setAutoDefault(False)
        skip.clicked.connect(self.reject)
        self.take = QPushButton(self.tr("Prendre la photo"))
        self.take.setObjectName("primary")
        self.take.setDefault(True)
        self.take.clicked.connect(self._take)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(skip)
        buttons.addWidget(self.take)
        column = QVBoxLayout(self)
        column.addWidget(title)
        column.addWidget(self.preview)
        column.addLayout(buttons)
        camera.frame_changed.connect(self._show)
        if camera.latest is not None:
            self._show(camera.latest)

    def _show(self, image: QImage) -> None:
        self.preview.setPixmap(QPixmap.fromImage(image).scaled(
            self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))

    def _take(self) -> None:
        if self.camera.latest is None:
            return
        self.jpeg = jpeg_bytes(self.camera.latest)
        self.accept()

    def done(self, result: int) -> None:
        self.camera.stop()
        self.camera.forget()
        super().done(result)
