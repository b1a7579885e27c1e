"""Pages made when first opened: the window opens with only what it shows made (the Cases
page, or a caseworker's My work); every other page has its tab, Go menu entry and shortcut
from the start, and is made, in its own tab, by whichever way it is first opened. The My work
tab says its count before its page is made."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ReviewDecision
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.workflow.review_queue import review_case
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.cases_page import CasesPage
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.page_slot import PageSlot
from ombuds_desk.ui.lists.duplicates_page import DuplicatesPage
from ombuds_desk.ui.mail.parcels_page import ParcelsPage
from ombuds_desk.ui.mail.shipments_page import ShipmentsPage
from ombuds_desk.ui.shell.features import install_features
from ombuds_desk.ui.shell.main_window import MainWindow
from ombuds_desk.ui.work import feature as work
from ombuds_desk.ui.work.my_work_page import MyWorkPage
from ombuds_desk.ui.workflow.dashboard_page import DashboardPage
from ombuds_desk.ui.workflow.operations_page import OperationsPage
from ombuds_desk.ui.workflow.review_queue_page import ReviewQueuePage
from tests.services.work.office import Office, build_office
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import wait_idle

LAZY = (
    MyWorkPage,
    ReviewQueuePage,
    DashboardPage,
    OperationsPage,
    ParcelsPage,
    ShipmentsPage,
    DuplicatesPage,
)


def _made(window: MainWindow) -> list[type[QWidget]]:
    return [kind for kind in LAZY if window.findChildren(kind)]


def _index(window: MainWindow, title: str) -> int:
    titles = [window.pages.tabText(i) for i in range(window.pages.count())]
    return titles.index(title)


def test_a_supervisor_s_window_opens_with_the_cases_page_alone_made(
    qtbot: QtBot, make_window: WindowFactory, supervisor: User
) -> None:
    window = make_window(supervisor)
    assert isinstance(window.pages.currentWidget(), CasesPage)
    assert _made(window) == []
    # Every page is listed all the same, with its shortcut.
    go = {a.text(): a.shortcut().toString() for a in window.go_menu.actions()}
    assert go == {
        "Cases": "Alt+1",
        "My work": "Alt+0",
        "Review queue": "Alt+2",
        "Dashboard": "Alt+3",
        "Operations": "Alt+4",
        "Parcels": "Alt+5",
        "Shipments": "Alt+6",
        "No news": "Alt+7",
        "Duplicates": "Alt+8",
    }
    assert [window.pages.tabText(i) for i in range(window.pages.count())] == list(go)
    window.close()
    assert _made(window) == []  # closing saves the layout of the pages made, makes none


def test_each_way_of_opening_a_page_makes_it_in_its_own_tab(
    qtbot: QtBot, make_window: WindowFactory, supervisor: User
) -> None:
    window = make_window(supervisor)
    tabs = window.pages
    # Its shortcut.
    index = _index(window, "Dashboard")
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    page = tabs.currentWidget()
    assert isinstance(page, DashboardPage) and tabs.currentIndex() == index
    assert window.page_actions[page].isChecked()
    assert window.findChildren(DashboardPage) == [page]
    assert _made(window) == [DashboardPage]
    wait_idle(qtbot, window)
    # A click on its tab.
    index = _index(window, "Operations")
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert isinstance(tabs.currentWidget(), OperationsPage) and tabs.currentIndex() == index
    wait_idle(qtbot, window)
    # Its Go menu entry.
    entry = next(a for a in window.go_menu.actions() if a.text() == "Shipments")
    entry.trigger()
    assert isinstance(tabs.currentWidget(), ShipmentsPage)
    assert tabs.currentIndex() == _index(window, "Shipments")
    wait_idle(qtbot, window)
    # The window asked to show it by the name a page looks it up by (My work's lines do).
    stand_in = window.findChild(QWidget, "parcelsPage")
    assert stand_in is not None and not isinstance(stand_in, ParcelsPage)
    window.show_page(stand_in)
    parcels = tabs.currentWidget()
    assert isinstance(parcels, ParcelsPage) and parcels.objectName() == "parcelsPage"
    assert window.findChild(QWidget, "parcelsPage") is parcels  # the stand-in is nameless now
    window.show_page(stand_in)  # whoever still holds the stand-in reaches the page
    assert tabs.currentWidget() is parcels
    wait_idle(qtbot, window)
    # Made once: the shortcut again brings the same page.
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert tabs.currentWidget() is page and window.findChildren(DashboardPage) == [page]
    assert [tabs.tabText(i) for i in range(tabs.count())][2:6] == [
        "Review queue",
        "Dashboard",
        "Operations",
        "Parcels",
    ]
    assert ReviewQueuePage not in _made(window)


@pytest.fixture
def office(db: Database, admin: User, caseworker: User, supervisor: User, today: date) -> Office:
    return build_office(db, admin, caseworker, supervisor, today)


def test_the_my_work_tab_counts_before_its_page_is_made(
    qtbot: QtBot,
    office: Office,
    db: Database,
    caseworker: User,
    supervisor: User,
    today: date,
    ui_settings: QSettings,
) -> None:
    window = MainWindow(db, caseworker, today_fn=lambda: today, settings=ui_settings)
    qtbot.addWidget(window)
    install_features(window, features=())
    slot = work.install(window)  # not moved to the front: made only when opened
    index = window.pages.count() - 1
    assert window.pages.tabText(index) == "My work"
    counter = window.findChild(work.WorkCount)
    assert isinstance(counter, work.WorkCount)
    assert counter.count is None  # read once the window shows, not while it is built
    window.show()
    qtbot.waitUntil(lambda: window.pages.tabText(index) == "My work (8)")
    assert slot.made is None and window.findChildren(MyWorkPage) == []
    with unit_of_work(db, supervisor) as session:
        review_case(session, supervisor, office.escalated, ReviewDecision.KEEP_WAITING, today=today)
    window.notify(Change.NOTES)  # not what the lists are made of
    wait_idle(qtbot, window)
    assert window.pages.tabText(index) == "My work (8)"
    window.notify(Change.REVIEWS)
    qtbot.waitUntil(lambda: window.pages.tabText(index) == "My work (7)")
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    page = window.pages.currentWidget()
    assert isinstance(page, MyWorkPage) and slot.made is page
    wait_idle(qtbot, window)
    assert window.pages.tabText(index) == "My work (7)"
    assert page.read is not None and page.read.own.count == 7
    wait_idle(qtbot, window)
    window.close()


def test_a_slot_makes_its_page_once_and_says_so(qtbot: QtBot) -> None:
    made: list[QLabel] = []
    placed: list[tuple[QWidget, QWidget]] = []
    told: list[QLabel] = []

    def make() -> QLabel:
        made.append(QLabel("Посилки"))
        return made[-1]

    stand_in = QWidget()
    slot = PageSlot(make, stand_in, lambda old, new: placed.append((old, new)))
    slot.when_made(told.append)
    assert made == [] and slot.made is None
    page = slot.page()
    assert slot.page() is page and made == [page] and slot.made is page
    assert placed == [(stand_in, page)] and told == [page]
    slot.when_made(told.append)  # already made: at once
    assert told == [page, page]
    for widget in (page, stand_in):
        widget.deleteLater()
