"""The shipment manifest: every parcel handed over, with totals and signature lines.

It travels with the parcels and comes back signed as the receipt, so it names the channel,
the handover date, who hands over and who receives (blank lines when not yet recorded).
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

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

DOCUMENT = "Shipment manifest"


def parcels(count: int) -> str:
    return f"{count} parcel" if count == 1 else f"{count} parcels"


def total_weight(data: ManifestData) -> str:
    text = f"{data.total_weight_grams / 1000:.2f} kg"
    if data.unweighed:
        text += f" ({parcels(data.unweighed)} not weighed)"
    return text


HEADER = (
    "No.",
    "Parcel no.",
    "Case no.",
    "Recipient",
    "Place of detention",
    "Contents",
    "Weight",
)
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
    head = [(h, s.head.fontName, s.head.fontSize) for h in HEADER]
    cell_font, size = s.cell.fontName, s.cell.fontSize
    numbers = [(p.parcel_number, cell_font, size) for p in data.parcels]
    numbers += [(f"seal {p.seal_number}", cell_font, SEAL_SIZE) for p in data.parcels]
    fixed = [
        _fitted([head[0], (str(len(data.parcels)), cell_font, size)], 0.08 * width),
        _fitted([head[1], *numbers], 0.24 * width),
        _fitted([head[2], *((p.case_number, cell_font, size) for p in data.parcels)], 0.2 * width),
    ]
    weight = _fitted([head[6], ("00.00 kg", cell_font, size)], 0.12 * width)
    rest = width - sum(fixed) - weight
    return [*fixed, *(rest * share for share in WRAPPING), weight]


def _number_cell(entry: ParcelEntry, width: float) -> Paragraph:
    s = st.styles()
    size = unbroken_size(entry.parcel_number, width, s.cell)
    text = f"<font size='{size:.2f}'>{esc(entry.parcel_number)}</font>"
    if entry.seal_number:
        seal = f"seal {entry.seal_number}"
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
    total = f"Total: {parcels(data.total_count)}"
    if data.unweighed:
        total += f" ({parcels(data.unweighed)} not weighed)"
    weight = f"{data.total_weight_grams / 1000:.2f} kg"
    rows.append(["", Paragraph(esc(total), s.cell_bold), "", "", "", "", weight])
    fractions = [w / width for w in widths]
    return data_table(
        HEADER, rows, fractions, width, *TOTAL_ROW, ("SPAN", (1, -1), (5, -1)), right=(0, 6)
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
            Paragraph(f"Name: {esc(name) if name else line}", s.body),
            gap(1.5),
            Paragraph(f"Organisation: {esc(org) if org else line}", s.body),
            gap(7),
            Paragraph("Signature: " + "_" * 31, s.body),
            gap(4),
            Paragraph("Date: " + "_" * 16, s.body),
        ]

    table = Table(
        [[block("Handed over by", *handing), block("Received by", *receiving)]],
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
        ("Channel", data.channel),
        ("Handover date", day(data.handover_on) or "not yet handed over"),
        ("Shipment status", data.status),
        ("Parcels", str(data.total_count)),
        ("Total weight", total_weight(data)),
        ("Printed", day(data.today)),
    ]
    story: list[Flowable] = [
        StartSheet(PageMark(f"Manifest {data.reference}")),
        Paragraph(f"Shipment manifest {esc(data.reference)}", s.title),
        fact_grid(facts, width),
        headed(
            "Parcels",
            _parcels(data, width) if data.parcels else nothing("The shipment holds no parcels."),
        ),
        gap(6),
        KeepTogether(
            [
                section("Handover"),
                Paragraph(
                    "We confirm the handing over and receipt of the parcels listed above.", s.body
                ),
                gap(2),
                _signatures(data, width),
            ]
        ),
    ]
    return story


def render_manifest(data: ManifestData, out: Output, *, generated_by: str) -> int:
    """Write the manifest of one shipment as a PDF to ``out``; returns its pages."""
    return office_pdf(
        out,
        manifest_story(data),
        data.office,
        DocInfo(
            f"Shipment manifest {data.reference}",
            data.office.name,
            f"{data.office.name} — manifest of shipment {data.reference} ({data.channel}): "
            f"{parcels(data.total_count)}; goes with the parcels, comes back signed",
        ),
        DOCUMENT,
        today=data.today,
        generated_by=generated_by,
    )
