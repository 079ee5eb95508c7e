"""PDF pages as images for the tests, rendered with QtPdf (a pip dependency of the app: no poppler, no zbar).

QR codes on the images are read with zxing-cpp, also a pip package, so the printing tests run on any machine
that can install the app.
"""

from __future__ import annotations

from pathlib import Path

import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

POINTS_PER_INCH = 72


def render_pages(pdf: bytes | Path, dpi: int = 300) -> list[Image.Image]:
    """Every page of `pdf` at `dpi`, in grey on white paper, as a printer driver would rasterise it."""
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


def qr_codes(image: Image.Image) -> list[str]:
    """The text of every QR code zxing-cpp finds on the image."""
    return [r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode]


def _pixels(document: QPdfDocument, index: int, dpi: int) -> QSize:
    points = document.pagePointSize(index)
    return QSize(round(points.width() * dpi / POINTS_PER_INCH), round(points.height() * dpi / POINTS_PER_INCH))


def _on_white(image: QImage) -> Image.Image:
    """QtPdf leaves the paper transparent; a scanner sees white paper."""
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    page = Image.frombuffer("RGBA", (rgba.width(), rgba.height()), bytes(rgba.constBits()), "raw", "RGBA",
                            rgba.bytesPerLine(), 1)
    return Image.alpha_composite(Image.new("RGBA", page.size, "white"), page).convert("L")
