"""Which page a member of staff sees first: My work for a caseworker, whose day starts
there; Cases for a supervisor, with My work beside it."""

from __future__ import annotations

from ombuds_desk.ui.cases.cases_page import CasesPage
from ombuds_desk.ui.shell.main_window import MainWindow
from ombuds_desk.ui.work.my_work_page import MyWorkPage
from tests.ui.helpers import action


def _titles(window: MainWindow) -> list[str]:
    return [window.pages.tabText(i) for i in range(window.pages.count())]


def test_a_caseworker_starts_on_my_work(window: MainWindow) -> None:
    assert isinstance(window.pages.widget(0), MyWorkPage)
    assert window.pages.currentIndex() == 0
    assert _titles(window)[:2] == ["My work", "Cases"]  # nothing needs them in a new register
    assert window.findChild(type(action(window, "quit")), "reassign") is None  # not theirs


def test_a_supervisor_keeps_cases_first(supervisor_window: MainWindow) -> None:
    assert isinstance(supervisor_window.pages.widget(0), CasesPage)
    assert isinstance(supervisor_window.pages.widget(1), MyWorkPage)
    assert supervisor_window.pages.currentIndex() == 0
    assert action(supervisor_window, "reassign").shortcut().toString() == "Ctrl+Shift+H"
