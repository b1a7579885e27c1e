"""The PDF preview: page count, zoom, Save as (byte for byte) and printing to a PDF printer."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from pypdf import PdfReader
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.reports import write_case_sheets
from ombuds_desk.store.database import Database
from ombuds_desk.ui.printing.pdf_preview import PdfPreviewDialog
from tests.reports.builders import build_case_file

W = TypeVar("W", bound=QWidget)


@pytest.fixture
def batch_pdf(db: Database, caseworker: User, today: date, tmp_path: Path) -> Path:
    """Three case sheets with Cyrillic names, as the batch writes them."""
    files = build_case_file(db, caseworker, today)
    path = tmp_path / "three.pdf"
    ids = [files.captive_id, files.evacuee_id, files.russian_id]
    write_case_sheets(db, ids, path, today=today, generated_by=caseworker.full_name)
    return path


def pages_of(pdf: Path) -> int:
    return len(PdfReader(pdf).pages)


def open_preview(qtbot: QtBot, source: Path | bytes) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(source, "Case sheets", "three.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def visible_dialog(kind: type[W], name: str) -> W:
    found = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, kind) and w.objectName() == name and w.isVisible()
    ]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("as_bytes", [False, True])
def test_preview_shows_every_page(qtbot: QtBot, batch_pdf: Path, as_bytes: bool) -> None:
    dialog = open_preview(qtbot, batch_pdf.read_bytes() if as_bytes else batch_pdf)
    expected = pages_of(batch_pdf)
    assert expected >= 3
    assert dialog.page_count == expected
    assert dialog.view.document() is dialog.document
    assert dialog.pages_label.text().strip() == f"Page 1 of {expected}"
    assert dialog.view.pageMode() == QPdfView.PageMode.MultiPage


def test_zoom_in_and_out(qtbot: QtBot, batch_pdf: Path) -> None:
    dialog = open_preview(qtbot, batch_pdf)
    dialog.on_zoom_in_triggered()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    larger = dialog.view.zoomFactor()
    dialog.on_zoom_out_triggered()
    assert dialog.view.zoomFactor() == pytest.approx(larger / 1.25)
    dialog.on_fit_width_triggered()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    dialog.on_whole_page_triggered()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitInView


@pytest.mark.parametrize("as_bytes", [False, True])
def test_save_as_writes_an_identical_file(
    qtbot: QtBot, batch_pdf: Path, tmp_path: Path, as_bytes: bool
) -> None:
    dialog = open_preview(qtbot, batch_pdf.read_bytes() if as_bytes else batch_pdf)
    dialog.save_action.trigger()
    chooser = visible_dialog(QFileDialog, "savePdf")
    target = tmp_path / "copy of the sheets.pdf"
    chooser.selectFile(str(target))
    chooser.accept()
    assert target.read_bytes() == batch_pdf.read_bytes()


def pdf_printer(dialog: PdfPreviewDialog, path: Path) -> QPrinter:
    printer = dialog.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(96)  # keeps the page images small; the path is the same at 300
    return printer


def test_print_to_a_pdf_printer(qtbot: QtBot, batch_pdf: Path, tmp_path: Path) -> None:
    dialog = open_preview(qtbot, batch_pdf)
    printed = tmp_path / "printed.pdf"
    printer = pdf_printer(dialog, printed)
    job = dialog.print_to(printer)
    assert not dialog.print_action.isEnabled()  # one print at a time
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    assert dialog.print_job is None and dialog.print_action.isEnabled()
    reader = PdfReader(printed)
    assert len(reader.pages) == dialog.page_count
    box = reader.pages[0].mediabox  # the office's A4, not the printer's default
    assert float(box.width) == pytest.approx(595, abs=2)
    assert float(box.height) == pytest.approx(842, abs=2)


def test_print_a_page_range(qtbot: QtBot, batch_pdf: Path, tmp_path: Path) -> None:
    dialog = open_preview(qtbot, batch_pdf)
    printed = tmp_path / "page-2.pdf"
    printer = pdf_printer(dialog, printed)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    with qtbot.waitSignal(dialog.print_to(printer).finished, timeout=30_000):
        pass
    assert pages_of(printed) == 1


def test_print_asks_for_a_printer_without_blocking(qtbot: QtBot, batch_pdf: Path) -> None:
    dialog = open_preview(qtbot, batch_pdf)
    dialog.print_action.trigger()  # returns at once: the print dialog is opened, not exec'd
    chooser = visible_dialog(QPrintDialog, "printDialog")
    assert chooser.printer().fromPage() == 1
    assert chooser.printer().toPage() == dialog.page_count
    chooser.reject()
    assert dialog.print_job is None
