"""The task runner: work on a worker thread, its result or error back on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject
from pytestqt.qtbot import QtBot

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
