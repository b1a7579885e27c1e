"""The person list's view: Enter or a double click on a row asks to open it, a case is
selected and scrolled to by id (False when it is not listed), and a header click sorts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.cases.person_query import PersonFilter
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.person_model import COLUMNS, PersonTableModel
from ombuds_desk.ui.cases.person_view import PersonTableView
from tests.ui.helpers import register_people, wait_idle
from tests.ui.hosting import BareHost


@pytest.fixture
def people(db: Database, caseworker: User, today: date) -> list[int]:
    return register_people(db, caseworker, 120, today)


@pytest.fixture
def view(qtbot: QtBot, host: BareHost, people: list[int]) -> PersonTableView:
    model = PersonTableModel(host, host)
    table = PersonTableView(model, host)
    host.add_page(table, "Люди")
    host.show_page(table)
    with qtbot.waitSignal(model.loaded):
        model.refresh()
    wait_idle(qtbot, host)
    table.setFocus()
    return table


def _opened(view: PersonTableView) -> list[bool]:
    opened: list[bool] = []
    view.open_requested.connect(lambda: opened.append(True))
    return opened


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_on_a_row_asks_to_open_it(qtbot: QtBot, view: PersonTableView, key: Qt.Key) -> None:
    opened = _opened(view)
    view.setCurrentIndex(QModelIndex())
    qtbot.keyClick(view, key)  # no current row: nothing to open
    assert opened == []
    view.selectRow(4)
    qtbot.keyClick(view, key)
    assert opened == [True]


def test_a_double_click_asks_to_open_the_row(qtbot: QtBot, view: PersonTableView) -> None:
    opened = _opened(view)
    centre = view.visualRect(view.model().index(2, 1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened == []  # one click only selects
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened == [True]
    assert view.current_person_id() == view.person_model().id_at(2)


def test_select_person_selects_and_scrolls_to_the_row(
    view: PersonTableView, people: list[int]
) -> None:
    model = view.person_model()
    last = model.id_at(model.rowCount() - 1)
    assert last is not None
    assert view.verticalScrollBar().value() == 0
    assert view.select_person(last)
    assert view.current_person_id() == last
    assert [i.row() for i in view.selectionModel().selectedRows()] == [model.rowCount() - 1]
    assert view.verticalScrollBar().value() > 0
    row = view.visualRect(model.index(model.rowCount() - 1, 0))
    assert view.viewport().rect().contains(row.center())  # on screen, not just selected


def test_select_person_is_false_for_a_case_not_listed(
    qtbot: QtBot, host: BareHost, view: PersonTableView, people: list[int]
) -> None:
    model = view.person_model()
    with qtbot.waitSignal(model.loaded):
        model.set_filter(PersonFilter(blocked_only=True))
    blocked = model.ids()
    assert 0 < len(blocked) < len(people)
    view.select_person(blocked[0])
    hidden = next(p for p in people if p not in blocked)
    assert not view.select_person(hidden)
    assert not view.select_person(999_999)
    assert view.current_person_id() == blocked[0]  # the selection stays where it was


def test_a_header_click_sorts_in_the_database(qtbot: QtBot, view: PersonTableView) -> None:
    model = view.person_model()
    name = next(i for i, c in enumerate(COLUMNS) if c.title == "Name")
    header = view.horizontalHeader()
    assert header.sortIndicatorSection() == 0  # by case number, to begin with
    middle = QPoint(
        header.sectionViewportPosition(name) + header.sectionSize(name) // 2, header.height() // 2
    )
    with qtbot.waitSignal(model.loaded):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert model.sort_column() == name
    assert header.sortIndicatorSection() == name
