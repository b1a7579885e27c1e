"""Parcel labels: a sheet of labels (2 × 4 to a page), one per parcel.

Each label carries a QR code of the parcel number, the parcel number in text, the case and
seal numbers, the recipient's name as written (Cyrillic) and in Latin, the date of birth
and ICRC number that tell two people of one name apart, the destination (place of
detention and country) and the sender office. A missing place or country is printed as
such, in the alert colour, never as a blank line (the window and the command warn before
printing: ``LabelSheet.incomplete``). The grid fills the whole page like common A4 label
stock (105 × 74 mm labels); text keeps clear of the unprintable edge. ``first_position``
starts on a partly used sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    FrameBreak,
    KeepInFrame,
    PageTemplate,
    Spacer,
    Table,
)
from reportlab.platypus.frames import Frame

from ombuds_desk.domain.i18n import translate
from ombuds_desk.reports import styles as st
from ombuds_desk.reports.blocks import esc
from ombuds_desk.reports.fast_text import Paragraph
from ombuds_desk.reports.page import DocInfo, Output, build_pdf
from ombuds_desk.services.printing.labels import LabelEntry, LabelSheet
from ombuds_desk.services.printing.languages import both, counted

COLUMNS = 2
ROWS = 4
PER_PAGE = COLUMNS * ROWS
QR_SIZE = 30 * mm
PAD = 6 * mm


def label_template(paper: str) -> PageTemplate:
    """One frame per label, left to right and top to bottom."""
    width, height = st.page_size(paper)
    w, h = width / COLUMNS, height / ROWS
    frames = [
        Frame(
            col * w,
            height - (row + 1) * h,
            w,
            h,
            leftPadding=PAD,
            rightPadding=PAD,
            topPadding=PAD,
            bottomPadding=PAD,
            id=f"label{row * COLUMNS + col}",
        )
        for row in range(ROWS)
        for col in range(COLUMNS)
    ]
    return PageTemplate(id="labels", frames=frames, onPage=_cut_lines)


def _cut_lines(canvas: Canvas, doc: object) -> None:
    """Faint dotted lines between labels, for cutting when printed on plain paper."""
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setStrokeColor(st.RULE)
    canvas.setLineWidth(0.3)
    canvas.setDash(1, 3)
    for col in range(1, COLUMNS):
        canvas.line(col * width / COLUMNS, 0, col * width / COLUMNS, height)
    for row in range(1, ROWS):
        canvas.line(0, row * height / ROWS, width, row * height / ROWS)
    canvas.restoreState()


def qr_code(value: str, size: float = QR_SIZE) -> Drawing:
    """A QR code of ``value`` (error correction M), ``size`` square, quiet zone included."""
    widget = QrCodeWidget(value, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    # The renderer sets the drawing's font even when it draws no text; keep it DejaVu.
    drawing.initialFontName = st.FONT
    return drawing


@dataclass(frozen=True)
class _Styles:
    number: ParagraphStyle
    name: ParagraphStyle
    text: ParagraphStyle
    small: ParagraphStyle
    missing: ParagraphStyle
    missing_small: ParagraphStyle


@cache
def _styles() -> _Styles:
    s = st.styles()
    small = ParagraphStyle("label_small", parent=s.body, fontSize=8.5, leading=10.5)
    return _Styles(
        number=s.label_name,
        name=ParagraphStyle("label_person", parent=s.label_name, fontSize=12, leading=14.5),
        text=s.label_text,
        small=small,
        missing=ParagraphStyle(
            "label_missing", parent=s.label_text, fontName=st.FONT_BOLD, textColor=st.ALERT
        ),
        missing_small=ParagraphStyle("label_missing_small", parent=small, textColor=st.ALERT),
    )


def _identity(entry: LabelEntry) -> list[str]:
    """Seal, date of birth and ICRC number, a line each: what tells two parcels, and two
    people of one name, apart."""
    lines = [translate("Labels", "Case {number}").format(number=entry.case_number)]
    if entry.seal_number:
        lines.append(translate("Labels", "Seal {number}").format(number=entry.seal_number))
    if entry.date_of_birth:
        lines.append(translate("Labels", "Born {date}").format(date=entry.date_of_birth))
    if entry.icrc_number:
        lines.append(translate("Labels", "ICRC {number}").format(number=entry.icrc_number))
    if not (entry.date_of_birth or entry.icrc_number):
        lines.append(both.translate("Labels", "Date of birth, ICRC no. not recorded"))
    return lines


def _destination(entry: LabelEntry) -> list[Flowable]:
    s = _styles()
    lines: list[Flowable] = []
    to = translate("Labels", "To: {place}")
    if entry.place:
        lines.append(Paragraph(esc(to.format(place=entry.place)), s.text))
    else:
        missing = (
            both.translate("Labels", "PLACE OF DETENTION NOT RECORDED")
            if entry.captive
            else both.translate("Labels", "LOCATION NOT RECORDED")
        )
        lines.append(Paragraph(esc(to.format(place=missing)), s.missing))
    if entry.country:
        lines.append(Paragraph(f"<b>{esc(entry.country)}</b>", s.text))
    else:
        lines.append(
            Paragraph(esc(both.translate("Labels", "Country not recorded")), s.missing_small)
        )
    return lines


def _label(entry: LabelEntry, footer: str, width: float, height: float) -> Flowable:
    s = _styles()
    text: list[Flowable] = [
        Paragraph(f"<b>{esc(entry.parcel_number)}</b>", s.number),
        Paragraph(esc(entry.recipient), s.name),
    ]
    if entry.recipient_latin:
        text.append(Paragraph(esc(entry.recipient_latin), st.styles().muted))
    text.append(Paragraph("<br/>".join(esc(line) for line in _identity(entry)), s.small))
    body = Table([[qr_code(entry.parcel_number), text]], colWidths=[QR_SIZE + 2 * mm, None])
    body.setStyle(
        st.table_style(
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            header=False,
            zebra=False,
            rules=False,
        )
    )
    content = KeepInFrame(
        width,
        height,
        [body, *_destination(entry), Spacer(1, 1 * mm), Paragraph(esc(footer), s.small)],
        mode="shrink",
    )
    # A one-cell table as tall as the label centres the content vertically.
    box = Table([[content]], colWidths=[width], rowHeights=[height])
    box.setStyle(
        st.table_style(
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            header=False,
            zebra=False,
            rules=False,
        )
    )
    return box


def check_position(first_position: int) -> int:
    """``first_position`` if it is a label of the sheet (1–8), else ValueError."""
    if not 1 <= first_position <= PER_PAGE:
        raise ValueError(
            f"The first free label must be 1 to {PER_PAGE} (left to right, top to bottom); "
            f"{first_position} is not on the sheet."
        )
    return first_position


def label_story(data: LabelSheet, *, first_position: int = 1) -> list[Flowable]:
    width, height = st.page_size(data.office.paper_size)
    inner_w = width / COLUMNS - 2 * PAD
    inner_h = height / ROWS - 2 * PAD - 1  # a point of slack so the frame always fits it
    footer = translate("Labels", "From: {office} · {shipment}").format(
        office=data.office.name, shipment=data.title
    )
    skipped = check_position(first_position) - 1
    story: list[Flowable] = [FrameBreak() for _ in range(skipped)]
    for n, entry in enumerate(data.labels):
        if n:
            story.append(FrameBreak())
        story.append(_label(entry, footer, inner_w, inner_h))
    if not data.labels:
        story.append(Paragraph(esc(translate("Labels", "No parcels to label.")), st.styles().body))
    return story


def document_info(data: LabelSheet, first_position: int) -> DocInfo:
    count = len(data.labels)
    start = (
        translate("Labels", ", from label {position} of the first sheet").format(
            position=first_position
        )
        if first_position > 1
        else ""
    )
    subject = counted(count).translate(
        "Labels", "{office} — %n parcel labels ({shipment}){start}; personal data", None, 0
    )
    return DocInfo(
        translate("Labels", "Parcel labels — {shipment}").format(shipment=data.title),
        data.office.name,
        subject.format(office=data.office.name, shipment=data.title, start=start),
    )


def render_labels(data: LabelSheet, out: Output, *, first_position: int = 1) -> int:
    """Write the label sheet(s) as a PDF to ``out``; returns its pages.

    ``first_position`` (1–8, left to right, top to bottom) is the first free label on the
    first sheet; ValueError if it is not on the sheet.
    """
    return build_pdf(
        out,
        label_story(data, first_position=first_position),
        paper=data.office.paper_size,
        info=document_info(data, first_position),
        furniture=None,
        templates=[label_template(data.office.paper_size)],
    )
