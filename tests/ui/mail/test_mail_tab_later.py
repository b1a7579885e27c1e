"""The case view's Mail tab is made when first needed (``ui/common/case_tab_later.py``): not
with the window, nor when a case is shown while another tab is in front; brought forward
(a click on its title) or acted on (``MailFeature.mail_tab``), it is made in its place, with
its title, and shows the case shown, with the same rows as a tab made with the window."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.ui.mail.mail_tab import MailTab
from tests.services.helpers import id_of
from tests.services.mail_helpers import family, log
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import cases_page, wait_idle
from tests.ui.mail.helpers import window_feature


def _mail_index(tabs: QTabWidget) -> int:
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles.count("Mail") == 1, titles
    return titles.index("Mail")


def test_the_mail_tab_is_made_when_brought_forward_in_its_place_with_the_case(
    qtbot: QtBot, make_window: WindowFactory, db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    for author in ("Мати", "Дружина", "Сестра"):
        log(db, caseworker, id_of(person), today, author_name=author)
    window = make_window(caseworker)
    feature = window_feature(window)
    tabs = cases_page(window).case_panel.tabs
    index = _mail_index(tabs)
    assert not feature.mail_tab_later.made
    assert window.findChild(MailTab) is None
    window.open_case(id_of(person))
    wait_idle(qtbot, window)
    assert cases_page(window).details is not None
    assert not feature.mail_tab_later.made  # another tab in front: not needed yet
    count = tabs.count()
    tabs.setCurrentIndex(index)
    qtbot.waitUntil(lambda: feature.mail_tab_later.made)
    tab = feature.mail_tab
    assert isinstance(tab, MailTab)
    assert tabs.widget(index) is tab and tabs.currentWidget() is tab
    assert tabs.tabText(index) == "Mail" and tabs.count() == count
    assert tab.details is not None and tab.details.id == id_of(person)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: tab.items.rowCount() == 3)
    # The next case shown reaches the tab made, through its place.
    other, _ = family(db, caseworker, today, family_name="Петренко")
    window.open_case(id_of(other))
    wait_idle(qtbot, window)
    assert tab.details is not None and tab.details.id == id_of(other)
    qtbot.waitUntil(lambda: tab.items.rowCount() == 0)


def test_a_mail_entry_makes_the_tab_for_the_case_shown(
    qtbot: QtBot, make_window: WindowFactory, db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    log(db, caseworker, id_of(person), today)
    window = make_window(caseworker)
    feature = window_feature(window)
    window.open_case(id_of(person))
    wait_idle(qtbot, window)
    assert not feature.mail_tab_later.made
    tab = feature.mail_tab  # what the Mail menu's entries act on
    assert feature.mail_tab_later.made and feature.mail_tab is tab
    assert tab.details is not None and tab.details.id == id_of(person)
    tabs = cases_page(window).case_panel.tabs
    assert tabs.widget(_mail_index(tabs)) is tab
    window.show_case_tab(tab)
    assert tabs.currentWidget() is tab
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: tab.items.rowCount() == 1)
