"""A cancel reaches a worker process blocked in one long read: after a grace period the
worker is ended and the job is cancelled; work that writes is waited for instead (ended just
after its commit, it would be reported cancelled with its changes saved)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ombuds_desk.ui.common.background_job import JobCancelledError
from ombuds_desk.ui.common.process_work import CANCEL_GRACE_SECONDS, in_process

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def blocked(seconds: float, mark: str, *, progress: Progress, is_cancelled: Cancelled) -> str:
    """Says where it runs, then waits ``seconds`` without asking whether it is cancelled (as
    a query or a read of a large file does)."""
    Path(mark).write_text(str(os.getpid()))
    time.sleep(seconds)
    return "дочитано"


def _started(mark: Path) -> Cancelled:
    """Cancelled as soon as the worker has begun its work."""
    return lambda: mark.exists() and mark.read_text() != ""


def _gone(pid: int) -> bool:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def test_a_read_blocked_past_the_grace_period_is_ended(tmp_path: Path) -> None:
    mark = tmp_path / "pid"
    started = time.monotonic()
    with pytest.raises(JobCancelledError):
        in_process(blocked, 120.0, str(mark), reads_only=True)(lambda d, t: None, _started(mark))
    assert time.monotonic() - started < 60  # not the two minutes of the read
    assert _gone(int(mark.read_text()))


def test_work_that_writes_is_waited_for_and_its_result_kept(tmp_path: Path) -> None:
    mark = tmp_path / "pid"
    finished = in_process(blocked, CANCEL_GRACE_SECONDS + 1.5, str(mark))(
        lambda d, t: None, _started(mark)
    )
    assert finished == "дочитано"
