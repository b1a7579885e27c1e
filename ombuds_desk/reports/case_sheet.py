"""The case sheet: one person's case on paper, internal or for the counterpart.

:func:`case_sheet_story` builds the flowables of one sheet (the batch strings many of them
together); :func:`render_case_sheet` writes one sheet as a PDF. What the counterpart version
leaves out is already absent from its data (``services/report_data``); this module only
says so on the page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from ombuds_desk.reports import styles as st
from ombuds_desk.reports.blocks import (
    data_table,
    day,
    days,
    esc,
    fact_grid,
    gap,
    grams,
    nothing,
    para,
    section,
)
from ombuds_desk.reports.page import (
    DocInfo,
    Output,
    PageMark,
    StartSheet,
    content_width,
    office_pdf,
)
from ombuds_desk.services.printing import CaseSheetData, Count

DOCUMENT = "Case sheet"
COUNTERPART_MARKING = "Counterpart version"
INTERNAL_MARKING = "Internal version"
WITHHELD = (
    "Counterpart version: family contact details, internal notes and reviews are not included."
)


def sheet_mark(data: CaseSheetData) -> PageMark:
    if data.counterpart:
        return PageMark(f"Case {data.case_number}", COUNTERPART_MARKING, strong=True)
    return PageMark(f"Case {data.case_number}", INTERNAL_MARKING)


def _counts(counts: Sequence[Count]) -> str:
    return ", ".join(f"{c.label} {c.count}" for c in counts)


def _title(data: CaseSheetData) -> list[Flowable]:
    s = st.styles()
    lines: list[Flowable] = [Paragraph(esc(data.name), s.name)]
    if data.latin_name and data.latin_name != data.name:
        lines.append(Paragraph(esc(data.latin_name), s.subtitle))
    lines.append(
        Paragraph(
            f"{esc(data.category)} · case <b>{esc(data.case_number)}</b> · "
            f"caseworker {esc(data.assigned_to)}",
            s.body,
        )
    )
    return lines


def _status(data: CaseSheetData, width: float) -> Table:
    s = st.styles()
    since = f"since {day(data.status_since)} — {days(data.days_in_status)} in status"
    rows: list[list[Flowable | str]] = [
        [
            Paragraph("Current status", s.label),
            Paragraph(f"<b>{esc(data.status)}</b> {esc(since)}", s.body),
        ]
    ]
    if data.blocked:
        rows.append([Paragraph("Blocked", s.label), Paragraph(esc(data.blocked_reason), s.alert)])
    if data.blocked_note:
        rows.append([Paragraph("Blocking note", s.label), para(data.blocked_note, s.body)])
    if data.stalled:
        why = "blocked" if data.blocked else "no status change for too long"
        rows.append([Paragraph("Review", s.label), Paragraph(f"Stalled ({why})", s.alert)])
    table = Table(rows, colWidths=[width * 0.16, width * 0.84], hAlign="LEFT")
    edge = st.ALERT if data.stalled else st.ACCENT
    table.setStyle(
        st.table_style(
            ("BACKGROUND", (0, 0), (-1, -1), st.ALERT_FILL if data.stalled else st.HEAD_FILL),
            ("BOX", (0, 0), (-1, -1), 0.9, edge),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            header=False,
            zebra=False,
            rules=False,
        )
    )
    return table


def _contacts(data: CaseSheetData, width: float) -> list[Flowable]:
    out: list[Flowable] = [section("Family and contacts")]
    if not data.contacts:
        out.append(nothing("No relatives recorded."))
    elif data.counterpart:
        rows = [[c.name, c.relationship] for c in data.contacts]
        out.append(data_table(("Name", "Relationship"), rows, (0.5, 0.5), width))
        out.append(nothing("Contact details are withheld in the counterpart version."))
    else:
        # Both consents of each relative: to be contacted, to be named to the counterpart.
        rows = [
            [
                c.name,
                c.relationship,
                c.phone,
                c.email,
                c.address,
                f"Contact: {c.consent}\nShare: {c.share_consent}",
            ]
            for c in data.contacts
        ]
        header = ("Name", "Relationship", "Phone", "E-mail", "Address", "Consent")
        fractions = (0.16, 0.14, 0.17, 0.2, 0.17, 0.16)
        out.append(data_table(header, rows, fractions, width))
    return out


def _history(data: CaseSheetData, width: float) -> list[Flowable]:
    out: list[Flowable] = [section("Status history")]
    rows = []
    for h in data.history:
        change = h.to_status
        if h.from_status and h.from_status != h.to_status:
            change = f"{h.from_status} → {h.to_status}"
        rows.append([day(h.effective_on), h.event, change, h.reason, h.recorded_by])
    header = ("Date", "Event", "Status", "Reason", "Recorded by")
    out.append(data_table(header, rows, (0.12, 0.11, 0.27, 0.32, 0.18), width))
    return out


def _mail(data: CaseSheetData, width: float) -> list[Flowable]:
    s = st.styles()
    out: list[Flowable] = [section("Correspondence and parcels")]
    summary = f"<b>Correspondence items: {data.items_total}</b>"
    if data.items_by_status:
        summary += f" — {esc(_counts(data.items_by_status))}"
    out.append(Paragraph(summary, s.body))
    if data.latest_items:
        rows = [
            [day(i.on), f"{i.kind}, {i.direction.lower()}", i.author, i.status, i.description]
            for i in data.latest_items
        ]
        out += [
            gap(1),
            data_table(
                ("Date", "Item", "Author", "Status", "Description"),
                rows,
                (0.12, 0.22, 0.22, 0.11, 0.33),
                width,
            ),
        ]
    summary = f"<b>Parcels: {data.parcels_total}</b>"
    if data.parcels_by_status:
        summary += f" — {esc(_counts(data.parcels_by_status))}"
    out += [gap(2.5), Paragraph(summary, s.body)]
    if data.latest_parcels:
        rows = [
            [p.parcel_number, p.status, day(p.on), p.contents, grams(p.weight_grams)]
            for p in data.latest_parcels
        ]
        out += [
            gap(1),
            data_table(
                ("Parcel no.", "Status", "Date", "Contents", "Weight"),
                rows,
                (0.18, 0.12, 0.12, 0.46, 0.12),
                width,
                right=(4,),
            ),
        ]
    return out


def _notes(data: CaseSheetData, width: float) -> list[Flowable]:
    shown = len(data.latest_notes)
    title = "Latest notes" + (
        f" ({shown} of {data.notes_total})" if data.notes_total > shown else ""
    )
    if not data.latest_notes:
        return [section(title), nothing("No notes.")]
    rows = [
        [para(f"{n.created_at:%d.%m.%Y %H:%M}\n{n.author}", st.styles().cell_muted), para(n.text)]
        for n in data.latest_notes
    ]
    return [section(title), data_table(("Written", "Note"), rows, (0.2, 0.8), width)]


def _reviews(data: CaseSheetData, width: float) -> list[Flowable]:
    """The supervisors' reviews (internal version only: the data holds none otherwise); a case
    never reviewed has no section, so a short case keeps to one page."""
    shown = len(data.reviews)
    title = "Reviews" + (
        f" (latest {shown} of {data.reviews_total})" if data.reviews_total > shown else ""
    )
    if not data.reviews:
        return []
    return [section(title), *(para(words) for words in data.reviews)]


def case_sheet_story(
    data: CaseSheetData, *, on_start: Callable[[], None] | None = None
) -> list[Flowable]:
    """The flowables of one sheet, opening a new page count and header of its own."""
    width = content_width(data.office.paper_size)
    story: list[Flowable] = [StartSheet(sheet_mark(data), on_start), *_title(data), gap(2.5)]
    story.append(_status(data, width))
    story += [
        KeepTogether([section("Identity"), fact_grid(data.identity, width)]),
        KeepTogether(
            [
                section(data.details_title),
                fact_grid(data.details, width),
            ]
        ),
    ]
    story += _contacts(data, width)
    story += _history(data, width)
    story += _mail(data, width)
    if data.counterpart:
        story += [gap(6), nothing(WITHHELD)]
    else:
        story += _reviews(data, width)
        story += _notes(data, width)
    return story


def document_info(data: CaseSheetData) -> DocInfo:
    version = COUNTERPART_MARKING if data.counterpart else INTERNAL_MARKING
    return DocInfo(f"Case sheet {data.case_number}", data.office.name, version)


def render_case_sheet(data: CaseSheetData, out: Output, *, generated_by: str) -> int:
    """Write one case sheet as a PDF to ``out`` (path or binary stream); returns its pages."""
    return office_pdf(
        out,
        case_sheet_story(data),
        data.office,
        document_info(data),
        DOCUMENT,
        today=data.today,
        generated_by=generated_by,
    )
