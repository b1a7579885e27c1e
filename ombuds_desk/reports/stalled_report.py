"""The stalled-cases report for supervisors: every stuck case, grouped by why it is stuck.

A summary of the groups with their totals comes first, then one table per group (longest
wait first) ending in the group's total, so the numbers can be checked line by line.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from ombuds_desk.reports import styles as st
from ombuds_desk.reports.blocks import TOTAL_ROW, data_table, day, esc, gap, nothing, section
from ombuds_desk.reports.page import (
    DocInfo,
    Output,
    PageMark,
    StartSheet,
    content_width,
    office_pdf,
)
from ombuds_desk.services.report_data import StalledGroup, StalledReportData

DOCUMENT = "Stalled cases"


def cases(count: int) -> str:
    return f"{count} case" if count == 1 else f"{count} cases"


def _summary(data: StalledReportData, width: float) -> Flowable:
    rows: list[list[object]] = [[g.reason, str(g.total)] for g in data.groups]
    rows.append(["All stalled cases", str(data.total)])
    return data_table(("Reason", "Cases"), rows, (0.8, 0.2), width, *TOTAL_ROW, right=(1,))


def _group(group: StalledGroup, width: float) -> list[Flowable]:
    s = st.styles()
    rows: list[list[object]] = []
    for r in group.rows:
        name = Paragraph(
            f"{esc(r.name)}<br/><font color='#59636e' size='7.5'>{esc(r.latin_name)}</font>",
            s.cell,
        )
        rows.append(
            [r.case_number, name, r.category, r.status, day(r.stalled_since),
             str(r.days_stalled), r.assigned_to]
        )  # fmt: skip
    rows.append([f"Total: {cases(group.total)}", "", "", "", "", "", ""])
    header = ("Case no.", "Name", "Category", "Status", "Since", "Days", "Caseworker")
    fractions = (0.17, 0.25, 0.1, 0.14, 0.11, 0.08, 0.15)
    table = data_table(
        header, rows, fractions, width, *TOTAL_ROW, ("SPAN", (0, -1), (-1, -1)), right=(5,)
    )
    title = section(f"{group.reason} — {cases(group.total)}")
    return [KeepTogether([title, table])] if group.total <= 6 else [title, table]


def stalled_report_story(data: StalledReportData) -> list[Flowable]:
    s = st.styles()
    width = content_width(data.office.paper_size)
    story: list[Flowable] = [
        StartSheet(PageMark(f"Stalled cases on {day(data.today)}", "For supervisors")),
        Paragraph("Stalled cases", s.title),
        Paragraph(
            esc(
                f"Cases not closed that are blocked, or have had no status change for more "
                f"than {data.threshold_days} days, as of {day(data.today)}. Days are counted "
                "from the day a case was blocked, or from its last status change."
            ),
            s.muted,
        ),
        gap(3),
    ]
    if not data.groups:
        return [*story, nothing("No case is stalled.")]
    story += [section("Summary"), _summary(data, width)]
    for group in data.groups:
        story += _group(group, width)
    story += [gap(4), Paragraph(f"<b>All stalled cases: {data.total}</b>", s.body)]
    return story


def render_stalled_report(data: StalledReportData, out: Output, *, generated_by: str) -> int:
    """Write the stalled-cases report as a PDF to ``out``; returns its pages."""
    return office_pdf(
        out, stalled_report_story(data), data.office,
        DocInfo(f"Stalled cases {day(data.today)}", data.office.name), DOCUMENT,
        today=data.today, generated_by=generated_by,
    )  # fmt: skip
