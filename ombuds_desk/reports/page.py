"""Page furniture shared by every document, and the one way a document is built.

The header carries the office name, the sheet's title (e.g. its case number), the marking
"Confidential — contains personal data" and the version marking; the footer carries the
generated date, who generated it and "Page X of Y". Pages are numbered per *sheet*: a
:class:`StartSheet` flowable opens a sheet, so in a batch every case sheet counts its own
pages ("Page 1 of 2") and carries its own case number in the header. Totals are known only
at the end, so :class:`NumberedCanvas` keeps each finished page and draws the furniture when
the document is saved (the ReportLab "page X of Y" recipe).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ombuds_desk import __version__
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.reports import styles as st
from ombuds_desk.reports.blocks import day
from ombuds_desk.reports.fast_text import QuickStringCanvas
from ombuds_desk.services.printing.common import Office
from ombuds_desk.services.printing.languages import BOTH, both

Output = str | Path | BinaryIO

# Compressed page streams are written as binary, not also ASCII85-encoded (ReportLab's
# default, from when PDFs travelled by 7-bit e-mail): that encoding took about a tenth of a
# batch's processor time in pure Python and made every file a quarter bigger.
rl_config.useA85 = 0

CONFIDENTIAL = QT_TRANSLATE_NOOP("Documents", "Confidential — contains personal data")
# Every PDF names the program and its version (a viewer's "document properties").
CREATOR = f"Ombuds Desk {__version__}"


@dataclass(frozen=True)
class PageMark:
    """What the header says on every page of one sheet."""

    title: str
    marking: str = ""
    strong: bool = False  # the marking boxed in the alert colour (counterpart version)


@dataclass(frozen=True)
class Furniture:
    """What every page of a document says, whatever its sheet."""

    office_name: str
    document: str  # "Case sheet", "Shipment manifest" …
    generated: str  # "Generated 26.11.2026 by Олег Бондар"


class StartSheet(Flowable):
    """Invisible: the pages from here on belong to a new sheet with its own header and count.

    ``on_start`` runs when the sheet is laid out (a batch reports progress from it and may
    raise there to stop).
    """

    def __init__(self, mark: PageMark, on_start: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.mark = mark
        self.on_start = on_start

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        canvas = self.canv
        if isinstance(canvas, NumberedCanvas):
            canvas.begin_sheet(self.mark)
        if self.on_start is not None:
            self.on_start()


class NumberedCanvas(QuickStringCanvas):
    """A canvas that holds its pages until saved, then adds header and footer to each."""

    def __init__(self, *args: Any, furniture: Furniture | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.furniture = furniture
        self.sheet_no = 0
        self.mark = PageMark("")
        self._pages: list[dict[str, Any]] = []

    def begin_sheet(self, mark: PageMark) -> None:
        self.sheet_no += 1
        self.mark = mark

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    @property
    def page_count(self) -> int:
        return len(self._pages)

    def save(self) -> None:
        totals = Counter(page["sheet_no"] for page in self._pages)
        previous, number = -1, 0
        for page in self._pages:
            self.__dict__.update(page)
            number = number + 1 if self.sheet_no == previous else 1
            previous = self.sheet_no
            if self.furniture is not None:
                draw_furniture(self, self.furniture, self.mark, number, totals[self.sheet_no])
            Canvas.showPage(self)
        Canvas.save(self)


def _fit(text: str, font: str, size: float, width: float) -> float:
    """The font size (at most ``size``, at least 6) at which ``text`` fits ``width``."""
    needed = stringWidth(text, font, size)
    return size if needed <= width else max(6.0, size * width / needed)


def draw_furniture(
    canvas: Canvas, furniture: Furniture, mark: PageMark, page: int, pages: int
) -> None:
    """Header and footer of one page."""
    width, height = canvas._pagesize
    left, right = st.MARGIN_X, width - st.MARGIN_X
    half = (right - left) / 2 - 3 * mm
    canvas.saveState()
    top = height - 11 * mm
    size = _fit(furniture.office_name, st.FONT_BOLD, 10, half)
    canvas.setFont(st.FONT_BOLD, size)
    canvas.setFillColor(st.INK)
    canvas.drawString(left, top, furniture.office_name)
    size = _fit(mark.title, st.FONT_BOLD, 10, half)
    canvas.setFont(st.FONT_BOLD, size)
    canvas.drawRightString(right, top, mark.title)
    marking_room = _draw_confidential(canvas, mark, left, right, top - 5 * mm)
    if mark.marking:
        _draw_marking(canvas, mark, right, top - 5 * mm, marking_room)
    canvas.setStrokeColor(st.RULE)
    canvas.setLineWidth(0.6)
    canvas.line(left, height - 19 * mm, right, height - 19 * mm)
    canvas.line(left, 12 * mm, right, 12 * mm)
    canvas.setFont(st.FONT, 7.5)
    canvas.setFillColor(st.MUTED)
    canvas.drawString(left, 8 * mm, furniture.generated)
    canvas.drawCentredString(width / 2, 8 * mm, furniture.document)
    canvas.setFont(st.FONT_BOLD, 8)
    canvas.setFillColor(st.INK)
    numbered = translate("Documents", "Page {page} of {pages}")
    canvas.drawRightString(right, 8 * mm, numbered.format(page=page, pages=pages))
    canvas.restoreState()


MARKING_SIZE = 8.5  # the counterpart version's boxed marking
CONFIDENTIAL_SIZE = 8.0


def _marking_width(mark: PageMark, size: float = MARKING_SIZE) -> float:
    if not mark.marking:
        return 0.0
    if not mark.strong:
        return stringWidth(mark.marking, st.FONT, 8)
    return stringWidth(mark.marking, st.FONT_BOLD, size) + 3 * mm


def _draw_confidential(
    canvas: Canvas, mark: PageMark, left: float, right: float, baseline: float
) -> float:
    """The "Confidential" line at the left of the header's second line; returns the room
    left for the marking at its right. A bilingual document's two sentences, too long for
    one line beside the marking (Russian and Ukrainian run a third longer), go on two
    smaller lines, and the marking shrinks a little if it must: nothing overlaps."""
    gap = 6 * mm
    whole = right - left
    confidential = both.translate("Documents", CONFIDENTIAL)
    canvas.setFillColor(st.ALERT)
    width = stringWidth(confidential, st.FONT_BOLD, CONFIDENTIAL_SIZE)
    if width + gap + _marking_width(mark) <= whole:
        canvas.setFont(st.FONT_BOLD, CONFIDENTIAL_SIZE)
        canvas.drawString(left, baseline, confidential)
        return whole - width - gap
    parts = confidential.split(BOTH) if BOTH in confidential else [confidential]
    size = 7.0 if len(parts) > 1 else CONFIDENTIAL_SIZE
    room = max(whole * 0.4, whole - gap - _marking_width(mark))
    widest = max(stringWidth(part, st.FONT_BOLD, size) for part in parts)
    size = _fit(max(parts, key=len), st.FONT_BOLD, size, room) if widest > room else size
    canvas.setFont(st.FONT_BOLD, size)
    if len(parts) == 1:
        canvas.drawString(left, baseline, confidential)
    else:  # two lines about the second line's baseline, clear of the rule below
        canvas.drawString(left, baseline + 1.2 * mm, parts[0])
        canvas.drawString(left, baseline - 1.8 * mm, BOTH.join(parts[1:]))
    used = max(stringWidth(part, st.FONT_BOLD, size) for part in parts)
    return whole - used - gap


def _draw_marking(
    canvas: Canvas, mark: PageMark, right: float, baseline: float, room: float
) -> None:
    if not mark.strong:
        size = _fit(mark.marking, st.FONT, 8, room)
        canvas.setFont(st.FONT, size)
        canvas.setFillColor(st.MUTED)
        canvas.drawRightString(right, baseline, mark.marking)
        return
    size = _fit(mark.marking, st.FONT_BOLD, MARKING_SIZE, room - 3 * mm)
    text_width = stringWidth(mark.marking, st.FONT_BOLD, size)
    pad = 1.5 * mm
    canvas.setFillColor(st.ALERT_FILL)
    canvas.setStrokeColor(st.ALERT)
    canvas.setLineWidth(0.8)
    canvas.rect(
        right - text_width - 2 * pad,
        baseline - 1.3 * mm,
        text_width + 2 * pad,
        size + 1.6 * mm,
        stroke=1,
        fill=1,
    )
    canvas.setFillColor(st.ALERT)
    canvas.setFont(st.FONT_BOLD, size)
    canvas.drawRightString(right - pad, baseline, mark.marking)


def content_width(paper: str) -> float:
    """The width between the margins, for sizing tables."""
    return st.page_size(paper)[0] - 2 * st.MARGIN_X


@dataclass(frozen=True)
class DocInfo:
    """PDF metadata: what a viewer shows as title, author and subject."""

    title: str
    author: str
    subject: str = ""


def body_template(paper: str) -> PageTemplate:
    """One frame between the margins: the page of every document except label sheets."""
    width, height = st.page_size(paper)
    frame = Frame(
        st.MARGIN_X,
        st.MARGIN_BOTTOM,
        width - 2 * st.MARGIN_X,
        height - st.MARGIN_TOP - st.MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    return PageTemplate(id="body", frames=[frame])


def build_pdf(
    out: Output,
    story: list[Flowable],
    *,
    paper: str,
    info: DocInfo,
    furniture: Furniture | None,
    templates: Sequence[PageTemplate] | None = None,
) -> int:
    """Lay ``story`` out into ``out`` (a path or a binary stream); returns the page count."""
    st.register_fonts()
    doc = BaseDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=st.page_size(paper),
        leftMargin=st.MARGIN_X,
        rightMargin=st.MARGIN_X,
        topMargin=st.MARGIN_TOP,
        bottomMargin=st.MARGIN_BOTTOM,
        title=info.title,
        author=info.author,
        subject=info.subject,
        creator=CREATOR,
        producer=CREATOR,
        initialFontName=st.FONT,
        initialFontSize=st.BODY_SIZE,
        pageCompression=1,
    )
    doc.addPageTemplates(list(templates) if templates else [body_template(paper)])
    doc.build(story, canvasmaker=partial(NumberedCanvas, furniture=furniture))
    canvas = doc.canv
    return canvas.page_count if isinstance(canvas, NumberedCanvas) else 0


def office_pdf(
    out: Output,
    story: list[Flowable],
    office: Office,
    info: DocInfo,
    document: str,
    *,
    today: date,
    generated_by: str,
) -> int:
    """Lay out an office document on the office's paper, every page naming the office, the
    ``document`` and who generated it when; returns the page count."""
    return build_pdf(
        out,
        story,
        paper=office.paper_size,
        info=info,
        furniture=Furniture(office.name, document, generated_line(day(today), generated_by)),
    )


def generated_line(today_text: str, generated_by: str) -> str:
    if generated_by:
        line = translate("Documents", "Generated {date} by {name}")
        return line.format(date=today_text, name=generated_by)
    return translate("Documents", "Generated {date}").format(date=today_text)
