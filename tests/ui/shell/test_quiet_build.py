"""The first window is built and shown with the application's naming and fitting filters set
aside (``ui/shell/quiet_build.py``): once it has painted, its controls have their accessible
names all the same, and both filters are back for every widget and dialog shown after. And
what else the first window is shown without (a real ``ombuds-desk --demo`` process)."""

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
from tests.ui.shell.demo_process import what_the_window_saw


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
        # The frame shows first; its pages are made after its first paint, the naming filter
        # still off. Once the window is ready: every control of the window named, as the
        # filter would have.
        with qtbot.waitSignal(main.ready, timeout=60_000):
            pass
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


# At the first window's show(): whether the Mail tab's module is imported and which Qt
# classes PySide has made (each with its Python enums); then the process ends.
WINDOW = """
import json, os, sys
from PySide6.QtWidgets import QWidget

original_show = QWidget.show

def show(self):
    original_show(self)
    if type(self).__name__ == "MainWindow":
        import PySide6.QtWidgets as widgets
        made = sorted(n for n, v in vars(widgets).items() if isinstance(v, type))
        print(json.dumps({"mail_tab": "ombuds_desk.ui.mail.mail_tab" in sys.modules,
                          "made": made}), flush=True)
        os._exit(0)

QWidget.show = show
from ombuds_desk.cli import main
sys.exit(main(["--demo", "--db", sys.argv[1]]))
"""


def test_the_first_window_makes_no_mail_tab_and_no_qstyle(tmp_path: Path) -> None:
    """What the start does without: the Mail tab's module (made when first brought forward)
    and QStyle's enums (the row markers' icons are made with the first marked rows)."""
    seen = what_the_window_saw(WINDOW, tmp_path)
    assert seen["mail_tab"] is False
    assert "QStyle" not in seen["made"]
    assert "QStackedWidget" in seen["made"]  # what the window's frame does make is listed
