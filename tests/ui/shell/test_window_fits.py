"""The whole main window fits a 1280 × 720 screen on every page, with a case open: the
Cases page's filter bar wraps onto a second line instead of widening the window."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.cases_page import CasesPage
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import cases_page, register_people, wait_idle
from tests.ui.hosting import BareHost

SCREEN_WIDTH, SCREEN_HEIGHT = 1280, 720


def test_every_page_fits_a_1280_by_720_screen(
    qtbot: QtBot, make_window: WindowFactory, db: Database, supervisor: User, today: date
) -> None:
    ids = register_people(db, supervisor, 12, today)
    window = make_window(supervisor)
    window.open_case(ids[0])
    wait_idle(qtbot, window)
    assert cases_page(window).details is not None
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        wait_idle(qtbot, window)
        hint = window.minimumSizeHint()
        title = window.pages.tabText(index)
        assert hint.width() <= SCREEN_WIDTH, (title, hint.width())
        assert hint.height() <= SCREEN_HEIGHT, (title, hint.height())


def test_the_filter_bar_wraps_and_keeps_the_list_below_it(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    register_people(db, caseworker, 3, today)
    page = CasesPage(host)
    host.add_page(page, "Справи")
    host.show_page(page)
    wait_idle(qtbot, host)
    panel = page.filter_panel
    assert panel.sizeHint().width() > 900  # one line would not fit in what follows
    host.resize(900, 700)
    qtbot.waitUntil(lambda: page.width() <= 900)
    # The count went onto a line below the search box, and the list starts below the bar.
    search_bottom = panel.search.mapTo(page, panel.search.rect().bottomLeft()).y()
    count_top = panel.count_label.mapTo(page, panel.count_label.rect().topLeft()).y()
    assert count_top > search_bottom
    count_bottom = panel.count_label.mapTo(page, panel.count_label.rect().bottomLeft()).y()
    assert page.splitter.geometry().top() > count_bottom
    assert panel.count_label.mapTo(page, panel.count_label.rect().topRight()).x() <= page.width()
