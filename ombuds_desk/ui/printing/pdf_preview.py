"""The in-app preview of a printed document: pages, zoom, Print… and Save as….

:class:`PdfPreviewDialog` shows a PDF (bytes, or a file such as a finished batch) with
QtPdf. Print… asks for a printer with ``QPrintDialog`` and prints on a worker thread by
rendering each page with ``QPdfDocument.render`` onto the printer's painter
(:func:`print_pdf`); Save as… copies the PDF byte for byte.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt, Slot
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QToolBar, QVBoxLayout, QWidget

from ombuds_desk.ui.common.background_job import (
    BackgroundJob,
    IsCancelled,
    JobCancelledError,
    Progress,
)

MAX_PRINT_DPI = 300  # a page image beyond this only costs memory (A4 at 300 dpi: ~35 MB)
ZOOM_STEP = 1.25

PdfSource = bytes | Path


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfPreview", text)


def load_pdf(source: PdfSource, parent: QWidget | None = None) -> QPdfDocument:
    """A QPdfDocument of ``source`` in the calling thread; raises OSError if unreadable."""
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    if isinstance(source, Path):
        error = document.load(str(source))
    else:
        buffer = QBuffer(document)  # the document must keep its device
        buffer.setData(QByteArray(source))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        error = document.error()
    if error != QPdfDocument.Error.None_ or document.status() != QPdfDocument.Status.Ready:
        raise OSError(f"cannot read the PDF ({error.name})")
    return document


def print_pdf(
    source: PdfSource,
    printer: QPrinter,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> int:
    """Print the pages of ``source`` (the printer's page range, else all); returns pages.

    Each page is rendered at the printer's resolution (at most ``MAX_PRINT_DPI``) and drawn
    into the printer's paper, scaled to fit. Safe on a worker thread: it loads its own
    QPdfDocument and paints only on the printer. Raises JobCancelledError when cancelled.
    """
    document = load_pdf(source)
    count = document.pageCount()
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer cannot be used (is it connected and ready?)")
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    total = last - first + 1
    try:
        for done, index in enumerate(range(first - 1, last)):
            if is_cancelled is not None and is_cancelled():
                printer.abort()
                raise JobCancelledError
            if progress is not None:
                progress(done, total)
            if done:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(
                index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            area = painter.viewport()
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(
                area.x() + (area.width() - scaled.width()) // 2,
                area.y() + (area.height() - scaled.height()) // 2,
                scaled.width(),
                scaled.height(),
            )
            painter.drawImage(target, image)
    finally:
        if painter.isActive():
            painter.end()
    if progress is not None:
        progress(total, total)
    return total


class PdfPreviewDialog(QDialog):
    """A window showing one PDF, with Print…, Save as…, zoom and the page count."""

    def __init__(
        self,
        source: PdfSource,
        title: str,
        suggested_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        self.source = source
        self.suggested_name = suggested_name
        self.document = load_pdf(source, self)
        self.print_job: BackgroundJob | None = None
        self._printer: QPrinter | None = None
        self._closing = False

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocument(self.document)

        self.pages_label = QLabel(self)
        self.pages_label.setObjectName("pageCount")
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self._build_toolbar()
        self._show_page(0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        self.resize(900, 1000)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def _build_toolbar(self) -> None:
        bar = QToolBar(self)
        self.toolbar = bar
        self.print_action = bar.addAction(
            QCoreApplication.translate("Printing", "&Print…"), self.on_print_triggered
        )
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setToolTip(
            QCoreApplication.translate("Printing", "Print this document (Ctrl+P)")
        )
        self.save_action = bar.addAction(
            QCoreApplication.translate("Printing", "&Save as…"), self.on_save_triggered
        )
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setToolTip(
            QCoreApplication.translate("Printing", "Save this PDF to a file (Ctrl+S)")
        )
        bar.addSeparator()
        zoom_out = bar.addAction(
            QCoreApplication.translate("Printing", "Zoom out"), self.on_zoom_out_triggered
        )
        zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        zoom_in = bar.addAction(
            QCoreApplication.translate("Printing", "Zoom in"), self.on_zoom_in_triggered
        )
        zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        bar.addAction(
            QCoreApplication.translate("Printing", "Fit width"), self.on_fit_width_triggered
        )
        bar.addAction(
            QCoreApplication.translate("Printing", "Whole page"), self.on_whole_page_triggered
        )
        bar.addSeparator()
        bar.addWidget(self.pages_label)

    @Slot(int)
    def _show_page(self, page: int) -> None:
        count = self.page_count
        text = (
            QCoreApplication.translate("Printing", "Page %d of %d") % (page + 1, count)
            if count
            else QCoreApplication.translate("Printing", "No pages")
        )
        self.pages_label.setText(f"  {text}  ")

    # -- zoom ----------------------------------------------------------------------------

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            current = self._effective_zoom()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, current * factor)))

    def _effective_zoom(self) -> float:
        """The zoom a fitting mode shows now (page width in points versus the viewport)."""
        points = self.document.pagePointSize(0)
        pixels = points.width() * self.logicalDpiX() / 72
        return self.view.viewport().width() / pixels if pixels else 1.0

    @Slot()
    def on_zoom_in_triggered(self) -> None:
        self._zoom(ZOOM_STEP)

    @Slot()
    def on_zoom_out_triggered(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    @Slot()
    def on_fit_width_triggered(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    @Slot()
    def on_whole_page_triggered(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    # -- save ----------------------------------------------------------------------------

    @Slot()
    def on_save_triggered(self) -> None:
        dialog = QFileDialog(
            self,
            QCoreApplication.translate("Printing", "Save PDF as"),
            self.suggested_name,
            QCoreApplication.translate("Printing", "PDF (*.pdf)"),
        )
        dialog.setObjectName("savePdf")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(self.save_to)
        dialog.open()

    @Slot(str)
    def save_to(self, path: str) -> None:
        """Write the PDF to ``path`` exactly as previewed."""
        target = Path(path)
        if isinstance(self.source, Path):
            if self.source.resolve() != target.resolve():
                shutil.copyfile(self.source, target)
        else:
            target.write_bytes(self.source)

    # -- print ---------------------------------------------------------------------------

    def new_printer(self) -> QPrinter:
        """A printer set up for this document: its paper, no extra margins, its page range."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        points = self.document.pagePointSize(0)
        size = QPageSize(
            points, QPageSize.Unit.Point, matchPolicy=QPageSize.SizeMatchPolicy.FuzzyMatch
        )
        orientation = (
            QPageLayout.Orientation.Landscape
            if points.width() > points.height()
            else QPageLayout.Orientation.Portrait
        )
        printer.setPageSize(size)
        printer.setPageOrientation(orientation)
        printer.setFullPage(True)  # the PDF carries its own margins
        printer.setFromTo(1, self.page_count)
        return printer

    @Slot()
    def on_print_triggered(self) -> None:
        if self.print_job is not None:
            return
        self._printer = self.new_printer()
        dialog = QPrintDialog(self._printer, self)
        dialog.setObjectName("printDialog")
        dialog.setMinMax(1, self.page_count)
        dialog.accepted.connect(self.on_print_accepted)
        QDialog.open(dialog)  # QPrintDialog.open() is overloaded; this is the plain one

    @Slot()
    def on_print_accepted(self) -> None:
        if self._printer is not None:
            self.print_to(self._printer)

    def print_to(self, printer: QPrinter) -> BackgroundJob:
        """Print on a worker thread with progress and Cancel; the window stays usable."""
        source = self.source
        job = BackgroundJob(
            self,
            QCoreApplication.translate("Printing", "Printing %s…") % self.windowTitle(),
            lambda progress, cancelled: print_pdf(source, printer, progress, cancelled),
            total=self.page_count,
        )
        self.print_job = job
        self.print_action.setEnabled(False)
        job.finished.connect(self._on_print_finished)
        return job.start()

    @Slot()
    def _on_print_finished(self) -> None:
        self.print_job = None
        self._printer = None
        self.print_action.setEnabled(True)
        if self._closing:  # closed while printing: finish closing now
            super().done(QDialog.DialogCode.Rejected)

    def done(self, result: int) -> None:
        """Closing while printing cancels the print; the window goes once the thread ends."""
        if self.print_job is not None:
            self._closing = True
            self.print_job.cancel()
            self.hide()
            return
        super().done(result)
