"""Text stays readable on a dark system palette: hints, problems and set-aside rows take
their colour from the palette in use, contrasting with the window (at least 4.5 : 1)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.case_panel import CasePanel
from ombuds_desk.ui.cases.person_dialog import PersonDialog
from ombuds_desk.ui.common.dialog_parts import problem_label
from ombuds_desk.ui.common.form_fields import ValidatedLine
from ombuds_desk.ui.common.palette import (
    MIN_CONTRAST,
    contrast,
    deferred_text,
    is_dark,
    muted_text,
    problem_text,
)
from tests.services.helpers import id_of, register
from tests.ui.hosting import BareHost

DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.Mid: "#3a3a3a",
    QPalette.ColorRole.Dark: "#202020",
}


def _dark_palette() -> QPalette:
    palette = QPalette(QApplication.palette())
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QPalette]:
    """The application on a dark palette for one test."""
    before = QPalette(qapp.palette())
    palette = _dark_palette()
    qapp.setPalette(palette)
    yield palette
    qapp.setPalette(before)


def _text_colour(label: QLabel) -> QColor:
    label.ensurePolished()
    return label.palette().color(label.foregroundRole())


def _readable(label: QLabel, window: QColor) -> float:
    ratio = contrast(_text_colour(label), window)
    assert ratio >= MIN_CONTRAST, (label.objectName() or label.text(), ratio)
    return ratio


def test_quiet_and_problem_colours_contrast_on_light_and_dark_palettes(qapp: QApplication) -> None:
    for palette in (QPalette(qapp.palette()), _dark_palette()):
        window = palette.color(QPalette.ColorRole.Window)
        base = palette.color(QPalette.ColorRole.Base)
        assert contrast(muted_text(palette), window) >= MIN_CONTRAST
        assert contrast(problem_text(palette), window) >= MIN_CONTRAST
        assert contrast(deferred_text(palette), base) >= MIN_CONTRAST
        # Quieter than the text itself, or it would not be a hint.
        text = palette.color(QPalette.ColorRole.WindowText)
        assert contrast(muted_text(palette), window) < contrast(text, window)
    assert is_dark(_dark_palette()) and not is_dark(QPalette(QColor("#efefef")))


def test_form_hints_and_problems_are_readable_on_a_dark_palette(
    qtbot: QtBot, dark: QPalette, host: BareHost
) -> None:
    window = dark.color(QPalette.ColorRole.Window)
    holder = QWidget()
    qtbot.addWidget(holder)
    problem = problem_label(holder, "problem")
    problem.setText("Прізвище is required")
    line = ValidatedLine("phone", holder)
    line.set_problem("Phone may hold only digits")
    _readable(problem, window)
    _readable(line.problem_label, window)
    assert _text_colour(problem).name() == problem_text(dark).name()  # the style sheet's
    # The old red on this window: why a fixed colour would not do.
    assert contrast(QColor("#b00020"), window) < MIN_CONTRAST

    dialog = PersonDialog(host, parent=host)
    qtbot.addWidget(dialog)
    hints = [w for w in dialog.findChildren(QLabel) if "required" in w.text()]
    assert hints
    for hint in hints:
        _readable(hint, window)


def test_the_case_view_quiet_lines_are_readable_on_a_dark_palette(
    qtbot: QtBot, dark: QPalette, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    window = dark.color(QPalette.ColorRole.Window)
    person = register(db, caseworker, today, family_name="Ґудзь", given_name="Євген")
    panel = CasePanel(host, host=host)
    qtbot.addWidget(panel)
    panel.show_case(host.select_case(id_of(person)))
    assert _text_colour(panel.latin_name).name() == muted_text(dark).name()
    ratios = [
        _readable(panel.case_number, window),
        _readable(panel.latin_name, window),
    ]
    # The facts not filled in ("—") are quiet too, and still readable.
    empty = [w for w in panel.findChildren(QLabel) if w.text() == "—" and w.styleSheet()]
    assert empty
    ratios += [_readable(w, window) for w in empty]
    assert min(ratios) >= MIN_CONTRAST
