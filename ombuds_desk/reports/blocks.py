"""Small building blocks every document's story is made of: text, sections, grids, tables.

All text from the register goes through :func:`para` (or :func:`esc`), which escapes it:
a name or note containing ``<`` or ``&`` prints as typed instead of breaking the layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from ombuds_desk.reports import styles as st

# A table cell: a Flowable (usually a Paragraph) or a short plain string.
Cell: TypeAlias = Any


def esc(text: object) -> str:
    """Text made safe for a Paragraph; None prints as nothing. Line breaks are kept."""
    if text is None:
        return ""
    return escape(str(text)).replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle | None = None) -> Paragraph:
    return Paragraph(esc(text), style or st.styles().cell)


def cell(text: object, width: float, style: ParagraphStyle | None = None) -> Cell:
    """A table cell for ``text`` in a column ``width`` wide.

    Text that fits on one line stays a plain string, drawn by the table in its own font
    (much cheaper than a Paragraph, which matters for a 2,000-sheet batch); longer text
    becomes a wrapping Paragraph in ``style``. Table styles set the same font and size as
    the cell styles, so both look alike.
    """
    s = style or st.styles().cell
    value = "" if text is None else str(text)
    room = width - 2 * st.CELL_PAD
    if "\n" not in value and stringWidth(value, s.fontName, s.fontSize) <= room:
        return value
    return Paragraph(esc(value), s)


# The closing "Total" row of a table: bold, ruled off, shaded like the header.
TOTAL_ROW: tuple[tuple[object, ...], ...] = (
    ("FONTNAME", (0, -1), (-1, -1), st.FONT_BOLD),
    ("LINEABOVE", (0, -1), (-1, -1), 0.75, st.ACCENT),
    ("BACKGROUND", (0, -1), (-1, -1), st.HEAD_FILL),
)


def day(value: date | datetime | None) -> str:
    """Dates as offices write them: ``26.11.2026``."""
    return "" if value is None else f"{value:%d.%m.%Y}"


def days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


def grams(weight: int | None) -> str:
    """``1.25 kg``; an empty cell when the parcel was not weighed."""
    return "" if weight is None else f"{weight / 1000:.2f} kg"


def section(title: str) -> Paragraph:
    return Paragraph(esc(title), st.styles().section)


def nothing(text: str) -> Paragraph:
    return Paragraph(esc(text), st.styles().muted)


def fact_grid(facts: Sequence[tuple[str, str]], width: float, pairs: int = 2) -> Table:
    """Label/value pairs side by side, ``pairs`` to a row (values wrap, labels stay muted)."""
    s = st.styles()
    label_w = width * 0.17
    value_w = width / pairs - label_w
    rows: list[list[Cell]] = []
    for start in range(0, len(facts), pairs):
        row: list[Cell] = []
        for label, value in facts[start : start + pairs]:
            row += [cell(label, label_w, s.label), cell(value, value_w)]
        row += [""] * (2 * pairs - len(row))
        rows.append(row)
    table = Table(rows, colWidths=[label_w, value_w] * pairs, hAlign="LEFT")
    muted = [("TEXTCOLOR", (c, 0), (c, -1), st.MUTED) for c in range(0, 2 * pairs, 2)]
    table.setStyle(st.table_style(*muted, header=False, zebra=False))
    return table


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    fractions: Sequence[float],
    width: float,
    *extra: tuple[object, ...],
    right: Sequence[int] = (),
) -> Table:
    """A table with a repeated header row; column widths as fractions of ``width``.

    Values may be Flowables (kept) or anything else (made a :func:`cell`); columns listed in
    ``right`` are right-aligned (numbers, weights).
    """
    s = st.styles()
    widths = [width * f for f in fractions]
    styles = [s.cell_right if c in right else s.cell for c in range(len(widths))]
    head: list[Cell] = [cell(h, w, s.head) for h, w in zip(header, widths, strict=True)]
    body = [
        [v if isinstance(v, Flowable) else cell(v, widths[c], styles[c]) for c, v in enumerate(r)]
        for r in rows
    ]
    table = Table([head, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
    aligned = [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in right]
    table.setStyle(st.table_style(*aligned, *extra))
    return table


def gap(height_mm: float = 2) -> Spacer:
    return Spacer(1, height_mm * mm)
