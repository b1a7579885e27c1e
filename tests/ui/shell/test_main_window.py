"""The main window as a whole: title, demo banner, saved layout, the Go menu, F5."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import EVERYTHING
from ombuds_desk.ui.shell.app import build_main_window
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.ui.helpers import action, cases_page, register_people, wait_idle


def test_title_names_who_is_signed_in_and_the_database(window: MainWindow, db: Database) -> None:
    page = cases_page(window)
    assert window.windowTitle() == f"Ombuds Desk — Олег Бондар (caseworker) — {db.display_name}"
    assert window.findChild(QLabel, "demoBanner") is None
    assert page.details is None
    assert not action(window, "editCase").isEnabled()


def test_demo_database_says_so(
    qtbot: QtBot, db: Database, admin: User, today: date, ui_settings: QSettings
) -> None:
    db.demo = True
    main = build_main_window(db, admin, today_fn=lambda: today, settings=ui_settings)
    qtbot.addWidget(main)
    main.show()
    assert main.windowTitle() == (
        "Ombuds Desk — DEMO — signed in automatically as Адміністратор (demo admin) — "
        f"{db.display_name}"
    )
    banner = main.findChild(QLabel, "demoBanner")
    assert banner is not None and banner.isVisible()
    assert "DEMO" in banner.text()


def test_layout_is_saved_on_close(
    qtbot: QtBot, db: Database, caseworker: User, today: date, ui_settings: QSettings
) -> None:
    main = build_main_window(db, caseworker, today_fn=lambda: today, settings=ui_settings)
    qtbot.addWidget(main)
    main.show()
    cases_page(main).table.setColumnWidth(1, 321)
    main.close()
    assert ui_settings.contains("main/geometry")
    assert ui_settings.contains("main/splitter")
    again = build_main_window(db, caseworker, today_fn=lambda: today, settings=ui_settings)
    qtbot.addWidget(again)
    assert cases_page(again).table.columnWidth(1) == 321


def test_go_menu_lists_every_page_with_its_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    titles = [window.pages.tabText(i) for i in range(window.pages.count())]
    assert titles == [
        "My work",  # a caseworker's first page (nothing needs them in a new register)
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
    assert [a.shortcut().toString() for a in entries] == [f"Alt+{n}" for n in range(9)]
    assert [a for a in entries if a.isChecked()] == [entries[1]]  # the Cases page
    assert window.pages.widget(1) is cases_page(window)

    every = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert len(every) == len(set(every)), sorted(every)

    for n in range(8, -1, -1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{n}"), Qt.KeyboardModifier.AltModifier)
        assert window.pages.currentIndex() == n
        assert entries[n].isChecked()
    entries[7].trigger()
    assert window.pages.tabText(window.pages.currentIndex()) == "No news"


def test_refresh_reads_every_list_again(
    qtbot: QtBot, window: MainWindow, db: Database, caseworker: User, today: date
) -> None:
    """F5 tells every view that anything may have changed (others' work on a shared file)."""
    page = cases_page(window)
    register_people(db, caseworker, 7, today)  # behind the window's back
    assert page.model.rowCount() == 0
    with qtbot.waitSignal(window.signals.changed) as changed:
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert changed.args == [EVERYTHING]
    wait_idle(qtbot, window)
    assert page.model.rowCount() == 7
