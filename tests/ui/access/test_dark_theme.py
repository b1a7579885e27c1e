"""The dark window (``OMBUDS_DESK_THEME=dark``): Fusion with a dark palette whose texts all
read at the WCAG body-text contrast, the colours the code sets (``ui/common/palette.py``)
readable on it, and the light-window text colours of style sheets replaced as they are set."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.common import palette as colours
from ombuds_desk.ui.common.dark_theme import (
    DarkStyleSheets,
    apply_theme,
    chosen_theme,
    dark_palette,
    dark_style_sheet,
)

ROLE = QPalette.ColorRole
PAIRS = [
    (ROLE.WindowText, ROLE.Window),
    (ROLE.Text, ROLE.Base),
    (ROLE.Text, ROLE.AlternateBase),
    (ROLE.ButtonText, ROLE.Button),
    (ROLE.HighlightedText, ROLE.Highlight),
    (ROLE.ToolTipText, ROLE.ToolTipBase),
    (ROLE.Link, ROLE.Base),
    (ROLE.Dark, ROLE.Window),  # palette(dark) as quiet text
    (ROLE.Mid, ROLE.Window),  # palette(mid) as quiet text
]


@pytest.mark.parametrize(("text", "ground"), PAIRS, ids=lambda r: r.name)
def test_every_text_of_the_dark_palette_reads(text: ROLE, ground: ROLE) -> None:
    used = dark_palette()
    assert colours.contrast(used.color(text), used.color(ground)) >= colours.MIN_CONTRAST


def test_the_replaced_colours_read_on_the_dark_window() -> None:
    from PySide6.QtGui import QColor

    from ombuds_desk.ui.common.dark_theme import DARK_EQUIVALENTS

    window = dark_palette().color(ROLE.Window)
    for light, dark in DARK_EQUIVALENTS.items():
        assert colours.contrast(QColor(dark.split()[-1]), window) >= colours.MIN_CONTRAST, light


def test_the_colours_the_code_sets_read_on_the_dark_palette() -> None:
    dark = dark_palette()
    assert colours.is_dark(dark)
    window, base = dark.color(ROLE.Window), dark.color(ROLE.Base)
    assert colours.contrast(colours.muted_text(dark), window) >= colours.MIN_CONTRAST
    assert colours.contrast(colours.problem_text(dark), window) >= colours.MIN_CONTRAST
    assert colours.contrast(colours.deferred_text(dark), base) >= colours.MIN_CONTRAST
    for tint in (colours.STALLED_BACKGROUND, colours.BLOCKED_BACKGROUND, colours.DONE_BACKGROUND):
        assert colours.contrast(colours.DARK_TEXT, tint) >= colours.MIN_CONTRAST


def test_the_theme_is_chosen_in_the_environment() -> None:
    assert chosen_theme({"OMBUDS_DESK_THEME": "dark"}) == "dark"
    assert chosen_theme({"OMBUDS_DESK_THEME": " Dark "}) == "dark"
    assert chosen_theme({"OMBUDS_DESK_THEME": "light"}) == "system"
    assert chosen_theme({}) == "system"


def test_light_window_text_colours_are_made_readable() -> None:
    assert dark_style_sheet("color: #b00020;") == "color: #ff8a80;"
    assert dark_style_sheet("border: 1px; background: white;") == (
        "border: 1px; background: white; color: #202020;"
    )
    assert (
        dark_style_sheet("font-size: 20pt; color: #202020;") == "font-size: 20pt; color: #e8e8e8;"
    )
    for tinted in ("background: #f8c4b4; color: #5a1000;", "background: #fff4ce; color: #202020;"):
        assert dark_style_sheet(tinted) == tinted  # dark text on its own light tint: kept


@pytest.fixture
def dark_app(qapp: QApplication) -> Iterator[QApplication]:
    """The application made dark, and made as it was afterwards (the next test's)."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    assert apply_theme(qapp, "dark")
    yield qapp
    for sheets in qapp.findChildren(DarkStyleSheets):
        qapp.removeEventFilter(sheets)
        sheets.setParent(None)
    qapp.setStyle(QStyleFactory.create(style))
    qapp.setPalette(palette)


def test_the_dark_window_is_fusion_with_its_palette_and_rewrites_style_sheets(
    qtbot: QtBot, dark_app: QApplication
) -> None:
    assert dark_app.style().name().lower() == "fusion"
    assert colours.is_dark()
    assert colours.contrast(colours.problem_text(), dark_palette().color(ROLE.Window)) >= 4.5
    label = QLabel("Помилка")
    qtbot.addWidget(label)
    label.setStyleSheet("color: #b00020;")
    assert label.styleSheet() == "color: #ff8a80;"


def test_the_system_theme_changes_nothing(qapp: QApplication) -> None:
    before = qapp.palette().color(ROLE.Window)
    assert apply_theme(qapp, "system") is False
    assert qapp.palette().color(ROLE.Window) == before
