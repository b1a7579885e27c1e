"""The colours the window shares: rows tinted amber (stalled), pink (blocked or gone wrong) and
green (delivered) mean the same in every table, with dark text on a tinted row so it stays
readable on a dark system palette; and the text colours of hints, problems and deferred
rows, worked out from the palette in use (light or dark) so they always contrast with the
window (a ratio of at least :data:`MIN_CONTRAST`, the WCAG level for body text).

No text colour here is a fixed grey: a grey readable on white vanishes on a dark window,
and ``palette(dark)``/``palette(mid)`` in a style sheet are frame shades, not text colours
(on a dark palette they are nearly the window's own colour).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

STALLED_BACKGROUND = QColor("#ffe3a3")
BLOCKED_BACKGROUND = QColor("#f8c4b4")
DONE_BACKGROUND = QColor("#d4edc9")
DARK_TEXT = QColor("#202020")  # on the tints above, whatever the palette
DEFERRED_TEXT = QColor("#707070")  # on a light row only; muted_text() on the window's own
DUE_TEXT = QColor("#b00020")

MIN_CONTRAST = 4.5
_PROBLEM_ON_LIGHT = QColor("#b00020")
_PROBLEM_ON_DARK = QColor("#ff8a80")


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2): 0 for black, 1 for white."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """The contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """The window's colour is darker than its text (a dark system theme)."""
    used = _palette(palette)
    return luminance(used.color(QPalette.ColorRole.Window)) < luminance(
        used.color(QPalette.ColorRole.WindowText)
    )


def _mix(text: QColor, window: QColor, text_share: float) -> QColor:
    def blend(a: float, b: float) -> float:
        return a * text_share + b * (1 - text_share)

    return QColor.fromRgbF(
        blend(text.redF(), window.redF()),
        blend(text.greenF(), window.greenF()),
        blend(text.blueF(), window.blueF()),
    )


def muted_text(palette: QPalette | None = None) -> QColor:
    """A quieter text colour (hints, a case's Latin name, inactive rows): the palette's text
    moved towards the window colour, as far as the contrast allows."""
    used = _palette(palette)
    text, window = used.color(QPalette.ColorRole.WindowText), used.color(QPalette.ColorRole.Window)
    for share in (0.6, 0.7, 0.8, 0.9):
        colour = _mix(text, window, share)
        if contrast(colour, window) >= MIN_CONTRAST:
            return colour
    return text


def problem_text(palette: QPalette | None = None) -> QColor:
    """Red for what is wrong: a deep red on a light window, a light one on a dark window."""
    used = _palette(palette)
    window = used.color(QPalette.ColorRole.Window)
    red = _PROBLEM_ON_DARK if is_dark(used) else _PROBLEM_ON_LIGHT
    return (
        red if contrast(red, window) >= MIN_CONTRAST else used.color(QPalette.ColorRole.WindowText)
    )


def muted_style(palette: QPalette | None = None) -> str:
    return f"color: {muted_text(palette).name()};"


def problem_style(palette: QPalette | None = None) -> str:
    return f"color: {problem_text(palette).name()};"


def deferred_text(palette: QPalette | None = None) -> QColor:
    """The text of a row set aside (an inactive account, a value kept): quieter than the
    table's text, readable on the table's own background."""
    used = QPalette(_palette(palette))
    used.setColor(QPalette.ColorRole.WindowText, used.color(QPalette.ColorRole.Text))
    used.setColor(QPalette.ColorRole.Window, used.color(QPalette.ColorRole.Base))
    return muted_text(used)
