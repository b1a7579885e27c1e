"""A dark window for those who need it: the Fusion style with a dark palette, chosen by
``OMBUDS_DESK_THEME=dark`` in the environment (or ``system``/``light``, the default: the
platform's own style and palette).

The colours the code sets itself (``ui/common/palette.py``) were made to stay readable on
a dark palette: tinted rows carry their own dark text, and muted and problem text are worked
out from the palette in use. The palette below keeps every text/background pair at the
WCAG body-text contrast (4.5:1), which ``tests/ui/access/test_dark_theme.py`` checks; its
``Dark`` and ``Mid`` shades are light enough to be read, since style sheets here use
``palette(dark)``/``palette(mid)`` for quiet text.

A few style sheets still name a text colour made for a light window (a deep red for a
problem, a deep green for "all is well") or a white field without a text colour;
:class:`DarkStyleSheets` puts their dark-window equivalents in when such a sheet is set, so
no screen needs to know about the theme.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from ombuds_desk.ui.common.app_filters import install_once

THEME_VARIABLE = "OMBUDS_DESK_THEME"
DARK = "dark"

_WINDOW = QColor("#2b2d30")
_BASE = QColor("#1e1f22")
_ALTERNATE = QColor("#26282b")
_TEXT = QColor("#e8e8e8")
_BUTTON = QColor("#3a3d41")
_HIGHLIGHT = QColor("#2f65ca")
_LINK = QColor("#8ab4f8")
_DISABLED_TEXT = QColor("#8c8c8c")
_TOOLTIP_BASE = QColor("#3c3f41")


def dark_palette() -> QPalette:
    """A dark palette: light text on near-black fields, a blue selection."""
    palette = QPalette()
    role = QPalette.ColorRole
    for name, colour in (
        (role.Window, _WINDOW),
        (role.WindowText, _TEXT),
        (role.Base, _BASE),
        (role.AlternateBase, _ALTERNATE),
        (role.ToolTipBase, _TOOLTIP_BASE),
        (role.ToolTipText, _TEXT),
        (role.PlaceholderText, _DISABLED_TEXT),
        (role.Text, _TEXT),
        (role.Button, _BUTTON),
        (role.ButtonText, _TEXT),
        (role.BrightText, QColor("#ff6b6b")),
        (role.Link, _LINK),
        (role.LinkVisited, QColor("#c58af9")),
        (role.Highlight, _HIGHLIGHT),
        (role.HighlightedText, QColor("#ffffff")),
        (role.Light, QColor("#4a4d51")),
        (role.Midlight, QColor("#3f4246")),
        # Style sheets here use palette(dark) and palette(mid) as quiet text: light enough.
        (role.Mid, QColor("#9a9a9a")),
        (role.Dark, QColor("#a8a8a8")),
        (role.Shadow, QColor("#000000")),
    ):
        palette.setColor(name, colour)
    disabled = QPalette.ColorGroup.Disabled
    for name in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, name, _DISABLED_TEXT)
    palette.setColor(disabled, role.Base, _WINDOW)
    return palette


# Text colours made for a light window, and what reads as the same on a dark one.
DARK_EQUIVALENTS: dict[str, str] = {
    "color: #b00020": "color: #ff8a80",  # a problem (form_fields.ERROR_STYLE)
    "color: #a4262c": "color: #ff8a80",  # a warning (label_dialog)
    "color: #2d6a2f": "color: #81c784",  # all is well (shipment_dialog)
    "color: #1b7a33": "color: #81c784",  # intact (data_locations_tab)
    "color: #202020": "color: #e8e8e8",  # the dashboard's figures
    "color: #505050": "color: #b0b0b0",  # the dashboard's captions
    "color: #9a6300": "color: #ffc46b",  # stalled figures
    "color: #a33a2a": "color: #ff8a80",  # blocked figures
}
_WHITE_FIELD = "background: white;"


def dark_style_sheet(sheet: str) -> str:
    """``sheet`` with its light-window text colours made readable on a dark window (a sheet
    with its own background keeps its colours: dark text on a light tint)."""
    if "background" not in sheet:
        for light, dark in DARK_EQUIVALENTS.items():
            sheet = sheet.replace(light, dark)
    if _WHITE_FIELD in sheet and "color:" not in sheet:
        sheet = sheet.replace(_WHITE_FIELD, f"{_WHITE_FIELD} color: #202020;")
    return sheet


class DarkStyleSheets(QObject):
    """Rewrites a widget's style sheet as it is set (see :func:`dark_style_sheet`)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange and isinstance(watched, QWidget):
            sheet = watched.styleSheet()
            if sheet:
                changed = dark_style_sheet(sheet)
                if changed != sheet:
                    watched.setStyleSheet(changed)
        return False


def chosen_theme(environ: dict[str, str] | None = None) -> str:
    """The theme asked for in the environment: ``dark``, or ``system``."""
    value = (environ if environ is not None else dict(os.environ)).get(THEME_VARIABLE, "")
    return DARK if value.strip().lower() == DARK else "system"


def apply_theme(app: QApplication, theme: str | None = None) -> bool:
    """Make ``app`` dark when the theme (else the environment) says so; True if it did."""
    if (theme or chosen_theme()) != DARK:
        return False
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    app.setPalette(dark_palette())
    install_once(app, DarkStyleSheets, "darkStyleSheets", DarkStyleSheets)
    return True
