"""Printing from the main window: the batch of the list in the background (progress, Cancel,
no half-written file), the case sheet preview, and the menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)

from ombuds_desk.services.printing import SheetVersion
from ombuds_desk.ui.printing.feature import PrintingFeature, SheetVersionDialog
from ombuds_desk.ui.printing.pdf_preview import PdfPreviewDialog
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.reports.builders import SHIPMENT, build_case_file
from tests.ui.helpers import register_people

PERSONS = 30


def feature_of(window: MainWindow) -> PrintingFeature:
    feature = window.findChild(QObject, "printing")
    assert isinstance(feature, PrintingFeature)
    return feature


def visible(kind: type, name: str | None = None) -> list:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, kind) and w.isVisible() and (name is None or w.objectName() == name)
    ]


@pytest.fixture
def listed(window, db, caseworker, today) -> list[int]:
    ids = register_people(db, caseworker, PERSONS, today)
    window.on_refresh_triggered()
    assert window.model.rowCount() == PERSONS
    return ids


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def start_batch_from_menu(window: MainWindow, target: Path, counterpart: bool = False):
    """Ctrl+Shift+P, choose the version, choose the file: the job is running."""
    feature = feature_of(window)
    feature.case_sheets.trigger()
    (chooser,) = visible(SheetVersionDialog)
    count = window.model.rowCount()
    assert any(f"all {count} cases" in label.text() for label in chooser.findChildren(QLabel))
    chooser.counterpart.setChecked(counterpart)
    chooser.accept()
    (files,) = visible(QFileDialog, "batchFile")
    files.selectFile(str(target))
    files.accept()
    job = feature.batch_job
    assert job is not None and job.running
    assert not feature.case_sheets.isEnabled()  # one batch at a time
    return job


def test_batch_of_the_list_in_the_background(qtbot, window, listed, out) -> None:
    target = out / "stalled sheets.pdf"
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    job = start_batch_from_menu(window, target)
    assert visible(QProgressDialog, "jobProgress")  # shown at once, not modal
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    timer.stop()
    assert ticks, "the event loop ran while the batch was written"
    reader = PdfReader(target)
    assert len(reader.pages) >= PERSONS
    assert sum("Page 1 of" in (p.extract_text() or "") for p in reader.pages) == PERSONS
    assert sorted(p.name for p in out.iterdir()) == [target.name]  # no temporary file left
    feature = feature_of(window)
    assert feature.batch_job is None and feature.case_sheets.isEnabled()
    assert not visible(QProgressDialog, "jobProgress")

    (done,) = visible(QMessageBox, "batchDone")
    assert f"{PERSONS} case sheets" in done.text()
    (open_preview,) = [b for b in done.buttons() if "preview" in b.text().lower()]
    open_preview.click()
    (preview,) = visible(PdfPreviewDialog, "pdfPreview")
    assert preview.page_count == len(reader.pages)
    preview.close()


def test_cancel_leaves_no_file(qtbot, window, listed, db, caseworker, today, out) -> None:
    register_people(db, caseworker, PERSONS, today)  # a longer batch: Cancel lands mid-way
    window.on_refresh_triggered()
    target = out / "batch.pdf"
    job = start_batch_from_menu(window, target, counterpart=True)
    (progress,) = visible(QProgressDialog, "jobProgress")
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    seen: list[int] = []

    def on_progress(done: int, _total: int) -> None:
        seen.append(done)
        if len(seen) == 1:
            cancel.click()  # as the first progress arrives

    job.progressed.connect(on_progress)
    with qtbot.waitSignals([job.cancelled, job.finished], timeout=30_000, order="strict"):
        pass
    assert seen and seen[0] < 2 * PERSONS
    assert list(out.iterdir()) == []  # neither the PDF nor a temporary file
    assert "no file was written" in window.statusBar().currentMessage()
    assert feature_of(window).case_sheets.isEnabled()


def test_case_sheet_preview_of_the_selected_case(qtbot, window, listed) -> None:
    feature = feature_of(window)
    window.open_case(listed[1])
    assert window.details is not None
    feature.case_sheet.trigger()
    (chooser,) = visible(SheetVersionDialog)
    assert chooser.version is SheetVersion.INTERNAL
    chooser.counterpart.setChecked(True)
    chooser.accept()
    qtbot.waitUntil(lambda: len(visible(PdfPreviewDialog)) == 1, timeout=30_000)
    (preview,) = visible(PdfPreviewDialog)
    assert window.details.case_number in preview.windowTitle()
    assert "counterpart" in preview.windowTitle()
    assert preview.page_count >= 1
    assert preview.suggested_name.startswith(window.details.case_number)
    preview.close()
    qtbot.waitUntil(lambda: not feature.previews)


def test_menu_and_shortcuts(window) -> None:
    feature = feature_of(window)
    texts = [a.text() for a in feature.menu.actions() if not a.isSeparator()]
    assert texts == [
        "&Case sheet…",
        "Case sheets for the &list…",
        "&Stalled cases report…",
        "Shipment &manifest…",
        "Parcel la&bels…",
    ]
    assert feature.case_sheet.shortcut().toString() == "Ctrl+P"
    assert feature.case_sheets.shortcut().toString() == "Ctrl+Shift+P"
    assert all(a.statusTip() for a in feature.menu.actions() if not a.isSeparator())


def test_a_failed_batch_says_so(qtbot, window, listed, tmp_path) -> None:
    feature = feature_of(window)
    target = tmp_path / "no such folder" / "batch.pdf"
    job = feature.print_list(listed, target, SheetVersion.INTERNAL)
    with qtbot.waitSignal(job.failed, timeout=30_000) as failed:
        pass
    assert isinstance(failed.args[0], OSError)
    qtbot.waitUntil(lambda: feature.batch_job is None)
    assert feature.case_sheets.isEnabled()
    assert visible(QMessageBox)  # the error, shown once, by the job
    assert not target.parent.exists()


def test_case_sheet_needs_a_selected_case(window) -> None:
    assert window.details is None
    feature_of(window).case_sheet.trigger()
    assert not visible(SheetVersionDialog)
    assert "Select a case first" in window.statusBar().currentMessage()


def test_stalled_report_and_manifest_open_in_the_preview(
    qtbot, window, db, caseworker, today
) -> None:
    build_case_file(db, caseworker, today)
    feature = feature_of(window)
    window.findChild(QAction, "printStalled").trigger()
    qtbot.waitUntil(lambda: len(feature.previews) == 1, timeout=30_000)
    assert feature.previews[0].windowTitle() == "Stalled cases"
    window.findChild(QAction, "printManifest").trigger()
    (chooser,) = visible(QInputDialog, "chooseShipment")
    assert chooser.comboBoxItems() == [f"{SHIPMENT} · ICRC · handed over"]
    chooser.accept()
    qtbot.waitUntil(lambda: len(feature.previews) == 2, timeout=30_000)
    manifest = feature.previews[1]
    assert manifest.windowTitle() == f"Shipment manifest {SHIPMENT}"
    assert manifest.page_count == 1
    for preview in list(feature.previews):
        preview.close()
