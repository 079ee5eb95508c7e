"""PDF pages as images for the tests, rendered with QtPdf (a pip dependency of the app: no poppler, no zbar).

QR codes on the images are read with zxing-cpp, also a pip package, so the printing tests run on any machine
that can install the app.
"""

from __future__ import annotations

from pathlib import Path

import zxingcpp
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from reception.ui.printing import load_pdf, on_white

POINTS_PER_INCH = 72


def render_images(pdf: bytes | Path, dpi: int = 300) -> list[QImage]:
    """Every page of `pdf` at `dpi` on white paper, as QtPdf draws it (the preview's and printing's renderer)."""
    document = load_pdf(pdf.read_bytes() if isinstance(pdf, Path) else pdf)
    try:
        return [on_white(document.render(index, _pixels(document, index, dpi)))
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


def _grey(image: QImage) -> Image.Image:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return Image.frombuffer("L", (grey.width(), grey.height()), bytes(grey.constBits()), "raw", "L",
                            grey.bytesPerLine(), 1).copy()
