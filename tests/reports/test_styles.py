"""One look for every printout: the bundled DejaVu fonts only, the office's paper, named
styles and one table grid."""

from __future__ import annotations

from io import BytesIO

import pytest
from reportlab.lib.fonts import tt2ps
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, Table

from ombuds_desk.reports import styles as st
from ombuds_desk.reports.page import DocInfo, build_pdf
from tests.reports.pdf_checks import assert_only_dejavu, page_texts

FONTS = (st.FONT, st.FONT_BOLD, st.FONT_ITALIC)


def test_the_bundled_fonts_are_found_and_registered_once() -> None:
    folder = st.font_dir()
    assert {p.name for p in folder.glob("DejaVuSans*.ttf")} >= {
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
    }
    st.register_fonts()
    st.register_fonts()  # a second call changes nothing
    assert set(FONTS) <= set(pdfmetrics.getRegisteredFontNames())
    assert (tt2ps(st.FONT, 1, 0), tt2ps(st.FONT, 0, 1)) == (st.FONT_BOLD, st.FONT_ITALIC)


@pytest.mark.parametrize(("paper", "size"), [("A4", A4), ("Letter", LETTER), ("B5", A4), ("", A4)])
def test_the_paper_is_a4_unless_letter(paper: str, size: tuple[float, float]) -> None:
    assert st.page_size(paper) == size


def test_the_stylesheet_is_built_once_and_uses_only_dejavu() -> None:
    sheet = st.styles()
    assert st.styles() is sheet
    for name in sheet.__dataclass_fields__:
        style = getattr(sheet, name)
        assert style.fontName in FONTS, name
    assert sheet.title.fontName == st.FONT_BOLD and sheet.title.textColor == st.ACCENT
    assert sheet.cell.fontSize == st.CELL_SIZE and sheet.body.fontSize == st.BODY_SIZE
    assert sheet.alert.textColor == st.ALERT


def _commands(**kw: bool) -> list[tuple[object, ...]]:
    return list(st.table_style(**kw).getCommands())


def test_the_table_grid() -> None:
    commands = _commands()
    assert ("FONTNAME", (0, 0), (-1, -1), st.FONT) in commands
    assert ("FONTNAME", (0, 0), (-1, 0), st.FONT_BOLD) in commands  # the header row
    assert ("BACKGROUND", (0, 0), (-1, 0), st.HEAD_FILL) in commands
    assert ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, st.ZEBRA]) in commands
    plain = _commands(header=False, zebra=False, rules=False)
    assert not [c for c in plain if c[0] in ("BACKGROUND", "ROWBACKGROUNDS", "LINEBELOW")]
    assert ("ROWBACKGROUNDS", (0, 0), (-1, -1), [None, st.ZEBRA]) in _commands(header=False)


def test_extra_commands_come_last_so_they_win() -> None:
    extra = ("TEXTCOLOR", (0, 0), (0, -1), st.MUTED)
    assert list(st.table_style(extra).getCommands())[-1] == extra


def test_a_document_in_every_style_embeds_dejavu_only_and_keeps_every_letter() -> None:
    sheet = st.styles()
    words = "Ґонта Їжак Єва Пʼятницька Воробьёв Ыйсэ <b>жирний</b> <i>курсив</i>"
    story = [Paragraph(words, getattr(sheet, name)) for name in sheet.__dataclass_fields__]
    table = Table([["Справа", "Особа"], ["CAP-2026-00001", "Ґалаґан Олег"]])
    table.setStyle(st.table_style())
    out = BytesIO()
    build_pdf(out, [*story, table], paper="A4", info=DocInfo("Стилі", "тест"), furniture=None)
    assert_only_dejavu(out.getvalue())
    text = " ".join(page_texts(out.getvalue()))
    assert "Ґонта Їжак Єва Пʼятницька Воробьёв Ыйсэ жирний курсив" in text
    assert "Ґалаґан Олег" in text


def _grid_pages(table: Table) -> list[bytes]:
    from pypdf import PdfReader
    from reportlab.platypus import SimpleDocTemplate

    out = BytesIO()
    SimpleDocTemplate(out, initialFontName=st.FONT, invariant=1).build([table])
    pages = PdfReader(BytesIO(out.getvalue())).pages
    return [page.get_contents().get_data() for page in pages]  # type: ignore[union-attr]


@pytest.mark.parametrize("header", [True, False])
def test_a_styled_table_prints_as_the_table_grid_does(header: bool) -> None:
    """Cells that start with the grid's values: the same pages as every value set by the
    grid's commands, extra commands (a muted column, right-aligned numbers, a total row)
    still winning, the table split over pages under its repeated header."""
    s = st.styles()
    rows: list[list[object]] = [["Дата", "Подія", "Вага"]]
    rows += [
        [
            f"{n % 28 + 1:02d}.11.2026",
            Paragraph("Лист від родини, «терміново» " * (n % 3 + 1), s.cell),
            f"{n} kg",
        ]
        for n in range(90)
    ]
    extra = (
        ("TEXTCOLOR", (0, 0), (0, -1), st.MUTED),
        ("ALIGN", (2, 0), (2, -1), "RIGHT"),
        ("FONTNAME", (0, -1), (-1, -1), st.FONT_BOLD),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
    )
    widths = [60.0, 250.0, 60.0]
    plain = Table([list(r) for r in rows], colWidths=widths, repeatRows=1, hAlign="LEFT")
    plain.setStyle(st.table_style(*extra, header=header, zebra=header))
    styled = st.styled_table(
        [list(r) for r in rows], widths, *extra, header=header, zebra=header, repeat_rows=1
    )
    pages = _grid_pages(styled)
    assert len(pages) > 1
    assert pages == _grid_pages(plain)
