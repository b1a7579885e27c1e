"""Long tables: laid out a page at a time, with cells lighter than Paragraphs.

ReportLab's ``Table`` measures all its remaining rows again at every page break, so a table
of 50,000 rows never finishes; and a ``Paragraph`` a cell spends most of the time breaking
lines. :class:`PagedTable` builds a table of only the next page's worth of rows at a time
(the header still on top of every page), and :func:`text_cell` breaks a cell's lines as a
Paragraph would and draws them plainly (:class:`TextLines`), so the pages look the same.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table

from ombuds_desk.reports import styles as st
from ombuds_desk.reports.blocks import Cell, cell

Line = tuple[str, float]  # a line of text, and the word space narrowing it (0 or less)


class PagedTable(Flowable):
    """A table of ``count`` rows laid out a page at a time, with the header on every page.

    ``build(start, stop)`` makes the ``Table`` of rows ``start`` to ``stop`` (with its
    ``head_rows`` header rows, repeated on every page: a title row may come before the
    column headings, saying "(continued)" on the pages after the first). Asked to fit on a page, this builds a table of the next rows only (a little more
    than the last page held), lets ReportLab split it, keeps the part that fits and leaves
    the rest to a new ``PagedTable``. ``on_rows(done)`` hears how many rows are laid out.
    """

    FIRST_WINDOW = 60

    def __init__(
        self,
        build: Callable[[int, int], Table],
        count: int,
        *,
        start: int = 0,
        window: int = FIRST_WINDOW,
        on_rows: Callable[[int], None] | None = None,
        head_rows: int = 1,
    ) -> None:
        super().__init__()
        self._build = build
        self._head_rows = head_rows
        self._count = count
        self._start = start
        self._window = max(window, 1)
        self._on_rows = on_rows
        self._table: Table | None = None
        self._measured: tuple[float, float, float, float] | None = None

    @property
    def _stop(self) -> int:
        return min(self._count, self._start + self._window)

    def _rest(self, start: int, window: int) -> PagedTable:
        return PagedTable(
            self._build,
            self._count,
            start=start,
            window=window,
            on_rows=self._on_rows,
            head_rows=self._head_rows,
        )

    def _piece(self) -> Table:
        if self._table is None:
            self._table = self._build(self._start, self._stop)
            self._measured = None
        return self._table

    def _height(self, avail_width: float, avail_height: float) -> float:
        """The height of this piece's table (measured once per space offered)."""
        if self._measured is None or self._measured[:2] != (avail_width, avail_height):
            width, height = self._piece().wrap(avail_width, avail_height)
            self._measured = (avail_width, avail_height, width, height)
        return self._measured[3]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        height = self._height(avail_width, avail_height)
        if self._stop < self._count:  # more rows follow: never fits, always splits
            height = max(height, avail_height) + 1
        assert self._measured is not None
        self.width, self.height = self._measured[2], height
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        while self._height(avail_width, avail_height) <= avail_height:
            if self._stop >= self._count:
                return [self._piece()]
            self._window *= 2  # the page holds more rows than the window: take more
            self._table = self._measured = None
        parts = self._piece().split(avail_width, avail_height)
        if not parts:
            return []
        done = len(parts[0]._cellvalues) - self._head_rows  # the rows that fit
        if done <= 0:
            return []
        if self._on_rows is not None:
            self._on_rows(self._start + done)
        # The next page likely holds as many rows: a few more, in case they are shorter.
        return [parts[0], self._rest(self._start + done, done + done // 8 + 4)]

    def draw(self) -> None:
        self._piece().drawOn(self.canv, 0, 0)
        if self._on_rows is not None:
            self._on_rows(self._count)


def lines_of(text: str, size: float, width: float, shrinkage: float) -> list[Line] | None:
    """``text`` broken into lines at spaces as a Paragraph breaks them, or None when a word is
    wider than the column (the Paragraph splits it).

    A Paragraph fills a line greedily, letting its spaces shrink by ``shrinkage`` of their
    width to fit one more word (``ParagraphStyle.spaceShrinkage``), and draws such a line
    with its spaces narrowed; so does this.
    """
    lines: list[Line] = []
    words: list[str] = []
    used = 0.0
    space = stringWidth(" ", st.FONT, size)

    def close() -> None:
        over = used - width
        lines.append((" ".join(words), -over / (len(words) - 1) if over > 0 else 0.0))

    for word in text.split():
        word_width = stringWidth(word, st.FONT, size)
        if word_width > width:
            return None
        if words and used + space + word_width <= width + shrinkage * space * len(words):
            words.append(word)
            used += space + word_width
            continue
        if words:
            close()
        words, used = [word], word_width
    if words:
        close()
    return lines


class TextLines(Flowable):
    """Lines of plain text in a table cell, already broken, drawn one by one.

    It prints what a Paragraph of the same text prints, line for line, without the
    Paragraph's general machinery (most of the time of a long report went there).
    """

    def __init__(self, lines: list[tuple[Line, float, object]], leading: float) -> None:
        super().__init__()
        self.lines = lines  # (line, font size, colour)
        self.leading = leading
        self.height = leading * len(lines)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.height - st.CELL_SIZE  # the first baseline, where a Paragraph puts it
        for (text, word_space), size, colour in self.lines:
            canvas.setFillColor(colour)
            canvas.setFont(st.FONT, size)
            canvas.drawString(0, y, text, wordSpace=word_space or None)
            y -= self.leading


def text_cell(text: str, width: float) -> Cell:
    """A cell ``width`` wide (padding included): as :func:`blocks.cell` makes it, but text
    that wraps is broken here rather than by a Paragraph."""
    s = st.styles().cell
    if "\n" in text:
        return cell(text, width)
    lines = lines_of(text, st.CELL_SIZE, width - 2 * st.CELL_PAD, s.spaceShrinkage)
    if lines is None:
        return cell(text, width)
    if len(lines) == 1 and not lines[0][1]:
        return text  # one line at its natural width: the table draws it
    return TextLines([(line, st.CELL_SIZE, s.textColor) for line in lines], s.leading)
