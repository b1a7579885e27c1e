"""Database reads off the GUI thread (after Anki's ``taskman``): a small pool of worker
threads, and each result handed back to the GUI thread by a queued signal.

A task is a plain function that opens its own session (sessions are never shared across
threads) and touches no widget; ``done(result, error)`` then runs in the GUI thread.
:attr:`TaskRunner.pending` and :attr:`TaskRunner.idle` let a test, or the shell at quit,
wait for every read to come back.

Work that must run on the GUI thread and is long (laying out tens of thousands of lines a
read brought) runs in steps (:meth:`TaskRunner.run_steps`): a generator resumed in slices of
about 20 ms, one per turn of the event loop, so the window keeps painting and answering
between them; it counts as pending until it ends, as a read does.

While the window starts, its pages ask for their first reads as they are made; the runner
holds them (:meth:`TaskRunner.hold`) until the window shows (:meth:`TaskRunner.release`):
a worker turning 100,000 ids into a list would otherwise share the interpreter with the
GUI thread still building the window, and the window would come later.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

T = TypeVar("T")
Done = Callable[[Any, BaseException | None], None]
# The GUI thread's share of one turn of the event loop for work run in steps: well under the
# 50 ms a user notices as a stall.
STEP_SECONDS = 0.02


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
        self._held: list[tuple[Callable[[], Any], Done]] | None = None
        # Runs in steps waiting for their next slice, one resumed a turn of this timer: a
        # timer, not QTimer.singleShot(0, …), which posts a call, and the event loop ran two
        # posted slices back to back before its timers (and what waits behind them) had a
        # turn: 40 ms stretches of the GUI thread instead of 20 (My work laying out a team's
        # 45,000 lines).
        self._waiting: list[Steps] = []
        self._turn = QTimer(self)
        self._turn.setSingleShot(True)
        self._turn.setInterval(0)
        self._turn.timeout.connect(self._next_slice)
        # Emitted from a worker thread; queued, so the slot runs in this object's thread.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def pending(self) -> int:
        """Tasks started whose ``done`` has not run yet."""
        return self._pending

    def hold(self) -> None:
        """Keep the work asked from now on until :meth:`release` (it counts as pending)."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """Start the work held, in the order it was asked."""
        held, self._held = self._held or [], None
        for work, done in held:
            self._submit(work, done)

    def run(self, work: Callable[[], T], done: Done) -> None:
        if self._closed:
            return
        self._pending += 1
        if self._held is not None:
            self._held.append((work, done))
            return
        self._submit(work, done)

    def _submit(self, work: Callable[[], T], done: Done) -> None:
        if self._closed:
            self._pending -= 1
            return
        future = self._pool.submit(work)
        task = _Task(future, done)
        future.add_done_callback(lambda _future: self._emit_finished(task))

    def run_steps(self, steps: Iterator[object], owner: QObject, start: bool = True) -> Steps:
        """Run ``steps`` (a generator that yields between small pieces of work) on the GUI
        thread: the first slice now, the rest one slice per event-loop turn. It stops when
        the generator ends, when :meth:`Steps.cancel` is called (a newer read replaces what
        it lays out) or when ``owner`` is deleted. Not ``start``: the first slice waits for
        :meth:`Steps.resume` (the steps count as pending from now on all the same)."""
        self._pending += 1
        run = Steps(self, steps, owner)
        if start:
            run.resume()
        return run

    def _slice_later(self, run: Steps) -> None:
        """``run``'s next slice at a later turn of the event loop, after the other runs'."""
        self._waiting.append(run)
        self._turn.start()

    @Slot()
    def _next_slice(self) -> None:
        if self._waiting:
            self._waiting.pop(0).resume()
        if self._waiting:
            self._turn.start()

    def _steps_ended(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.idle.emit()

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
        self._pending -= len(self._held or [])
        self._held = None  # never started: nobody waits for them
        self._pool.shutdown(wait=True, cancel_futures=True)


class Steps:
    """One run of :meth:`TaskRunner.run_steps`; ``done`` once it ended or was cancelled."""

    def __init__(self, runner: TaskRunner, steps: Iterator[object], owner: QObject) -> None:
        self._runner = runner
        self._steps = steps
        self._owner = owner
        self.done = False

    def cancel(self) -> None:
        self._end()

    def resume(self) -> None:
        if self.done:
            return
        if not shiboken6.isValid(self._owner) or not shiboken6.isValid(self._runner):
            self._end()
            return
        deadline = time.perf_counter() + STEP_SECONDS
        try:
            for _ in self._steps:
                if time.perf_counter() >= deadline:
                    self._runner._slice_later(self)
                    return
        except BaseException:
            self._end()
            raise
        self._end()

    def _end(self) -> None:
        if self.done:
            return
        self.done = True
        if shiboken6.isValid(self._runner):
            self._runner._steps_ended()
