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
from tests.ui.helpers import register_people, type_text


def _search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window.filter_panel.search, text)


def test_down_in_the_search_box_moves_into_the_list_on_its_first_row(
    qtbot: QtBot, window: MainWindow, db: Database, caseworker: User, today: date
) -> None:
    register_people(db, caseworker, 24, today)
    window.on_refresh_triggered()
    _search(qtbot, window, "Ковал")  # typed fast: Down does not wait for the pause
    qtbot.keyClick(window.filter_panel.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.table
    assert window.model.rowCount() == 2  # Коваленко, twice in 24
    assert [i.row() for i in window.table.selectionModel().selectedRows()] == [0]
    assert window.details is not None and window.details.id == window.model.id_at(0)
    assert window.details.name.startswith("Коваленко")
    qtbot.keyClick(window.table, Qt.Key.Key_Down)  # and on down the list, as usual
    assert window.details.id == window.model.id_at(1)


def test_enter_shows_the_only_match_and_leaves_several_alone(
    qtbot: QtBot, window: MainWindow, db: Database, caseworker: User, today: date
) -> None:
    register_people(db, caseworker, 12, today)
    window.on_refresh_triggered()
    _search(qtbot, window, "Ковал")
    qtbot.keyClick(window.filter_panel.search, Qt.Key.Key_Return)
    assert window.model.rowCount() == 1
    assert QApplication.focusWidget() is window.table
    assert window.details is not None and window.details.name.startswith("Коваленко")
    assert QApplication.activeModalWidget() is None  # shown, not opened for editing

    _search(qtbot, window, "Ів")  # Иванов and Іваненко… more than one
    qtbot.keyClick(window.filter_panel.search, Qt.Key.Key_Return)
    assert window.model.rowCount() > 1
    assert QApplication.focusWidget() is window.filter_panel.search


def test_the_legend_says_what_amber_and_pink_rows_are(
    window: MainWindow, db: Database, caseworker: User, today: date
) -> None:
    register_people(db, caseworker, 30, today)  # every 5th stalled, every 25th blocked
    window.on_refresh_triggered()
    legend = row_legend()
    panel = window.filter_panel
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
        for row in range(window.model.rowCount()):
            person = window.model.person_row(row)
            assert person is not None
            if person.stalled and person.blocked is blocked:
                brush = window.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
                assert isinstance(brush, QBrush)
                return str(brush.color().name())
        raise AssertionError("no such row")

    assert background(blocked=False) == legend["stalled"].background
    assert background(blocked=True) == legend["blocked"].background
