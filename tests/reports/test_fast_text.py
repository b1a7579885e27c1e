"""The cheaper paragraph and canvas write what ReportLab's own write, operator for operator:
Cyrillic and Latin, markup, escaped register text, texts repeated in other styles and widths,
a table split over pages with a repeated header, strings drawn plain and with options."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Table
from reportlab.platypus import Paragraph as PlainParagraph

from ombuds_desk.reports import styles as st
from ombuds_desk.reports.blocks import esc
from ombuds_desk.reports.fast_text import Paragraph, QuickStringCanvas

TEXTS = (
    "Шевченко Тарас Григорович",
    "Купʼянськ, вул. Героїв, 12 — «терміново» & <негайно>",
    "Confirmed → Listed for exchange",
    "Contact: Yes\nShare: Not asked",
    "Ґалаґан Євгенія Їжакевич: лист від 01.12.2026, листівка, малюнок дитини " * 3,
    "",
)


def _story(paragraph: type[PlainParagraph]) -> list[Flowable]:
    s = st.styles()
    story: list[Flowable] = []
    for _ in range(2):  # every text twice: the second time from the cache
        for text in TEXTS:
            story.append(paragraph(esc(text), s.body))
            story.append(paragraph(f"<b>{esc(text)}</b> <font color='#59636e'>x</font>", s.cell))
    rows: list[list[object]] = [["Дата", "Подія", "Статус"]]
    for n in range(60):
        rows.append(
            [
                f"{n + 1:02d}.11.2026",
                paragraph(esc(TEXTS[n % len(TEXTS)]), s.cell),  # wrapped at 3 widths, drawn
                "Підтверджено" if n % 2 else "Listed",
            ]
        )
    table = Table(rows, colWidths=[25 * mm, 60 * mm, 30 * mm], repeatRows=1)
    table.setStyle(st.table_style())
    story.append(table)
    return story


def _contents(paragraph: type[PlainParagraph], canvas: type[Canvas]) -> list[bytes]:
    out = BytesIO()
    st.register_fonts()
    doc = SimpleDocTemplate(out, initialFontName=st.FONT, invariant=1)
    doc.build(_story(paragraph), canvasmaker=canvas)
    pages = PdfReader(BytesIO(out.getvalue())).pages
    return [page.get_contents().get_data() for page in pages]  # type: ignore[union-attr]


def test_paragraphs_and_strings_write_what_reportlab_writes() -> None:
    plain = _contents(PlainParagraph, Canvas)
    fast = _contents(Paragraph, QuickStringCanvas)
    assert len(plain) > 1  # the table went on over a page break
    assert fast == plain


def test_a_cached_text_is_every_paragraphs_own() -> None:
    s = st.styles()
    text = esc(TEXTS[4])
    narrow, wide = Paragraph(text, s.cell), Paragraph(text, s.cell)
    _, narrow_height = narrow.wrap(40 * mm, 1000)
    _, wide_height = wide.wrap(150 * mm, 1000)
    assert narrow.frags is not wide.frags
    assert narrow_height > wide_height
    # Wrapped again at the width it has: the same lines; at another: measured anew.
    assert narrow.wrap(40 * mm, 10) == (40 * mm, narrow_height)
    assert narrow.wrap(150 * mm, 1000) == (150 * mm, wide_height)
    assert PlainParagraph(text, s.cell).wrap(40 * mm, 1000) == (40 * mm, narrow_height)


def test_a_string_drawn_with_options_is_left_to_reportlab() -> None:
    def page(canvas_class: type[Canvas]) -> bytes:
        out = BytesIO()
        st.register_fonts()
        canvas = canvas_class(out, invariant=1)
        canvas.setFont(st.FONT, 9)
        canvas.drawString(10, 20, "Пʼять «листів» & (дужки) \\ Ґ")
        canvas.drawString(10, 40, "Render mode", mode=0)
        canvas.drawString(10, 60, "Spaced", 0, 1.5)
        canvas.drawString(10, 80, "")
        canvas.drawRightString(200, 100, "Сторінка 1 з 2")
        canvas.showPage()
        canvas.save()
        reader = PdfReader(BytesIO(out.getvalue()))
        return reader.pages[0].get_contents().get_data()  # type: ignore[union-attr]

    assert page(QuickStringCanvas) == page(Canvas)


def test_a_string_drawn_again_is_written_as_the_first_time() -> None:
    """The same text again, in another size, font or leading, after its glyphs moved to a
    second subset of the font (more than 256 letters used): as ReportLab writes it."""
    many = "".join(chr(c) for c in range(0x0410, 0x0450)) + "ґҐєЄіІїЇʼ"
    extra = "".join(chr(c) for c in range(0x00C0, 0x0180))  # past the first subset

    def pages(canvas_class: type[Canvas]) -> list[bytes]:
        out = BytesIO()
        st.register_fonts()
        canvas = canvas_class(out, invariant=1)
        for page in range(2):
            for n, (font, size, leading) in enumerate(
                [(st.FONT, 9, 11), (st.FONT, 8.5, 11), (st.FONT_BOLD, 9, 11), (st.FONT, 9, 12)]
            ):
                canvas.setFont(font, size, leading)
                for text in ("01.12.2026", many, extra, f"{many} {extra}", "Listed", ""):
                    canvas.drawString(10 + n, 20 + 30 * page, text)
            canvas.showPage()
        canvas.save()
        reader = PdfReader(BytesIO(out.getvalue()))
        return [p.get_contents().get_data() for p in reader.pages]  # type: ignore[union-attr]

    assert pages(QuickStringCanvas) == pages(Canvas)
