"""The "No news" page: captives silent for too long, longest silence first, read a page at a
time; Enter opens the case."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.mail.news_page import NewsPage
from tests.services.helpers import register
from tests.services.mail_helpers import log
from tests.ui.conftest import HostFactory
from tests.ui.helpers import wait_idle
from tests.ui.hosting import BareHost


def _page(host: BareHost) -> NewsPage:
    page = NewsPage(host)
    host.add_page(page, "No news")
    return page


def test_silent_captives_longest_first_a_page_at_a_time(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    silent = [
        register(
            db,
            caseworker,
            today,
            family_name=f"Мовчан{'абвгде'[n]}",
            status_since=today - timedelta(days=40 + n),
        )
        for n in range(6)
    ]
    wrote = register(db, caseworker, today, family_name="Пише", status_since=today - timedelta(90))
    log(
        db,
        caseworker,
        wrote.id or 0,
        today,
        direction="from_person",
        received_on=today - timedelta(days=3),
    )
    register(
        db,
        caseworker,
        today,
        category="evacuee",
        family_name="Біженка",
        status_since=today - timedelta(days=300),
    )

    page = _page(host)
    host.show_page(page)  # showing the page reads it
    wait_idle(qtbot, host)
    model = page.model
    qtmodeltester.check(model)
    assert page.title.text().startswith("<b>6 captives</b> have sent no letter")
    assert "more than 30 days" in page.title.text()
    model.PAGE = 2
    cached_when_loaded: list[int] = []
    model.loaded.connect(lambda: cached_when_loaded.append(model.cached_rows))
    with qtbot.waitSignal(model.loaded):
        page.refresh()
    assert model.rowCount() == 6
    assert len(cached_when_loaded) == 1 and cached_when_loaded[0] <= 2  # a page at most
    shown = [model.index(row, 0).data() for row in range(6)]
    assert shown == ["45", "44", "43", "42", "41", "40"]
    assert [model.index(row, 1).data() for row in range(6)] == ["never"] * 6
    assert model.index(0, 3).data() == "Мовчане Петро"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Days without news"

    page.view.setFocus()
    page.view.selectRow(1)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert host.opened == [silent[4].id]


def test_the_shown_page_reads_again_when_items_arrive_and_a_hidden_one_does_not(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    silent = register(db, caseworker, today, status_since=today - timedelta(days=60))
    page = _page(host)
    host.show_page(page)
    wait_idle(qtbot, host)
    assert page.model.rowCount() == 1
    assert page.view.currentIndex().row() == 0  # the first row is selected for Enter
    log(
        db,
        caseworker,
        silent.id or 0,
        today,
        direction="from_person",
        received_on=today - timedelta(days=2),
    )
    host.show_page(host.case_tabs)
    host.notify(Change.ITEMS)
    wait_idle(qtbot, host)
    assert page.model.rowCount() == 1  # hidden: not read again
    host.pages.setCurrentWidget(page)
    host.notify(Change.ITEMS)
    wait_idle(qtbot, host)
    assert page.model.rowCount() == 0
    assert page.title.text().startswith("<b>0 captives</b>")


def test_filter_by_caseworker_and_silence_sort_and_remember(
    qtbot: QtBot,
    make_host: HostFactory,
    db: Database,
    caseworker: User,
    supervisor: User,
    today: date,
) -> None:
    mine = [
        register(db, caseworker, today, family_name=name, status_since=today - timedelta(days))
        for name, days in (("Ярош", 45), ("Ґудзь", 200))
    ]
    theirs = register(
        db, supervisor, today, family_name="Novák", status_since=today - timedelta(70)
    )
    host = make_host(supervisor)
    page = _page(host)
    host.show_page(page)
    wait_idle(qtbot, host)
    bar = page.filters
    assert "Олег Бондар (2)" in bar.caseworker.labels()
    assert bar.age.labels()[0] == "Any length of silence (3)"
    assert "Over 180 days (1)" in bar.age.labels()
    assert page.model.headerData(5, Qt.Orientation.Horizontal) == "Caseworker"

    bar.caseworker.setCurrentIndex(bar.caseworker.findData(str(caseworker.id)))
    wait_idle(qtbot, host)
    assert page.model.ids() == [mine[1].id, mine[0].id]  # the longest silence first
    assert page.title.text().startswith("<b>2 of 3 captives</b> have sent no letter")
    page.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by case number
    wait_idle(qtbot, host)
    assert page.model.ids() == [mine[0].id, mine[1].id]
    bar.age.setCurrentIndex(bar.age.findData("over_180"))
    wait_idle(qtbot, host)
    assert page.model.ids() == [mine[1].id]

    again = _page(host)  # the next session: the same choices
    host.show_page(again)
    wait_idle(qtbot, host)
    assert again.model.ids() == [mine[1].id]
    again.filters.on_clear_clicked()
    wait_idle(qtbot, host)
    assert again.model.ids() == [mine[0].id, mine[1].id, theirs.id]  # still by case number
