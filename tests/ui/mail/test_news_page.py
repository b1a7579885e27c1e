"""The "No news" page: captives silent for too long, longest silence first, read a page at a
time; Enter opens the case."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.ui.mail.news_page import NewsPage
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.services.helpers import register
from tests.services.mail_helpers import log


def _page(window: MainWindow) -> NewsPage:
    page = window.findChild(NewsPage)
    assert page is not None
    return page


def test_silent_captives_longest_first_a_page_at_a_time(
    qtbot: QtBot,
    qtmodeltester,
    window: MainWindow,
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

    page = _page(window)
    window.show_page(page)  # showing the page reads it
    model = page.model
    qtmodeltester.check(model)
    assert page.title.text().startswith("<b>6 captives</b> have sent no letter")
    assert "more than 30 days" in page.title.text()
    model.PAGE = 2
    page.refresh()
    assert model.rowCount() == 6 and model.cached_rows <= 2  # the ids, and the rows in view
    shown = [model.index(row, 0).data() for row in range(6)]
    assert shown == ["45", "44", "43", "42", "41", "40"]
    assert [model.index(row, 1).data() for row in range(6)] == ["never"] * 6
    assert model.index(0, 3).data() == "Мовчане Петро"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Days without news"

    page.view.setFocus()
    page.view.selectRow(1)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.cases_page
    assert window.details is not None and window.details.id == silent[4].id
