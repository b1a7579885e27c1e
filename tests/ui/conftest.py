"""GUI test fixtures: the bundled font, throw-away QSettings, a main window on a fresh DB."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.i18n import Language
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.fonts import apply_app_font
from ombuds_desk.ui.common.gui_collector import install as install_gui_collector
from ombuds_desk.ui.common.translators import install_translators
from ombuds_desk.ui.shell.app import build_main_window
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.ui.helpers import cases_page, wait_idle
from tests.ui.hosting import BareHost


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns that it cannot propagate size hints, raise a popup or grab
    the keyboard for it (a calendar, a menu); that is no failure."""
    for item in items:
        if "tests/ui/" in item.nodeid:
            item.add_marker(
                pytest.mark.qt_log_ignore(
                    "does not support propagateSizeHints",
                    "does not support raise",
                    "does not support grabbing the keyboard",
                )
            )


# How long a wait for a condition or a signal (``qtbot.waitUntil``, ``waitSignal``…) may take
# before the test fails, unless the test says. pytest-qt gives up after 5 s; a window's first
# reads or a read in a worker took longer than that on a host kept busy by other processes
# (the held reads of ``test_first_paint.py``, 5 s; a whole window's first reads, 10 s). A
# wait returns as soon as its condition holds, so this costs a passing test nothing.
QT_WAIT_MS = 30_000
_QT_WAITS = ("waitUntil", "waitSignal", "waitSignals", "waitCallback", "waitExposed", "waitActive")


@pytest.fixture(autouse=True, scope="session")
def _patient_waits() -> Iterator[None]:
    defaults: dict[str, dict[str, object]] = {
        name: getattr(QtBot, name).__kwdefaults__ for name in _QT_WAITS
    }
    saved = {name: kwdefaults["timeout"] for name, kwdefaults in defaults.items()}
    for kwdefaults in defaults.values():
        kwdefaults["timeout"] = QT_WAIT_MS
    yield
    for name, kwdefaults in defaults.items():
        kwdefaults["timeout"] = saved[name]


@pytest.fixture(autouse=True, scope="session")
def _collect_on_the_gui_thread(qapp: QApplication) -> None:
    """As the app does once its window shows: a collection run by a worker thread (a read, an
    import's job) could delete a widget an earlier test dropped, and crash the process."""
    install_gui_collector(qapp)


@pytest.fixture(autouse=True)
def _english_window(qapp: QApplication) -> Iterator[None]:
    """Every window test speaks English as the app does (``make_application`` installs the
    English translators too: their plural forms make "1 entry" of "%n entries"); a test that
    switched language (the fixtures below) leaves English behind it."""
    install_translators(qapp, Language.EN)
    yield
    install_translators(qapp, Language.EN)
    _remove_app_filters(qapp)


# The application-wide event filters make_application installs (accessible names, fitting
# dialogs to the screen, dark style sheets): a test that called it, or installed one, leaves
# none behind, so every test sees the same application whatever ran before it.
# The Show hook that carries the first two goes too: a window whose start a test cut short
# (its pages never installed) left it set aside, off the application, where the next test's
# handlers would have been given to it and never called.
APP_FILTERS = ("accessibleNames", "fitToScreen", "darkStyleSheets", "showHook")


def _remove_app_filters(app: QApplication) -> None:
    for name in APP_FILTERS:
        found = app.findChild(QObject, name)
        if found is not None:
            app.removeEventFilter(found)
            found.setParent(None)
            found.deleteLater()


def _release_mouse_buttons_and_keys() -> None:
    """Let go of any mouse button or modifier key the application still takes as held.
    ``qtbot.mouseDClick`` leaves the left button held (Qt's test double click sends no last
    release), and a table then took the next test's fitting of its columns for the user's
    drag of a column's edge (``RowsView._on_section_resized`` asks
    ``QApplication.mouseButtons()``) and kept them as they were: two tests failed so when
    run after a double click's test. A key clicked with Ctrl leaves Ctrl held the same way
    (no release of Ctrl itself), and a view's selection made by the code reads it (Qt's
    ``QAbstractItemView`` toggles a row instead of selecting it)."""
    nobody = QWidget()
    held = QApplication.mouseButtons()
    for button in (
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.RightButton,
        Qt.MouseButton.MiddleButton,
    ):
        if held & button:
            QTest.mouseRelease(nobody, button)
    if QApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        QTest.keyRelease(nobody, Qt.Key.Key_Control, Qt.KeyboardModifier.NoModifier)
    nobody.deleteLater()


@pytest.fixture(autouse=True)
def _no_button_or_key_held(qapp: QApplication) -> Iterator[None]:
    """Every test starts and ends with no mouse button or modifier key held, whatever ran
    before it."""
    _release_mouse_buttons_and_keys()
    yield
    _release_mouse_buttons_and_keys()


@pytest.fixture
def pseudo_language(qapp: QApplication) -> Iterator[None]:
    """Every translated text reads ⟦…⟧ (``tests/ui/untranslated.py`` finds what does not)."""
    install_translators(qapp, Language.EN, pseudo=True)
    yield
    install_translators(qapp, Language.EN)


@pytest.fixture
def ukrainian(qapp: QApplication) -> Iterator[None]:
    """The window in Ukrainian, as chosen in Settings (the catalogue if no .qm was built)."""
    install_translators(qapp, Language.UK)
    yield
    install_translators(qapp, Language.EN)


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    """The window in Russian."""
    install_translators(qapp, Language.RU)
    yield
    install_translators(qapp, Language.EN)


@pytest.fixture(autouse=True)
def _app_font(qapp: QApplication) -> Iterator[None]:
    apply_app_font(qapp)
    yield
    # A dialog a test left open (window-modal, opened with open()) must not become the next
    # test's active modal widget: every test starts with no top-level window.
    # Hidden, not closed: closing a changed form would ask whether to discard it.
    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


HostFactory = Callable[[User], BareHost]
WindowFactory = Callable[[User], MainWindow]


@pytest.fixture
def make_window(
    qtbot: QtBot, db: Database, today: date, ui_settings: QSettings
) -> Iterator[WindowFactory]:
    """Builds the whole main window acting as a given user: shown, its first reads done."""
    made: list[MainWindow] = []

    def make(actor: User) -> MainWindow:
        main = build_main_window(db, actor, today_fn=lambda: today, settings=ui_settings)
        made.append(main)
        # A caseworker's window opens on My work (tests/ui/shell/test_page_order.py); the
        # tests start from the Cases page, where every role's register work is done.
        main.show_page(cases_page(main))
        main.show()
        qtbot.waitExposed(main)
        main.activateWindow()
        wait_idle(qtbot, main)
        return main

    yield make
    for main in made:
        wait_idle(qtbot, main)  # no read left under way when the window closes
        main.close()
        main.deleteLater()


@pytest.fixture
def make_host(
    qtbot: QtBot, db: Database, today: date, ui_settings: QSettings
) -> Iterator[HostFactory]:
    """Builds a small real host (one page or dialog, no other feature) acting as a user."""
    made: list[BareHost] = []

    def make(actor: User) -> BareHost:
        bare = BareHost(db, actor, today, ui_settings)
        made.append(bare)
        bare.resize(1200, 800)
        bare.show()
        qtbot.waitExposed(bare)
        return bare

    yield make
    for bare in made:
        # Before the window goes: a read still under way must come back to a living page.
        wait_idle(qtbot, bare)
        bare.tasks.shutdown()
        bare.close()
        bare.deleteLater()


@pytest.fixture
def window(make_window: WindowFactory, caseworker: User) -> MainWindow:
    """The whole main window of a caseworker."""
    return make_window(caseworker)


@pytest.fixture
def supervisor_window(make_window: WindowFactory, supervisor: User) -> MainWindow:
    """The whole main window of a supervisor."""
    return make_window(supervisor)


@pytest.fixture
def host(make_host: HostFactory, caseworker: User) -> BareHost:
    """A caseworker's small real host."""
    return make_host(caseworker)


@pytest.fixture
def supervisor_host(make_host: HostFactory, supervisor: User) -> BareHost:
    """A supervisor's small real host."""
    return make_host(supervisor)
