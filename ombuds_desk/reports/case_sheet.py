"""The internal case sheet: one person's case on paper, for the office's own files.

:func:`case_sheet_story` builds the flowables of one sheet (the batch strings many of them
together); :func:`render_case_sheet` writes one sheet as a PDF. The counterpart's version has
its own data and layout (``counterpart_sheet.py``), built from the allow-list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.platypus import Flowable, KeepTogether, Table

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.reports import styles as st
from ombuds_desk.reports.blocks import (
    Headed,
    data_table,
    day,
    days,
    esc,
    fact_grid,
    gap,
    grams,
    headed,
    nothing,
    para,
    section,
    unbroken,
)
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
from ombuds_desk.services.printing import CaseSheetData, Count
from ombuds_desk.services.printing.languages import both

DOCUMENT = QT_TRANSLATE_NOOP("CaseSheet", "Case sheet")
INTERNAL_MARKING = QT_TRANSLATE_NOOP("CaseSheet", "Internal version")


def sheet_mark(data: CaseSheetData) -> PageMark:
    title = translate("CaseSheet", "Case {number}").format(number=data.case_number)
    return PageMark(title, both.translate("CaseSheet", INTERNAL_MARKING))


def _counts(counts: Sequence[Count]) -> str:
    return ", ".join(f"{c.label} {c.count}" for c in counts)


def cut(title: str, shown: int, total: int) -> str:
    """``title`` saying how much of a list is shown when it is cut: "… (latest 5 of 12)"."""
    if total <= shown:
        return title
    latest = translate("CaseSheet", "{title} (latest {shown} of {total})")
    return latest.format(title=title, shown=shown, total=total)


def _title(data: CaseSheetData) -> list[Flowable]:
    s = st.styles()
    lines: list[Flowable] = [Paragraph(esc(data.name), s.name)]
    if data.latin_name and data.latin_name != data.name:
        lines.append(Paragraph(esc(data.latin_name), s.subtitle))
    line = translate("CaseSheet", "{category} · case {number} · caseworker {name}")
    lines.append(
        Paragraph(
            line.format(
                category=esc(data.category),
                number=f"<b>{esc(data.case_number)}</b>",
                name=esc(data.assigned_to),
            ),
            s.body,
        )
    )
    return lines


def _status(data: CaseSheetData, width: float) -> Table:
    s = st.styles()
    since = translate("CaseSheet", "since {date} — {days} in status").format(
        date=day(data.status_since), days=days(data.days_in_status)
    )
    rows: list[list[Flowable | str]] = [
        [
            Paragraph(esc(translate("CaseSheet", "Current status")), s.label),
            Paragraph(f"<b>{esc(data.status)}</b> {esc(since)}", s.body),
        ]
    ]
    if data.blocked:
        rows.append(
            [
                Paragraph(esc(translate("CaseSheet", "Blocked")), s.label),
                Paragraph(esc(data.blocked_reason), s.alert),
            ]
        )
    if data.blocked_note:
        rows.append(
            [
                Paragraph(esc(translate("CaseSheet", "Blocking note")), s.label),
                para(data.blocked_note, s.body),
            ]
        )
    if data.stalled:
        why = (
            translate("CaseSheet", "Stalled (blocked)")
            if data.blocked
            else translate("CaseSheet", "Stalled (no status change for too long)")
        )
        rows.append(
            [
                Paragraph(esc(translate("CaseSheet", "Review")), s.label),
                Paragraph(esc(why), s.alert),
            ]
        )
    edge = st.ALERT if data.stalled else st.ACCENT
    return st.styled_table(
        rows,
        [width * 0.2, width * 0.8],
        ("BACKGROUND", (0, 0), (-1, -1), st.ALERT_FILL if data.stalled else st.HEAD_FILL),
        ("BOX", (0, 0), (-1, -1), 0.9, edge),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        header=False,
        zebra=False,
        rules=False,
    )


def _contacts(data: CaseSheetData, width: float) -> list[Flowable]:
    title = translate("CaseSheet", "Family and contacts")
    if not data.contacts:
        return [headed(title, nothing(translate("CaseSheet", "No relatives recorded.")))]
    header = (
        translate("CaseSheet", "Name"),
        translate("CaseSheet", "Relationship"),
        translate("CaseSheet", "Phone"),
        translate("CaseSheet", "E-mail"),
        translate("CaseSheet", "Address"),
        translate("CaseSheet", "Consent"),
    )
    consents = translate("CaseSheet", "Contact: {contact}\nShare: {share}")
    fractions = (0.16, 0.14, 0.17, 0.2, 0.17, 0.16)
    rows = [
        [
            c.name,
            c.relationship,
            unbroken(c.phone, width * fractions[2]),
            unbroken(c.email, width * fractions[3]),  # an address split in two is misread
            c.address,
            # Both consents of each relative: to be contacted, to be named to the counterpart.
            consents.format(contact=c.consent, share=c.share_consent),
        ]
        for c in data.contacts
    ]
    return [headed(title, data_table(header, rows, fractions, width))]


def _history(data: CaseSheetData, width: float) -> list[Flowable]:
    rows = []
    for h in data.history:
        change = h.to_status
        if h.from_status and h.from_status != h.to_status:
            change = f"{h.from_status} → {h.to_status}"
        rows.append([day(h.effective_on), h.event, change, h.reason, h.recorded_by])
    header = (
        translate("CaseSheet", "Date"),
        translate("CaseSheet", "Event"),
        translate("CaseSheet", "Status"),
        translate("CaseSheet", "Reason"),
        translate("CaseSheet", "Recorded by"),
    )
    table = data_table(header, rows, (0.12, 0.13, 0.27, 0.30, 0.18), width)
    return [headed(translate("CaseSheet", "Status history"), table)]


def _listed(shown: int, total: int) -> str:
    """What the table under a count shows: all of them, or the latest few."""
    if total > shown:
        latest = translate("CaseSheet", "Latest {shown} of {total}, newest first")
        return latest.format(shown=shown, total=total)
    return translate("CaseSheet", "All, newest first") if shown > 1 else ""


def _summary(title: str, total: int, counts: Sequence[Count], shown: int) -> Paragraph:
    text = f"<b>{esc(title)}: {total}</b>"
    if counts:
        text += f" — {esc(_counts(counts))}"
    listed = _listed(shown, total)
    if listed:
        text += f"<br/><font color='#59636e' size='8'>{esc(listed)}</font>"
    return Paragraph(text, st.styles().body)


def _mail(data: CaseSheetData, width: float) -> list[Flowable]:
    # The rows in the order of the date printed beside them (the service picks the latest
    # by when they were logged, which can differ from the day received or delivered).
    items = sorted(data.latest_items, key=lambda i: i.on, reverse=True)
    parcels = sorted(data.latest_parcels, key=lambda p: p.on, reverse=True)
    summary = _summary(
        translate("CaseSheet", "Correspondence items"),
        data.items_total,
        data.items_by_status,
        len(items),
    )
    first: Flowable = summary
    if items:
        rows = [
            [day(i.on), f"{i.kind}, {i.direction.lower()}", i.author, i.status, i.description]
            for i in items
        ]
        table = data_table(
            (
                translate("CaseSheet", "Date"),
                translate("CaseSheet", "Item"),
                translate("CaseSheet", "Author"),
                translate("CaseSheet", "Status"),
                translate("CaseSheet", "Description"),
            ),
            rows,
            (0.12, 0.22, 0.22, 0.11, 0.33),
            width,
        )
        first = Headed(summary, table, whole=True)
    out: list[Flowable] = [
        headed(translate("CaseSheet", "Correspondence and parcels"), first),
        gap(2.5),
    ]
    summary = _summary(
        translate("CaseSheet", "Parcels"), data.parcels_total, data.parcels_by_status, len(parcels)
    )
    if not parcels:
        return [*out, summary]
    fractions = (0.18, 0.12, 0.12, 0.46, 0.12)
    rows = [
        [
            unbroken(p.parcel_number, width * fractions[0]),
            p.status,
            day(p.on),
            p.contents,
            grams(p.weight_grams),
        ]
        for p in parcels
    ]
    header = (
        translate("CaseSheet", "Parcel no."),
        translate("CaseSheet", "Status"),
        translate("CaseSheet", "Date"),
        translate("CaseSheet", "Contents"),
        translate("CaseSheet", "Weight"),
    )
    table = data_table(header, rows, fractions, width, right=(4,))
    return [*out, Headed(summary, table, whole=True)]


def _notes(data: CaseSheetData, width: float) -> list[Flowable]:
    notes = sorted(data.latest_notes, key=lambda n: n.created_at, reverse=True)
    shown = len(notes)
    title = translate("CaseSheet", "Latest notes")
    if data.notes_total > shown:
        title = translate("CaseSheet", "Latest notes ({shown} of {total})").format(
            shown=shown, total=data.notes_total
        )
    if not notes:
        return [headed(title, nothing(translate("CaseSheet", "No notes.")))]
    rows = [
        [para(f"{n.created_at:%d.%m.%Y %H:%M}\n{n.author}", st.styles().cell_muted), para(n.text)]
        for n in notes
    ]
    header = (translate("CaseSheet", "Written"), translate("CaseSheet", "Note"))
    return [headed(title, data_table(header, rows, (0.2, 0.8), width))]


def _reviews(data: CaseSheetData, width: float) -> list[Flowable]:
    """The supervisors' reviews (internal version only: the data holds none otherwise); a case
    never reviewed has no section, so a short case keeps to one page."""
    if not data.reviews:
        return []
    title = cut(translate("CaseSheet", "Reviews"), len(data.reviews), data.reviews_total)
    first, *rest = (para(words) for words in data.reviews)
    return [headed(title, first), *rest]


def case_sheet_story(
    data: CaseSheetData, *, on_start: Callable[[], None] | None = None
) -> list[Flowable]:
    """The flowables of one sheet, opening a new page count and header of its own."""
    width = content_width(data.office.paper_size)
    story: list[Flowable] = [
        StartSheet(sheet_mark(data), on_start),
        CaseInfo(data.case_number, data.counterpart, data.office.name),
        *_title(data),
        gap(2.5),
    ]
    story.append(_status(data, width))
    story += [
        KeepTogether(
            [section(translate("CaseSheet", "Identity")), fact_grid(data.identity, width)]
        ),
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
    story += _reviews(data, width)
    story += _notes(data, width)
    return story


def document_info(data: CaseSheetData) -> DocInfo:
    """Title and subject naming the case and the version (``reports/metadata.py``)."""
    cases = [data.case_number]
    return DocInfo(
        case_sheet_title(cases, data.counterpart),
        data.office.name,
        case_sheet_subject(cases, data.counterpart, data.office.name),
    )


def render_case_sheet(data: CaseSheetData, out: Output, *, generated_by: str) -> int:
    """Write one case sheet as a PDF to ``out`` (path or binary stream); returns its pages."""
    return office_pdf(
        out,
        case_sheet_story(data),
        data.office,
        document_info(data),
        translate("CaseSheet", DOCUMENT),
        today=data.today,
        generated_by=generated_by,
    )
