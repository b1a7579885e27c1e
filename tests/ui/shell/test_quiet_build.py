"""The first window is built and shown with the application's naming and fitting filters set
aside (``ui/shell/quiet_build.py``): once it has painted, its controls have their accessible
names all the same, and both filters are back for every widget and dialog shown after."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.commands.gui import window_opener
from ombuds_desk.demo import builder
from ombuds_desk.store.database import open_database
from ombuds_desk.ui.common.accessibility import (
    accessible_name,
    install_accessible_names,
    unnamed_controls,
)
from ombuds_desk.ui.common.screen_fit import SCROLLED, install_screen_fit
from ombuds_desk.ui.shell.app import open_window
from ombuds_desk.ui.shell.start import Start
from tests.ui.access.test_screen_fit import _long_form
from tests.ui.helpers import wait_idle


def test_the_first_window_is_named_after_its_paint_and_the_filters_come_back(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, ui_settings: QSettings
) -> None:
    install_accessible_names(qapp)
    install_screen_fit(qapp)
    path = tmp_path / "demo.sqlite3"
    demo_db = open_database(f"sqlite:///{path}", demo=True)
    builder.build_demo(demo_db, persons=30, seed=7)
    demo_db.dispose()
    started = Start(f"sqlite:///{path}", window_opener(True), "", ui_settings).run()
    assert started is not None
    main = open_window(started, settings=ui_settings)
    qtbot.addWidget(main)
    try:
        # Shown, not painted yet: the naming filter was off while the window was built.
        assert unnamed_controls(main) != []
        # After the first paint: every control of the window named, as the filter would have.
        qtbot.waitUntil(lambda: unnamed_controls(main) == [])
        wait_idle(qtbot, main)
        # The naming filter is back: a control shown from now on is named as it shows.
        later = QWidget()
        qtbot.addWidget(later)
        search = QLineEdit(later)
        search.setPlaceholderText("Пошук за прізвищем")
        QVBoxLayout(later).addWidget(search)
        later.show()
        qtbot.waitExposed(later)
        assert accessible_name(search) == "Пошук за прізвищем"
        # So is the fitting filter: a dialog taller than the screen scrolls its form.
        room = qapp.primaryScreen().availableGeometry()
        dialog, _buttons = _long_form(80)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: dialog.height() <= room.height())
        assert isinstance(dialog.findChild(QScrollArea, SCROLLED), QScrollArea)
        dialog.hide()
    finally:
        main.close()
        started.db.dispose()
