"""Parcel labels: a sheet of labels (2 × 4 to a page), one per parcel.

Each label carries a QR code of the parcel number, the parcel number in text, the case
number, the recipient's name as written (Cyrillic) and in Latin, and where they are held.
The grid fills the whole page like common A4 label stock (105 × 74 mm labels); text keeps
clear of the unprintable edge. ``first_position`` starts on a partly used sheet.
"""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    FrameBreak,
    KeepInFrame,
    PageTemplate,
    Paragraph,
    Table,
)
from reportlab.platypus.frames import Frame

from ombuds_desk.reports import styles as st
from ombuds_desk.reports.blocks import esc
from ombuds_desk.reports.page import DocInfo, Output, build_pdf
from ombuds_desk.services.printing import LabelSheetData, ParcelEntry

COLUMNS = 2
ROWS = 4
PER_PAGE = COLUMNS * ROWS
QR_SIZE = 36 * mm
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


def _label(entry: ParcelEntry, footer: str, width: float, height: float) -> Flowable:
    s = st.styles()
    text: list[Flowable] = [
        Paragraph(f"<b>{esc(entry.parcel_number)}</b>", s.label_name),
        Paragraph(f"Case {esc(entry.case_number)}", s.label_text),
        Paragraph(esc(entry.recipient), s.label_name),
    ]
    if entry.recipient_latin:
        text.append(Paragraph(esc(entry.recipient_latin), s.muted))
    if entry.place:
        text.append(Paragraph(esc(entry.place), s.label_text))
    body = Table([[qr_code(entry.parcel_number), text]], colWidths=[QR_SIZE + 2 * mm, None])
    body.setStyle(
        st.table_style(
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            header=False,
            zebra=False,
            rules=False,
        )
    )
    content = KeepInFrame(width, height, [body, Paragraph(esc(footer), s.muted)], mode="shrink")
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


def label_story(data: LabelSheetData, *, first_position: int = 1) -> list[Flowable]:
    width, height = st.page_size(data.office.paper_size)
    inner_w = width / COLUMNS - 2 * PAD
    inner_h = height / ROWS - 2 * PAD - 1  # a point of slack so the frame always fits it
    footer = f"{data.office.name} · {data.title}"
    story: list[Flowable] = [FrameBreak() for _ in range(max(0, first_position - 1) % PER_PAGE)]
    for n, entry in enumerate(data.labels):
        if n:
            story.append(FrameBreak())
        story.append(_label(entry, footer, inner_w, inner_h))
    if not data.labels:
        story.append(Paragraph("No parcels to label.", st.styles().body))
    return story


def render_labels(data: LabelSheetData, out: Output, *, first_position: int = 1) -> int:
    """Write the label sheet(s) as a PDF to ``out``; returns its pages.

    ``first_position`` (1–8) is the first free label on the first sheet.
    """
    return build_pdf(
        out,
        label_story(data, first_position=first_position),
        paper=data.office.paper_size,
        info=DocInfo(f"Parcel labels — {data.title}", data.office.name),
        furniture=None,
        templates=[label_template(data.office.paper_size)],
    )
