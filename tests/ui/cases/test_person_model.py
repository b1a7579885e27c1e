"""The person list model: Qt's model checks, lazy paging, sorting in SQL, stalled rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.cases.person_query import PersonFilter, SortColumn, person_ids
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.person_model import COLUMNS, PersonTableModel
from ombuds_desk.ui.common.tables import RowsView
from tests.built_once import fill_once
from tests.ui.helpers import register_people
from tests.ui.hosting import BareHost

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def model(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
) -> PersonTableModel:
    # Registered through the services by the first test, put back for the others.
    fill_once(request, db, "300 people", lambda: register_people(db, caseworker, 300, today))
    people = PersonTableModel(host, host)
    load(qtbot, people, people.refresh)
    return people


def load(qtbot: QtBot, model: PersonTableModel, start: Callable[[], object]) -> None:
    """Start a read of the list and wait for its ids (they are read off the GUI thread)."""
    with qtbot.waitSignal(model.loaded):
        start()
    assert not model.loading


def test_model_passes_qt_model_checks(model: PersonTableModel, qtmodeltester: ModelTester) -> None:
    assert model.rowCount() == 300
    qtmodeltester.check(model)


def test_rows_are_fetched_a_page_at_a_time(model: PersonTableModel) -> None:
    assert model.cached_rows == 0
    assert model.index(250, 0).data(DISPLAY).startswith(("CAP-", "EVA-"))
    assert model.cached_rows == 300 - model.PAGE  # the page holding row 250: rows 200-299
    model.index(5, 1).data(DISPLAY)
    assert model.cached_rows == 300


@pytest.mark.parametrize("column", range(len(COLUMNS)))
def test_every_column_sorts_in_the_database(
    qtbot: QtBot, model: PersonTableModel, qtmodeltester: ModelTester, column: int
) -> None:
    load(qtbot, model, lambda: model.sort(column, Qt.SortOrder.DescendingOrder))
    assert model.rowCount() == 300
    qtmodeltester.check(model)
    if COLUMNS[column].title == "Days":
        rows = [model.person_row(r) for r in range(300)]
        days = [row.days_in_status for row in rows if row is not None]
        assert days == sorted(days, reverse=True) and len(days) == 300


def test_filter_narrows_and_counts(model: PersonTableModel, qtbot: QtBot) -> None:
    with qtbot.waitSignal(model.count_changed) as signal:
        model.set_filter(PersonFilter(blocked_only=True))
    assert signal.args == [12]
    assert model.rowCount() == 12


def test_stalled_and_blocked_rows_stand_out(qtbot: QtBot, model: PersonTableModel) -> None:
    load(qtbot, model, lambda: model.set_filter(PersonFilter(blocked_only=True)))
    status = COLUMNS.index(next(c for c in COLUMNS if c.title == "Status"))
    blocked = model.index(0, status)
    assert blocked.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "No contact with family" in blocked.data(Qt.ItemDataRole.ToolTipRole)
    assert blocked.data(Qt.ItemDataRole.DecorationRole) is not None

    load(qtbot, model, lambda: model.set_filter(PersonFilter(stalled_only=True)))
    stalled_count = model.rowCount()
    load(qtbot, model, lambda: model.set_filter(PersonFilter()))
    plain = [
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    ]
    assert len(plain) == 300 - stalled_count


def test_a_newer_filter_wins_over_a_read_still_under_way(
    qtbot: QtBot, model: PersonTableModel
) -> None:
    """Typing fast: each key starts a read; only the last one's ids are shown."""
    model.set_filter(PersonFilter(blocked_only=True))
    with qtbot.waitSignal(model.loaded):
        model.set_filter(PersonFilter(stalled_only=True))
    qtbot.waitUntil(lambda: not model.loading)
    stalled = model.rowCount()
    assert stalled > 12  # not the 12 blocked cases of the first, superseded read
    assert model.current_filter == PersonFilter(stalled_only=True)


def test_a_sort_before_the_first_read_reads_nothing_and_the_first_read_sorts_so(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    register_people(db, caseworker, 30, today)
    people = PersonTableModel(host, host)
    name = next(i for i, c in enumerate(COLUMNS) if c.title == "Name")
    people.sort(name, Qt.SortOrder.DescendingOrder)  # a page being set up: its header
    assert not people.loading and host.tasks.pending == 0
    load(qtbot, people, lambda: people.set_filter(PersonFilter()))
    names = [people.index(r, name).data(DISPLAY) for r in range(people.rowCount())]
    assert len(names) == 30 and names[0] != names[-1]
    with db.reading() as session:
        expected = person_ids(
            session,
            PersonFilter(),
            today=today,
            threshold_days=30,
            sort=SortColumn.NAME,
            descending=True,
        )
    assert people.ids() == expected


def test_a_hidden_view_fetches_no_row_to_fit_its_columns(
    qtbot: QtBot, model: PersonTableModel
) -> None:
    view = RowsView(model, "hiddenList")
    qtbot.addWidget(view)
    load(qtbot, model, model.refresh)  # rows replaced while the view is not shown
    qtbot.wait(50)  # the fit after a reset runs from the event loop
    assert model.cached_rows == 0  # Qt would have measured every row of a hidden view
    view.resize(800, 300)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: model.cached_rows > 0)
    assert model.cached_rows == model.PAGE  # the rows in view: the first page only


def test_a_search_shows_its_first_page_before_the_whole_list_extends_it(
    qtbot: QtBot, model: PersonTableModel, db: Database, today: date
) -> None:
    """A prefix many cases share: the first page is shown at once, then the rest of the list
    is added below it (the rows shown stay), and only then the count and ``loaded``."""
    model.PAGE = 10
    model.HEAD_FROM = 0  # 300 cases are few: show the first page first anyway
    shown: list[int] = []
    counted: list[int] = []
    model.modelReset.connect(lambda: shown.append(model.rowCount()))
    model.rowsInserted.connect(lambda *_: shown.append(model.rowCount()))
    model.count_changed.connect(counted.append)
    search = PersonFilter(text="о")
    load(qtbot, model, lambda: model.set_filter(search))
    with db.reading() as session:
        expected = person_ids(session, search, today=today, threshold_days=30)
    assert len(expected) > 10
    assert shown == [10, len(expected)]
    assert counted == [len(expected)]
    assert model.ids() == expected


def test_the_whole_register_opens_with_its_first_page_before_every_id(
    qtbot: QtBot, model: PersonTableModel, db: Database, today: date
) -> None:
    """No filter (the list as the page opens it, in each order an index keeps): the head
    of the index is shown first, then the rest of the list is added below it."""
    model.PAGE = 10
    shown: list[int] = []
    model.modelReset.connect(lambda: shown.append(model.rowCount()))
    model.rowsInserted.connect(lambda *_: shown.append(model.rowCount()))
    for column in (0, 1):  # case number, name
        load(qtbot, model, partial(model.sort, column, Qt.SortOrder.DescendingOrder))
        shown.clear()
        load(qtbot, model, lambda: model.set_filter(PersonFilter()))
        with db.reading() as session:
            expected = person_ids(
                session,
                PersonFilter(),
                today=today,
                threshold_days=30,
                sort=COLUMNS[column].sort,
                descending=True,
            )
        assert shown == [10, len(expected)], column
        assert model.ids() == expected


def test_a_refresh_after_a_change_reads_the_whole_list_at_once(
    qtbot: QtBot, model: PersonTableModel
) -> None:
    model.HEAD_FROM = 0
    load(qtbot, model, lambda: model.set_filter(PersonFilter(text="о")))
    shown: list[int] = []
    model.modelReset.connect(lambda: shown.append(model.rowCount()))
    load(qtbot, model, model.refresh)
    assert shown == [model.rowCount()]


def test_the_first_page_comes_with_its_rows(qtbot: QtBot, model: PersonTableModel) -> None:
    """A new search's first page is shown with its rows, read in the same transaction as
    its ids: painting it reads nothing on the GUI thread."""
    model.PAGE = 10
    model.HEAD_FROM = 0
    cached_at_head: list[int] = []
    model.head_shown.connect(lambda: cached_at_head.append(model.cached_rows))
    load(qtbot, model, lambda: model.set_filter(PersonFilter(text="о")))
    assert cached_at_head == [10]
    row = model.person_row(0)
    assert row is not None and model.index(0, 0).data(DISPLAY) == row.case_number
