"""Starting the app: the QApplication named and set in the bundled font, and the main window
built with every feature installed — its pages in order, its menus in a fixed order, the Cases
page as its case desk; the window of a signed-in session (the demo's title), and an
unexpected error at start logged and explained."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.commands.gui import window_opener
from ombuds_desk.demo import builder
from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.ui.cases.cases_page import CasesPage
from ombuds_desk.ui.common.host import MenuKey
from ombuds_desk.ui.lists.duplicates_page import DuplicatesPage
from ombuds_desk.ui.mail.news_page import NewsPage
from ombuds_desk.ui.mail.parcels_page import ParcelsPage
from ombuds_desk.ui.mail.shipments_page import ShipmentsPage
from ombuds_desk.ui.shell.app import (
    build_main_window,
    explain_failed_start,
    make_application,
    open_window,
)
from ombuds_desk.ui.shell.main_window import MainWindow
from ombuds_desk.ui.shell.start import Start
from ombuds_desk.ui.work.my_work_page import MyWorkPage
from ombuds_desk.ui.workflow.dashboard_page import DashboardPage
from ombuds_desk.ui.workflow.operations_page import OperationsPage
from ombuds_desk.ui.workflow.review_queue_page import ReviewQueuePage
from tests.services.helpers import id_of, register
from tests.ui.helpers import wait_idle
from tests.ui.shell.modal import Answers


@pytest.fixture
def renamed(qapp: QApplication) -> Iterator[QApplication]:
    """The test's application under other names and another font; put back afterwards."""
    names = (qapp.applicationName(), qapp.applicationDisplayName(), qapp.organizationName())
    qapp.setApplicationName("pytest")
    qapp.setApplicationDisplayName("pytest")
    qapp.setOrganizationName("pytest")
    qapp.setFont(QFont("Courier", 7))
    yield qapp
    qapp.setApplicationName(names[0])
    qapp.setApplicationDisplayName(names[1])
    qapp.setOrganizationName(names[2])


def test_make_application_names_the_running_app(renamed: QApplication) -> None:
    app = make_application(["ombuds-desk"])
    assert app is renamed  # one QApplication per process: the running one is reused
    assert app.applicationName() == "Ombuds Desk"
    assert app.applicationDisplayName() == "Ombuds Desk"
    assert app.organizationName() == "Ombuds Desk"


def test_make_application_sets_the_bundled_font(renamed: QApplication) -> None:
    app = make_application()
    assert "DejaVu Sans" in QFontDatabase.families()
    assert app.font().family() == "DejaVu Sans"
    assert app.font().pointSize() == 10


def test_the_main_window_has_every_features_page_in_order(window: MainWindow) -> None:
    pages = [window.pages.widget(i) for i in range(window.pages.count())]
    assert [type(p) for p in pages] == [
        MyWorkPage,  # a caseworker's day starts there (a supervisor's after Cases)
        CasesPage,
        ReviewQueuePage,
        DashboardPage,
        OperationsPage,
        ParcelsPage,
        ShipmentsPage,
        NewsPage,
        DuplicatesPage,
    ]
    assert window.pages.currentWidget() is pages[1]  # the fixture shows the Cases page
    # The Mail feature's campaign progress has its lasting place in the status bar.
    assert window.statusBar().findChild(QLabel, "campaignLine") is not None


def test_the_cases_page_is_the_case_desk(
    qtbot: QtBot, window: MainWindow, db: Database, caseworker: User, today: date
) -> None:
    page = window.pages.widget(1)  # after My work
    assert isinstance(page, CasesPage) and window.case_desk is page
    # The features' tabs are in the Cases page's case view, after its own four.
    tabs = page.case_panel.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())][5:] == ["Mail"]
    person_id = id_of(register(db, caseworker, today, family_name="Ґудзь", given_name="Євген"))
    window.pages.setCurrentIndex(window.pages.count() - 1)
    window.open_case(person_id)  # any feature opens a case through the window
    wait_idle(qtbot, window)
    assert window.pages.currentWidget() is page
    details = window.current_case()
    assert details is not None and details.id == person_id
    assert window.case_list() is page.model


def test_build_main_window_uses_the_given_day_and_settings(
    qtbot: QtBot, db: Database, caseworker: User, ui_settings: QSettings
) -> None:
    main = build_main_window(
        db, caseworker, today_fn=lambda: date(2027, 2, 14), settings=ui_settings
    )
    qtbot.addWidget(main)
    wait_idle(qtbot, main)
    assert main.today() == date(2027, 2, 14)
    assert main.actor is caseworker and main.db is db
    assert main.settings() is ui_settings


def test_menus_come_in_a_fixed_order_whatever_the_features_add(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert titles == ["&File", "&Case", "&View", "&Go", "&Print", "&Mail", "&Help"]
    file_entries = [a.objectName() for a in window.menus[MenuKey.FILE].actions()]
    assert file_entries[0] == "newCase" and file_entries[-1] == "quit"
    view_entries = [a.objectName() for a in window.menus[MenuKey.VIEW].actions()]
    assert view_entries == ["refresh", "find"]


# -- a session: signed in first, then the window -----------------------------------------


def test_the_demo_window_says_who_was_signed_in_automatically(
    qtbot: QtBot, tmp_path: Path, ui_settings: QSettings
) -> None:
    path = tmp_path / "demo.sqlite3"
    demo_db = open_database(f"sqlite:///{path}", demo=True)
    builder.build_demo(demo_db, persons=30, seed=7)
    demo_db.dispose()
    answers = Answers()  # no dialog: nobody is asked for a password
    started = Start(f"sqlite:///{path}", window_opener(True), "", ui_settings).run()
    answers.check()
    assert started is not None
    main = open_window(started, settings=ui_settings)
    qtbot.addWidget(main)
    wait_idle(qtbot, main)
    assert main.windowTitle() == (
        "Ombuds Desk — DEMO — signed in automatically as Наталія Руденко (demo supervisor) — "
        f"{path}"
    )
    banner = main.findChild(QLabel, "demoBanner")
    assert banner is not None and banner.isVisible()
    assert main.actor.username == "n.rudenko"
    main.close()
    started.db.dispose()


def test_a_read_only_database_says_so_in_the_title(
    qtbot: QtBot, db: Database, caseworker: User, today: date, ui_settings: QSettings
) -> None:
    db.read_only = True
    try:
        main = build_main_window(db, caseworker, today_fn=lambda: today, settings=ui_settings)
        qtbot.addWidget(main)
        wait_idle(qtbot, main)
        assert main.windowTitle() == (
            f"Ombuds Desk — Олег Бондар (caseworker) — {db.display_name} (read-only)"
        )
    finally:
        db.read_only = False


def test_an_unexpected_error_at_start_reaches_the_apps_handler(
    db_path: Path, ui_settings: QSettings
) -> None:
    def broken_opener(url: str) -> Database:
        raise RuntimeError(f"a bug in opening {url}")

    with pytest.raises(RuntimeError, match="a bug in opening"):
        Start(f"sqlite:///{db_path}", broken_opener, "", ui_settings).run()


def test_a_failed_start_is_logged_and_explained(
    caplog: pytest.LogCaptureFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    error: BaseException
    try:
        raise RuntimeError("Збій під час запуску: Їжакевич")
    except RuntimeError as raised:
        error = raised
    texts: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        texts.append(box.windowTitle())
        texts.append(box.text())
        box.button(QMessageBox.StandardButton.Close).click()

    answers = Answers().then(QMessageBox, read_and_close)
    with caplog.at_level(logging.ERROR, logger="ombuds_desk"):
        explain_failed_start(error)
    answers.check()
    assert texts[0] == "Ombuds Desk cannot start"
    assert str(tmp_path / "xdg" / "ombuds-desk" / "ombuds-desk.log") in texts[1]
    assert texts[1].endswith("Збій під час запуску: Їжакевич")
    [record] = caplog.records
    assert record.getMessage() == "Ombuds Desk could not start"
    assert record.exc_info is not None and record.exc_info[1] is error
