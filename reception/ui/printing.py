"""Printing the reportlab PDFs through Qt's print system, for every kind of document (badges, receipts, reports).

The PDF is rasterised page by page with QtPdf and painted onto a QPrinter whose page is exactly the document's
page, with no margins: a label printer gets a label, not an A4 sheet. The printer is chosen by name (from the
settings); with no name, or a printer that no longer exists, the person picks one in the print dialog. A name
"pdf:FOLDER" prints to a PDF file in that folder (an archive, or a desk without a printer).

Only the print dialog runs on the GUI thread (QPrintDialog must). A printer that needs nobody (a PDF folder, a
printer the system knows) is created and configured inside the job, so the GUI thread does no printing work at
all (the first QPrinter of a session loads the print support: about 30 ms). Rasterising and sending the pages
run on the runner's one-at-a-time lane, so the window answers meanwhile and jobs reach the printer in order. The
status bar says "Impression…" while a job runs (with the share of pages sent for a long document), then that
it printed, or why not.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QMarginsF, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from reception.core.errors import DomainError
from reception.ui.errors import BackgroundFailure
from reception.ui.operations import Operation, OperationRunner

POINTS_PER_MM = 72 / 25.4
RASTER_DPI_MAX = 300  # sharp text and scannable QR codes; a 1200 dpi page is 16 times the work for nothing
BAND_ROWS = 64  # rows rasterised and sent per call: a few ms each (see _paint)
BAND_PAUSE_S = 0.001  # the worker lets go of the GIL after each band (see _paint)
PDF_FOLDER_PREFIX = "pdf:"

Progress = Callable[[int], object]


class PrintingError(DomainError):
    """The PDF could not be read or the printer refused the job; the message is for the person."""


def available_printers() -> list[str]:
    """The printer names the system knows, for the settings' pickers."""
    return list(QPrinterInfo.availablePrinterNames())


def load_pdf(pdf: bytes, parent: QWidget | None = None) -> QPdfDocument:
    """A QtPdf document over the bytes (kept alive by the document's buffer); usable on any thread."""
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


def configured_printer(printer_name: str, title: str = "") -> QPrinter:
    """The printer of a name that needs no dialog (see prints_unattended), ready to print; any thread (the
    printing lane creates it, so the GUI thread never pays for it)."""
    printer = _new_printer(title)
    if printer_name.startswith(PDF_FOLDER_PREFIX):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf_target(Path(printer_name.removeprefix(PDF_FOLDER_PREFIX)), title)))
    else:
        printer.setPrinterName(printer_name)
    return printer


def choose_printer(printer_name: str, parent: QWidget | None = None, title: str = "") -> QPrinter | None:
    """The printer to use (GUI thread: it may open the print dialog); None when the person cancelled."""
    if prints_unattended(printer_name):
        return configured_printer(printer_name, title)
    printer = _new_printer(title)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def _new_printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if title:
        printer.setDocName(title)
    return printer


def prints_unattended(printer_name: str) -> bool:
    """Whether a job reaches this printer without asking anyone (no print dialog): a PDF folder, or a printer
    the system knows. What may print while the desk is locked."""
    return printer_name.startswith(PDF_FOLDER_PREFIX) or (
        bool(printer_name) and not QPrinterInfo.printerInfo(printer_name).isNull())


def pdf_target(folder: Path, title: str) -> Path:
    """Where a "pdf:FOLDER" printer writes a job: the time, then the title, never overwriting an earlier one."""
    name = re.sub(r'[\\/:*?"<>|]+', "-", title).strip() or "document"
    stamp = datetime.now().strftime("%Y-%m-%d %H-%M-%S")
    target = folder / f"{stamp} {name}.pdf"
    copy = 1
    while target.exists():
        copy += 1
        target = folder / f"{stamp} {name} ({copy}).pdf"
    return target


def print_on(printer: QPrinter, pdf: bytes, size_mm: tuple[float, float] | None = None,
             progress: Progress | None = None) -> int:
    """Prints every page of `pdf` on `printer`; returns the number of pages. Runs on any thread.

    `size_mm` is the media (width, height); by default the PDF's own page size. `progress(percent)` is told
    the share of pages sent before each page after the first.
    """
    document = load_pdf(pdf)  # no parent: freed with its Python wrapper, on this thread
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        folder = Path(printer.outputFileName()).parent
        if not folder.is_dir():
            raise PrintingError(QCoreApplication.translate(
                "Printing", "Le dossier d'impression PDF {folder} n'existe pas.").format(folder=folder))
    _fit_page(printer, size_mm or page_size_mm(document))
    return _paint(document, printer, progress)


def print_pdf(pdf: bytes, printer_name: str = "", size_mm: tuple[float, float] | None = None,
              parent: QWidget | None = None, title: str = "") -> bool:
    """Prints `pdf` right now, on this thread (the print dialog when the name is empty or unknown).
    Returns False when the person cancelled the print dialog. The screens use start_printing instead."""
    printer = choose_printer(printer_name, parent, title)
    if printer is None:
        return False
    print_on(printer, pdf, size_mm)
    return True


def start_printing(runner: OperationRunner, pdf: bytes, printer_name: str, *, parent: QWidget | None = None,
                   title: str = "", size_mm: tuple[float, float] | None = None) -> Operation | None:
    """Prints off the GUI thread: "Impression…" in the status bar, then the result or the printer's error.
    Returns the running operation, or None when the person cancelled the print dialog."""
    chosen: QPrinter | None = None
    if not prints_unattended(printer_name):
        chosen = choose_printer(printer_name, parent, title)
        if chosen is None:
            return None

    def job(progress: Progress) -> int:
        printer = chosen or configured_printer(printer_name, title)
        return print_on(printer, pdf, size_mm, progress)

    name = title or QCoreApplication.translate("Printing", "document")
    runner.notices.busy(QCoreApplication.translate("Printing", "Impression : {title}…").format(title=name))

    def advanced(percent: int) -> None:
        runner.notices.busy(QCoreApplication.translate("Printing", "Impression : {title}… {percent} %").format(
            title=name, percent=percent))

    def printed(pages: int) -> None:
        count = QCoreApplication.translate("Printing", "1 page") if pages == 1 else \
            QCoreApplication.translate("Printing", "{n} pages").format(n=pages)
        runner.notices.done(
            QCoreApplication.translate("Printing", "Imprimé : {title} ({count}).").format(title=name, count=count))

    failed = BackgroundFailure(
        runner.notices, QCoreApplication.translate("Printing", "Impression impossible ({title})").format(title=name))
    return runner.run(job, printed, failed, on_progress=advanced, one_at_a_time=True)


def print_pdf_to_file(pdf: bytes, path: Path, size_mm: tuple[float, float] | None = None) -> int:
    """Prints through Qt's own PDF printer into `path`: the same rasterising and page fitting as a real
    printer, so a desk without one (or the built app's smoke test) proves the whole print path."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return print_on(printer, pdf, size_mm)


def _fit_page(printer: QPrinter, size_mm: tuple[float, float]) -> None:
    """The printer's page becomes exactly the media, with no margins, in the orientation of the media."""
    width, height = size_mm
    page = QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch)
    layout = QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    if not printer.setPageLayout(layout):
        raise PrintingError(QCoreApplication.translate("Printing", "L'imprimante refuse ce format de papier."))
    printer.setFullPage(True)


def _paint(document: QPdfDocument, printer: QPrinter, progress: Progress | None = None) -> int:
    """Each page rasterised at no more than RASTER_DPI_MAX, in bands of BAND_ROWS rows.

    Why bands: QtPdf's render and the print engine's drawImage keep Python's GIL for their whole call (about a
    second for a whole A4 page at 300 dpi into a PDF engine), which would freeze the GUI thread as surely as
    printing on it; a band keeps each call to a few milliseconds. The printer's resolution is a whole multiple
    of the raster's, so the bands meet on exact printer pixels (no seam).

    Why a pause after each band: back-to-back calls that keep the GIL still starve the GUI thread, which needs
    the GIL for every event its Python filters see (idle watch, scanner routing), so a repaint waited for it
    event after event: 90–150 ms frozen while a receipt printed; with a millisecond's pause, about 30.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintingError(QCoreApplication.translate("Printing", "L'imprimante ne répond pas."))
    try:
        factor = max(1, math.ceil(printer.resolution() / RASTER_DPI_MAX))
        full = printer.pageLayout().fullRectPixels(printer.resolution())
        size = QSize(full.width() // factor, full.height() // factor)
        pages = document.pageCount()
        for index in range(pages):
            if index:
                printer.newPage()
                if progress is not None:
                    progress(index * 100 // pages)
            for top in range(0, size.height(), BAND_ROWS):
                rows = min(BAND_ROWS, size.height() - top)
                band = QRect(0, top, size.width(), rows)
                painter.drawImage(QRect(0, top * factor, size.width() * factor, rows * factor),
                                  _render_band(document, index, size, band))
                time.sleep(BAND_PAUSE_S)
    finally:
        painter.end()
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintingError(QCoreApplication.translate("Printing", "L'imprimante a refusé le document."))
    return document.pageCount()


def _render_band(document: QPdfDocument, index: int, page: QSize, band: QRect) -> QImage:
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(page)
    options.setScaledClipRect(band)
    return on_white(document.render(index, band.size(), options))


def on_white(image: QImage) -> QImage:
    """An opaque page on white paper: QtPdf leaves the paper transparent, and a printer (or a scanner) sees
    white."""
    page = QImage(image.size(), QImage.Format.Format_RGB32)
    page.fill(Qt.GlobalColor.white)
    painter = QPainter(page)
    painter.drawImage(0, 0, image)
    painter.end()
    return page


class PdfPreviewDialog(QDialog):
    """Shows the document as it will print, with Imprimer and Fermer."""

    def __init__(self, runner: OperationRunner, pdf: bytes, printer_name: str = "",
                 size_mm: tuple[float, float] | None = None, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Aperçu avant impression"))
        self.runner, self.pdf, self.printer_name, self.size_mm, self.title = runner, pdf, printer_name, size_mm, title
        self.printing: Operation | None = None
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
        """Hands the job to the printing lane and closes: the status bar follows it."""
        self.printing = start_printing(self.runner, self.pdf, self.printer_name, parent=self, title=self.title,
                                       size_mm=self.size_mm)
        if self.printing is not None:
            self.accept()


def print_or_preview(runner: OperationRunner, parent: QWidget, pdf: bytes, printer_name: str, *, direct: bool,
                     size_mm: tuple[float, float] | None = None, title: str = "") -> PdfPreviewDialog | None:
    """Prints straight away (off the GUI thread) when `direct` and a printer is configured; otherwise opens the
    preview (non-modal, returned so the caller or a test can drive it)."""
    if direct and printer_name:
        start_printing(runner, pdf, printer_name, parent=parent, title=title, size_mm=size_mm)
        return None
    dialog = PdfPreviewDialog(runner, pdf, printer_name, size_mm, title, parent)
    dialog.open()
    return dialog
