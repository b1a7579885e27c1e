"""The batch of the list in the background: progress, Cancel, no half-written file, one batch
at a time, a failure said once, and nothing to print from an empty list."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.printing import SheetVersion
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.background_job import BackgroundJob
from ombuds_desk.ui.printing.feature import PrintingFeature
from ombuds_desk.ui.printing.pdf_preview import PdfPreviewDialog
from ombuds_desk.ui.printing.sheet_version_dialog import SheetVersionDialog
from tests.ui.helpers import register_people
from tests.ui.hosting import BareHost
from tests.ui.printing.windows import visible

PERSONS = 30
# How long a batch may take: its layout workers run below the tests' priority (niceness 5,
# as a window's do), and on a host kept busy by other processes the first progress of the
# cancelled batch came only after 27-31 s (it failed at 30 s).
BATCH_MS = 180_000


@pytest.fixture
def listed(host: BareHost, db: Database, caseworker: User, today: date) -> list[int]:
    """The person list of the host holds ``PERSONS`` cases."""
    ids = register_people(db, caseworker, PERSONS, today)
    host.listed.listed = ids
    return ids


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def start_batch_from_menu(
    host: BareHost, feature: PrintingFeature, target: Path, counterpart: bool = False
) -> BackgroundJob:
    """Ctrl+Shift+P, choose the version, choose the file: the job is running."""
    feature.case_sheets.trigger()
    (chooser,) = visible(SheetVersionDialog)
    count = len(host.case_list().ids())
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


def test_batch_of_the_list_in_the_background(
    qtbot: QtBot, host: BareHost, feature: PrintingFeature, listed: list[int], out: Path
) -> None:
    target = out / "stalled sheets.pdf"
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    job = start_batch_from_menu(host, feature, target)
    assert visible(QProgressDialog, "jobProgress")  # shown at once, not modal
    with qtbot.waitSignal(job.finished, timeout=BATCH_MS):
        pass
    timer.stop()
    assert ticks, "the event loop ran while the batch was written"
    reader = PdfReader(target)
    assert len(reader.pages) >= PERSONS
    assert sum("Page 1 of" in (p.extract_text() or "") for p in reader.pages) == PERSONS
    assert sorted(p.name for p in out.iterdir()) == [target.name]  # no temporary file left
    assert feature.batch_job is None and feature.case_sheets.isEnabled()
    assert not visible(QProgressDialog, "jobProgress")
    assert f"{PERSONS} case sheets" in host.messages[-1]

    (done,) = visible(QMessageBox, "batchDone")
    assert f"{PERSONS} case sheets" in done.text()
    (open_preview,) = [b for b in done.buttons() if "preview" in b.text().lower()]
    open_preview.click()
    (preview,) = visible(PdfPreviewDialog, "pdfPreview")
    assert preview.page_count == len(reader.pages)
    preview.close()


def test_cancel_leaves_no_file(
    qtbot: QtBot,
    host: BareHost,
    feature: PrintingFeature,
    listed: list[int],
    db: Database,
    caseworker: User,
    today: date,
    out: Path,
) -> None:
    # A longer batch: Cancel lands mid-way.
    host.listed.listed = listed + register_people(db, caseworker, PERSONS, today)
    target = out / "batch.pdf"
    job = start_batch_from_menu(host, feature, target, counterpart=True)
    (progress,) = visible(QProgressDialog, "jobProgress")
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    seen: list[int] = []

    def on_progress(done: int, _total: int) -> None:
        seen.append(done)
        if len(seen) == 1:
            cancel.click()  # as the first progress arrives

    job.progressed.connect(on_progress)
    with qtbot.waitSignals([job.cancelled, job.finished], timeout=BATCH_MS, order="strict"):
        pass
    assert seen and seen[0] < 2 * PERSONS
    assert list(out.iterdir()) == []  # neither the PDF nor a temporary file
    assert "no file was written" in host.messages[-1]
    assert feature.case_sheets.isEnabled()


def test_a_failed_batch_says_so(
    qtbot: QtBot, feature: PrintingFeature, listed: list[int], tmp_path: Path
) -> None:
    target = tmp_path / "no such folder" / "batch.pdf"
    job = feature.print_list(listed, target, SheetVersion.INTERNAL)
    with qtbot.waitSignal(job.failed, timeout=30_000) as failed:
        pass
    assert failed.args is not None and isinstance(failed.args[0], OSError)
    qtbot.waitUntil(lambda: feature.batch_job is None)
    assert feature.case_sheets.isEnabled()
    assert visible(QMessageBox)  # the error, shown once, by the job
    assert not target.parent.exists()


def test_an_empty_list_has_nothing_to_print(host: BareHost, feature: PrintingFeature) -> None:
    assert host.case_list().ids() == []
    feature.case_sheets.trigger()
    assert not visible(SheetVersionDialog)
    (box,) = visible(QMessageBox)
    assert box.windowTitle() == "Nothing to print"
    assert box.text() == "The list is empty; change the filter first."
    assert feature.batch_job is None
