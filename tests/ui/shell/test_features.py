"""Installing the features into the main window: the Cases page first, as the window's case
desk, then each feature in the order given, then the window's own menu entries and the layout
saved last time."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.cases_page import CasesPage
from ombuds_desk.ui.common.host import Host, MenuKey
from ombuds_desk.ui.shell.features import install_features
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.ui.helpers import wait_idle


@pytest.fixture
def bare_window(
    qtbot: QtBot, db: Database, caseworker: User, today: date, ui_settings: QSettings
) -> MainWindow:
    """The main window before any feature is installed."""
    main = MainWindow(db, caseworker, today_fn=lambda: today, settings=ui_settings)
    qtbot.addWidget(main)
    return main


def _visible_menus(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def test_without_features_the_window_has_only_the_cases_page(
    qtbot: QtBot, bare_window: MainWindow
) -> None:
    install_features(bare_window, features=())
    wait_idle(qtbot, bare_window)
    assert bare_window.pages.count() == 1
    page = bare_window.pages.widget(0)
    assert isinstance(page, CasesPage)
    assert bare_window.case_desk is page
    assert bare_window.pages.tabText(0) == "Cases"
    file_entries = [a.objectName() for a in bare_window.menus[MenuKey.FILE].actions()]
    assert file_entries[0] == "newCase" and file_entries[-1] == "quit"
    # Menus nobody filled stay out of the menu bar; Help is the window's own, always last.
    assert _visible_menus(bare_window) == ["&File", "&Case", "&View", "&Go", "&Help"]
    assert page.case_panel.tabs.count() == 5  # no feature added a tab to the case view


def test_features_come_after_the_cases_page_in_the_order_given(
    qtbot: QtBot, bare_window: MainWindow
) -> None:
    seen: list[tuple[str, object]] = []

    def workflow(host: Host) -> None:
        seen.append(("workflow", host.window()))
        host.add_page(QLabel("Черга"), "Черга")

    def mail(host: Host) -> None:
        assert isinstance(bare_window.case_desk, CasesPage)  # installed before any feature
        seen.append(("mail", host.window()))
        host.add_page(QLabel("Пошта"), "Пошта")
        entry = QAction("Журнал листів…", bare_window)
        entry.setObjectName("mailLog")
        host.menu(MenuKey.FILE).addAction(entry)
        host.menu(MenuKey.MAIL).addAction(QAction("Посилки…", bare_window))

    install_features(bare_window, features=(workflow, mail))
    wait_idle(qtbot, bare_window)
    assert seen == [("workflow", bare_window), ("mail", bare_window)]
    titles = [bare_window.pages.tabText(i) for i in range(bare_window.pages.count())]
    assert titles == ["Cases", "Черга", "Пошта"]
    file_entries = [a.objectName() for a in bare_window.menus[MenuKey.FILE].actions()]
    assert file_entries[-1] == "quit"  # the window's Quit stays last, after the features'
    assert file_entries.index("mailLog") < file_entries.index("quit")
    assert _visible_menus(bare_window) == ["&File", "&Case", "&View", "&Go", "&Mail", "&Help"]


def test_the_layout_saved_last_time_comes_back(
    qtbot: QtBot, db: Database, caseworker: User, today: date, ui_settings: QSettings
) -> None:
    first = MainWindow(db, caseworker, today_fn=lambda: today, settings=ui_settings)
    qtbot.addWidget(first)
    install_features(first, features=())
    assert (first.width(), first.height()) == (1400, 850)  # nothing saved yet
    first.show()
    qtbot.waitExposed(first)
    first.resize(1400, 600)  # (the offscreen screen is 800 high: a taller one would shrink)
    qtbot.waitUntil(lambda: first.height() == 600)
    wait_idle(qtbot, first)
    first.close()

    again = MainWindow(db, caseworker, today_fn=lambda: today, settings=ui_settings)
    qtbot.addWidget(again)
    install_features(again, features=())
    wait_idle(qtbot, again)
    assert again.height() == 600
