"""Rapports: pick a report (listed by job), fill its parameters, preview the PDF, print, save or export.

The report is built on a worker thread with a progress bar and Annuler; the page stays usable meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reception.core.clock import local_today
from reception.core.errors import DomainError
from reception.core.reports import ReportKind
from reception.core.services.reports import ReportCancelled, kinds_by_group
from reception.printing.reports import load_layouts
from reception.ui.context import AppContext
from reception.ui.errors import BackgroundFailure, apology_text
from reception.ui.operations import Operation
from reception.ui.printing import load_pdf, start_printing
from reception.ui.reports.jobs import (
    RenderedReport,
    WrittenReport,
    build_report,
    export_report,
    load_choices,
    write_report_folder,
)
from reception.ui.reports.params import ParamsForm

KIND_ROLE = Qt.ItemDataRole.UserRole


def prepare_for_long_reports() -> None:
    """Keeps the GUI responsive while a report is built on a worker thread: the areas' special layouts are
    imported here, on the GUI thread, rather than inside the first report (app.py also freezes the start-up
    objects out of the garbage collector, see freeze_startup_objects)."""
    load_layouts()


class ReportsPage(QWidget):
    report_ready = Signal()
    report_failed = Signal(str)
    exported = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind: ReportKind | None = None
        self.form: ParamsForm | None = None
        self.report: RenderedReport | None = None
        self.document: QPdfDocument | None = None
        self.operation: Operation | None = None
        self.choices: dict[str, list[tuple[str, str]]] = {}
        self._build()
        self._list_kinds()
        prepare_for_long_reports()

    # --- layout -------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumWidth(250)
        self.tree.currentItemChanged.connect(self._kind_chosen)

        self.title = QLabel(self.tr("Choisissez un rapport"))
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.description = QLabel(self.tr(
            "Choisissez un rapport dans la liste (flèches haut et bas), réglez ses paramètres, puis Entrée "
            "pour l'aperçu ; imprimez-le ou exportez-le ensuite."))
        self.description.setObjectName("subtle")
        self.description.setWordWrap(True)
        self.form_host = QVBoxLayout()
        self.preview_button = QPushButton(self.tr("Aperçu du rapport"))
        self.preview_button.setDefault(True)
        self.print_button = QPushButton(self.tr("Imprimer"))
        self.pdf_button = QPushButton(self.tr("Enregistrer en PDF"))
        self.csv_button = QPushButton(self.tr("Exporter CSV"))
        self.xlsx_button = QPushButton(self.tr("Exporter XLSX"))
        self.preview_button.clicked.connect(self.generate)
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        outputs = QGridLayout()
        outputs.addWidget(self.print_button, 0, 0)
        outputs.addWidget(self.pdf_button, 0, 1)
        outputs.addWidget(self.csv_button, 1, 0)
        outputs.addWidget(self.xlsx_button, 1, 1)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setObjectName("subtle")
        self.status.setWordWrap(True)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)

        self.view = QPdfView()
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setMinimumWidth(420)

        controls = QWidget()
        controls.setMinimumWidth(300)
        controls.setMaximumWidth(380)
        column = QVBoxLayout(controls)
        column.setContentsMargins(12, 0, 12, 0)
        column.addWidget(self.title)
        column.addWidget(self.description)
        column.addSpacing(8)
        column.addLayout(self.form_host)
        column.addSpacing(8)
        column.addWidget(self.preview_button)
        column.addLayout(busy)
        column.addWidget(self.status)
        column.addSpacing(8)
        column.addLayout(outputs)
        column.addStretch()

        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(controls)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([270, 340, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._set_busy(False)

    def _list_kinds(self) -> None:
        widest = 0
        for group, kinds in kinds_by_group(self.ctx.actor).items():
            parent = QTreeWidgetItem(self.tree, [group])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            for kind in kinds:
                item = QTreeWidgetItem(parent, [kind.title])
                item.setData(0, KIND_ROLE, kind.key)
                item.setToolTip(0, kind.description)
                widest = max(widest, self.tree.fontMetrics().horizontalAdvance(kind.title))
        self.tree.expandAll()
        self.tree.setMinimumWidth(widest + 2 * self.tree.indentation() + 24)  # report names never clipped

    def refresh(self) -> None:
        """Loads the pickers' entries (companies, rooms, users...) in the background; the keyboard starts in
        the list of reports (arrows to choose, Tab to its parameters, Enter for the preview)."""
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.tree.setFocus()
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.runner.run(lambda: load_choices(services, actor), self._choices_loaded,
                            BackgroundFailure(self.ctx.runner.notices, self.tr("Listes du formulaire indisponibles")))

    def _choices_loaded(self, choices: dict[str, list[tuple[str, str]]]) -> None:
        self.choices = choices
        if self.kind is not None:
            self._show_form(self.kind)

    # --- choosing and building ----------------------------------------------------------------------

    def select_kind(self, key: str) -> None:
        for item in self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, KIND_ROLE) == key:
                self.tree.setCurrentItem(item)
                return
        raise KeyError(key)

    def _kind_chosen(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        key = item.data(0, KIND_ROLE) if item else None
        if not key:
            return
        kind = next(k for kinds in kinds_by_group(self.ctx.actor).values() for k in kinds if k.key == key)
        self.kind = kind
        self.title.setText(kind.title)
        self.description.setText(kind.description)
        self.preview_button.setText(self.tr("Choisir le dossier et produire…") if kind.writes_folder
                                    else self.tr("Aperçu du rapport"))
        self._show_form(kind)
        self._clear_preview()

    def _show_form(self, kind: ReportKind) -> None:
        if self.form is not None:
            self.form.deleteLater()
        self.form = ParamsForm(kind, local_today(self.ctx.services.clock), self.choices)
        self.form.submitted.connect(self.generate)
        self.form_host.addWidget(self.form)
        chain = [self.tree, *self.form.editors(), self.preview_button, self.print_button, self.pdf_button,
                 self.csv_button, self.xlsx_button]  # the parameters before the buttons
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def choose_folder(self) -> Path | None:
        """Where a folder kind writes its files (the tests replace this dialog)."""
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Dossier où enregistrer les relevés"))
        return Path(chosen) if chosen else None

    def generate(self) -> None:
        """Builds the chosen report and its preview off the GUI thread; a folder kind (the month's room
        statements) first asks where, then writes every file in the same run and previews the summary."""
        if self.kind is None or self.form is None or self.operation is not None:
            return
        services, actor, key, values = self.ctx.services, self.ctx.actor, self.kind.key, self.form.values()
        folder = self.choose_folder() if self.kind.writes_folder else None
        if self.kind.writes_folder and folder is None:
            return
        self._set_busy(True)
        self.status.setText(self.tr("Préparation du rapport…"))
        started: list[Operation] = []

        def if_current(handler: Callable[[Any], None]) -> Callable[[Any], None]:
            """Results of a cancelled (or superseded) build are dropped."""
            def call(value: Any) -> None:
                if started and started[0] is self.operation:
                    handler(value)
            return call

        if folder is not None:
            self.operation = self.ctx.runner.run(
                lambda progress: write_report_folder(services, actor, key, values, folder, progress),
                if_current(self._written), if_current(self._failed), on_progress=if_current(self.progress.setValue))
        else:
            self.operation = self.ctx.runner.run(
                lambda progress: build_report(services, actor, key, values, progress),
                if_current(self._built), if_current(self._failed), on_progress=if_current(self.progress.setValue))
        started.append(self.operation)

    def _built(self, report: RenderedReport) -> None:
        self.operation = None
        self._set_busy(False)
        self.report = report
        document = load_pdf(report.pdf, self)
        self.view.setDocument(document)
        if self.document is not None:
            self.document.deleteLater()
        self.document = document
        pages = document.pageCount()
        self.status.setText(self.tr("%n page(s)", "", pages))
        self._enable_outputs(True)
        self.report_ready.emit()

    def _written(self, written: WrittenReport) -> None:
        self._built(written.report)
        self.status.setText(self.tr("%n relevé(s) et la synthèse enregistrés dans %1", "", len(written.files.parts))
                            .replace("%1", str(written.folder)))

    def _failed(self, error: Exception) -> None:
        self.operation = None
        self._set_busy(False)
        message = error.message if isinstance(error, DomainError) else apology_text()
        self.status.setText(message)
        self.report_failed.emit(message)

    def cancel(self) -> None:
        """The worker stops at its next progress step; the page is free again at once."""
        if self.operation is not None:
            self.operation.cancel()
            self.operation = None
        self._set_busy(False)
        self.status.setText(ReportCancelled().message)

    # --- outputs ------------------------------------------------------------------------------------

    def print_report(self) -> None:
        if self.report is None:
            return
        if start_printing(self.ctx.runner, self.report.pdf, self.report.printer, parent=self,
                          title=self.report.meta.title) is not None:
            self.status.setText(self.tr("Envoyé à l'imprimante."))

    def export(self, fmt: str, target: Path | None = None) -> None:
        """Saves the report built as PDF, CSV or XLSX; asks where unless `target` is given."""
        if self.report is None:
            return
        if target is None:
            filters = {"pdf": self.tr("PDF (*.pdf)"), "csv": self.tr("CSV (*.csv)"), "xlsx": self.tr("Excel (*.xlsx)")}
            suggested = f"{self.report.run.kind.key}.{fmt}"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer le rapport"), suggested, filters[fmt])
            if not chosen:
                return
            target = Path(chosen)
        report = self.report
        self.ctx.runner.run(lambda: export_report(report, fmt, target), self._exported, self._export_failed)

    def _exported(self, path: Path) -> None:
        self.status.setText(self.tr("Enregistré : %1").replace("%1", str(path)))
        self.exported.emit(str(path))

    def _export_failed(self, error: Exception) -> None:
        self.status.setText(error.message if isinstance(error, DomainError) else apology_text())

    # --- state --------------------------------------------------------------------------------------

    def _clear_preview(self) -> None:
        self.report = None
        self.view.setDocument(None)  # type: ignore[arg-type]  # no document: an empty preview
        self._enable_outputs(False)
        self.status.clear()

    def _enable_outputs(self, enabled: bool) -> None:
        for button in (self.print_button, self.pdf_button, self.csv_button, self.xlsx_button):
            button.setEnabled(enabled)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress.setValue(0)
        self.preview_button.setEnabled(not busy)
        self.tree.setEnabled(not busy)
        if busy:
            self._enable_outputs(False)
        else:
            self._enable_outputs(self.report is not None)
