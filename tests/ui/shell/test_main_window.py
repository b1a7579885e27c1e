"""The main window as a whole: title, demo banner, filters and their count, saved layout,
the Go menu."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category
from ombuds_desk.store.database import Database
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.ui.helpers import register_people


def test_title_names_database_and_user(window: MainWindow, db: Database) -> None:
    assert window.windowTitle() == f"Ombuds Desk — {db.display_name} — Олег Бондар"
    assert window.findChild(object, "demoBanner") is None
    assert window.details is None
    assert not window.actions_.edit_case.isEnabled()


def test_demo_database_says_so(
    qtbot: QtBot, db: Database, admin: User, today: date, ui_settings: QSettings
) -> None:
    db.demo = True
    main = MainWindow(db, admin, today_fn=lambda: today, settings=ui_settings)
    qtbot.addWidget(main)
    main.show()
    assert "DEMO" in main.windowTitle()
    banner = main.findChild(object, "demoBanner")
    assert banner is not None and banner.isVisible()
    assert "DEMO" in banner.text()


def test_filters_narrow_the_list_and_count_it(
    qtbot: QtBot, window: MainWindow, db: Database, caseworker: User, admin: User, today: date
) -> None:
    register_people(db, caseworker, 60, today)
    register_people(db, admin, 15, today)
    window.on_refresh_triggered()
    panel = window.filter_panel
    assert panel.count_label.text() == "75 cases"

    with qtbot.waitSignal(window.model.count_changed):
        panel.category.set_current(Category.EVACUEE)
    assert window.model.rowCount() == 25
    assert CaseStatus.LISTED_FOR_EXCHANGE.label not in [
        panel.status.itemText(i) for i in range(panel.status.count())
    ]
    with qtbot.waitSignal(window.model.count_changed):
        panel.blocked_only.setChecked(True)
    blocked = window.model.rowCount()
    assert 0 < blocked < 25
    panel.blocked_only.setChecked(False)
    panel.category.set_current(None)
    with qtbot.waitSignal(window.model.count_changed):
        panel.assigned_to_me.setChecked(True)
    assert panel.count_label.text() == "60 cases"
    with qtbot.waitSignal(window.model.count_changed):
        panel.stalled_only.setChecked(True)
    assert 0 < window.model.rowCount() < 60


def test_layout_is_saved_on_close(
    qtbot: QtBot, db: Database, caseworker: User, today: date, ui_settings: QSettings
) -> None:
    main = MainWindow(db, caseworker, today_fn=lambda: today, settings=ui_settings)
    qtbot.addWidget(main)
    main.show()
    main.table.setColumnWidth(1, 321)
    main.close()
    assert ui_settings.contains("main/geometry")
    assert ui_settings.contains("main/splitter")
    again = MainWindow(db, caseworker, today_fn=lambda: today, settings=ui_settings)
    qtbot.addWidget(again)
    assert again.table.columnWidth(1) == 321


def test_go_menu_lists_every_page_with_its_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    titles = [window.pages.tabText(i) for i in range(window.pages.count())]
    assert titles == [
        "Cases",
        "Review queue",
        "Dashboard",
        "Operations",
        "Parcels",
        "Shipments",
        "No news",
        "Duplicates",
    ]
    entries = [a for a in window.go_menu.actions() if not a.isSeparator()]
    assert [a.text() for a in entries] == titles
    assert [a.shortcut().toString() for a in entries] == [f"Alt+{n}" for n in range(1, 9)]
    assert [a for a in entries if a.isChecked()] == [window.page_actions[window.cases_page]]

    every = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert len(every) == len(set(every)), sorted(every)

    for n in range(8, 0, -1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{n}"), Qt.KeyboardModifier.AltModifier)
        assert window.pages.currentIndex() == n - 1
        assert entries[n - 1].isChecked()
    entries[6].trigger()
    assert window.pages.tabText(window.pages.currentIndex()) == "No news"
