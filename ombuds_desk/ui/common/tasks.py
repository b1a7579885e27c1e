"""Database reads off the GUI thread (after Anki's ``taskman``): a small pool of worker
threads, and each result handed back to the GUI thread by a queued signal.

A task is a plain function that opens its own session (sessions are never shared across
threads) and touches no widget; ``done(result, error)`` then runs in the GUI thread.
:attr:`TaskRunner.pending` and :attr:`TaskRunner.idle` let a test, or the shell at quit,
wait for every read to come back.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

T = TypeVar("T")
Done = Callable[[Any, BaseException | None], None]


@dataclass
class _Task(Generic[T]):
    future: Future[T]
    done: Done


class TaskRunner(QObject):
    """Runs ``work()`` on a worker thread and calls ``done(result, error)`` back here."""

    idle = Signal()
    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None, workers: int = 2) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ombuds-db")
        self._pending = 0
        self._closed = False
        # Emitted from a worker thread; queued, so the slot runs in this object's thread.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def pending(self) -> int:
        """Tasks started whose ``done`` has not run yet."""
        return self._pending

    def run(self, work: Callable[[], T], done: Done) -> None:
        if self._closed:
            return
        self._pending += 1
        future = self._pool.submit(work)
        task = _Task(future, done)
        future.add_done_callback(lambda _future: self._emit_finished(task))

    def _emit_finished(self, task: _Task[Any]) -> None:
        # The runner may have been deleted while the task ran: then nobody is waiting.
        with contextlib.suppress(RuntimeError):
            self._finished.emit(task)

    @Slot(object)
    def _deliver(self, task: _Task[Any]) -> None:
        self._pending -= 1
        try:
            if task.future.cancelled():
                return  # the runner was shut down before the task ran: nobody waits
            error = task.future.exception()
            result = None if error is not None else task.future.result()
            task.done(result, error)
        finally:
            if self._pending == 0:
                self.idle.emit()

    def shutdown(self) -> None:
        """Stop taking work and wait for the reads under way (the app is quitting)."""
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)
