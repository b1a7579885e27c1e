"""A dark window for those who need it: the Fusion style with a dark palette, chosen by
``OMBUDS_DESK_THEME=dark`` in the environment (or ``system``/``light``, the default: the
platform's own style and palette).

The colours the code sets itself (``ui/common/palette.py``) were made to stay readable on
a dark palette: tinted rows carry their own dark text, and muted and problem text are worked
out from the palette in use. The palette below keeps every text/background pair at the
WCAG body-text contrast (4.5:1), which ``tests/ui/access/test_dark_theme.py`` checks.
"""

from __future__ import annotations

import os

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

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
        (role.Mid, QColor("#323437")),
        (role.Dark, QColor("#a0a0a0")),  # style sheets use palette(dark) as a muted text
        (role.Shadow, QColor("#000000")),
    ):
        palette.setColor(name, colour)
    disabled = QPalette.ColorGroup.Disabled
    for name in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, name, _DISABLED_TEXT)
    palette.setColor(disabled, role.Base, _WINDOW)
    return palette


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
    return True
