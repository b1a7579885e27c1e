"""A paged list's cell texts drawn from laid-out glyphs (``ui/common/cell_texts.py``): the
list looks exactly as Qt alone draws it — the same pixels, in the light and the dark palette,
with rows tinted, selected, marked with an icon, in another font, long Cyrillic names elided,
numbers right-aligned — and a second paint of the same cells lays out no text again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleFactory, QTableView
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.cases.persons import register_person
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.person_model import STATUS_COLUMN, PersonRow, PersonTableModel
from ombuds_desk.ui.cases.person_view import PersonTableView
from ombuds_desk.ui.common.cell_texts import CellTexts
from ombuds_desk.ui.common.dark_theme import dark_palette
from ombuds_desk.ui.common.paged_cells import DECORATION, DISPLAY
from ombuds_desk.ui.common.tables import RowsView
from tests.ui.helpers import register_people, wait_idle
from tests.ui.hosting import BareHost

LONG_NAME = ("Ґалаґан-Їжакевич", "Вʼячеслав", "Євгенович")  # elided in its column


class ItalicEveryThird(PersonTableModel):
    """The person list with another font and text colour on some rows (as the review
    queue's deferred rows)."""

    def font(self, row: PersonRow) -> QFont | None:
        if row.id % 3:
            return None
        font = QFont()
        font.setItalic(True)
        return font

    def foreground(self, row: PersonRow, column: int) -> QColor | None:
        return QColor("#707070") if row.id % 3 == 1 else super().foreground(row, column)


@pytest.fixture
def people(db: Database, caseworker: User, today: date) -> list[int]:
    ids = register_people(db, caseworker, 60, today)
    family, given, patronymic = LONG_NAME
    raw = {
        "category": "captive",
        "family_name": family,
        "given_name": given,
        "patronymic": patronymic,
    }
    with unit_of_work(db, caseworker) as session:
        person = register_person(session, caseworker, raw, today=today)
    assert person.id is not None
    return [*ids, person.id]


ViewMaker = Callable[[type[PersonTableModel], bool], QTableView]


@pytest.fixture
def make_view(qtbot: QtBot, host: BareHost, people: list[int]) -> ViewMaker:
    """The person list in its own view (or in a RowsView), read and shown."""

    def make(model_class: type[PersonTableModel], rows_view: bool) -> QTableView:
        model = model_class(host, host)
        view: QTableView = (
            RowsView(model, "people", host, multi=True) if rows_view else PersonTableView(model)
        )
        host.add_page(view, "Люди")
        host.show_page(view)
        host.resize(1100, 700)
        with qtbot.waitSignal(model.loaded):
            model.refresh()
        wait_idle(qtbot, host)
        view.setColumnWidth(1, 150)  # the long name does not fit: elided
        return view

    return make


def _texts(view: QTableView) -> CellTexts:
    texts = getattr(view, "cell_texts", None)
    assert isinstance(texts, CellTexts)
    return texts


def _grab(view: QTableView, *, ours: bool) -> QImage:
    """The list's cells as drawn with the texts from laid-out glyphs, or by Qt alone."""
    _texts(view).enabled = ours
    try:
        return view.viewport().grab().toImage()
    finally:
        _texts(view).enabled = True


def _shown(view: QTableView, text: str) -> int:
    """The row showing ``text`` in its name column."""
    model = view.model()
    for row in range(model.rowCount()):
        if model.index(row, 1).data() == text:
            return row
    raise AssertionError(f"{text} not listed")


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize(
    ("model_class", "rows_view"),
    [(PersonTableModel, False), (ItalicEveryThird, True)],
    ids=["person list", "rows view, italic and grey rows"],
)
def test_the_cells_look_as_qt_draws_them(
    make_view: ViewMaker, model_class: type[PersonTableModel], rows_view: bool, dark: bool
) -> None:
    view = make_view(model_class, rows_view)
    if dark:
        view.setPalette(dark_palette())
    long_row = _shown(view, " ".join(LONG_NAME))
    view.scrollTo(view.model().index(long_row, 0))
    view.selectRow(long_row)
    view.setFocus()
    QApplication.processEvents()
    model = view.model()
    assert isinstance(model, PersonTableModel)
    texts = _texts(view)
    assert texts.applies()  # Fusion, left to right: the texts are drawn from glyphs
    ours, qts = _grab(view, ours=True), _grab(view, ours=False)
    assert texts.layouts_made > 0
    # What the grab showed: a marked row (its icon), the long name, the selection.
    first = view.rowAt(0)
    last = view.rowAt(view.viewport().height() - 1)
    shown = [model.row_cells(row) for row in range(first, last + 1)]
    assert all(cells is not None for cells in shown)
    assert any(cells[DECORATION][STATUS_COLUMN] is not None for cells in shown if cells)
    assert any(cells[DISPLAY][1] == " ".join(LONG_NAME) for cells in shown if cells)
    assert ours.size() == qts.size()
    assert ours == qts


def test_a_second_paint_lays_out_no_text(make_view: ViewMaker) -> None:
    view = make_view(PersonTableModel, False)
    texts = _texts(view)
    view.viewport().repaint()
    made = texts.layouts_made
    assert made > 0
    view.viewport().repaint()
    view.selectRow(2)  # another row selected: its texts drawn in another colour only
    view.viewport().repaint()
    assert texts.layouts_made == made
    view.setColumnWidth(1, 90)  # a narrower column: its texts laid out (elided) again
    view.viewport().repaint()
    assert texts.layouts_made > made


def test_another_style_draws_its_cells_as_before(make_view: ViewMaker) -> None:
    view = make_view(PersonTableModel, False)
    style = QStyleFactory.create("Windows")
    assert style is not None
    view.setStyle(style)
    texts = _texts(view)
    assert not texts.applies()
    made = texts.layouts_made
    view.viewport().repaint()
    assert texts.layouts_made == made
    model = view.model()
    assert isinstance(model, PersonTableModel)
    assert model.painted_cells is None


def test_a_disabled_list_looks_as_qt_draws_it(make_view: ViewMaker) -> None:
    view = make_view(PersonTableModel, False)
    view.selectRow(1)
    view.setEnabled(False)  # its texts in the palette's disabled colours
    QApplication.processEvents()
    assert _texts(view).applies()
    assert _grab(view, ours=True) == _grab(view, ours=False)


def test_a_list_elided_another_way_looks_as_qt_draws_it(make_view: ViewMaker) -> None:
    """The view's elide mode changed after its texts were laid out: they are laid out again,
    elided the new way, not drawn as kept."""
    view = make_view(PersonTableModel, False)
    long_row = _shown(view, " ".join(LONG_NAME))
    view.scrollTo(view.model().index(long_row, 0))
    QApplication.processEvents()
    view.viewport().repaint()  # the long name laid out, elided at its end
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    QApplication.processEvents()
    assert _grab(view, ours=True) == _grab(view, ours=False)


@pytest.mark.parametrize(
    ("point_size", "row_height"),
    [(None, 20), (None, 24), (None, 45), (None, 60), (7, None), (8, None), (12, None), (16, None)],
)
def test_rows_and_fonts_of_another_height_look_as_qt_draws_them(
    make_view: ViewMaker, point_size: int | None, row_height: int | None
) -> None:
    """Rows lower or taller than the default, a smaller or larger font (another platform's,
    the user's): each text stands where Qt puts it, in whole pixels, not a pixel off, and a
    line taller than its row is cut at the cell."""
    view = make_view(PersonTableModel, False)
    if point_size is not None:
        font = QFont(view.font())
        font.setPointSize(point_size)
        view.setFont(font)
    if row_height is not None:
        view.verticalHeader().setDefaultSectionSize(row_height)
    long_row = _shown(view, " ".join(LONG_NAME))
    view.scrollTo(view.model().index(long_row, 0))
    QApplication.processEvents()
    assert _grab(view, ours=True) == _grab(view, ours=False)


def test_a_list_that_wraps_its_texts_looks_as_qt_draws_it(make_view: ViewMaker) -> None:
    """Word wrap on, rows tall enough for two lines: Qt breaks the long name; this module
    draws one line only, so it leaves such a list to Qt."""
    view = make_view(PersonTableModel, False)
    view.setWordWrap(True)
    view.verticalHeader().setDefaultSectionSize(60)
    long_row = _shown(view, " ".join(LONG_NAME))
    view.scrollTo(view.model().index(long_row, 0))
    QApplication.processEvents()
    assert not _texts(view).applies()
    assert _grab(view, ours=True) == _grab(view, ours=False)


class Shouting(QStyledItemDelegate):
    """A column's own delegate, which shows its texts otherwise than Qt's cell."""

    def displayText(self, value: object, locale: object) -> str:
        return str(value).upper()


def test_a_list_with_a_columns_own_delegate_looks_as_qt_draws_it(make_view: ViewMaker) -> None:
    """Another delegate for a column may draw its text otherwise: the list is Qt's."""
    view = make_view(PersonTableModel, False)
    delegate = Shouting(view)
    view.setItemDelegateForColumn(1, delegate)
    QApplication.processEvents()
    assert not _texts(view).applies()
    assert _grab(view, ours=True) == _grab(view, ours=False)
