"""The shipment manifest for the counterpart: the parcels, their totals and the receipt.

Lays out :class:`CounterpartManifestData` only (read from the allow-list), so it cannot name
a member of staff: the office hands over, and the people who sign write their own names.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

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
from ombuds_desk.reports.manifest import signature_boxes
from ombuds_desk.reports.page import (
    DocInfo,
    Output,
    PageMark,
    StartSheet,
    content_width,
    office_pdf,
)
from ombuds_desk.services.printing.counterpart_manifest import CounterpartManifestData

DOCUMENT = "Shipment manifest"
MARKING = "Counterpart version"


def _parcels_word(count: int) -> str:
    return f"{count} parcel" if count == 1 else f"{count} parcels"


def _weight(data: CounterpartManifestData) -> str:
    text = f"{data.total_weight_grams / 1000:.2f} kg"
    if data.unweighed:
        text += f" ({_parcels_word(data.unweighed)} not weighed)"
    return text


def _parcels(data: CounterpartManifestData, width: float) -> Flowable:
    s = st.styles()
    rows: list[list[object]] = []
    for n, p in enumerate(data.parcels, start=1):
        recipient = esc(p.recipient)
        if p.recipient_latin:
            recipient += f"<br/><font color='#59636e' size='7.5'>{esc(p.recipient_latin)}</font>"
        number = esc(p.parcel_number)
        if p.seal_number:
            number += f"<br/><font size='7.5'>seal {esc(p.seal_number)}</font>"
        rows.append(
            [
                str(n),
                Paragraph(number, s.cell),
                p.case_number,
                Paragraph(recipient, s.cell),
                p.place,
                p.items,
                grams(p.weight_grams),
            ]
        )
    rows.append(
        [
            "",
            Paragraph(esc(f"Total: {_parcels_word(len(data.parcels))}"), s.cell_bold),
            "",
            "",
            "",
            "",
            f"{data.total_weight_grams / 1000:.2f} kg",
        ]
    )
    header = ("No.", "Parcel no.", "Case no.", "Recipient", "Place", "Items", "Weight")
    fractions = (0.05, 0.18, 0.16, 0.21, 0.17, 0.13, 0.1)
    return data_table(
        header, rows, fractions, width, *TOTAL_ROW, ("SPAN", (1, -1), (5, -1)), right=(0, 6)
    )


def _signatures(data: CounterpartManifestData, width: float) -> Flowable:
    # The office hands over, not a named member of staff: the names are written by hand.
    return signature_boxes(width, ("", data.office.name), ("", data.received_org))


def counterpart_manifest_story(data: CounterpartManifestData) -> list[Flowable]:
    s = st.styles()
    width = content_width(data.office.paper_size)
    facts = [
        ("Channel", data.channel),
        ("Handover date", day(data.handover_on) or "not yet handed over"),
        ("Parcels", str(len(data.parcels))),
        ("Total weight", _weight(data)),
        ("From", data.office.name),
        ("Printed", day(data.today)),
    ]
    return [
        StartSheet(PageMark(f"Manifest {data.reference}", MARKING, strong=True)),
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


def render_counterpart_manifest(data: CounterpartManifestData, out: Output) -> int:
    """Write the counterpart's manifest of one shipment as a PDF; returns its pages."""
    return office_pdf(
        out,
        counterpart_manifest_story(data),
        data.office,
        DocInfo(
            f"Shipment manifest {data.reference} — counterpart version",
            data.office.name,
            f"{data.office.name} — manifest of shipment {data.reference}, counterpart version, "
            "to be handed to the other side with the parcels",
        ),
        DOCUMENT,
        today=data.today,
        generated_by="",
    )
