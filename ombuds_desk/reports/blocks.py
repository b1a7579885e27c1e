"""Small building blocks every document's story is made of: text, sections, grids, tables.

All text from the register goes through :func:`para` (or :func:`esc`), which escapes it:
a name or note containing ``<`` or ``&`` prints as typed instead of breaking the layout.

Text wraps at spaces. A word wider than its whole column (a long Cyrillic place name in a
narrow column) is hyphenated (:mod:`ombuds_desk.reports.hyphens`) rather than cut anywhere
without a hyphen; numbers and e-mail addresses never wrap (:func:`unbroken`, which shrinks
the type a little instead). A section heading keeps with the start of what follows it
(:func:`headed`), so none is left alone at the foot of a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table

from ombuds_desk.domain.i18n import translate
from ombuds_desk.reports import styles as st
from ombuds_desk.reports.fast_text import Paragraph
from ombuds_desk.reports.hyphens import hyphenated, wrapping
from ombuds_desk.services.printing.languages import counted

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
    text = hyphenated(value, s.fontName, s.fontSize, room)
    return Paragraph(esc(text), wrapping(s, text))


MIN_UNBROKEN_SIZE = 6.0  # points: the smallest type a number or e-mail address shrinks to


def unbroken_size(text: str, width: float, style: ParagraphStyle) -> float:
    """The font size (``style``'s, or smaller down to 6 pt) at which ``text`` fits on one
    line in a column ``width`` wide (padding included)."""
    room = width - 2 * st.CELL_PAD
    needed = stringWidth(text, style.fontName, style.fontSize)
    if needed <= room:
        return float(style.fontSize)
    # A hair under the exact fit: ReportLab cuts a word that overflows by a rounding error.
    return max(MIN_UNBROKEN_SIZE, style.fontSize * room / needed * 0.99)


def unbroken(text: object, width: float, style: ParagraphStyle | None = None) -> Cell:
    """A cell for text that must never wrap (a parcel or case number, an e-mail address):
    on one line, in smaller type when the column is too narrow for it. Only text too long
    even at 6 pt breaks, and an e-mail address then only after its ``@``, each part on a
    line of its own in the type that fits it."""
    s = style or st.styles().cell
    value = "" if text is None else str(text).strip()
    size = unbroken_size(value, width, s)
    if size == s.fontSize:
        return value
    room = width - 2 * st.CELL_PAD
    if stringWidth(value, s.fontName, size) > room + 0.01 and "@" in value:
        local, _, domain = value.partition("@")
        parts = [f"{local}@", domain]
        sizes = [
            max(MIN_EMAIL_SIZE, min(s.fontSize, s.fontSize * room / needed * 0.99))
            for needed in (stringWidth(part, s.fontName, s.fontSize) for part in parts)
        ]
        lines = "<br/>".join(
            f"<font size='{z:.2f}'>{esc(part)}</font>" for part, z in zip(parts, sizes, strict=True)
        )
        return Paragraph(lines, s)
    return Paragraph(f"<font size='{size:.2f}'>{esc(value)}</font>", s)


MIN_EMAIL_SIZE = 4.5  # an address split at its "@" may shrink further: still legible


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
    return counted(count).translate("Documents", "%n days", None, 0)


def grams(weight: int | None) -> str:
    """``1.25 kg`` (``1,25 кг`` in Russian and Ukrainian, whose decimal mark is a comma);
    an empty cell when the parcel was not weighed."""
    if weight is None:
        return ""
    # The decimal mark, as the document's language writes it (translators give "," ).
    mark = translate("Documents", ".", "decimal mark")
    number = f"{weight / 1000:.2f}".replace(".", mark)
    return translate("Documents", "{weight} kg").format(weight=number)


def section(title: str) -> Paragraph:
    return Paragraph(esc(title), st.styles().section)


class Headed(Flowable):
    """A heading kept with the start of what follows it: moved to the next page with it
    rather than left alone at the foot of a page, yet letting a long table split after its
    first rows (ReportLab's ``keepWithNext`` keeps the whole table together instead, leaving
    half a page empty before every long table). ``whole``: a short body (a table of the
    latest five) is not split either, but moves to the next page with its heading."""

    def __init__(self, heading: Flowable, body: Flowable, *, whole: bool = False) -> None:
        super().__init__()
        self.heading = heading
        self.body = body
        self.whole = whole
        self._gap = 0.0
        self._heading_h = 0.0
        self._body_h = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, self._heading_h = self.heading.wrap(avail_width, avail_height)
        _, self._body_h = self.body.wrap(avail_width, avail_height)
        self._gap = self.heading.getSpaceAfter() + self.body.getSpaceBefore()
        self.width = avail_width
        self.height = self._heading_h + self._gap + self._body_h
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return float(self.heading.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.body.getSpaceAfter())

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        if self.height <= avail_height:
            return [self.heading, self.body]
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return [self.heading, self.body]  # a fresh page cannot do better
        room = avail_height - self._heading_h - self._gap
        parts = self.body.split(avail_width, room) if room > 0 and not self.whole else []
        if parts:
            return [self.heading, *parts]
        return []  # heading and body start on the next page together

    def draw(self) -> None:
        # The heading first: text extraction (search, screen readers) reads it first.
        self.heading.drawOn(self.canv, 0, self._body_h + self._gap)
        self.body.drawOn(self.canv, 0, 0)


def headed(title: str, body: Flowable, *, whole: bool = False) -> Flowable:
    """A section heading kept on the page of the start of ``body`` (of all of it if
    ``whole``)."""
    return Headed(section(title), body, whole=whole)


def nothing(text: str) -> Paragraph:
    return Paragraph(esc(text), st.styles().muted)


def fact_grid(
    facts: Sequence[tuple[str, str]], width: float, pairs: int = 2, *, label_share: float = 0.2
) -> Table:
    """Label/value pairs side by side, ``pairs`` to a row (values wrap, labels stay muted);
    each label ``label_share`` of the width (wider for a bilingual document's labels)."""
    s = st.styles()
    label_w = width * label_share
    value_w = width / pairs - label_w
    rows: list[list[Cell]] = []
    for start in range(0, len(facts), pairs):
        row: list[Cell] = []
        for label, value in facts[start : start + pairs]:
            row += [cell(label, label_w, s.label), cell(value, value_w)]
        row += [""] * (2 * pairs - len(row))
        rows.append(row)
    muted = [("TEXTCOLOR", (c, 0), (c, -1), st.MUTED) for c in range(0, 2 * pairs, 2)]
    widths = [label_w, value_w] * pairs
    return st.styled_table(rows, widths, *muted, header=False, zebra=False)


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
    aligned = [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in right]
    return st.styled_table([head, *body], widths, *aligned, *extra, repeat_rows=1)


def gap(height_mm: float = 2) -> Spacer:
    return Spacer(1, height_mm * mm)
