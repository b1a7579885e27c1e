"""Long work off the GUI thread: progress shown, Cancel heard by the work, a failure shown in a
box (unless the caller shows it itself), the result handed back, the dialog held back so a
quick job does not flash one."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.errors import NotFoundError
from ombuds_desk.ui.common.background_job import (
    _RUNNING,
    BackgroundJob,
    IsCancelled,
    JobCancelledError,
    Progress,
)
from tests.ui.clock import Stopwatch

WAIT = 5.0  # seconds a worker waits for the test before giving up (a failing test never hangs)


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    widget.setWindowTitle("Друк справ")
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def go() -> Iterator[threading.Event]:
    """Lets a blocked worker carry on; set at teardown too, so no thread outlives a test."""
    event = threading.Event()
    yield event
    event.set()


def _record(job: BackgroundJob) -> list[str]:
    """The names of the outcome signals ``job`` emits, in order."""
    seen: list[str] = []
    job.succeeded.connect(lambda _result: seen.append("succeeded"))
    job.cancelled.connect(lambda: seen.append("cancelled"))
    job.failed.connect(lambda _exc: seen.append("failed"))
    job.finished.connect(lambda: seen.append("finished"))
    return seen


def _modal_box(qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def _cancel_button(job: BackgroundJob) -> QPushButton:
    buttons = job.dialog.findChildren(QPushButton)
    assert len(buttons) == 1
    return buttons[0]


def test_progress_reaches_the_dialog_and_the_caller(
    qtbot: QtBot, parent: QWidget, go: threading.Event
) -> None:
    def work(progress: Progress, _is_cancelled: IsCancelled) -> str:
        progress(3, 10)
        go.wait(WAIT)
        progress(12, 10)  # more than expected: the bar stops at its end
        return "готово"

    job = BackgroundJob(parent, "Друкую справи Їжакевича…", work)
    steps: list[tuple[int, int]] = []
    job.progressed.connect(lambda done, total: steps.append((done, total)))
    assert job.dialog.maximum() == 0  # no total: a busy bar
    job.start()
    assert job.running
    qtbot.waitUntil(lambda: steps == [(3, 10)])
    assert (job.dialog.value(), job.dialog.maximum()) == (3, 10)
    assert job.dialog.labelText() == "Друкую справи Їжакевича…"
    with qtbot.waitSignal(job.finished):
        go.set()
    assert steps == [(3, 10), (12, 10)]
    assert not job.running


def test_a_known_total_is_the_bar_s_end_from_the_start(
    qtbot: QtBot, parent: QWidget, go: threading.Event
) -> None:
    def work(progress: Progress, _is_cancelled: IsCancelled) -> None:
        go.wait(WAIT)

    job = BackgroundJob(parent, "Пакую 2 000 посилок", work, total=2000).start()
    assert job.dialog.maximum() == 2000
    assert job.dialog.value() == 0
    with qtbot.waitSignal(job.finished):
        go.set()


def test_cancel_stops_the_work_and_only_cancelled_comes_back(
    qtbot: QtBot, parent: QWidget, go: threading.Event
) -> None:
    asked = threading.Event()

    def work(progress: Progress, is_cancelled: IsCancelled) -> str:
        progress(1, 5)
        while not is_cancelled():
            if go.wait(0.01):
                return "не скасовано"
        asked.set()
        progress(2, 5)  # after Cancel: no longer shown
        raise JobCancelledError

    job = BackgroundJob(parent, "Експорт переліку", work, total=5)
    seen = _record(job)
    steps: list[tuple[int, int]] = []
    job.progressed.connect(lambda done, total: steps.append((done, total)))
    job.start()
    assert job.dialog.isVisible()
    qtbot.waitUntil(lambda: steps == [(1, 5)])
    assert not job.cancel_requested
    with qtbot.waitSignal(job.cancelled):
        qtbot.mouseClick(_cancel_button(job), Qt.MouseButton.LeftButton)
        assert job.cancel_requested
        assert job.dialog.labelText() == "Cancelling…"
    assert asked.is_set()
    qtbot.waitUntil(lambda: seen[-1:] == ["finished"])
    assert seen == ["cancelled", "finished"]
    assert steps == [(1, 5)]
    assert not job.running
    assert QApplication.activeModalWidget() is None  # cancelling is no error


def test_cancel_before_start_or_after_the_end_asks_nothing(qtbot: QtBot, parent: QWidget) -> None:
    job = BackgroundJob(parent, "Друк", lambda _p, _c: 42)
    job.cancel()
    assert not job.cancel_requested
    with qtbot.waitSignal(job.succeeded) as done:
        job.start()
    assert done.args == [42]
    job.cancel()
    assert not job.cancel_requested


def test_a_failure_comes_back_as_failed_and_is_shown(qtbot: QtBot, parent: QWidget) -> None:
    def work(_progress: Progress, _is_cancelled: IsCancelled) -> None:
        raise OSError("Диск заповнено: перелік_ґ.pdf")

    job = BackgroundJob(parent, "Друк переліку", work)
    seen = _record(job)
    with qtbot.waitSignal(job.failed) as failed:
        job.start()
    error = failed.args[0]
    assert isinstance(error, OSError) and str(error) == "Диск заповнено: перелік_ґ.pdf"
    box = _modal_box(qtbot)
    assert box.windowTitle() == "Something went wrong"
    assert "Диск заповнено: перелік_ґ.pdf" in box.text()
    assert box.parent() is parent
    qtbot.waitUntil(lambda: seen == ["failed", "finished"])


def test_a_domain_error_of_the_work_is_shown_as_it_is(qtbot: QtBot, parent: QWidget) -> None:
    def work(_progress: Progress, _is_cancelled: IsCancelled) -> None:
        raise NotFoundError("Справу EVA-2026-00007 (Завʼялов) не знайдено")

    job = BackgroundJob(parent, "Друк", work)
    with qtbot.waitSignal(job.failed):
        job.start()
    box = _modal_box(qtbot)
    assert box.windowTitle() == "Not found"
    assert box.text() == "Справу EVA-2026-00007 (Завʼялов) не знайдено"


def test_a_caller_that_reports_errors_itself_gets_no_box(qtbot: QtBot, parent: QWidget) -> None:
    def work(_progress: Progress, _is_cancelled: IsCancelled) -> None:
        raise ValueError("Невідомий канал: «Червоний Хрест»")

    job = BackgroundJob(parent, "Імпорт", work, report_errors=False)
    seen = _record(job)
    with qtbot.waitSignal(job.finished):
        job.start()
    assert seen == ["failed", "finished"]
    qtbot.wait(50)
    assert QApplication.activeModalWidget() is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def test_success_hands_back_the_result_then_finished(qtbot: QtBot, parent: QWidget) -> None:
    worker_threads: list[bool] = []

    def work(progress: Progress, _is_cancelled: IsCancelled) -> dict[str, bytes]:
        worker_threads.append(threading.current_thread() is threading.main_thread())
        progress(1, 1)
        return {"Пʼятницький.pdf": b"%PDF-1.7"}

    job = BackgroundJob(parent, "Друк", work)
    seen = _record(job)
    with qtbot.waitSignal(job.succeeded) as done:
        assert job.start() is job
    assert done.args == [{"Пʼятницький.pdf": b"%PDF-1.7"}]
    assert worker_threads == [False]
    qtbot.waitUntil(lambda: seen == ["succeeded", "finished"])
    assert not job.running
    assert QApplication.activeModalWidget() is None


class _Shows(QObject):
    """Counts the times the watched widget is shown."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.count += 1
        return False


def test_the_dialog_shows_at_once_without_a_delay(
    qtbot: QtBot, parent: QWidget, go: threading.Event
) -> None:
    job = BackgroundJob(parent, "Друк", lambda _p, _c: go.wait(WAIT))
    job.start()
    assert job.dialog.isVisible()
    assert job.dialog.parent() is parent
    assert job.dialog.objectName() == "jobProgress"
    assert QApplication.activeModalWidget() is None  # the window stays usable
    with qtbot.waitSignal(job.finished):
        go.set()


def test_the_dialog_waits_show_after_ms(qtbot: QtBot, parent: QWidget, go: threading.Event) -> None:
    clock = Stopwatch()
    job = BackgroundJob(parent, "Друк", lambda _p, _c: go.wait(WAIT), show_after_ms=400)
    job.start()
    assert not job.dialog.isVisible()
    qtbot.wait(150)
    assert not job.dialog.isVisible() or clock.passed(400)  # (a busy host's stall)
    qtbot.waitUntil(job.dialog.isVisible)
    with qtbot.waitSignal(job.finished):
        go.set()


def test_a_quick_job_never_flashes_its_dialog(qtbot: QtBot, parent: QWidget) -> None:
    job = BackgroundJob(parent, "Друк", lambda _p, _c: "швидко", show_after_ms=300)
    shows = _Shows()
    job.dialog.installEventFilter(shows)
    with qtbot.waitSignal(job.finished):
        job.start()
    qtbot.wait(500)  # past the delay: the closed dialog stays unshown
    assert shows.count == 0


def test_a_page_closed_while_its_job_runs_stops_the_work_and_the_process_lives(
    qtbot: QtBot,
) -> None:
    """Deleting a running QThread aborts the whole process (a window's test crashed so, a
    Duplicates search still running in its worker when the window went): the worker belongs
    to no page, is asked to stop, and is deleted once its thread has ended."""
    page = QWidget()
    started, stopped = threading.Event(), threading.Event()

    def work(_progress: Progress, is_cancelled: IsCancelled) -> None:
        started.set()
        deadline = time.monotonic() + WAIT
        while not is_cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        if is_cancelled():
            stopped.set()
            raise JobCancelledError

    job = BackgroundJob(page, "Пошук можливих дублікатів…", work, show_after_ms=60_000).start()
    worker = job._worker
    assert started.wait(WAIT) and worker in _RUNNING
    page.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(job)
    qtbot.waitUntil(lambda: worker not in _RUNNING, timeout=int(WAIT * 1000))
    assert stopped.is_set()  # asked to stop, not left to run to its end
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(worker)  # deleted once its thread had ended
