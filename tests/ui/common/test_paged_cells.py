"""A paged list's cells worked out for one row at once: the same answers the roles give one
by one, and a row not read yet saying so in its first column only; the cells whose text a
view draws itself are one line of words, never the current cell's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from ombuds_desk.ui.common.columns import RIGHT, Column
from ombuds_desk.ui.common.paged_cells import (
    ANSWERED,
    BACKGROUND,
    DISPLAY,
    FONT,
    FOREGROUND,
    ROW_ID,
    PaintedCells,
    loading_cells,
    row_cells,
)

COLUMNS: list[Column[tuple[str, int]]] = [
    Column("Імʼя", lambda row: row[0]),
    Column("Днів", lambda row: str(row[1]), right=True),
]


class Look:
    """Amber rows past 30 days, dark text in the second column, italic when past 60."""

    def background(self, row: tuple[str, int]) -> QColor | None:
        return QColor("#ffe3a3") if row[1] > 30 else None

    def foreground(self, row: tuple[str, int], column: int) -> QColor | None:
        return QColor("#202020") if column == 1 else None

    def decoration(self, row: tuple[str, int], column: int) -> QIcon | None:
        return None

    def font(self, row: tuple[str, int]) -> QFont | None:
        if row[1] <= 60:
            return None
        font = QFont()
        font.setItalic(True)
        return font


def test_a_rows_cells_answer_each_role_for_each_column() -> None:
    cells = row_cells(Look(), COLUMNS, ("Шевченко Ґалина Їжакова", 61), 42)
    assert cells[DISPLAY] == ("Шевченко Ґалина Їжакова", "61")
    assert cells[int(Qt.ItemDataRole.TextAlignmentRole)] == (None, RIGHT)
    background = cells[BACKGROUND][1]
    assert isinstance(background, QBrush) and background.color().name() == "#ffe3a3"
    assert cells[FOREGROUND][0] is None and cells[FOREGROUND][1].color().name() == "#202020"
    assert cells[FONT][0].italic() and cells[ROW_ID] == (42, 42)
    plain = row_cells(Look(), COLUMNS, ("Коваль", 3), 7)
    assert plain[BACKGROUND] == (None, None) and plain[FONT] == (None, None)


def test_a_row_not_read_yet_says_so_in_its_first_column_only() -> None:
    cells = loading_cells(3, "Завантаження…")
    assert cells[DISPLAY] == ("Завантаження…", None, None)
    assert set(cells) == set(ANSWERED)
    assert all(cells[role] == (None, None, None) for role in ANSWERED if role != DISPLAY)


def test_the_view_draws_one_line_of_words_but_in_the_current_cell() -> None:
    painted = PaintedCells(current=(2, 1))
    assert painted.take(0, 0, "Ґалаґан Вʼячеслав")
    assert not painted.take(2, 1, "Їжакевич")  # the focus frame is drawn over it: Qt's
    assert not painted.take(1, 0, 1234)  # Qt formats a number by the locale
    assert not painted.take(1, 1, "two\nlines")
    assert not painted.take(1, 2, "two\u2028lines")
    assert painted.take(3, 1, "Їжакевич")
    assert painted.cells == [(0, 0), (3, 1)]
