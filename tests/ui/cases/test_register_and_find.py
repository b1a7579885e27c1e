"""Keyboard only: register a person (Ctrl+N … Enter), find them by a spelling variant, change
their status and see it in the history and in the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.enums import CaseStatus
from ombuds_desk.ui.cases.person_dialog import PersonDialog
from ombuds_desk.ui.cases.person_model import COLUMNS
from ombuds_desk.ui.cases.status_dialog import StatusDialog
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.ui.helpers import cases_page, focused, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _tab(qtbot: QtBot) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def _column(title: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.title == title)


def test_register_find_and_change_status_from_the_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = cases_page(window)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(page.cases.dialog, PersonDialog))
    dialog = page.cases.dialog
    assert isinstance(dialog, PersonDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert isinstance(focused(), QComboBox)  # the category comes first
    _tab(qtbot)
    type_text(qtbot, focused(), "Пʼятницький")
    _tab(qtbot)
    type_text(qtbot, focused(), "Юрій")
    _tab(qtbot)
    type_text(qtbot, focused(), "Григорович")
    assert dialog.lines["family_name_latin"].text() == "Piatnitskii"  # ICAO 9303
    assert dialog.lines["given_name_latin"].text() == "Iurii"
    for _ in range(4):  # past the three Latin names to the date of birth
        _tab(qtbot)
    assert focused() is dialog.lines["date_of_birth"].edit
    type_text(qtbot, focused(), "03.1985")
    _tab(qtbot)
    _tab(qtbot)
    type_text(qtbot, focused(), "Україна")
    assert dialog.save_button.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.saved_id is not None

    # The list shows the new case, selected, and the case view shows it.
    qtbot.waitUntil(lambda: page.details is not None and page.details.id == dialog.saved_id)
    assert page.case_panel.name.text() == "Пʼятницький Юрій Григорович"
    assert page.details is not None
    assert page.details.facts["date_of_birth"] == "03.1985"

    # Ctrl+F, then a transliteration variant narrows the list to them. (Offscreen, no window
    # manager gives the main window back its activation when the dialog closes.)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    search = focused()
    assert isinstance(search, QLineEdit) and search is page.filter_panel.search
    with qtbot.waitSignal(page.model.count_changed):
        type_text(qtbot, search, "pyatnytsk")
    assert page.model.rowCount() == 1
    assert page.model.index(0, _column("Latin name")).data() == "Piatnitskii Iurii Grigorovich"
    assert page.filter_panel.count_label.text() == "1 case"

    # Select the row from the keyboard and change the status (Ctrl+Shift+S … Enter).
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: page.table.current_person_id() == dialog.saved_id)
    qtbot.keyClick(page.table, Qt.Key.Key_S, CTRL | SHIFT)
    qtbot.waitUntil(lambda: isinstance(page.cases.dialog, StatusDialog))
    status_dialog = page.cases.dialog
    assert isinstance(status_dialog, StatusDialog)
    qtbot.waitUntil(status_dialog.isActiveWindow)
    assert status_dialog.chosen_status() is CaseStatus.CONFIRMED
    _tab(qtbot)  # to the reason; the date stays today
    type_text(qtbot, focused(), "Confirmed by ICRC")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not status_dialog.isVisible())

    status_column = _column("Status")
    qtbot.waitUntil(lambda: page.model.index(0, status_column).data() == "Confirmed")
    assert page.model.index(0, _column("Days")).data() == "0"
    history = page.case_panel.history_model
    assert history.rowCount() == 2
    assert history.index(0, 1).data() == "Registered → Confirmed"
    assert history.index(0, 2).data() == "Confirmed by ICRC"
    assert "Олег Бондар" in history.index(0, 3).data()
