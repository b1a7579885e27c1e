"""A demo start shows the window's frame before the database is opened (``app.show_frame``):
before SQLAlchemy, SQLModel, pydantic, the tables and the services are imported, the frame
says who signs in, as the start's forecast has it (``store/start_peek.py``); then the real
start opens the database and signs in (its audit entry), and the same window gets them and
its pages. A start that goes another way after the frame showed closes it before its first
dialog, and goes on as any other start."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.demo import builder
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.store.start_peek import DemoMember, DemoStart
from ombuds_desk.ui.shell import app
from ombuds_desk.ui.shell.app import close_frame, open_window, show_frame
from ombuds_desk.ui.shell.fault_dialog import Choice, FaultDialog
from ombuds_desk.ui.shell.main_window import MainWindow
from ombuds_desk.ui.shell.start import Start, Started
from tests.ui.helpers import wait_idle
from tests.ui.shell.demo_process import what_the_window_saw
from tests.ui.shell.modal import Answers

# The libraries and modules of the open database and the sign-in: none before the frame.
DATABASE_MODULES = (
    "sqlalchemy",
    "sqlmodel",
    "pydantic",
    "alembic",
    "sqlcipher3",
    "ombuds_desk.domain.models",
    "ombuds_desk.domain.accounts",
    "ombuds_desk.store.database",
    "ombuds_desk.services",
)

# At the first window's show(): the database's modules loaded, and what the frame says; once
# the window is ready (its pages in): what it says then, and who it acts as.
WINDOW = """
import json, os, sys
from PySide6.QtWidgets import QLabel, QWidget

original_show = QWidget.show
MODULES = tuple(json.loads(sys.argv[2]))
seen = {}

def says(window):
    return {"title": window.windowTitle(), "who": window.who.text()}

def show(self):
    original_show(self)
    if type(self).__name__ == "MainWindow" and not seen:
        window = self
        loading = window.findChild(QLabel, "windowLoading")
        seen["at_show"] = {
            "loaded": sorted(m for m in sys.modules if m.split(".")[0] in MODULES or m in MODULES
                             or m.startswith(tuple(n + "." for n in MODULES))),
            "loading": loading.text() if loading is not None else None,
            "banner": window.findChild(QLabel, "demoBanner") is not None,
            **says(window),
        }

        def when_ready():
            seen["ready"] = {**says(window), "acts_as": window.actor.username,
                             "database": window.db.display_name, "pages": window.pages.count()}
            print(json.dumps(seen), flush=True)
            os._exit(0)

        window.ready.connect(when_ready)

QWidget.show = show
from ombuds_desk.cli import main
sys.exit(main(["--demo", "--db", sys.argv[1]]))
"""


def test_a_demo_start_shows_the_frame_before_it_opens_the_database(tmp_path: Path) -> None:
    seen = what_the_window_saw(WINDOW, tmp_path, json.dumps(DATABASE_MODULES))
    first, ready = seen["at_show"], seen["ready"]
    assert first["loaded"] == []
    assert first["loading"] == "Loading…" and first["banner"]
    path = str(tmp_path / "demo.sqlite3")
    title = (
        f"Ombuds Desk — DEMO — signed in automatically as Наталія Руденко (demo supervisor) — "
        f"{path}"
    )
    assert first["title"] == ready["title"] == title
    assert first["who"] == ready["who"] == f"Наталія Руденко (supervisor) · {path}"
    assert ready["acts_as"] == "n.rudenko" and ready["database"] == path
    assert ready["pages"] > 5
    # The real start signed in after the frame, and recorded it as ever.
    with closing(sqlite3.connect(path)) as connection:
        (details,) = connection.execute(
            "SELECT changes FROM audit_entry WHERE action = 'sign_in' ORDER BY id DESC LIMIT 1"
        ).fetchone()
    assert json.loads(details)["via"] == "window"


def ahead_of(db: Database) -> DemoStart:
    return DemoStart(db.display_name, DemoMember("n.rudenko", "Наталія Руденко", Role.SUPERVISOR))


def test_the_frame_becomes_the_window_of_the_start(
    qtbot: QtBot, db: Database, admin: User, ui_settings: QSettings
) -> None:
    frame = show_frame(ahead_of(db), settings=ui_settings)
    window = frame.window
    qtbot.addWidget(window)
    assert window.isVisible() and "Наталія Руденко" in window.who.text()
    # Who the real start signed in is what the window says (here not the forecast's).
    opened = open_window(Started(db, admin, None), settings=ui_settings, frame=frame)
    assert opened is window and window.db is db and window.actor is admin
    assert "Наталія" not in window.who.text() and admin.full_name in window.who.text()
    assert admin.full_name in window.windowTitle()
    with qtbot.waitSignal(window.ready, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: window.findChild(QLabel, "windowLoading") is None)
    assert window.pages.count() > 1
    wait_idle(qtbot, window, timeout=60_000)
    window.close()


def test_a_fault_after_the_frame_closes_it_before_its_dialog(
    qtbot: QtBot, db: Database, ui_settings: QSettings
) -> None:
    """The start then asks as it always did (here: quit), with no window behind the dialog."""
    frame = show_frame(ahead_of(db), settings=ui_settings)
    window = frame.window

    def refused(_url: str) -> Database:
        raise DatabaseUnavailableError("Файл зайнятий іншою програмою.")

    start = Start(db.url, refused, "", ui_settings)
    start.before_dialog = lambda: close_frame(frame)
    windows: list[list[str]] = []

    def look_and_quit(dialog: FaultDialog) -> None:
        windows.append([type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()])
        dialog.buttons[Choice.QUIT].click()

    answers = Answers().then(FaultDialog, look_and_quit)
    try:
        assert start.run() is None
    finally:
        answers.check()
    assert windows == [["FaultDialog"]]
    assert frame.gone
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))  # deleted, not only hidden
    assert start.faults == ["Файл зайнятий іншою програмою."]


@pytest.fixture
def demo_url(tmp_path: Path, ui_settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> str:
    """A demo file for ``run_gui`` run in this process: its application, log and error
    handler stay as the tests set them, and the frame keeps its size and place in the test's
    settings."""
    path = tmp_path / "demo.sqlite3"
    demo = open_database(f"sqlite:///{path}", demo=True)
    builder.build_demo(demo, persons=30, seed=7)
    demo.dispose()
    qt = QApplication.instance()
    monkeypatch.setattr(app, "make_application", lambda *_args: qt)
    monkeypatch.setattr(app, "install_log_file", lambda: None)
    monkeypatch.setattr(app, "install_excepthook", lambda: None)
    frame_in = app.show_frame
    monkeypatch.setattr(app, "show_frame", lambda ahead: frame_in(ahead, settings=ui_settings))
    return f"sqlite:///{path}"


def test_an_unexpected_error_after_the_frame_closes_it_and_is_explained(
    qtbot: QtBot, demo_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``run_gui`` on a demo file whose opening fails unexpectedly: the frame showed, then
    it is closed, the problem said as before any window (``explain_failed_start``), and the
    start ends with status 1."""
    shown: list[MainWindow] = []
    monkeypatch.setattr(app, "FirstPaint", _noting(shown, app.FirstPaint))

    def broken(url: str) -> Database:
        assert shown and shown[0].isVisible()  # the frame is there while the start opens
        raise RuntimeError("Збій під час відкриття: Їжакевич")

    seen: list[list[str]] = []

    def read_and_close(box: QMessageBox) -> None:
        seen.append([type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()])
        seen.append([box.text().splitlines()[-1]])
        box.button(QMessageBox.StandardButton.Close).click()

    answers = Answers().then(QMessageBox, read_and_close)
    try:
        assert app.run_gui(demo_url, broken) == 1
    finally:
        answers.check()
    assert seen == [["QMessageBox"], ["Збій під час відкриття: Їжакевич"]]
    qtbot.waitUntil(lambda: not shiboken6.isValid(shown[0]))


def test_a_frame_the_user_closed_as_it_showed_ends_the_start(
    qtbot: QtBot, demo_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The user closes the frame while it paints (before the database is opened): the app
    ends there, as closing the window while it says "Loading…" ends it; the database is
    not opened, and no window shows again."""
    shown: list[MainWindow] = []
    monkeypatch.setattr(app, "FirstPaint", _noting(shown, app.FirstPaint, closed=True))
    opened: list[str] = []

    def opener(url: str) -> Database:
        opened.append(url)
        raise RuntimeError("opened after its window was closed")

    answers = Answers()  # any dialog or message box is unexpected: noted and closed
    try:
        assert app.run_gui(demo_url, opener) == 0
    finally:
        answers.check()
    assert opened == []
    assert len(shown) == 1
    qtbot.waitUntil(lambda: not shiboken6.isValid(shown[0]))


def _noting(
    shown: list[MainWindow], first_paint: type[app.FirstPaint], *, closed: bool = False
) -> Callable[..., object]:
    """``FirstPaint`` noting the windows it waits for; with ``closed``, each closed by the
    user as soon as the event loop turns (before it paints)."""

    def note(window: MainWindow, then: Callable[[MainWindow], None]) -> object:
        shown.append(window)
        if closed:
            QTimer.singleShot(0, window.close)
        return first_paint(window, then)

    return note
