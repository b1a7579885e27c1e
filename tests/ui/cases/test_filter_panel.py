"""The filter bar: Down and Enter in the search box, and the legend of the row colours."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.person_model import row_legend
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.ui.helpers import cases_page, refresh, register_people, type_text, wait_idle


def _search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    page = cases_page(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, page.filter_panel.search, text)


def test_down_in_the_search_box_moves_into_the_list_on_its_first_row(
    qtbot: QtBot, window: MainWindow, db: Database, caseworker: User, today: date
) -> None:
    page = cases_page(window)
    register_people(db, caseworker, 24, today)
    refresh(qtbot, window)
    _search(qtbot, window, "Ковал")  # typed fast: Down does not wait for the pause
    qtbot.keyClick(page.filter_panel.search, Qt.Key.Key_Down)
    wait_idle(qtbot, window)  # Down waits for the results of what was typed
    assert QApplication.focusWidget() is page.table
    assert page.model.rowCount() == 2  # Коваленко, twice in 24
    assert [i.row() for i in page.table.selectionModel().selectedRows()] == [0]
    assert page.details is not None and page.details.id == cases_page(window).model.id_at(0)
    assert page.details.name.startswith("Коваленко")
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # and on down the list, as usual
    assert page.details.id == page.model.id_at(1)


def test_enter_shows_the_only_match_and_leaves_several_alone(
    qtbot: QtBot, window: MainWindow, db: Database, caseworker: User, today: date
) -> None:
    page = cases_page(window)
    register_people(db, caseworker, 12, today)
    refresh(qtbot, window)
    _search(qtbot, window, "Ковал")
    qtbot.keyClick(page.filter_panel.search, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert page.model.rowCount() == 1
    assert QApplication.focusWidget() is page.table
    assert page.details is not None and page.details.name.startswith("Коваленко")
    assert QApplication.activeModalWidget() is None  # shown, not opened for editing

    _search(qtbot, window, "Ів")  # Иванов and Іваненко… more than one
    qtbot.keyClick(page.filter_panel.search, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert page.model.rowCount() > 1
    assert QApplication.focusWidget() is page.filter_panel.search


def test_the_legend_says_what_amber_and_pink_rows_are(
    qtbot: QtBot, window: MainWindow, db: Database, caseworker: User, today: date
) -> None:
    page = cases_page(window)
    register_people(db, caseworker, 30, today)  # every 5th stalled, every 25th blocked
    refresh(qtbot, window)
    legend = row_legend()
    panel = page.filter_panel
    for key, box, word in (
        ("stalled", panel.stalled_only, "Amber"),
        ("blocked", panel.blocked_only, "Pink"),
    ):
        chip = panel.legend[key]
        assert chip.isVisible() and chip.text() == key.capitalize()
        assert legend[key].background in chip.styleSheet()
        assert chip.toolTip().startswith(word)
        assert legend[key].background in box.toolTip() and word in box.toolTip()

    def background(blocked: bool) -> str:
        page = cases_page(window)
        for row in range(page.model.rowCount()):
            person = page.model.person_row(row)
            assert person is not None
            if person.stalled and person.blocked is blocked:
                brush = page.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
                assert isinstance(brush, QBrush)
                return str(brush.color().name())
        raise AssertionError("no such row")

    assert background(blocked=False) == legend["stalled"].background
    assert background(blocked=True) == legend["blocked"].background
