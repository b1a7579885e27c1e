"""The shipment manifest: every parcel handed over, with totals and signature lines.

It travels with the parcels and comes back signed as the receipt, so it names the channel,
the handover date, who hands over and who receives (blank lines when not yet recorded).
"""

from __future__ import annotations

from reportlab.lib.units import mm
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
    nothing,
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
from ombuds_desk.services.printing import ManifestData

DOCUMENT = "Shipment manifest"


def parcels(count: int) -> str:
    return f"{count} parcel" if count == 1 else f"{count} parcels"


def total_weight(data: ManifestData) -> str:
    text = f"{data.total_weight_grams / 1000:.2f} kg"
    if data.unweighed:
        text += f" ({parcels(data.unweighed)} not weighed)"
    return text


def _parcels(data: ManifestData, width: float) -> Flowable:
    s = st.styles()
    rows: list[list[object]] = []
    for n, p in enumerate(data.parcels, start=1):
        recipient = f"{esc(p.recipient)}"
        if p.recipient_latin:
            recipient += f"<br/><font color='#59636e' size='7.5'>{esc(p.recipient_latin)}</font>"
        contents = "; ".join(part for part in (p.contents, p.items) if part)
        seal = f"seal {p.seal_number}" if p.seal_number else ""
        number = Paragraph(
            esc(p.parcel_number) + (f"<br/><font size='7.5'>{esc(seal)}</font>" if seal else ""),
            s.cell,
        )
        rows.append(
            [
                str(n),
                number,
                p.case_number,
                Paragraph(recipient, s.cell),
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
    header = (
        "No.",
        "Parcel no.",
        "Case no.",
        "Recipient",
        "Place of detention",
        "Contents",
        "Weight",
    )
    fractions = (0.05, 0.16, 0.16, 0.2, 0.16, 0.17, 0.1)
    return data_table(
        header, rows, fractions, width, *TOTAL_ROW, ("SPAN", (1, -1), (5, -1)), right=(0, 6)
    )


def _signatures(data: ManifestData, width: float) -> Flowable:
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
        [
            [
                block("Handed over by", data.handed_over_by, data.handed_over_org),
                block("Received by", data.received_by, data.received_org),
            ]
        ],
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
        section("Parcels"),
        _parcels(data, width) if data.parcels else nothing("The shipment holds no parcels."),
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
        DocInfo(f"Shipment manifest {data.reference}", data.office.name),
        DOCUMENT,
        today=data.today,
        generated_by=generated_by,
    )
