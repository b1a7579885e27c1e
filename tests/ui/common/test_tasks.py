"""The task runner: work on a worker thread, its result or error back on the GUI thread; work
held while the window is built; long GUI-thread work in steps."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from itertools import pairwise

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.common import tasks
from ombuds_desk.ui.common.tasks import TaskRunner


def test_results_and_errors_come_back_on_the_gui_thread(qtbot: QtBot) -> None:
    owner = QObject()
    runner = TaskRunner(owner)
    seen: list[tuple[object, str | None, bool]] = []

    def done(result: object, error: BaseException | None) -> None:
        seen.append(
            (
                result,
                str(error) if error else None,
                threading.current_thread() is threading.main_thread(),
            )
        )

    with qtbot.waitSignal(runner.idle):
        runner.run(lambda: threading.current_thread().name, done)
        runner.run(lambda: 1 / 0, done)
        assert runner.pending == 2
    assert runner.pending == 0
    worked, failed = sorted(seen, key=lambda s: s[1] or "")
    assert str(worked[0]).startswith("ombuds-db") and worked[1:] == (None, True)
    assert failed == (None, "division by zero", True)
    runner.shutdown()


def test_after_shutdown_no_work_is_taken() -> None:
    runner = TaskRunner()
    runner.shutdown()
    ran: list[int] = []
    runner.run(lambda: ran.append(1), lambda _r, _e: ran.append(2))
    QCoreApplication.processEvents()
    assert ran == [] and runner.pending == 0


def test_work_held_while_the_window_is_built_starts_on_release_in_order(qtbot: QtBot) -> None:
    runner = TaskRunner(workers=1)
    ran: list[str] = []
    delivered: list[object] = []

    def read(name: str) -> str:
        ran.append(name)
        return name

    runner.hold()
    runner.run(lambda: read("ids"), lambda r, _e: delivered.append(r))
    runner.run(lambda: read("counts"), lambda r, _e: delivered.append(r))
    QCoreApplication.processEvents()
    qtbot.wait(50)
    assert ran == [] and runner.pending == 2  # held: nothing read yet, but waited for
    with qtbot.waitSignal(runner.idle):
        runner.release()
    assert ran == ["ids", "counts"] and delivered == ["ids", "counts"]
    runner.run(lambda: "after", lambda r, _e: delivered.append(r))  # no longer held
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert delivered[-1] == "after"
    runner.shutdown()


def test_work_still_held_at_shutdown_is_dropped_and_not_waited_for() -> None:
    runner = TaskRunner()
    ran: list[int] = []
    runner.hold()
    runner.run(lambda: ran.append(1), lambda _r, _e: ran.append(2))
    runner.shutdown()
    runner.release()
    QCoreApplication.processEvents()
    assert ran == [] and runner.pending == 0


def _slow_steps(done: list[int], count: int, seconds: float) -> Iterator[None]:
    for n in range(count):
        time.sleep(seconds)
        done.append(n)
        yield


def test_steps_run_a_slice_now_and_the_rest_between_turns_of_the_event_loop(
    qtbot: QtBot,
) -> None:
    owner = QObject()
    runner = TaskRunner(owner)
    done: list[int] = []
    ticks: list[int] = []  # a timer firing between the slices: the event loop turned
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(len(done)))
    timer.start(0)
    run = runner.run_steps(_slow_steps(done, 40, 0.002), owner)  # about 80 ms of work
    assert 0 < len(done) < 40 and runner.pending == 1 and not run.done
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        pass
    timer.stop()
    assert done == list(range(40)) and run.done and runner.pending == 0
    assert any(0 < t < 40 for t in ticks)


def test_other_timers_run_between_every_two_slices(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A slice of one step each (no time to spare): a timer of the window's (its heartbeat, a
    # blinking cursor) must have its turn between every two of them, not every other one
    # (two slices back to back are a stall twice as long).
    monkeypatch.setattr(tasks, "STEP_SECONDS", 0.0)
    owner = QObject()
    runner = TaskRunner(owner)
    ticks = [0]
    seen: list[int] = []  # the ticks counted when each step ran

    def steps() -> Iterator[None]:
        for _ in range(30):
            seen.append(ticks[0])
            yield

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start(0)
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        runner.run_steps(steps(), owner)
    timer.stop()
    assert len(seen) == 30
    assert all(later > earlier for earlier, later in pairwise(seen))


def test_steps_not_started_wait_for_resume_and_count_as_pending(qtbot: QtBot) -> None:
    owner = QObject()
    runner = TaskRunner(owner)
    done: list[int] = []
    run = runner.run_steps(_slow_steps(done, 5, 0.0), owner, start=False)
    assert runner.pending == 1 and not run.done
    qtbot.wait(50)  # turns of the event loop: nothing runs until resumed
    assert done == [] and runner.pending == 1
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        run.resume()
    assert done == list(range(5)) and run.done and runner.pending == 0


def test_steps_cancelled_or_whose_owner_is_gone_stop(qtbot: QtBot) -> None:
    owner = QObject()
    runner = TaskRunner(owner)
    done: list[int] = []
    run = runner.run_steps(_slow_steps(done, 1000, 0.002), owner)
    run.cancel()
    stopped_at = len(done)
    qtbot.wait(100)
    assert len(done) == stopped_at < 1000 and runner.pending == 0
    page = QObject(owner)
    other: list[int] = []
    runner.run_steps(_slow_steps(other, 1000, 0.002), page)
    shiboken6.delete(page)
    stopped_at = len(other)
    qtbot.waitUntil(lambda: runner.pending == 0)
    qtbot.wait(50)
    assert len(other) == stopped_at < 1000
