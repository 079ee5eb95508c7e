"""PDF pages as images for the tests, rendered with QtPdf (a pip dependency of the app: no poppler, no zbar).

QR codes on the images are read with zxing-cpp, also a pip package, so the printing tests run on any machine
that can install the app.
"""

from __future__ import annotations

from pathlib import Path

import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument

POINTS_PER_INCH = 72


def render_images(pdf: bytes | Path, dpi: int = 300) -> list[QImage]:
    """Every page of `pdf` at `dpi` on white paper, as QtPdf draws it (the preview's renderer)."""
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    document = QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    document.load(buffer)
    try:
        assert document.status() == QPdfDocument.Status.Ready, f"QtPdf cannot read the PDF: {document.error()}"
        return [_on_white(document.render(index, _pixels(document, index, dpi)))
                for index in range(document.pageCount())]
    finally:
        document.close()
        document.deleteLater()


def render_pages(pdf: bytes | Path, dpi: int = 300) -> list[Image.Image]:
    """Every page in grey on white paper, as a printer driver would rasterise it."""
    return [_grey(page) for page in render_images(pdf, dpi)]


def qr_codes(image: Image.Image) -> list[str]:
    """The text of every QR code zxing-cpp finds on the image."""
    return [r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode]


def _pixels(document: QPdfDocument, index: int, dpi: int) -> QSize:
    points = document.pagePointSize(index)
    return QSize(round(points.width() * dpi / POINTS_PER_INCH), round(points.height() * dpi / POINTS_PER_INCH))


def _on_white(image: QImage) -> QImage:
    """QtPdf leaves the paper transparent; a scanner sees white paper."""
    page = QImage(image.size(), QImage.Format.Format_RGB32)
    page.fill(Qt.GlobalColor.white)
    painter = QPainter(page)
    painter.drawImage(0, 0, image)
    painter.end()
    return page


def _grey(image: QImage) -> Image.Image:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return Image.frombuffer("L", (grey.width(), grey.height()), bytes(grey.constBits()), "raw", "L",
                            grey.bytesPerLine(), 1).copy()
