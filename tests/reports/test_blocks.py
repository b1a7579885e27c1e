"""The blocks every document is made of: register text escaped as typed, short cells kept
light, dates, days and weights as offices write them, fact grids and tables with a header
on every page."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from reportlab.platypus import Flowable, Paragraph

from ombuds_desk.reports import styles as st
from ombuds_desk.reports.blocks import (
    cell,
    data_table,
    day,
    days,
    esc,
    fact_grid,
    grams,
    nothing,
    para,
    section,
)
from ombuds_desk.reports.page import DocInfo, Furniture, build_pdf, content_width
from tests.reports.pdf_checks import page_texts

NOTE = "Мати: <терміново> & «якнайшвидше»"


def test_register_text_is_escaped_and_keeps_its_line_breaks() -> None:
    assert esc(None) == ""
    assert esc(NOTE + "\nдругий рядок") == (
        "Мати: &lt;терміново&gt; &amp; «якнайшвидше»<br/>другий рядок"
    )
    assert esc(42) == "42"


def test_a_paragraph_prints_what_was_typed() -> None:
    paragraph = para(NOTE)
    assert paragraph.getPlainText() == NOTE
    assert paragraph.style is st.styles().cell
    assert section("Контакти").style is st.styles().section
    assert nothing("Немає записів").style is st.styles().muted


def test_a_short_cell_stays_text_and_a_long_one_wraps() -> None:
    assert cell("Ґонта", 100) == "Ґонта"
    assert cell(None, 100) == "" and cell(2350, 100) == "2350"
    long = "Пʼятницька Євгенія Їжаківна, СІЗО № 2, м. Таганрог"
    wrapped = cell(long, 60)
    assert isinstance(wrapped, Paragraph) and wrapped.getPlainText() == long
    assert isinstance(cell("два\nрядки", 500), Paragraph)  # a line break needs a Paragraph
    bold = cell(long, 60, st.styles().cell_bold)
    assert isinstance(bold, Paragraph) and bold.style.fontName == st.FONT_BOLD


@pytest.mark.parametrize(
    ("value", "text"),
    [(date(2026, 11, 26), "26.11.2026"), (datetime(2026, 3, 1, 23, 59), "01.03.2026"), (None, "")],
)
def test_dates_as_offices_write_them(value: date | None, text: str) -> None:
    assert day(value) == text


def test_days_and_weights() -> None:
    assert [days(n) for n in (0, 1, 2, 31)] == ["0 days", "1 day", "2 days", "31 days"]
    assert [grams(w) for w in (None, 800, 1250, 2350)] == ["", "0.80 kg", "1.25 kg", "2.35 kg"]


def test_a_fact_grid_pairs_labels_and_values_and_fills_the_last_row() -> None:
    facts = [("Date of birth", "05.1994"), ("Sex", "Female"), ("Citizenship", "Україна")]
    grid = fact_grid(facts, 500)
    rows = grid._cellvalues
    assert len(rows) == 2
    assert rows[0] == ["Date of birth", "05.1994", "Sex", "Female"]
    assert rows[1] == ["Citizenship", "Україна", "", ""]
    assert sum(grid._colWidths) == pytest.approx(500)
    assert fact_grid(facts, 500, pairs=3)._cellvalues == [
        ["Date of birth", "05.1994", "Sex", "Female", "Citizenship", "Україна"]
    ]


def test_a_data_table_keeps_flowables_and_aligns_numbers_right() -> None:
    note = para(NOTE)
    table = data_table(
        ["Посилка", "Вага", "Примітка"],
        [["P-2026-000101", "2.35 kg", note]],
        [0.3, 0.2, 0.5],
        400,
        right=(1,),
    )
    assert table.repeatRows == 1
    assert table._colWidths == pytest.approx([120, 80, 200])
    assert table._cellvalues[0] == ["Посилка", "Вага", "Примітка"]
    assert table._cellvalues[1][2] is note
    assert [table._cellStyles[1][c].alignment for c in range(3)] == ["LEFT", "RIGHT", "LEFT"]
    assert isinstance(table._cellvalues[1][2], Flowable)


def test_a_long_table_repeats_its_header_on_every_page(tmp_path: Path) -> None:
    width = content_width("A4")
    rows = [[f"CAP-2026-{n:05d}", f"Іваненко Петро {n}", days(n)] for n in range(120)]
    table = data_table(["Справа", "Особа", "Днів"], rows, [0.3, 0.5, 0.2], width, right=(2,))
    path = tmp_path / "table.pdf"
    pages = build_pdf(
        path,
        [table],
        paper="A4",
        info=DocInfo("Таблиця", "Олег Бондар"),
        furniture=Furniture("Офіс", "Test table", "Generated 26.11.2026"),
    )
    texts = page_texts(path)
    assert pages == len(texts) >= 3
    assert all("Справа Особа Днів" in text for text in texts)
    assert "CAP-2026-00119 Іваненко Петро 119 119 days" in texts[-1]
