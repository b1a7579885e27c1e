"""The window's held reads start after its first paint (``app.FirstPaint``), once; a window
the window system does not expose starts them a moment later all the same."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.ui.shell.app import SETTLE_AT_LATEST_MS, FirstPaint, build_main_window
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.ui.clock import Stopwatch


class Painted(QObject):
    """Notes, in ``seen``, the first paint of any widget of the application."""

    def __init__(self, seen: list[object]) -> None:
        super().__init__()
        self.seen = seen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and "painted" not in self.seen:
            self.seen.append("painted")
        return False


def window_on(db: Database, user: User, today: date, settings: QSettings) -> MainWindow:
    return build_main_window(db, user, lambda: today, settings, hold_reads=True)


def settling(seen: list[object]) -> Callable[[MainWindow], None]:
    """What the test settles with: noted in ``seen``, then the held reads released."""

    def settle(window: MainWindow) -> None:
        seen.append("settled")
        window.tasks.release()

    return settle


def test_the_held_reads_start_after_the_first_paint_and_once(
    qtbot: QtBot, db: Database, caseworker: User, today: date, ui_settings: QSettings
) -> None:
    window = window_on(db, caseworker, today, ui_settings)
    qtbot.addWidget(window)
    seen: list[object] = []
    painted = Painted(seen)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(painted)
    try:
        held = window.tasks.pending
        assert held > 0  # the pages asked for their first reads while they were made
        window.show()
        clock = Stopwatch()
        FirstPaint(window, settling(seen))
        assert seen == []  # nothing before the event loop turns
        qtbot.waitUntil(lambda: "settled" in seen)
        # Painted first, unless a busy host held the paint back past the latest moment.
        assert seen == ["painted", "settled"] or clock.passed(SETTLE_AT_LATEST_MS), seen
        qtbot.waitUntil(lambda: "painted" in seen)
        qtbot.wait(SETTLE_AT_LATEST_MS + 200)  # the latest moment passes: not settled again
        assert seen.count("settled") == 1 and len(seen) == 2
        qtbot.waitUntil(lambda: window.tasks.pending == 0)  # the reads released came back
    finally:
        app.removeEventFilter(painted)


def test_a_window_never_exposed_settles_at_the_latest_moment(
    qtbot: QtBot, db: Database, caseworker: User, today: date, ui_settings: QSettings
) -> None:
    window = window_on(db, caseworker, today, ui_settings)
    qtbot.addWidget(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)  # shown, never exposed
    window.show()
    settled: list[object] = []
    clock = Stopwatch()
    FirstPaint(window, settling(settled))
    qtbot.wait(SETTLE_AT_LATEST_MS // 2)
    # It waits for a paint that does not come (unless a busy host held the test past it).
    assert settled == [] or clock.passed(SETTLE_AT_LATEST_MS)
    qtbot.waitUntil(lambda: settled == ["settled"])
    qtbot.waitUntil(lambda: window.tasks.pending == 0)
