"""Which page a member of staff sees first: My work for a caseworker, whose day starts
there; Cases for a supervisor, with My work beside it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.cases_page import CasesPage
from ombuds_desk.ui.shell.app import build_main_window
from ombuds_desk.ui.shell.main_window import MainWindow
from ombuds_desk.ui.work.my_work_page import MyWorkPage
from tests.ui.helpers import action, wait_idle


def _titles(window: MainWindow) -> list[str]:
    return [window.pages.tabText(i) for i in range(window.pages.count())]


def _opened(
    qtbot: QtBot, db: Database, actor: User, today: date, settings: QSettings
) -> MainWindow:
    """The window as it opens (the ``window`` fixtures then show the Cases page)."""
    main = build_main_window(db, actor, today_fn=lambda: today, settings=settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    wait_idle(qtbot, main)
    return main


def test_a_caseworker_starts_on_my_work(
    qtbot: QtBot, db: Database, caseworker: User, today: date, ui_settings: QSettings
) -> None:
    window = _opened(qtbot, db, caseworker, today, ui_settings)
    assert isinstance(window.pages.widget(0), MyWorkPage)
    assert window.pages.currentIndex() == 0
    assert _titles(window)[:2] == ["My work", "Cases"]  # nothing needs them in a new register
    assert window.findChild(type(action(window, "quit")), "reassign") is None  # not theirs


def test_a_supervisor_keeps_cases_first(
    qtbot: QtBot, db: Database, supervisor: User, today: date, ui_settings: QSettings
) -> None:
    supervisor_window = _opened(qtbot, db, supervisor, today, ui_settings)
    assert isinstance(supervisor_window.pages.widget(0), CasesPage)
    assert isinstance(supervisor_window.pages.widget(1), MyWorkPage)
    assert supervisor_window.pages.currentIndex() == 0
    go = [a.text() for a in supervisor_window.go_menu.actions()]
    assert go == _titles(supervisor_window) and go[:3] == ["Cases", "My work", "Review queue"]
    page = supervisor_window.pages.widget(1)
    assert isinstance(page, MyWorkPage)
    my_work = supervisor_window.page_actions[page]
    assert my_work.shortcut().toString() == "Alt+0"
    assert action(supervisor_window, "reassign").shortcut().toString() == "Ctrl+Shift+H"
