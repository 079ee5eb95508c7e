"""Printing the reportlab PDFs through Qt's print system, for every kind of document (badges, receipts, reports).

The PDF is rasterised page by page with QtPdf at the printer's own resolution and painted onto a QPrinter
whose page is exactly the document's page, with no margins: a label printer gets a label, not an A4 sheet.
The printer is chosen by name (from the settings); with no name, or a printer that no longer exists, the
person picks one in the print dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QMarginsF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from reception.core.errors import DomainError
from reception.ui.errors import show_failure

POINTS_PER_MM = 72 / 25.4


class PrintingError(DomainError):
    """The PDF could not be read or the printer refused the job; the message is for the person."""


def available_printers() -> list[str]:
    """The printer names the system knows, for the settings' pickers."""
    return list(QPrinterInfo.availablePrinterNames())


def load_pdf(pdf: bytes, parent: QWidget | None = None) -> QPdfDocument:
    """A QtPdf document over the bytes (kept alive by the document's buffer)."""
    document = QPdfDocument(parent)  # type: ignore[arg-type]  # stubs omit None; Qt takes a null parent
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PrintingError(QCoreApplication.translate("Printing", "Le document à imprimer est illisible."))
    return document


def page_size_mm(document: QPdfDocument) -> tuple[float, float]:
    """The first page's size in millimetres, as reportlab made it."""
    size = document.pagePointSize(0)
    return size.width() / POINTS_PER_MM, size.height() / POINTS_PER_MM


def print_pdf(pdf: bytes, printer_name: str = "", size_mm: tuple[float, float] | None = None,
              parent: QWidget | None = None, title: str = "") -> bool:
    """Prints every page of `pdf` on `printer_name` (the print dialog when it is empty or unknown).

    `size_mm` is the media (width, height); by default the PDF's own page size. Returns False when the
    person cancelled the print dialog.
    """
    document = load_pdf(pdf)
    try:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if title:
            printer.setDocName(title)
        known = printer_name and not QPrinterInfo.printerInfo(printer_name).isNull()
        if known:
            printer.setPrinterName(printer_name)
        elif QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
            return False
        _fit_page(printer, size_mm or page_size_mm(document))
        _paint(document, printer)
        return True
    finally:
        document.deleteLater()


def print_pdf_to_file(pdf: bytes, path: Path, size_mm: tuple[float, float] | None = None) -> None:
    """Prints through Qt's own PDF printer into `path`: the same rasterising and page fitting as a real
    printer, so a desk without one (or the built app's smoke test) proves the whole print path."""
    document = load_pdf(pdf)
    try:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        _fit_page(printer, size_mm or page_size_mm(document))
        _paint(document, printer)
    finally:
        document.deleteLater()


def _fit_page(printer: QPrinter, size_mm: tuple[float, float]) -> None:
    """The printer's page becomes exactly the media, with no margins, in the orientation of the media."""
    width, height = size_mm
    page = QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch)
    layout = QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    if not printer.setPageLayout(layout):
        raise PrintingError(QCoreApplication.translate("Printing", "L'imprimante refuse ce format de papier."))
    printer.setFullPage(True)


def _paint(document: QPdfDocument, printer: QPrinter) -> None:
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintingError(QCoreApplication.translate("Printing", "L'imprimante ne répond pas."))
    try:
        target = printer.pageLayout().fullRectPixels(printer.resolution())
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            image = document.render(index, QSize(target.width(), target.height()))
            painter.drawImage(target, image)
    finally:
        painter.end()


class PdfPreviewDialog(QDialog):
    """Shows the document as it will print, with Imprimer and Fermer."""

    def __init__(self, pdf: bytes, printer_name: str = "", size_mm: tuple[float, float] | None = None,
                 title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Aperçu avant impression"))
        self.pdf, self.printer_name, self.size_mm, self.title = pdf, printer_name, size_mm, title
        self.printed = False
        self.document = load_pdf(pdf, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        buttons = QDialogButtonBox(self)
        self.print_button = buttons.addButton(self.tr("Imprimer"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.setDefault(True)
        buttons.accepted.connect(self.print_now)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(560, 640 if page_size_mm(self.document)[1] > page_size_mm(self.document)[0] else 460)

    def print_now(self) -> None:
        try:
            self.printed = print_pdf(self.pdf, self.printer_name, self.size_mm, self, self.title)
        except PrintingError as exc:
            show_failure(self, exc)
            return
        if self.printed:
            self.accept()


def print_or_preview(parent: QWidget, pdf: bytes, printer_name: str, *, direct: bool,
                     size_mm: tuple[float, float] | None = None, title: str = "") -> PdfPreviewDialog | None:
    """Prints straight away when `direct` and a printer is configured; otherwise opens the preview
    (non-modal, returned so the caller or a test can drive it)."""
    if direct and printer_name:
        try:
            print_pdf(pdf, printer_name, size_mm, parent, title)
        except PrintingError as exc:
            show_failure(parent, exc)
        return None
    dialog = PdfPreviewDialog(pdf, printer_name, size_mm, title, parent)
    dialog.open()
    return dialog
