"""Long tables' light cells: lines broken where a Paragraph breaks them.

(That a long table prints page for page what one ReportLab Table printed is checked with the
stalled-cases report, in ``test_stalled_report.py``.)"""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from ombuds_desk.reports import styles as st
from ombuds_desk.reports.blocks import esc
from ombuds_desk.reports.long_tables import TextLines, text_cell


@pytest.mark.parametrize("width", [40.0, 80.0, 121.0, 200.0])
@pytest.mark.parametrize(
    "text",
    [
        "Макаров Андрей Иванович",
        "Izhakevich Georgii Bogdanovich",
        "Listed for exchange",
        "Ґалаґан-Ярошенко Вʼячеслав Святославович",
        "Світлана Мельник-Гнатюк",
        "Ab",
        "",
    ],
)
def test_cells_break_lines_where_a_paragraph_does(text: str, width: float) -> None:
    style = st.styles().cell
    st.register_fonts()
    cell_ = text_cell(text, width + 2 * st.CELL_PAD)
    paragraph = Paragraph(esc(text), style)
    paragraph.wrap(width, 1000)
    expected = [" ".join(words) for _extra, words in paragraph.blPara.lines]
    if isinstance(cell_, str):
        assert [cell_] == expected or (cell_ == "" and expected == [])
    elif isinstance(cell_, TextLines):
        assert [text for (text, _space), _size, _colour in cell_.lines] == expected
        assert cell_.wrap(width, 1000)[1] == paragraph.height
    else:  # a word wider than the column: the Paragraph itself
        assert isinstance(cell_, Paragraph)
