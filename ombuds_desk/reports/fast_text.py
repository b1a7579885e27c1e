"""ReportLab's three hottest text paths in a case-sheet batch, made cheaper with the same
output, byte for byte (``tests/reports/test_fast_text.py`` compares them with ReportLab's own).

Measured on 600 case sheets (py-spy): parsing each paragraph's markup (an ``HTMLParser`` a
paragraph) took a tenth of the processor time, though two paragraphs in three repeat a text
already parsed (section headings, labels, statuses, consents); wrapping took a sixth, and a
paragraph in a table is wrapped at the same width two to eight times (the table measures it,
a heading keeps with it, the frame places it, the table draws it); and drawing the plain
strings of table cells a tenth, half of it measuring each string's width only to discard it
and building a text object for one line.

- :class:`Paragraph` remembers the parse of recent texts (per style) and hands each new
  paragraph its own copies of the fragments; and it wraps again only when the width changes.
- :class:`QuickStringCanvas` writes a one-line string straight into the page, the same
  operators ReportLab's ``drawString`` writes through a text object.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen import textobject
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import paragraph as rl_paragraph

# Texts whose parse is kept: a batch's recurring ones many times over (a sheet has about 20
# paragraphs, most repeating across sheets); a one-off text (a note) soon drops out.
PARSED_TEXTS = 4096


@lru_cache(maxsize=PARSED_TEXTS)
def _parsed(text: str, style: ParagraphStyle, case_sensitive: int) -> tuple[str, Any, list[Any]]:
    """ReportLab's parse of ``text`` in ``style`` (as ``Paragraph._setup`` does it): the
    cleaned text, the style and the fragments; never handed out without copying them. The
    cache holds the style itself, so a key's style cannot be another one's by reused id."""
    cleaned = rl_paragraph.cleanBlockQuotedText(text)
    parser = rl_paragraph.ParaParser()
    parser.caseSensitive = case_sensitive
    parsed_style, frags, bullet_frags = parser.parse(cleaned, style)
    if frags is None or bullet_frags:
        raise ValueError  # an error or a bullet: the caller parses it the usual way
    rl_paragraph.textTransformFrags(frags, parsed_style)
    return cleaned, parsed_style, frags


class Paragraph(rl_paragraph.Paragraph):
    """ReportLab's paragraph, parsed once per recurring text and wrapped once per width."""

    def _setup(self, text: Any, style: Any, bullet: Any, frags: Any, cleaner: Any) -> None:
        if frags is not None or bullet is not None or not isinstance(text, str):
            super()._setup(text, style, bullet, frags, cleaner)
            return
        try:
            cleaned, parsed_style, parsed = _parsed(text, style, self.caseSensitive)
        except ValueError:
            super()._setup(text, style, bullet, frags, cleaner)  # raises as it would
            return
        self.text = cleaned
        # Wrapping adds to the fragments and may replace them: every paragraph its own.
        self.frags = [frag.clone() for frag in parsed]
        self.style = parsed_style
        self.bulletText = None
        self.debug = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # The lines depend on the width alone (never on the height offered); the result
        # stands as long as the lines it was measured from are still this paragraph's.
        known = self.__dict__.get("_wrapped")
        lines = self.__dict__.get("blPara")
        if known is not None and known[0] == avail_width and known[1] is lines:
            return known[2]
        size = super().wrap(avail_width, avail_height)
        self._wrapped = (avail_width, self.__dict__.get("blPara"), size)
        return size


class QuickStringCanvas(Canvas):
    """A canvas whose plain left-aligned ``drawString`` skips the text object, and writes a
    string it has drawn before in the same font and size from what it wrote then."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # (font, size, leading, text) -> the operators showing it. A glyph keeps the subset
        # and code it got when the document first used it, so a text once split is written
        # the same way for the rest of the document: a batch's dates, statuses, headings
        # and labels recur on every sheet.
        self._shown: dict[tuple[str, float, float, str], str] = {}

    def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        if args or kwargs or not self.bottomup or textobject.rtlSupport:
            # A render mode, character or word spacing, a direction, shaping.
            super().drawString(x, y, text, *args, **kwargs)
            return
        key = (self._fontname, self._fontsize, self._leading, text)
        shown = self._shown.get(key)
        if shown is None:
            font = getFont(self._fontname)
            if not font._dynamicFont or not isinstance(text, str):
                super().drawString(x, y, text, *args, **kwargs)
                return
            shown = self._shown[key] = self._operators(font, text)
        self._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {shown} T* ET")

    def _operators(self, font: Any, text: str) -> str:
        """What setFont (via _formatText) and textLine write for ``text`` in a TrueType
        font, between the text origin and the line's end."""
        doc = self._doc
        sized = f"{fp_str(self._fontsize)} Tf {fp_str(self._leading)} TL"
        shown: list[str] = []
        subset_now = -1
        for subset, chunk in font.splitString(text, doc):
            if subset != subset_now:
                shown.append(f"{font.getSubsetInternalName(subset, doc)} {sized}")
                subset_now = subset
            shown.append(f"({self._escape(chunk)}) Tj")
        return " ".join(shown)
