"""The case sheet for the counterpart: what the allow-list lets the other side see.

It lays out :class:`CounterpartSheetData` only, a type that holds nothing the allow-list
(``services/printing/counterpart_fields.py``) does not name, so no layout mistake can print
an internal field. The office signs; no person is named as having made or printed it.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, KeepTogether, Table

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.reports import styles as st
from ombuds_desk.reports.blocks import data_table, day, esc, fact_grid, gap, nothing, section
from ombuds_desk.reports.fast_text import Paragraph
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
from ombuds_desk.services.printing.languages import bilingual, both

DOCUMENT = QT_TRANSLATE_NOOP("CaseSheet", "Case sheet")
MARKING = QT_TRANSLATE_NOOP("CounterpartSheet", "Counterpart version")


def _w(text: str) -> str:
    """Escaped, for a Paragraph."""
    return esc(text)


def sheet_mark(data: CounterpartSheetData) -> PageMark:
    title = translate("CaseSheet", "Case {number}").format(number=data.case_number)
    return PageMark(title, both.translate("CounterpartSheet", MARKING), strong=True)


def _title(data: CounterpartSheetData) -> list[Flowable]:
    s = st.styles()
    lines: list[Flowable] = [Paragraph(esc(data.name), s.name)]
    if data.latin_name and data.latin_name != data.name:
        lines.append(Paragraph(esc(data.latin_name), s.subtitle))
    line = translate("CounterpartSheet", "{category} · case {number}")
    lines.append(
        Paragraph(
            line.format(category=esc(data.category), number=f"<b>{esc(data.case_number)}</b>"),
            s.body,
        )
    )
    return lines


def _status(data: CounterpartSheetData, width: float) -> Table:
    s = st.styles()
    rows: list[list[Flowable | str]] = [
        [
            Paragraph(_w(both.translate("CaseSheet", "Current status")), s.label),
            Paragraph(
                f"<b>{esc(data.status)}</b> "
                + esc(
                    translate("CounterpartSheet", "since {date}").format(
                        date=day(data.status_since)
                    )
                ),
                s.body,
            ),
        ]
    ]
    if data.obstacle:
        rows.append(
            [
                Paragraph(_w(both.translate("CounterpartSheet", "Obstacle")), s.label),
                Paragraph(esc(data.obstacle), s.body),
            ]
        )
    # A bilingual label needs a wider column ("Поточний статус / Текущий статус").
    label_share = 0.25 if bilingual() else 0.2
    table = Table(rows, colWidths=[width * label_share, width * (1 - label_share)], hAlign="LEFT")
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
    out: list[Flowable] = [section(both.translate("CounterpartSheet", "Relatives"))]
    if not data.relatives:
        none = both.translate(
            "CounterpartSheet", "No relative has agreed to be named in this document."
        )
        out.append(nothing(none))
        return out
    rows = [[r.name, r.relationship] for r in data.relatives]
    header = (both.translate("CaseSheet", "Name"), both.translate("CaseSheet", "Relationship"))
    out.append(data_table(header, rows, (0.6, 0.4), width))
    return out


def _history(data: CounterpartSheetData, width: float) -> list[Flowable]:
    rows = [[day(h.on), h.event] for h in data.history]
    header = (both.translate("CaseSheet", "Date"), both.translate("CaseSheet", "Status"))
    return [
        section(both.translate("CaseSheet", "Status history")),
        data_table(header, rows, (0.2, 0.8), width)
        if rows
        else nothing(both.translate("CounterpartSheet", "No status recorded.")),
    ]


def _mail(data: CounterpartSheetData, width: float) -> list[Flowable]:
    s = st.styles()
    out: list[Flowable] = [section(both.translate("CaseSheet", "Correspondence and parcels"))]
    items = both.translate("CaseSheet", "Correspondence items")
    out.append(Paragraph(f"<b>{esc(items)}: {data.items_total}</b>", s.body))
    if data.mail_counts:
        rows = [[c.label, str(c.count), day(c.last_on)] for c in data.mail_counts]
        header = (
            both.translate("CounterpartSheet", "Items"),
            both.translate("CounterpartSheet", "Count"),
            both.translate("CounterpartSheet", "Latest"),
        )
        out += [
            gap(1),
            data_table(header, rows, (0.55, 0.2, 0.25), width, right=(1,)),
        ]
    if data.latest_items:
        shown = len(data.latest_items)
        title = (
            translate("CounterpartSheet", "Latest {shown} of {total}").format(
                shown=shown, total=data.items_total
            )
            if data.items_total > shown
            else both.translate("CounterpartSheet", "Dates")
        )
        rows = [[day(i.on), i.kind, i.direction] for i in data.latest_items]
        header = (
            both.translate("CaseSheet", "Date"),
            both.translate("CaseSheet", "Item"),
            both.translate("CounterpartSheet", "Direction"),
        )
        out += [
            gap(1),
            Paragraph(esc(title), s.label),
            data_table(header, rows, (0.2, 0.4, 0.4), width),
        ]
    parcels = both.translate("CaseSheet", "Parcels")
    summary = f"<b>{esc(parcels)}: {data.parcels_total}</b>"
    if data.parcels_by_status:
        summary += " — " + esc(", ".join(f"{label} {n}" for label, n in data.parcels_by_status))
    out += [gap(2.5), Paragraph(summary, s.body)]
    if data.latest_parcels:
        rows = [[p.parcel_number, p.status, day(p.on)] for p in data.latest_parcels]
        header = (
            both.translate("CaseSheet", "Parcel no."),
            both.translate("CaseSheet", "Status"),
            both.translate("CaseSheet", "Date"),
        )
        out += [
            gap(1),
            data_table(header, rows, (0.4, 0.3, 0.3), width),
        ]
    return out


def _signed(data: CounterpartSheetData) -> list[Flowable]:
    s = st.styles()
    issued = translate("CounterpartSheet", "Issued by {office}").format(office=data.office.name)
    note = both.translate(
        "CounterpartSheet",
        "Prepared for the counterpart: only what the office may share is included; "
        "relatives appear only with their consent.",
    )
    # Who issued the copy and what it holds go together: the note alone on a last page read
    # as a stray line.
    return [gap(4), KeepTogether([Paragraph(esc(issued), s.body), nothing(note)])]


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
        KeepTogether(
            [
                section(both.translate("CaseSheet", "Identity")),
                fact_grid(data.identity, width, label_share=0.25 if bilingual() else 0.2),
            ]
        ),
        KeepTogether(
            [
                section(data.details_title),
                fact_grid(data.details, width, label_share=0.25 if bilingual() else 0.2),
            ]
        ),
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
        both.translate("CaseSheet", DOCUMENT),
        today=data.today,
        generated_by="",
    )
