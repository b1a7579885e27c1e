"""The one look of every printout: paper, margins, the bundled fonts, colours, text styles.

Every document takes its fonts, sizes and colours from here, so all printouts look like one
office's. The bundled DejaVu Sans (full Cyrillic, embedded as a subset) is the only font:
every paragraph style, every table and the canvas itself default to it, so no PDF falls back
to a base-14 font such as Helvetica.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Table, TableStyle
from reportlab.platypus.tables import CellStyle

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
}

PAPER_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}
MARGIN_X = 16 * mm
MARGIN_TOP = 25 * mm  # the header sits in the top margin
MARGIN_BOTTOM = 17 * mm  # the footer sits in the bottom margin

INK = colors.HexColor("#1b1f23")
MUTED = colors.HexColor("#59636e")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#9aa7b4")
HEAD_FILL = colors.HexColor("#e3ebf3")
ZEBRA = colors.HexColor("#f4f6f8")
ALERT = colors.HexColor("#a4262c")
ALERT_FILL = colors.HexColor("#fbeaea")

BODY_SIZE = 9
CELL_SIZE = 8.5
CELL_PAD = 3  # left and right padding of table cells, points


def font_dir() -> Path:
    """``resources/fonts`` of the source tree, or one installed beside the package."""
    here = Path(__file__).resolve()
    for base in (here.parents[2], here.parents[1]):
        candidate = base / "resources" / "fonts"
        if (candidate / _FONT_FILES[FONT]).is_file():
            return candidate
    raise FileNotFoundError("The bundled DejaVu fonts (resources/fonts) are missing.")


def register_fonts() -> None:
    """Register the bundled fonts with ReportLab once per process (idempotent)."""
    registered = pdfmetrics.getRegisteredFontNames()
    if all(name in registered for name in _FONT_FILES):
        return
    folder = font_dir()
    for name, file_name in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
    # <b> and <i> inside paragraphs pick the bold and oblique faces.
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )


def page_size(paper: str) -> tuple[float, float]:
    """The page size for the office's paper setting (``A4`` unless ``Letter``)."""
    return PAPER_SIZES.get(paper, A4)


@dataclass(frozen=True)
class Styles:
    """The named paragraph styles of every document."""

    body: ParagraphStyle
    muted: ParagraphStyle
    title: ParagraphStyle
    name: ParagraphStyle
    subtitle: ParagraphStyle
    section: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_right: ParagraphStyle
    head: ParagraphStyle
    label: ParagraphStyle
    alert: ParagraphStyle
    big_center: ParagraphStyle
    label_text: ParagraphStyle
    label_name: ParagraphStyle


def _style(name: str, parent: ParagraphStyle | None = None, **values: object) -> ParagraphStyle:
    base: dict[str, object] = {"fontName": FONT, "textColor": INK}
    if parent is None:
        base.update(fontSize=BODY_SIZE, leading=BODY_SIZE * 1.3)
    base.update(values)
    return ParagraphStyle(name, parent=parent, **base)


@cache
def styles() -> Styles:
    """The stylesheet, built once (fonts registered first)."""
    register_fonts()
    body = _style("body")
    cell = _style("cell", body, fontSize=CELL_SIZE, leading=CELL_SIZE * 1.25)
    return Styles(
        body=body,
        muted=_style("muted", body, textColor=MUTED, fontSize=8, leading=10),
        title=_style(
            "title",
            body,
            fontName=FONT_BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceAfter=1 * mm,
        ),
        name=_style("name", body, fontName=FONT_BOLD, fontSize=14, leading=18),
        subtitle=_style("subtitle", body, textColor=MUTED, fontSize=10, leading=13),
        section=_style(
            "section",
            body,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=13,
            textColor=ACCENT,
            spaceBefore=4 * mm,
            spaceAfter=1.5 * mm,
        ),
        cell=cell,
        cell_bold=_style("cell_bold", cell, fontName=FONT_BOLD),
        cell_muted=_style("cell_muted", cell, textColor=MUTED),
        cell_right=_style("cell_right", cell, alignment=TA_RIGHT),
        head=_style("head", cell, fontName=FONT_BOLD, textColor=ACCENT),
        label=_style("label", cell, textColor=MUTED),
        alert=_style("alert", body, fontName=FONT_BOLD, textColor=ALERT),
        big_center=_style(
            "big_center", body, fontName=FONT_BOLD, fontSize=12, leading=15, alignment=TA_CENTER
        ),
        label_text=_style("label_text", body, fontSize=10.5, leading=13.5),
        label_name=_style("label_name", body, fontName=FONT_BOLD, fontSize=13.5, leading=17),
    )


def table_style(
    *extra: tuple[object, ...], header: bool = True, zebra: bool = True, rules: bool = True
) -> TableStyle:
    """The grid every table uses: DejaVu throughout, a tinted header row, light rules."""
    return TableStyle(_CELLS + _grid(*extra, header=header, zebra=zebra, rules=rules))


# What table_style sets on every cell first: font, size, ink, top alignment, padding.
_CELLS: list[tuple[object, ...]] = [
    ("FONTNAME", (0, 0), (-1, -1), FONT),
    ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def _grid(
    *extra: tuple[object, ...], header: bool, zebra: bool, rules: bool
) -> list[tuple[object, ...]]:
    """table_style's commands after those of every cell."""
    commands: list[tuple[object, ...]] = []
    if rules:
        commands.append(("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE))
    if header:
        commands += [
            ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
            ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.75, ACCENT),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [None, ZEBRA]))
    commands += list(extra)
    return commands


@cache
def _styled_cell() -> type[CellStyle]:
    """A cell style whose defaults are what ``_CELLS`` sets (ReportLab applies them here once,
    to one cell)."""
    probe = Table([[""]])
    probe.setStyle(TableStyle(_CELLS))
    values = {k: v for k, v in vars(probe._cellStyles[0][0]).items() if k != "name"}
    return type("StyledCell", (CellStyle,), values)


def styled_table(
    rows: list[list[object]],
    widths: list[float],
    *extra: tuple[object, ...],
    header: bool = True,
    zebra: bool = True,
    rules: bool = True,
    repeat_rows: int = 0,
) -> Table:
    """A left-aligned table of ``rows`` in :func:`table_style` (the same look, the same PDF).

    ReportLab makes a style object per cell and then sets each of ``_CELLS``'s eight values
    on every cell, one command at a time: a tenth of a case sheet's layout. Here every cell
    starts with those values already; the other commands are applied as usual, after them.
    """
    cell = _styled_cell()
    styles = [[cell("") for _ in widths] for _ in rows]
    table = Table(rows, colWidths=widths, repeatRows=repeat_rows, hAlign="LEFT", cellStyles=styles)
    table.setStyle(TableStyle(_grid(*extra, header=header, zebra=zebra, rules=rules)))
    return table
