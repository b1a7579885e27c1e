"""The stalled-cases report for supervisors: every stuck case, grouped by why it is stuck.

A summary of the groups with their totals comes first, then one table per group (longest
wait first) ending in the group's total, so the numbers can be checked line by line.

The page is landscape, for the review columns: each case's last supervisor review, its
decision and the next review due. A group's title heads its table, and a table running
onto further pages repeats it there as "… (continued)" above the column headings.

A group can hold 50,000 cases: each is a :class:`~ombuds_desk.reports.long_tables.PagedTable`
(a page's worth of rows at a time) of light cells (:class:`TextLines`), which prints what one
ReportLab ``Table`` of Paragraphs printed, in time in proportion to the rows.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import (
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Table,
    TableStyle,
)

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.reports import styles as st
from ombuds_desk.reports.blocks import (
    TOTAL_ROW,
    Cell,
    cell,
    data_table,
    day,
    esc,
    gap,
    headed,
    nothing,
    unbroken,
)
from ombuds_desk.reports.fast_text import Paragraph
from ombuds_desk.reports.long_tables import PagedTable, TextLines, lines_of, text_cell
from ombuds_desk.reports.page import (
    DocInfo,
    Furniture,
    Output,
    PageMark,
    StartSheet,
    build_pdf,
    generated_line,
)
from ombuds_desk.services.printing import StalledGroup, StalledReportData
from ombuds_desk.services.printing.languages import counted

DOCUMENT = QT_TRANSLATE_NOOP("StalledReport", "Stalled cases")
FRACTIONS = (0.105, 0.17, 0.08, 0.12, 0.08, 0.05, 0.115, 0.095, 0.09, 0.095)
DAYS_COLUMN = 5
LATIN_SIZE = 7.5

Progress = Callable[[int, int], None]  # (cases laid out, all cases); may raise to stop


HEADER = (
    QT_TRANSLATE_NOOP("StalledReport", "Case no."),
    QT_TRANSLATE_NOOP("StalledReport", "Name"),
    QT_TRANSLATE_NOOP("StalledReport", "Category"),
    QT_TRANSLATE_NOOP("StalledReport", "Status"),
    QT_TRANSLATE_NOOP("StalledReport", "Since"),
    QT_TRANSLATE_NOOP("StalledReport", "Days"),
    QT_TRANSLATE_NOOP("StalledReport", "Caseworker"),
    QT_TRANSLATE_NOOP("StalledReport", "Last review"),
    QT_TRANSLATE_NOOP("StalledReport", "Decision"),
    QT_TRANSLATE_NOOP("StalledReport", "Next review"),
)


def header() -> tuple[str, ...]:
    """The column headings, in the document's language."""
    return tuple(translate("StalledReport", h) for h in HEADER)


def cases(count: int) -> str:
    return counted(count).translate("StalledReport", "%n cases", None, 0)


def name_cell(name: str, latin: str, width: float) -> Cell:
    """The Name cell: the name over its Latin spelling (smaller, muted), ``width`` wide."""
    s = st.styles().cell
    room = width - 2 * st.CELL_PAD
    first = lines_of(name, st.CELL_SIZE, room, s.spaceShrinkage)
    second = lines_of(latin, LATIN_SIZE, room, s.spaceShrinkage)
    if first is None or second is None or "\n" in name + latin:
        return Paragraph(
            f"{esc(name)}<br/><font color='#59636e' size='{LATIN_SIZE}'>{esc(latin)}</font>", s
        )
    lines = [(text, st.CELL_SIZE, s.textColor) for text in first]
    lines += [(text, LATIN_SIZE, st.MUTED) for text in second]
    return TextLines(lines, s.leading)


def _summary(data: StalledReportData, width: float) -> Flowable:
    rows: list[list[object]] = [[g.reason, str(g.total)] for g in data.groups]
    rows.append([translate("StalledReport", "All stalled cases"), str(data.total)])
    head = (translate("StalledReport", "Reason"), translate("StalledReport", "Cases"))
    return data_table(head, rows, (0.8, 0.2), width, *TOTAL_ROW, right=(1,))


def group_title(group: StalledGroup, *, continued: bool = False) -> str:
    title = f"{group.reason} — {cases(group.total)}"
    if not continued:
        return title
    return translate("StalledReport", "{title} (continued)").format(title=title)


class _GroupTable:
    """Builds the tables of one group's rows, each under the group's title (continued, after
    the first) and the column headings; the last ends in the group's total. A row's cells
    are made once, however many tables try it."""

    HEAD_ROWS = 2  # the title, the column headings

    def __init__(self, group: StalledGroup, width: float) -> None:
        self.group = group
        self.widths = [width * f for f in FRACTIONS]
        s = st.styles()
        self.head: list[Cell] = [
            cell(h, w, s.head) for h, w in zip(header(), self.widths, strict=True)
        ]
        self._made: dict[int, list[Cell]] = {}  # the cells of rows made, not yet printed

    def _cells(self, index: int) -> list[Cell]:
        if index not in self._made:
            r, w = self.group.rows[index], self.widths
            self._made[index] = [
                unbroken(r.case_number, w[0]),
                name_cell(r.name, r.latin_name, w[1]),
                text_cell(r.category, w[2]),
                text_cell(r.status, w[3]),
                unbroken(day(r.stalled_since), w[4]),
                cell(str(r.days_stalled), w[5], st.styles().cell_right),
                text_cell(r.assigned_to, w[6]),
                unbroken(day(r.last_review_on), w[7]),
                text_cell(r.decision, w[8]),
                unbroken(day(r.next_review_on), w[9]),
            ]
        return self._made[index]

    def _title(self, continued: bool) -> list[Cell]:
        title = Paragraph(esc(group_title(self.group, continued=continued)), st.styles().section)
        return [title, *([""] * (len(FRACTIONS) - 1))]

    def __call__(self, start: int, stop: int) -> Table:
        """The table of rows ``start`` to ``stop``; the rows before are laid out for good."""
        for index in [i for i in self._made if i < start]:
            del self._made[index]
        body = [self._cells(i) for i in range(start, stop)]
        last = stop >= self.group.total
        if last:
            words = translate("StalledReport", "Total: {cases}").format(
                cases=cases(self.group.total)
            )
            total = cell(words, self.widths[0])
            body.append([total, *([""] * (len(FRACTIONS) - 1))])
        commands = group_style(start, last)
        rows = [self._title(start > 0), self.head, *body]
        table = Table(rows, colWidths=self.widths, repeatRows=self.HEAD_ROWS, hAlign="LEFT")
        table.setStyle(commands)
        return table


def group_style(start: int, last: bool) -> TableStyle:
    """The look of a group's table: the title row, the column headings, the rows from
    ``start`` (the zebra runs on from the rows before, whichever table they were in) and,
    if ``last``, the total row."""
    s = st.styles()
    zebra = [None, st.ZEBRA] if start % 2 == 0 else [st.ZEBRA, None]
    commands: list[tuple[object, ...]] = [
        ("SPAN", (0, 0), (-1, 0)),
        ("LEFTPADDING", (0, 0), (-1, 0), 0),
        ("TOPPADDING", (0, 0), (-1, 0), s.section.spaceBefore),
        ("BOTTOMPADDING", (0, 0), (-1, 0), s.section.spaceAfter),
        ("FONTNAME", (0, 1), (-1, 1), st.FONT_BOLD),
        ("TEXTCOLOR", (0, 1), (-1, 1), st.ACCENT),
        ("BACKGROUND", (0, 1), (-1, 1), st.HEAD_FILL),
        ("LINEBELOW", (0, 2), (-1, -1), 0.25, st.RULE),
        ("LINEBELOW", (0, 1), (-1, 1), 0.75, st.ACCENT),
        ("ROWBACKGROUNDS", (0, 2), (-1, -1), zebra),
        ("ALIGN", (DAYS_COLUMN, 1), (DAYS_COLUMN, -1), "RIGHT"),
    ]
    if last:
        commands += [*TOTAL_ROW, ("SPAN", (0, -1), (-1, -1))]
    return st.table_style(*commands, header=False, zebra=False, rules=False)


def _group(
    group: StalledGroup, width: float, on_rows: Callable[[int], None] | None = None
) -> list[Flowable]:
    build = _GroupTable(group, width)
    if group.total <= 6:
        return [KeepTogether([build(0, group.total)])]
    return [PagedTable(build, group.total, on_rows=on_rows, head_rows=_GroupTable.HEAD_ROWS)]


def stalled_report_story(
    data: StalledReportData, progress: Progress | None = None
) -> list[Flowable]:
    s = st.styles()
    width = landscape_size(data.office.paper_size)[0] - 2 * st.MARGIN_X
    story: list[Flowable] = [
        StartSheet(
            PageMark(
                translate("StalledReport", "Stalled cases on {date}").format(date=day(data.today)),
                translate("StalledReport", "For supervisors"),
            )
        ),
        Paragraph(esc(translate("StalledReport", "Stalled cases")), s.title),
        Paragraph(
            esc(
                translate(
                    "StalledReport",
                    "Cases not closed that are blocked, or have had no status change for "
                    "longer than the office allows for their status ({rule}), as of {date}. "
                    "Days are counted from the day a case was blocked, or from its last "
                    "status change.",
                ).format(rule=data.threshold_days.describe(), date=day(data.today))
            ),
            s.muted,
        ),
        gap(3),
    ]
    if not data.groups:
        return [*story, nothing(translate("StalledReport", "No case is stalled."))]
    story.append(headed(translate("StalledReport", "Summary"), _summary(data, width)))
    before = 0
    for group in data.groups:
        story += _group(group, width, _group_progress(progress, before, data.total))
        before += group.total
    everything = translate("StalledReport", "All stalled cases: {count}")
    story += [gap(4), Paragraph(f"<b>{esc(everything.format(count=data.total))}</b>", s.body)]
    return story


def _group_progress(
    progress: Progress | None, before: int, total: int
) -> Callable[[int], None] | None:
    if progress is None:
        return None
    return lambda done: progress(before + done, total)


def landscape_size(paper: str) -> tuple[float, float]:
    width, height = st.page_size(paper)
    return max(width, height), min(width, height)


def landscape_template(paper: str) -> PageTemplate:
    """The page of the report: the office's paper turned landscape, margins as elsewhere."""
    width, height = landscape_size(paper)
    frame = Frame(
        st.MARGIN_X,
        st.MARGIN_BOTTOM,
        width - 2 * st.MARGIN_X,
        height - st.MARGIN_TOP - st.MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="landscape",
    )
    return PageTemplate(id="landscape", frames=[frame], pagesize=(width, height))


def document_info(data: StalledReportData) -> DocInfo:
    """Title and subject: the report, its day, and that it is internal."""
    groups = len(data.groups)
    subject = counted(
        groups,
    ).translate(
        "StalledReport",
        "{office} — stalled-cases report (internal): {cases} in %n groups; "
        "confidential, contains personal data",
        None,
        0,
    )
    return DocInfo(
        translate("StalledReport", "Stalled cases on {date} — internal, for supervisors").format(
            date=day(data.today)
        ),
        data.office.name,
        subject.format(office=data.office.name, cases=cases(data.total)),
    )


def render_stalled_report(
    data: StalledReportData,
    out: Output,
    *,
    generated_by: str,
    progress: Progress | None = None,
) -> int:
    """Write the stalled-cases report as a PDF to ``out``; returns its pages.

    ``progress(done, total)`` hears how many cases are laid out as the pages fill (it may
    raise to stop, e.g. on Cancel).
    """
    return build_pdf(
        out,
        stalled_report_story(data, progress),
        paper=data.office.paper_size,
        info=document_info(data),
        furniture=Furniture(
            data.office.name,
            translate("StalledReport", DOCUMENT),
            generated_line(day(data.today), generated_by),
        ),
        templates=[landscape_template(data.office.paper_size)],
    )
