"""Background work in a worker process: its result, progress, errors and cancel come back
as they would from the job's thread."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from ombuds_desk.services.core.long_work import OperationCancelledError
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.background_job import JobCancelledError
from ombuds_desk.ui.common.process_work import can_run_in_process, in_process

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def counted(steps: int, *, progress: Progress, is_cancelled: Cancelled) -> tuple[int, int]:
    """Counts ``steps``, one progress report a step; stops when cancelled."""
    for step in range(1, steps + 1):
        if is_cancelled():
            raise OperationCancelledError("Stopped: nothing was saved.")
        progress(step, steps)
    return os.getpid(), steps


@dataclass
class Rows:
    names: list[str]


def made(count: int, *, progress: Progress, is_cancelled: Cancelled) -> Rows:
    return Rows([f"Пʼятничук {n}" for n in range(count)])


def described(rows: Rows, extra: Rows, *, progress: Progress, is_cancelled: Cancelled) -> str:
    return f"{len(rows.names)} {rows.names[-1]} + {extra.names}"


def priority(*, progress: Progress, is_cancelled: Cancelled) -> tuple[int | None, int]:
    """The worker's scheduling class (None where the system has none to ask) and niceness."""
    policy = os.sched_getscheduler(0) if hasattr(os, "sched_getscheduler") else None
    return policy, os.nice(0) if hasattr(os, "nice") else 0


def broken(text: str, *, progress: Progress, is_cancelled: Cancelled) -> None:
    raise ValueError(text)


class _UnpicklableError(Exception):
    def __init__(self, text: str, extra: int) -> None:
        super().__init__(text)  # args lose ``extra``: it cannot be made again from them
        self.extra = extra


def broken_oddly(text: str, *, progress: Progress, is_cancelled: Cancelled) -> None:
    raise _UnpicklableError(text, 1)


def test_the_work_runs_in_another_process_and_reports_progress() -> None:
    seen: list[tuple[int, int]] = []
    pid, steps = in_process(counted, 3)(lambda d, t: seen.append((d, t)), lambda: False)
    assert pid != os.getpid() and steps == 3
    assert seen[0] == (1, 3) and seen[-1] == (3, 3)  # the first and the last always travel


@pytest.mark.skipif(not hasattr(os, "nice"), reason="no niceness here")
def test_the_worker_runs_below_the_window_but_not_idle() -> None:
    """An import's worker holds the write lock the window waits for: below the window, not
    in the idle class, where other busy programs could starve it while it holds the lock."""
    policy, niceness = in_process(priority)(lambda d, t: None, lambda: False)
    assert niceness > os.nice(0)
    if hasattr(os, "SCHED_IDLE"):
        assert policy != os.SCHED_IDLE


def test_an_error_in_the_worker_is_raised_here() -> None:
    with pytest.raises(ValueError, match="Ґанна не знайдена"):
        in_process(broken, "Ґанна не знайдена")(lambda d, t: None, lambda: False)
    with pytest.raises(RuntimeError, match="_UnpicklableError: Їжак"):
        in_process(broken_oddly, "Їжак")(lambda d, t: None, lambda: False)


def test_a_cancel_while_progress_is_shown_stops_the_next_step() -> None:
    stop = False

    def progress(done: int, total: int) -> None:
        nonlocal stop
        stop = True  # asked for while the first step's progress was shown

    with pytest.raises(JobCancelledError):
        in_process(counted, 1_000)(progress, lambda: stop)


def test_an_in_memory_database_stays_on_the_thread(db: Database) -> None:
    assert can_run_in_process(db)  # a file: a worker opens it by its URL
    memory = Database(url="sqlite://", engine=db.engine)
    assert not can_run_in_process(memory)


def test_a_result_sent_back_to_a_worker_arrives_whole() -> None:
    def idle(done: int, total: int) -> None:
        pass

    rows = in_process(made, 5_000)(idle, lambda: False)
    assert isinstance(rows, Rows) and len(rows.names) == 5_000
    # ``rows`` travels as the bytes it came in; a new object beside it is pickled afresh
    text = in_process(described, rows, Rows(["Ґанна"]))(idle, lambda: False)
    assert text == "5000 Пʼятничук 4999 + ['Ґанна']"
