"""The filter bar: the legend of the row colours."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.person_model import row_legend
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.ui.helpers import cases_page, refresh, register_people


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
