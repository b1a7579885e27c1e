"""Long work off the GUI thread, with a progress dialog and Cancel (after Anki's QueryOp).

:class:`BackgroundJob` runs ``work(progress, is_cancelled)`` on a worker ``QThread`` of its own.
The work reports ``progress(done, total)`` and polls ``is_cancelled()``; it must open its
own database sessions and never touch a widget. Its outcome comes back to the GUI thread by
signal: :attr:`BackgroundJob.succeeded` with the result, :attr:`~BackgroundJob.cancelled`
when the work raised :class:`JobCancelledError`, :attr:`~BackgroundJob.failed` with any other
exception (shown with ``show_error`` unless the caller asks otherwise), and always
:attr:`~BackgroundJob.finished` last.

The worker thread belongs to no widget: a page or dialog closed (deleted) while its job
runs takes the job with it, and a ``QThread`` deleted while it runs aborts the whole
process. The job's end asks the work to stop; the thread is kept (:data:`_RUNNING`) until
it has ended, then deleted, and waited for when the program ends.
"""

from __future__ import annotations

import atexit
import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ombuds_desk.ui.common.errors import show_error

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
Work = Callable[[Progress, IsCancelled], Any]


class JobCancelledError(Exception):
    """Raised by a job's work when it stopped because the user cancelled."""


def cancellable(work: Work) -> Work:
    """``work`` with the services' cancel (``OperationCancelledError``) turned into the job's."""
    # Here, beside the job, not with the import dialog's work: the Duplicates page's first
    # search (when the page is first shown) took it from there, and with it the import
    # planners, 100-200 ms of imports on the GUI thread at the page's first opening. The
    # services' module is imported at the first job, not at start, as the pages' are.
    from ombuds_desk.services.core.long_work import OperationCancelledError

    def run(progress: Progress, cancelled: IsCancelled) -> Any:
        try:
            return work(progress, cancelled)
        except OperationCancelledError:
            raise JobCancelledError from None

    return run


# Worker threads that have not ended, whether or not their job is still there.
_RUNNING: set[_Worker] = set()


class _Worker(QThread):
    """Runs the work once; keeps its outcome for the job to read after ``finished``. Not a
    child of the job (see the module's doc): it deletes itself once its thread has ended."""

    progressed = Signal(int, int)

    def __init__(self, work: Work, stop: threading.Event) -> None:
        super().__init__(None)
        self._work = work
        self._stop = stop
        self.result: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False

    @Slot()
    def release(self) -> None:
        self.wait()  # run() has returned; this only reaps the thread
        _RUNNING.discard(self)
        self.deleteLater()

    def stop_and_wait(self) -> None:
        self._stop.set()
        self.wait()

    def run(self) -> None:  # the worker thread: no widget here
        try:
            self.result = self._work(self.progressed.emit, self._stop.is_set)
        except JobCancelledError:
            self.was_cancelled = True
        except BaseException as exc:
            self.error = exc


class BackgroundJob(QObject):
    """One piece of work on a worker thread, with a progress dialog owned by ``parent``.

    ``show_after_ms`` delays the dialog so quick jobs do not flash one (0 shows it at once).
    ``total`` is the expected count (0: unknown, a busy bar until the first progress).
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    cancelled = Signal()
    failed = Signal(object)
    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        label: str,
        work: Work,
        *,
        total: int = 0,
        show_after_ms: int = 0,
        report_errors: bool = True,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._stop = threading.Event()
        self._running = False
        # The worker object lives in the GUI thread, so its signals reach these slots queued;
        # ``finished`` arrives once run() has returned, so deleting it then is safe.
        self._worker = _Worker(work, self._stop)
        self._worker.progressed.connect(self._on_progressed, Qt.ConnectionType.QueuedConnection)
        self._worker.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        # After the job's own: the job reads the outcome first, then the thread is reaped.
        self._worker.finished.connect(self._worker.release, Qt.ConnectionType.QueuedConnection)
        # Deleted with its page while the work runs: the work is asked to stop.
        stop = self._stop
        self.destroyed.connect(lambda *_: stop.set())
        if report_errors:
            self.failed.connect(self._show_error)

        self.dialog = QProgressDialog(
            label, QCoreApplication.translate("BackgroundJob", "Cancel"), 0, total, parent
        )
        self.dialog.setObjectName("jobProgress")
        self.dialog.setWindowTitle(QCoreApplication.translate("BackgroundJob", "Ombuds Desk"))
        self.dialog.setWindowModality(Qt.WindowModality.NonModal)  # the window stays usable
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.setMinimumDuration(max(0, show_after_ms))
        self.dialog.canceled.connect(self.cancel)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_about_to_quit)

    @property
    def running(self) -> bool:
        return self._running

    @property
    def cancel_requested(self) -> bool:
        return self._stop.is_set()

    def start(self) -> BackgroundJob:
        """Start the work on its thread; returns ``self`` for chaining."""
        self._running = True
        self.dialog.setValue(0)
        if self.dialog.minimumDuration() == 0:
            self.dialog.show()
        _RUNNING.add(self._worker)
        self._worker.start()
        return self

    @Slot()
    def cancel(self) -> None:
        """Ask the work to stop at its next check; the outcome still arrives by signal."""
        if self._running and not self._stop.is_set():
            self._stop.set()
            self.dialog.setLabelText(QCoreApplication.translate("BackgroundJob", "Cancelling…"))
            self.dialog.setCancelButtonText("")  # nothing more to press
            self.dialog.show()

    @Slot()
    def _on_about_to_quit(self) -> None:
        """Quitting mid-job: stop the work and let its thread end before Qt tears down."""
        if self._running:
            self._worker.stop_and_wait()

    # -- back on the GUI thread ----------------------------------------------------------

    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
        if not self._running or self._stop.is_set():
            return
        if total and self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total) if total else done)
        self.progressed.emit(done, total)

    @Slot()
    def _on_finished(self) -> None:
        worker = self._worker
        worker.wait()  # run() has returned; this only reaps the thread (deleted by itself)
        self._running = False
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        # The job itself (a small QObject) stays with its parent: deleting it right after its
        # own signal crashed PySide 6.11 when a receiver had disconnected during the emission
        # (as pytest-qt's waitSignal does).
        result, error = worker.result, worker.error
        worker.result = worker.error = None  # the job may outlive them: do not keep a PDF
        if worker.was_cancelled:
            self.cancelled.emit()
        elif error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _show_error(self, exc: object) -> None:
        if isinstance(exc, BaseException):
            show_error(self._parent, exc)


@atexit.register
def _wait_for_running() -> None:
    """At exit, a worker whose job has gone is stopped and waited for: deleting it while its
    thread runs would abort the process on its way out."""
    for worker in list(_RUNNING):
        with contextlib.suppress(RuntimeError):  # already deleted with the application
            worker.stop_and_wait()
