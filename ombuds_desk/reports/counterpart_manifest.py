"""The shipment manifest for the counterpart: the parcels, their totals and the receipt.

Lays out :class:`CounterpartManifestData` only (read from the allow-list), so it cannot name
a member of staff: the office hands over, and the people who sign write their own names.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

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
    nothing,
    section,
)
from ombuds_desk.reports.fast_text import Paragraph
from ombuds_desk.reports.manifest import (
    confirmation,
    kilograms,
    mark_title,
    no_parcels,
    parcels,
    seal_words,
    signature_boxes,
)
from ombuds_desk.reports.page import (
    DocInfo,
    Output,
    PageMark,
    StartSheet,
    content_width,
    office_pdf,
)
from ombuds_desk.services.printing.counterpart_manifest import CounterpartManifestData
from ombuds_desk.services.printing.languages import bilingual, both, counted

DOCUMENT = QT_TRANSLATE_NOOP("Manifest", "Shipment manifest")
MARKING = QT_TRANSLATE_NOOP("CounterpartSheet", "Counterpart version")


def _weight(data: CounterpartManifestData) -> str:
    text = kilograms(data.total_weight_grams)
    if data.unweighed:
        text += " " + counted(data.unweighed).translate("Manifest", "(%n not weighed)", None, 0)
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
            number += f"<br/><font size='7.5'>{esc(seal_words(p.seal_number))}</font>"
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
            Paragraph(
                esc(
                    translate("Manifest", "Total: {parcels}").format(
                        parcels=parcels(len(data.parcels))
                    )
                ),
                s.cell_bold,
            ),
            "",
            "",
            "",
            "",
            kilograms(data.total_weight_grams),
        ]
    )
    header = (
        both.translate("Manifest", "No."),
        both.translate("Manifest", "Parcel no."),
        both.translate("Manifest", "Case no."),
        both.translate("Manifest", "Recipient"),
        both.translate("Manifest", "Place"),
        both.translate("Manifest", "Items"),
        both.translate("Manifest", "Weight"),
    )
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
        (both.translate("Manifest", "Channel"), data.channel),
        (
            both.translate("Manifest", "Handover date"),
            day(data.handover_on) or both.translate("Manifest", "not yet handed over"),
        ),
        (both.translate("Manifest", "Parcels"), str(len(data.parcels))),
        (both.translate("Manifest", "Total weight"), _weight(data)),
        (both.translate("Manifest", "From"), data.office.name),
        (both.translate("Manifest", "Printed"), day(data.today)),
    ]
    title = translate("Manifest", "Shipment manifest {reference}")
    marking = both.translate("CounterpartSheet", MARKING)
    return [
        StartSheet(PageMark(mark_title(data.reference), marking, strong=True)),
        Paragraph(esc(title.format(reference=data.reference)), s.title),
        fact_grid(facts, width, label_share=0.25 if bilingual() else 0.2),
        section(both.translate("Manifest", "Parcels")),
        _parcels(data, width) if data.parcels else nothing(no_parcels()),
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


def render_counterpart_manifest(data: CounterpartManifestData, out: Output) -> int:
    """Write the counterpart's manifest of one shipment as a PDF; returns its pages."""
    return office_pdf(
        out,
        counterpart_manifest_story(data),
        data.office,
        DocInfo(
            translate("Manifest", "Shipment manifest {reference} — counterpart version").format(
                reference=data.reference
            ),
            data.office.name,
            translate(
                "Manifest",
                "{office} — manifest of shipment {reference}, counterpart version, "
                "to be handed to the other side with the parcels",
            ).format(office=data.office.name, reference=data.reference),
        ),
        both.translate("Manifest", DOCUMENT),
        today=data.today,
        generated_by="",
    )
