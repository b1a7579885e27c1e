"""Starting the desktop app: the QApplication, the bundled font, the log file, the
top-level error handler; then the database opened and someone signed in
(``ui/shell/start.py``), and the main window: its frame shown first, then, after its first
paint, its features installed, its backup entries and the day's backup, and the database
file checked whole (``integrity.py``); its idle lock; and, when the window closed to restore
a backup, the restore and a new start on the restored database.

A demo database that will open the usual way (``store/start_peek.py`` reads that, and who
signs in, with plain SQL) shows the window's frame even before the database is opened:
SQLAlchemy, the tables and the sign-in's services, most of the start, are imported after
its first paint (:func:`show_frame`). Should that start go any other way after all (a
fault, a dialog), the frame closes before anything else shows, and the start goes on as
any other.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSettings, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ombuds_desk import __version__, collector
from ombuds_desk.store.start_peek import DemoStart, demo_start
from ombuds_desk.ui.common.accessibility import install_accessible_names
from ombuds_desk.ui.common.dark_theme import apply_theme
from ombuds_desk.ui.common.errors import install_excepthook
from ombuds_desk.ui.common.fonts import apply_app_font
from ombuds_desk.ui.common.gui_collector import install as install_gui_collector
from ombuds_desk.ui.common.screen_fit import install_screen_fit
from ombuds_desk.ui.common.translators import chosen_language, install_translators
from ombuds_desk.ui.shell.log_file import install_log_file, log_path
from ombuds_desk.ui.shell.main_window import MainWindow
from ombuds_desk.ui.shell.quiet_build import filters_back, filters_set_aside
from ombuds_desk.ui.shell.start import Opener, Start, Started

if TYPE_CHECKING:
    from ombuds_desk.domain.accounts import User
    from ombuds_desk.store.database import Database

APP_NAME = "Ombuds Desk"
# The longest the held reads, the day's backup and the file's check wait for the window's
# first paint (a window shown minimised, or on a desktop not in view, may not be exposed).
SETTLE_AT_LATEST_MS = 1000

log = logging.getLogger(__name__)

__all__ = [
    "MainWindow",
    "build_main_window",
    "explain_failed_start",
    "make_application",
    "open_window",
    "run_gui",
    "show_frame",
]


def make_application(
    argv: list[str] | None = None,
    language: str | None = None,
    settings: QSettings | None = None,
) -> QApplication:
    """The running QApplication, created (named, with DejaVu Sans) if there is none yet,
    speaking ``language`` (``--lang``), else the one chosen in Settings on this computer (in
    ``settings``, by default the app's own), else the system's."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    apply_app_font(app)
    apply_theme(app)  # OMBUDS_DESK_THEME=dark
    install_accessible_names(app)
    install_screen_fit(app)  # dialogs taller than the screen (200 %) scroll
    install_translators(app, chosen_language(language, settings))
    return app


def build_main_window(
    db: Database,
    actor: User,
    today_fn: Callable[[], date] = date.today,
    settings: QSettings | None = None,
    hold_reads: bool = False,
) -> MainWindow:
    """The main window on ``db`` acting as ``actor`` (already signed in), every feature
    installed. With ``hold_reads`` the pages' first reads wait for ``window.tasks.release()``.
    (``open_window`` shows the window's frame first and installs the features after its
    first paint.)"""
    window = MainWindow(db, actor, today_fn=today_fn, settings=settings)
    if hold_reads:
        window.tasks.hold()
    install_window_features(window)  # imports what it installs
    return window


# What installing the features imports, leaf first (the pages' features, then the module
# that lists them; the window's backup and check entries): after the frame's first paint,
# one module a step (``open_window``).
FEATURE_MODULES = (
    "ombuds_desk.ui.cases.feature",
    "ombuds_desk.ui.workflow.feature",
    "ombuds_desk.ui.printing.feature",
    "ombuds_desk.ui.mail.feature",
    "ombuds_desk.ui.lists.feature",
    "ombuds_desk.ui.admin.feature",
    "ombuds_desk.ui.work.feature",
    "ombuds_desk.ui.shell.features",
    "ombuds_desk.ui.shell.backup_menu",
    "ombuds_desk.ui.shell.integrity",
    "ombuds_desk.ui.common.menu_shortcuts",
)


def install_window_features(window: MainWindow) -> None:
    """Every feature into ``window``, the window's own backup and check entries after the
    features' in the File menu, and every menu entry with its key shown."""
    from ombuds_desk.ui.common.menu_shortcuts import give_menu_shortcuts
    from ombuds_desk.ui.shell.backup_menu import install as install_backup_menu
    from ombuds_desk.ui.shell.features import FEATURES, install_features
    from ombuds_desk.ui.shell.integrity import install as install_integrity_check

    install_features(
        window,
        (
            *FEATURES,
            lambda _host: install_backup_menu(window),
            lambda _host: install_integrity_check(window),
        ),
    )
    give_menu_shortcuts(window)


@dataclass
class Frame:
    """A main window's frame shown before its database was opened (:func:`show_frame`)."""

    window: MainWindow
    taken: list[QObject]  # the application's filters, set aside until the pages are in
    gone: bool = False  # closed: the start went another way (:func:`close_frame`)


def show_frame(
    ahead: DemoStart,
    today_fn: Callable[[], date] = date.today,
    settings: QSettings | None = None,
) -> Frame:
    """The main window's frame for the demo start ``ahead``, shown and painted before the
    database is opened: title, menus, the status line (who signs in), the DEMO banner and
    "Loading…", as :func:`open_window` shows it. :func:`open_window` given the frame then
    finishes it on the open database."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    taken = filters_set_aside(app)
    window = MainWindow(
        None, None, today_fn=today_fn, settings=settings, shown_as=(ahead, ahead.member)
    )
    window.tasks.hold()
    window.show_loading()
    window.restore_settings()  # its size and place before it shows
    window.show()
    # The start opens the database on this thread: first the window paints (FirstPaint).
    painted = QEventLoop()
    FirstPaint(window, lambda _window: painted.quit())
    painted.exec()
    return Frame(window, taken)


def close_frame(frame: Frame) -> None:
    """The frame of a start that went another way (a dialog comes, or a fault): gone before
    anything else shows, and the application's filters back for what does."""
    if frame.gone:
        return
    frame.gone = True
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = frame.window
    # Hidden, not closed: it was never the session's window, whose size and place closing
    # would keep for the next start.
    window.hide()
    window.tasks.shutdown()  # it had asked for nothing yet
    filters_back(app, frame.taken, window)
    window.deleteLater()


def open_window(
    started: Started,
    today_fn: Callable[[], date] = date.today,
    settings: QSettings | None = None,
    frame: Frame | None = None,
) -> MainWindow:
    """The main window of a signed-in session, shown, with its idle lock (none on a demo
    database, which asks nobody for a password); ``frame``, shown before the database was
    opened (:func:`show_frame`), becomes that window.

    What shows first is the window's frame: its title, menus, status line (who is signed
    in), the DEMO banner, and "Loading…" where the pages go. The pages' modules (the ORM
    queries, the models, the dialogs: a third of the start) are imported and the features
    installed after its first paint, in steps (:func:`finishing`), so the window is there
    sooner and paints between them; then the pages' first reads, the day's backup and the
    file's whole check start (:func:`settle`), right after the window says it is ``ready``.
    Until then ``window.tasks.pending`` counts the unfinished window. The application's naming and fitting filters are set aside until the
    pages are in (``quiet_build.py``)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if frame is not None and not frame.gone:
        window, taken = frame.window, frame.taken
        window.attach(started.db, started.user)
    else:
        taken = filters_set_aside(app)
        window = MainWindow(started.db, started.user, today_fn=today_fn, settings=settings)
        window.tasks.hold()
        window.show_loading()
        window.restore_settings()  # its size and place before it shows
    if started.idle_minutes is not None:
        from ombuds_desk.ui.shell.idle_lock import IdleLock  # a demo database has none

        window.idle_lock = IdleLock(window, started.idle_minutes)
        # Its watch on every event set aside too: nobody types into a window not painted.
        app.removeEventFilter(window.idle_lock)
        taken.append(window.idle_lock)
    if not window.isVisible():  # a frame shown before the database opened already is
        window.show()
    steps = window.tasks.run_steps(finishing(window, app, taken), window, start=False)
    FirstPaint(window, lambda _shown: steps.resume())
    return window


def finishing(window: MainWindow, app: QApplication, taken: list[QObject]) -> Iterator[None]:
    """The rest of :func:`open_window`, after the frame's first paint: the features'
    modules imported one a step, the features installed, the pages in place of "Loading…";
    the filters back, then :func:`settle`, the day's backup and the file's check.

    What goes wrong on the way is what went wrong before the window opened when it was
    built whole: logged and said (:func:`explain_failed_start`) and the window closed with
    ``start_failed`` set (:func:`run_gui` then ends with status 1)."""
    try:
        for name in FEATURE_MODULES:
            if name not in sys.modules:
                importlib.import_module(name)
                yield
        install_window_features(window)
    except Exception as exc:
        window.start_failed = True
        filters_back(app, taken, window)  # the message box is named and fitted as any dialog
        explain_failed_start(exc, window)
        window.close()
        return
    window.pages_loaded()
    yield
    from ombuds_desk.ui.shell.backup_menu import start_daily_backup
    from ombuds_desk.ui.shell.integrity import start_integrity_check

    filters_back(app, taken, window)
    start_daily_backup(window)
    # The whole file is checked now, off the GUI thread: the start checked what is cheap.
    start_integrity_check(window)
    # Said before the held reads start: nothing of theirs has run yet (a test counts the
    # modules the window imported).
    window.ready.emit()
    settle(window)


class FirstPaint(QObject):
    """Calls ``then(window)`` once, at the first turn of the event loop after the window's
    first paint, or after ``SETTLE_AT_LATEST_MS`` if it has not been painted by then.

    The window paints when the window system exposes it, which comes after ``show()``:
    offscreen, after the event loop's first turn (X11 or Wayland answer when they do). The
    reads :func:`settle` releases on worker threads would share the interpreter with that
    paint, and the window would show later by as much; so they wait for it."""

    def __init__(self, window: MainWindow, then: Callable[[MainWindow], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then = then
        self._done = False
        handle = window.windowHandle()
        if handle is None or handle.isExposed():
            QTimer.singleShot(0, self, self._settle)
            return
        handle.installEventFilter(self)
        QTimer.singleShot(SETTLE_AT_LATEST_MS, self, self._settle)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The window paints while it handles this event (after this filter): once that is
        # done, the event loop turns and the next event is ours.
        if (
            event.type() == QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched.isExposed()
        ):
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._settle)
        return False

    def _settle(self) -> None:
        if self._done:
            return
        self._done = True
        self._then(self._window)


def settle(window: MainWindow) -> None:
    """Once the window has painted and its pages are in (:func:`finishing`): the objects made
    so far (modules, the window) live as long as the app, so the garbage collector stops walking
    them (``collector.freeze``): a full collection over them held every thread for 100–300 ms
    at a time while a page laid out many lines. The collector, paused through the start
    (``collector.py``), collects from here on the GUI thread only (``gui_collector.py``).
    Then the reads the pages asked for while the window was built (the person list's ids,
    the counts), the backup and the check start: the window was painted first, with its
    "Loading…" marks (:class:`FirstPaint`)."""
    if not shiboken6.isValid(window):
        return  # closed before the event loop turned (a test)
    collector.freeze()
    app = QCoreApplication.instance()
    if app is not None:
        install_gui_collector(app)
    window.tasks.release()


def explain_failed_start(exc: BaseException, parent: QWidget | None = None) -> None:
    """An unexpected error before the window opened: written to the log with its traceback,
    and said in a short message (there is no window yet for the top-level handler)."""
    log.error("Ombuds Desk could not start", exc_info=(type(exc), exc, exc.__traceback__))
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("app", "Ombuds Desk cannot start"),
        QCoreApplication.translate(
            "app",
            "An unexpected problem stopped Ombuds Desk before its window opened; nothing was "
            "saved. The details were written to {log}: please send that file to your "
            "administrator.\n\n{problem}",
        ).format(log=log_path(), problem=exc),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("startFailed")
    box.exec()


def run_gui(
    url: str,
    opener: Opener,
    username: str = "",
    argv: list[str] | None = None,
    language: str | None = None,
) -> int:
    """Open the database at ``url`` with ``opener``, sign in, and run the window; returns
    the exit code (0 also when the user quit at the start, 1 when the start failed).

    When the window closed to restore a backup, the app restores it and starts again on
    the restored database, with a new sign-in.
    """
    app = make_application(argv, language)
    install_log_file()
    install_excepthook()
    log.info("Ombuds Desk %s starting", __version__)
    while True:
        frame: Frame | None = None
        try:
            start = Start(url, opener, username)
            ahead = demo_start(url, start.username)
            if ahead is not None:
                frame = show_frame(ahead)
                if not frame.window.isVisible():
                    # The user closed it as it painted: they quit before the database was
                    # opened (opened anyway, the closed window would show again).
                    close_frame(frame)
                    log.info("Quit before the window opened")
                    return 0
                start.before_dialog = partial(close_frame, frame)
            started = start.run()
            if started is None:
                log.info("Quit before the window opened")
                return 0
            window = open_window(started, frame=frame)
        # The start's own top-level handler, as install_excepthook is the window's: whatever
        # went wrong is logged and said, never only a traceback on a terminal nobody sees.
        except Exception as exc:
            if frame is not None:
                close_frame(frame)  # no window left half-made behind the message
            explain_failed_start(exc)
            return 1
        try:
            code = app.exec()
            backup = window.restore_request
            failed = window.start_failed  # its pages could not be made (finishing)
            del window
        finally:
            started.db.dispose()  # nothing of this process keeps the database open
        if failed:
            return 1
        if backup is None:
            log.info("Ombuds Desk closed")
            return code
        from ombuds_desk.ui.shell.restore import restore_and_report

        restore_and_report(started.db.url, started.user, backup)
        url, username = started.db.url, started.user.username
