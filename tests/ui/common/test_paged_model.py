"""The paged model base: ids read off the GUI thread, rows a page at a time, a failed read
leaving the list as it was, and columns that do not sort left alone."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QModelRoleData, QModelRoleDataSpan, Qt, QThread
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.domain.people import CaseNote
from ombuds_desk.services.cases.notes import add_note
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.columns import Column, Index
from ombuds_desk.ui.common.paged_model import ID_ROLE, Loaded, PagedTableModel
from ombuds_desk.ui.common.tables import RowsView
from tests.services.helpers import id_of, register
from tests.ui.hosting import BareHost


class NotesModel(PagedTableModel[str]):
    """Every note's text, newest id first; ``broken`` makes the next read fail."""

    def __init__(self, host: BareHost) -> None:
        columns: list[Column[str]] = [
            Column("Note", lambda text: text, sort="text"),
            Column("Length", lambda text: str(len(text))),
        ]
        super().__init__(host, columns, "text", False, host)
        self.broken = False
        self.pages_read = 0

    def ids_query(self) -> Callable[[Session], Loaded]:
        broken = self.broken

        def query(session: Session) -> Loaded:
            if broken:
                raise DatabaseUnavailableError("The database is locked by another program.")
            ids = session.exec(select(CaseNote.id).order_by(col(CaseNote.id).desc())).all()
            return Loaded([i for i in ids if i is not None], context="read")

        return query

    def query_rows(self, session: Session, ids: Sequence[int]) -> dict[int, str]:
        self.pages_read += 1
        notes = session.exec(select(CaseNote).where(col(CaseNote.id).in_(ids))).all()
        return {n.id: n.text for n in notes if n.id is not None}


def _notes(db: Database, actor: User, today: date, count: int) -> None:
    person_id = id_of(register(db, actor, today, family_name="Завʼялова", given_name="Ольга"))
    with unit_of_work(db, actor) as session:
        for n in range(count):
            add_note(session, actor, person_id, f"Запис {n:03d}")


def _load(qtbot: QtBot, model: NotesModel) -> None:
    with qtbot.waitSignal(model.loaded):
        model.refresh()


def test_ids_come_from_a_read_and_rows_a_page_at_a_time(
    qtbot: QtBot,
    host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
    qtmodeltester: ModelTester,
) -> None:
    _notes(db, caseworker, today, 450)
    model = NotesModel(host)
    assert model.rowCount() == 0
    with qtbot.waitSignal(model.count_changed) as counted:
        model.refresh()
    assert counted.args == [450] and model.context == "read"
    assert model.cached_rows == 0
    assert model.index(0, 0).data() == "Запис 449"
    assert model.cached_rows == model.PAGE and model.pages_read == 1
    assert model.index(449, 0).data() == "Запис 000"
    assert model.pages_read == 2  # row 449 is on the third page: only that page was read
    assert model.row_of(model.ids()[10]) == 10
    qtmodeltester.check(model)


def test_a_failed_read_leaves_the_list_as_it_was(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    _notes(db, caseworker, today, 3)
    model = NotesModel(host)
    _load(qtbot, model)
    model.broken = True
    model.refresh()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.windowTitle() == "Database problem"
    assert model.rowCount() == 3 and not model.loading


def test_forget_reads_a_changed_row_again_and_unsortable_columns_stay(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    _notes(db, caseworker, today, 2)
    model = NotesModel(host)
    _load(qtbot, model)
    first = model.ids()[0]
    assert model.index(0, 0).data() == "Запис 001"
    with unit_of_work(db, caseworker) as session:
        note = session.get(CaseNote, first)
        assert note is not None
        note.text = "Виправлено"
    assert model.index(0, 0).data() == "Запис 001"  # cached until told
    with qtbot.waitSignal(model.dataChanged):
        model.forget([first])
    assert model.index(0, 0).data() == "Виправлено"
    model.sort(1)  # "Length" has no sort key: nothing is read again
    assert not model.loading and model.sort_column() == 0


def test_a_page_not_read_yet_is_read_off_the_gui_thread_when_in_background(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    """A list that scrolls far: the cells of a page not read say "Loading…" while a worker
    reads it, then show its rows; the GUI thread reads nothing."""
    _notes(db, caseworker, today, 450)
    model = NotesModel(host)
    model.rows_in_background = True
    _load(qtbot, model)
    gui_reads: list[int] = []
    query_rows = model.query_rows
    app = QApplication.instance()
    assert app is not None

    def counted(session: Session, ids: Sequence[int]) -> dict[int, str]:
        if app.thread() is QThread.currentThread():
            gui_reads.append(len(ids))
        return query_rows(session, ids)

    model.query_rows = counted  # type: ignore[method-assign]
    with qtbot.waitSignal(model.dataChanged) as changed:
        assert model.index(449, 0).data() == "Loading…"
        assert model.index(449, 1).data() is None
    assert changed.args[0].row() == 400 and changed.args[1].row() == 449
    assert model.index(449, 0).data() == "Запис 000"
    assert model.cached_rows == 50 and gui_reads == []
    assert model.row_at(0) == "Запис 449"  # a row the code acts on is read at once


def test_a_list_read_again_brings_the_rows_in_view_and_keeps_its_place_when_unchanged(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    _notes(db, caseworker, today, 450)
    model = NotesModel(host)
    model.renew_in_place = True
    _load(qtbot, model)
    assert model.index(420, 0).data() == "Запис 029"  # the page read: rows 400-449
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with unit_of_work(db, caseworker) as session:
        note = session.get(CaseNote, model.ids()[420])
        assert note is not None
        note.text = "Виправлено"
    with qtbot.waitSignal(model.dataChanged):
        _load(qtbot, model)
    assert model.unchanged and resets == []
    # The page of the row last shown (rows 400-449), read with the ids in one transaction.
    assert model.cached_rows == 50
    reads = model.pages_read
    assert model.index(420, 0).data() == "Виправлено" and model.pages_read == reads

    # A note more: other ids, the model reset, its first page read with them.
    _notes(db, caseworker, today, 1)
    _load(qtbot, model)
    assert not model.unchanged and resets == [True]
    assert model.rowCount() == 451 and model.cached_rows == model.PAGE
    reads = model.pages_read
    assert model.index(0, 0).data() == "Запис 000" and model.pages_read == reads


def test_a_list_shown_as_soon_as_read_brings_its_first_page_with_its_first_read(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    """``rows_with_first_read`` (a page made when opened): the first read brings the first
    page's rows from the worker, so the first paint reads nothing on the GUI thread; the
    rows are those a read on the GUI thread gives."""
    _notes(db, caseworker, today, 450)
    model = NotesModel(host)
    model.rows_with_first_read = True
    app = QApplication.instance()
    assert app is not None
    gui_reads: list[int] = []
    query_rows = model.query_rows

    def counted(session: Session, ids: Sequence[int]) -> dict[int, str]:
        if app.thread() is QThread.currentThread():
            gui_reads.append(len(ids))
        return query_rows(session, ids)

    model.query_rows = counted  # type: ignore[method-assign]
    _load(qtbot, model)
    assert model.cached_rows == model.PAGE and model.pages_read == 1
    shown = [model.index(row, 0).data() for row in range(model.PAGE)]
    assert gui_reads == [] and model.pages_read == 1
    assert shown == [f"Запис {n:03d}" for n in range(449, 449 - model.PAGE, -1)]
    # The same rows as a list without the flag reads on the GUI thread when painted.
    plain = NotesModel(host)
    _load(qtbot, plain)
    assert plain.cached_rows == 0
    assert [plain.index(row, 0).data() for row in range(plain.PAGE)] == shown


def test_rows_added_below_those_in_view_fit_no_column_again(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    """A paged list's view measures the rows in view only: rows added below them (the rest
    of a list after its first page) refit nothing; rows added where they show refit."""
    _notes(db, caseworker, today, 450)
    model = NotesModel(host)
    view = RowsView(model, "notesView")
    qtbot.addWidget(view)
    view.resize(600, 200)
    view.show()
    qtbot.waitExposed(view)
    _load(qtbot, model)
    qtbot.waitUntil(lambda: not view._fit_later.isActive())
    fits: list[bool] = []
    view._fit_later.timeout.connect(lambda: fits.append(True))
    bottom = view.rowAt(view.viewport().height() - 1)
    assert 0 <= bottom < 100
    model.rowsInserted.emit(QModelIndex(), 300, 449)  # as the rest of a list arrives
    qtbot.wait(20)
    assert fits == []
    model.rowsInserted.emit(QModelIndex(), bottom, 449)  # rows where the view shows them
    qtbot.waitUntil(lambda: fits == [True])


class TintedNotes(NotesModel):
    """Notes whose rows are tinted by their text; counts how often a row's look is asked."""

    def __init__(self, host: BareHost) -> None:
        super().__init__(host)
        self.looked: list[str] = []

    def background(self, row: str) -> QColor | None:
        self.looked.append(row)
        return QColor("#ffe3a3") if row.endswith("1") else None


ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.FontRole,
    ID_ROLE,
)


def test_a_rows_cells_are_worked_out_once_until_the_model_says_its_rows_changed(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    """A paint asks every role of every cell: a row's look is worked out once, and again
    after the model tells its views the row changed (the same answers as asked one by one)."""
    _notes(db, caseworker, today, 2)
    model = TintedNotes(host)
    _load(qtbot, model)
    first = model.ids()[0]
    for _paint in range(3):
        for column in (0, 1):
            for role in ROLES:
                model.index(0, column).data(role)
    assert model.looked == ["Запис 001"]
    assert model.index(0, 0).data() == "Запис 001" and model.index(0, 1).data() == "9"
    assert model.index(0, 1).data(ID_ROLE) == first
    brush = model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush) and brush.color().name() == "#ffe3a3"
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    with unit_of_work(db, caseworker) as session:
        note = session.get(CaseNote, first)
        assert note is not None
        note.text = "Виправлено ʼє"
    with qtbot.waitSignal(model.dataChanged):
        model.forget([first])
    assert model.index(0, 0).data() == "Виправлено ʼє"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.looked[-1] == "Виправлено ʼє"
    looked = len(model.looked)
    with qtbot.waitSignal(model.modelReset):
        model._reset(list(reversed(model.ids())), model.context)  # the rows moved
    assert model.index(0, 0).data() == "Запис 000" and len(model.looked) == looked + 1


# What a paint asks each cell (QStyledItemDelegate), and what a hover or a screen reader asks.
ASKED = (*ROLES, Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.ToolTipRole)


def _at_once(index: QModelIndex, role: Qt.ItemDataRole | int) -> object:
    """The cell's answer for ``role`` asked as a paint asks: all roles in one call."""
    slot = QModelRoleData(int(role))
    index.multiData(QModelRoleDataSpan(slot))
    return slot.data()


def test_a_cell_asked_for_its_roles_at_once_answers_as_asked_one_by_one(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    _notes(db, caseworker, today, 450)
    model = TintedNotes(host)
    _load(qtbot, model)
    # A row asked at once first (its cells worked out by that call), then one by one: a
    # plain row and a tinted one ("Запис 441").
    for row in (0, 8):
        for column in (0, 1):
            index = model.index(row, column)
            answers = [_at_once(index, role) for role in ASKED]
            assert answers == [index.data(role) for role in ASKED]
    assert _at_once(model.index(0, 0), Qt.ItemDataRole.DisplayRole) == "Запис 449"
    assert _at_once(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    tinted = _at_once(model.index(8, 1), Qt.ItemDataRole.BackgroundRole)
    assert isinstance(tinted, QBrush) and tinted.color().name() == "#ffe3a3"
    assert _at_once(QModelIndex(), Qt.ItemDataRole.DisplayRole) is None
    selectable = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    assert model.index(0, 1).flags() & selectable == selectable
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    # A row whose page is not read yet says so in its first column only, as one by one.
    later = TintedNotes(host)
    later.rows_in_background = True
    _load(qtbot, later)
    with qtbot.waitSignal(later.dataChanged):
        assert _at_once(later.index(449, 0), Qt.ItemDataRole.DisplayRole) == "Loading…"
        assert _at_once(later.index(449, 1), Qt.ItemDataRole.DisplayRole) is None
    assert _at_once(later.index(449, 0), Qt.ItemDataRole.DisplayRole) == "Запис 000"


class CountedNotes(TintedNotes):
    """Counts the calls of ``data``."""

    def __init__(self, host: BareHost) -> None:
        super().__init__(host)
        self.asked = 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        self.asked += 1
        return super().data(index, role)


def test_a_paint_asks_a_cell_once_for_all_it_shows(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    """A paint asks a cell for seven roles: seven calls into Python (each taking the
    interpreter lock a worker may hold), 1,500 a paint of the person list. Asked at once
    (``multiData``) from the row's cells worked out once, ``data`` is called once a row."""
    _notes(db, caseworker, today, 40)
    model = CountedNotes(host)
    _load(qtbot, model)
    view = RowsView(model, "notesView")
    qtbot.addWidget(view)
    view.resize(420, 300)
    view.show()
    qtbot.waitExposed(view)
    rows = view.rowAt(view.viewport().height() - 1) + 1
    assert rows > 5  # several rows painted
    model.asked = 0
    view.viewport().grab()  # painted now
    assert model.asked <= rows  # at most a row's cells worked out: one call a row
    model.asked = 0
    view.viewport().grab()
    assert model.asked == 0
