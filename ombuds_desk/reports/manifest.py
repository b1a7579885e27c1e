"""The shipment manifest: every parcel handed over, with totals and signature lines.

It travels with the parcels and comes back signed as the receipt, so it names the channel,
the handover date, who hands over and who receives (blank lines when not yet recorded).
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Table

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.reports import styles as st
from ombuds_desk.reports.blocks import (
    TOTAL_ROW,
    data_table,
    day,
    esc,
    fact_grid,
    gap,
    grams,
    headed,
    nothing,
    section,
    unbroken,
    unbroken_size,
)
from ombuds_desk.reports.fast_text import Paragraph
from ombuds_desk.reports.hyphens import hyphenated, wrapping
from ombuds_desk.reports.page import (
    DocInfo,
    Output,
    PageMark,
    StartSheet,
    content_width,
    office_pdf,
)
from ombuds_desk.services.printing import ManifestData, ParcelEntry
from ombuds_desk.services.printing.languages import both, counted

DOCUMENT = QT_TRANSLATE_NOOP("Manifest", "Shipment manifest")


def parcels(count: int) -> str:
    return counted(count).translate("Manifest", "%n parcels", None, 0)


def kilograms(weight_grams: int) -> str:
    """A total weight: ``0.00 kg`` when nothing was weighed (a parcel's own: ``grams``)."""
    return grams(weight_grams)


def total_weight(data: ManifestData) -> str:
    text = kilograms(data.total_weight_grams)
    if data.unweighed:
        text += " " + counted(data.unweighed).translate("Manifest", "(%n not weighed)", None, 0)
    return text


def header() -> tuple[str, ...]:
    """The parcel table's column headings, in the document's language."""
    return (
        both.translate("Manifest", "No."),
        both.translate("Manifest", "Parcel no."),
        both.translate("Manifest", "Case no."),
        both.translate("Manifest", "Recipient"),
        both.translate("Manifest", "Place of detention"),
        both.translate("Manifest", "Contents"),
        both.translate("Manifest", "Weight"),
    )


def seal_words(number: str) -> str:
    return translate("Manifest", "seal {number}").format(number=number)


WRAPPING = (0.36, 0.32, 0.32)  # shares of what is left for recipient, place, contents
SEAL_SIZE = 7.5


def _fitted(texts: list[tuple[str, str, float]], cap: float) -> float:
    """The width of a column whose ``(text, font, size)`` must each stay on one line, at
    most ``cap`` (longer ones then shrink; see :func:`blocks.unbroken`)."""
    widest = max(stringWidth(text, font, size) for text, font, size in texts)
    # Some air beyond the padding: text extractors (pdftotext) then keep columns apart.
    return min(cap, widest + 2 * st.CELL_PAD + 8)


def column_widths(data: ManifestData, width: float) -> list[float]:
    """Number columns as wide as their longest number, so no parcel or case number wraps
    (a search of the PDF finds each whole); the rest shared by the text columns."""
    s = st.styles()
    head = [(h, s.head.fontName, s.head.fontSize) for h in header()]
    cell_font, size = s.cell.fontName, s.cell.fontSize
    numbers = [(p.parcel_number, cell_font, size) for p in data.parcels]
    numbers += [(seal_words(p.seal_number), cell_font, SEAL_SIZE) for p in data.parcels]
    fixed = [
        _fitted([head[0], (str(len(data.parcels)), cell_font, size)], 0.08 * width),
        _fitted([head[1], *numbers], 0.24 * width),
        _fitted([head[2], *((p.case_number, cell_font, size) for p in data.parcels)], 0.2 * width),
    ]
    weight = _fitted([head[6], (grams(99990), cell_font, size)], 0.12 * width)
    rest = width - sum(fixed) - weight
    return [*fixed, *(rest * share for share in WRAPPING), weight]


def _number_cell(entry: ParcelEntry, width: float) -> Paragraph:
    s = st.styles()
    size = unbroken_size(entry.parcel_number, width, s.cell)
    text = f"<font size='{size:.2f}'>{esc(entry.parcel_number)}</font>"
    if entry.seal_number:
        seal = seal_words(entry.seal_number)
        small = ParagraphStyle("seal", parent=s.cell, fontSize=SEAL_SIZE)
        text += f"<br/><font size='{unbroken_size(seal, width, small):.2f}'>{esc(seal)}</font>"
    return Paragraph(text, s.cell)


def _recipient_cell(entry: ParcelEntry, width: float) -> Paragraph:
    s = st.styles()
    room = width - 2 * st.CELL_PAD
    name = hyphenated(entry.recipient, s.cell.fontName, s.cell.fontSize, room)
    latin = hyphenated(entry.recipient_latin, s.cell.fontName, 7.5, room)
    text = esc(name)
    if latin:
        text += f"<br/><font color='#59636e' size='7.5'>{esc(latin)}</font>"
    return Paragraph(text, wrapping(s.cell, name + latin))


def _parcels(data: ManifestData, width: float) -> Flowable:
    s = st.styles()
    widths = column_widths(data, width)
    rows: list[list[object]] = []
    for n, p in enumerate(data.parcels, start=1):
        contents = "; ".join(part for part in (p.contents, p.items) if part)
        rows.append(
            [
                str(n),
                _number_cell(p, widths[1]),
                unbroken(p.case_number, widths[2]),
                _recipient_cell(p, widths[3]),
                p.place,
                contents,
                grams(p.weight_grams),
            ]
        )
    total = translate("Manifest", "Total: {parcels}").format(parcels=parcels(data.total_count))
    if data.unweighed:
        total += " " + counted(data.unweighed).translate("Manifest", "(%n not weighed)", None, 0)
    weight = kilograms(data.total_weight_grams)
    rows.append(["", Paragraph(esc(total), s.cell_bold), "", "", "", "", weight])
    fractions = [w / width for w in widths]
    return data_table(
        header(), rows, fractions, width, *TOTAL_ROW, ("SPAN", (1, -1), (5, -1)), right=(0, 6)
    )


def _signatures(data: ManifestData, width: float) -> Flowable:
    return signature_boxes(
        width,
        (data.handed_over_by, data.handed_over_org),
        (data.received_by, data.received_org),
    )


def signature_boxes(width: float, handing: tuple[str, str], receiving: tuple[str, str]) -> Flowable:
    """The two boxes a manifest is signed in at the handover: who hands over and who
    receives, each ``(name, organisation)``; an empty one is a line to fill in by hand."""
    s = st.styles()
    half = width / 2

    def block(role: str, name: str, org: str) -> list[Flowable]:
        line = "_" * 34
        return [
            Paragraph(f"<b>{esc(role)}</b>", s.body),
            gap(1),
            Paragraph(esc(both.translate("Manifest", "Name:")) + " " + (esc(name) or line), s.body),
            gap(1.5),
            Paragraph(
                esc(both.translate("Manifest", "Organisation:")) + " " + (esc(org) or line),
                s.body,
            ),
            gap(7),
            Paragraph(esc(both.translate("Manifest", "Signature:")) + " " + "_" * 24, s.body),
            gap(4),
            Paragraph(esc(both.translate("Manifest", "Date:")) + " " + "_" * 16, s.body),
        ]

    handed = both.translate("Manifest", "Handed over by")
    received = both.translate("Manifest", "Received by")
    table = Table(
        [[block(handed, *handing), block(received, *receiving)]],
        colWidths=[half, half],
        hAlign="LEFT",
    )
    table.setStyle(
        st.table_style(
            ("BOX", (0, 0), (0, 0), 0.6, st.RULE),
            ("BOX", (1, 0), (1, 0), 0.6, st.RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5 * mm),
            header=False,
            zebra=False,
        )
    )
    return table


def manifest_story(data: ManifestData) -> list[Flowable]:
    s = st.styles()
    width = content_width(data.office.paper_size)
    facts = [
        (both.translate("Manifest", "Channel"), data.channel),
        (
            both.translate("Manifest", "Handover date"),
            day(data.handover_on) or both.translate("Manifest", "not yet handed over"),
        ),
        (both.translate("Manifest", "Shipment status"), data.status),
        (both.translate("Manifest", "Parcels"), str(data.total_count)),
        (both.translate("Manifest", "Total weight"), total_weight(data)),
        (both.translate("Manifest", "Printed"), day(data.today)),
    ]
    title = translate("Manifest", "Shipment manifest {reference}")
    story: list[Flowable] = [
        StartSheet(PageMark(mark_title(data.reference))),
        Paragraph(esc(title.format(reference=data.reference)), s.title),
        fact_grid(facts, width),
        headed(
            both.translate("Manifest", "Parcels"),
            _parcels(data, width) if data.parcels else nothing(no_parcels()),
        ),
        gap(6),
        KeepTogether(
            [
                section(both.translate("Manifest", "Handover")),
                Paragraph(esc(confirmation()), s.body),
                gap(2),
                _signatures(data, width),
            ]
        ),
    ]
    return story


def mark_title(reference: str) -> str:
    return translate("Manifest", "Manifest {reference}").format(reference=reference)


def no_parcels() -> str:
    return both.translate("Manifest", "The shipment holds no parcels.")


def confirmation() -> str:
    return both.translate(
        "Manifest", "We confirm the handing over and receipt of the parcels listed above."
    )


def render_manifest(data: ManifestData, out: Output, *, generated_by: str) -> int:
    """Write the manifest of one shipment as a PDF to ``out``; returns its pages."""
    return office_pdf(
        out,
        manifest_story(data),
        data.office,
        DocInfo(
            translate("Manifest", "Shipment manifest {reference}").format(reference=data.reference),
            data.office.name,
            translate(
                "Manifest",
                "{office} — manifest of shipment {reference} ({channel}): {parcels}; "
                "goes with the parcels, comes back signed",
            ).format(
                office=data.office.name,
                reference=data.reference,
                channel=data.channel,
                parcels=parcels(data.total_count),
            ),
        ),
        translate("Manifest", DOCUMENT),
        today=data.today,
        generated_by=generated_by,
    )
