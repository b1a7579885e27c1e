"""The case sheet for the counterpart: what the allow-list lets the other side see.

It lays out :class:`CounterpartSheetData` only, a type that holds nothing the allow-list
(``services/printing/counterpart_fields.py``) does not name, so no layout mistake can print
an internal field. The office signs; no person is named as having made or printed it.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from ombuds_desk.reports import styles as st
from ombuds_desk.reports.blocks import data_table, day, esc, fact_grid, gap, nothing, section
from ombuds_desk.reports.metadata import CaseInfo, case_sheet_subject, case_sheet_title
from ombuds_desk.reports.page import (
    DocInfo,
    Output,
    PageMark,
    StartSheet,
    content_width,
    office_pdf,
)
from ombuds_desk.services.printing.counterpart_sheet import CounterpartSheetData

DOCUMENT = "Case sheet"
MARKING = "Counterpart version"


def sheet_mark(data: CounterpartSheetData) -> PageMark:
    return PageMark(f"Case {data.case_number}", MARKING, strong=True)


def _title(data: CounterpartSheetData) -> list[Flowable]:
    s = st.styles()
    lines: list[Flowable] = [Paragraph(esc(data.name), s.name)]
    if data.latin_name and data.latin_name != data.name:
        lines.append(Paragraph(esc(data.latin_name), s.subtitle))
    lines.append(Paragraph(f"{esc(data.category)} · case <b>{esc(data.case_number)}</b>", s.body))
    return lines


def _status(data: CounterpartSheetData, width: float) -> Table:
    s = st.styles()
    rows: list[list[Flowable | str]] = [
        [
            Paragraph("Current status", s.label),
            Paragraph(f"<b>{esc(data.status)}</b> since {esc(day(data.status_since))}", s.body),
        ]
    ]
    if data.obstacle:
        rows.append([Paragraph("Obstacle", s.label), Paragraph(esc(data.obstacle), s.body)])
    table = Table(rows, colWidths=[width * 0.16, width * 0.84], hAlign="LEFT")
    table.setStyle(
        st.table_style(
            ("BACKGROUND", (0, 0), (-1, -1), st.HEAD_FILL),
            ("BOX", (0, 0), (-1, -1), 0.9, st.ACCENT),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            header=False,
            zebra=False,
            rules=False,
        )
    )
    return table


def _relatives(data: CounterpartSheetData, width: float) -> list[Flowable]:
    out: list[Flowable] = [section("Relatives")]
    if not data.relatives:
        out.append(nothing("No relative has agreed to be named in this document."))
        return out
    rows = [[r.name, r.relationship] for r in data.relatives]
    out.append(data_table(("Name", "Relationship"), rows, (0.6, 0.4), width))
    return out


def _history(data: CounterpartSheetData, width: float) -> list[Flowable]:
    rows = [[day(h.on), h.event] for h in data.history]
    return [
        section("Status history"),
        data_table(("Date", "Status"), rows, (0.15, 0.85), width)
        if rows
        else nothing("No status recorded."),
    ]


def _mail(data: CounterpartSheetData, width: float) -> list[Flowable]:
    s = st.styles()
    out: list[Flowable] = [section("Correspondence and parcels")]
    out.append(Paragraph(f"<b>Correspondence items: {data.items_total}</b>", s.body))
    if data.mail_counts:
        rows = [[c.label, str(c.count), day(c.last_on)] for c in data.mail_counts]
        out += [
            gap(1),
            data_table(("Items", "Count", "Latest"), rows, (0.6, 0.15, 0.25), width, right=(1,)),
        ]
    if data.latest_items:
        shown = len(data.latest_items)
        title = f"Latest {shown} of {data.items_total}" if data.items_total > shown else "Dates"
        rows = [[day(i.on), i.kind, i.direction] for i in data.latest_items]
        out += [
            gap(1),
            Paragraph(esc(title), s.label),
            data_table(("Date", "Item", "Direction"), rows, (0.2, 0.4, 0.4), width),
        ]
    summary = f"<b>Parcels: {data.parcels_total}</b>"
    if data.parcels_by_status:
        summary += " — " + esc(", ".join(f"{label} {n}" for label, n in data.parcels_by_status))
    out += [gap(2.5), Paragraph(summary, s.body)]
    if data.latest_parcels:
        rows = [[p.parcel_number, p.status, day(p.on)] for p in data.latest_parcels]
        out += [
            gap(1),
            data_table(("Parcel no.", "Status", "Date"), rows, (0.4, 0.3, 0.3), width),
        ]
    return out


def _signed(data: CounterpartSheetData) -> list[Flowable]:
    s = st.styles()
    return [
        gap(6),
        Paragraph(f"Issued by {esc(data.office.name)}", s.body),
        nothing(
            "Prepared for the counterpart: only what the office may share is included; "
            "relatives appear only with their consent."
        ),
    ]


def counterpart_sheet_story(
    data: CounterpartSheetData, *, on_start: Callable[[], None] | None = None
) -> list[Flowable]:
    """The flowables of one counterpart sheet, opening a new page count and header."""
    width = content_width(data.office.paper_size)
    story: list[Flowable] = [
        StartSheet(sheet_mark(data), on_start),
        CaseInfo(data.case_number, True, data.office.name),
        *_title(data),
        gap(2.5),
    ]
    story.append(_status(data, width))
    story += [
        KeepTogether([section("Identity"), fact_grid(data.identity, width)]),
        KeepTogether([section(data.details_title), fact_grid(data.details, width)]),
    ]
    story += _relatives(data, width)
    story += _history(data, width)
    story += _mail(data, width)
    story += _signed(data)
    return story


def document_info(data: CounterpartSheetData) -> DocInfo:
    """Title and subject naming the case and the counterpart version (``metadata.py``)."""
    cases = [data.case_number]
    return DocInfo(
        case_sheet_title(cases, True),
        data.office.name,
        case_sheet_subject(cases, True, data.office.name),
    )


def render_counterpart_sheet(data: CounterpartSheetData, out: Output) -> int:
    """Write one counterpart sheet as a PDF to ``out``; returns its pages. No person is
    named as its maker: the footer says when, the header which office."""
    return office_pdf(
        out,
        counterpart_sheet_story(data),
        data.office,
        document_info(data),
        DOCUMENT,
        today=data.today,
        generated_by="",
    )
