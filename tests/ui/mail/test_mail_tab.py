"""The case view's Mail tab: items told apart by description, a history that says something,
and a news clock line that says what counts as sent."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.people import Contact, Person
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.mail.feature import MailFeature
from ombuds_desk.ui.mail.mail_tab import MailTab
from ombuds_desk.ui.mail.mail_tab_rows import HISTORY_NOTE_COLUMN, ITEM_DESCRIPTION_COLUMN
from ombuds_desk.ui.mail.parcel_dialog import ParcelDialog
from tests.services.helpers import id_of
from tests.services.mail_helpers import family, log, packed
from tests.ui.helpers import wait_idle
from tests.ui.hosting import BareHost
from tests.ui.mail.helpers import modal

LONG = "Лист від дружини: новини про доньку, яка пішла до першого класу, і фото з саду"


@pytest.fixture
def case(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
) -> tuple[Person, Contact]:
    person, wife = family(db, caseworker, today, sex="male")
    assert host.select_case(id_of(person)) is not None
    wait_idle(qtbot, host)
    return person, wife


def _mail_tab(qtbot: QtBot, host: BareHost, feature: MailFeature, rows: int) -> MailTab:
    """The tab in front, read again after mail was added behind its back."""
    host.show_case_tab(feature.mail_tab)
    host.notify(Change.ITEMS | Change.PARCELS)
    wait_idle(qtbot, host)
    assert feature.mail_tab.items.rowCount() == rows
    return feature.mail_tab


def test_items_show_their_description_and_who_wrote_them(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
    case: tuple[Person, Contact],
) -> None:
    person, wife = case
    log(db, caseworker, id_of(person), today, author_contact_id=wife.id, description=LONG)
    log(
        db,
        caseworker,
        id_of(person),
        today,
        direction="from_person",
        author_name=None,
        description="Листівка\nдо дня народження",
    )
    tab = _mail_tab(qtbot, host, feature, 2)
    model = tab.items
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Received", "Kind", "Description", "From", "Status"]
    rows = {
        model.index(r, ITEM_DESCRIPTION_COLUMN).data(): [
            model.index(r, c).data() for c in range(model.columnCount())
        ]
        for r in range(2)
    }
    assert rows[LONG][3] == "wife"  # the whole name in the tooltip, family name first
    assert rows["Листівка до дня народження"][3] == "the person"  # on one line
    row = next(r for r in range(2) if model.index(r, 2).data() == LONG)
    tooltip = model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith(LONG + "\nTo them, from Ковальчук Олена Ігорівна (wife)")
    assert not tab.items_view.wordWrap()
    assert tab.items_view.textElideMode() is Qt.TextElideMode.ElideRight


def test_the_note_column_shows_only_when_a_note_says_more_than_the_status(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
    case: tuple[Person, Contact],
) -> None:
    person, _wife = case
    log(db, caseworker, id_of(person), today, description="Перший")
    tab = _mail_tab(qtbot, host, feature, 1)
    history = tab.history
    titles = [history.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert titles == ["Date", "What", "Status", "Note", "By"]
    assert [history.index(0, c).data() for c in (2, 3, 4)] == ["Logged", "", "Олег Бондар"]
    assert tab.history_view.isColumnHidden(HISTORY_NOTE_COLUMN)
    assert history.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "Перший"

    packed(db, caseworker, id_of(person), today, items=1)  # "Parcel created" says more
    tab = _mail_tab(qtbot, host, feature, 2)
    notes = [
        tab.history.index(r, HISTORY_NOTE_COLUMN).data() for r in range(tab.history.rowCount())
    ]
    assert "Parcel created" in notes and "Logged" not in notes
    assert not tab.history_view.isColumnHidden(HISTORY_NOTE_COLUMN)


def test_the_news_line_says_nothing_was_dispatched_and_what_waits(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
    case: tuple[Person, Contact],
) -> None:
    person, _wife = case
    for _ in range(3):
        log(db, caseworker, id_of(person), today)
    log(
        db,
        caseworker,
        id_of(person),
        today,
        direction="from_person",
        author_name=None,
        received_on=today - timedelta(days=4),
    )
    tab = _mail_tab(qtbot, host, feature, 4)
    assert tab.news.isVisible()
    assert tab.news.text() == (
        "Last news from him 4 days ago · no item dispatched to him yet · "
        "3 logged, waiting to be packed · from him in 30 days: 1 letter, 0 cards "
        "(GC III art. 71: at least 2 letters and 4 cards)"
    )
    packed(db, caseworker, id_of(person), today, items=2)
    tab = _mail_tab(qtbot, host, feature, 6)
    assert " · 3 logged, waiting to be packed · 2 packed, waiting to be dispatched · " in (
        tab.news.text()
    )


def test_a_hidden_tab_reads_when_shown_and_follows_the_case_shown(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
    case: tuple[Person, Contact],
) -> None:
    person, _wife = case
    tab = feature.mail_tab
    assert tab.items_title.text() == "<b>Items</b> (0)"
    host.show_page(feature.parcels_page)  # the case view is out of sight
    wait_idle(qtbot, host)
    log(db, caseworker, id_of(person), today)
    host.notify(Change.ITEMS)
    wait_idle(qtbot, host)
    assert tab.items.rowCount() == 0 and tab.items_title.text() == "<b>Items</b> (0)"
    host.show_case_tab(tab)
    wait_idle(qtbot, host)
    assert tab.items.rowCount() == 1 and tab.items_title.text() == "<b>Items</b> (1)"

    other, _ = family(db, caseworker, today, family_name="Мельник", category="evacuee")
    host.select_case(id_of(other))
    wait_idle(qtbot, host)
    assert tab.items.rowCount() == 0 and tab.history.rowCount() == 0
    assert not tab.news.isVisibleTo(tab)  # no news clock for an evacuee
    host.select_case(id_of(person))
    wait_idle(qtbot, host)
    assert tab.items.rowCount() == 1 and tab.news.isVisibleTo(tab)


def test_a_new_parcel_for_the_case_opens_and_enter_opens_a_listed_one(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    case: tuple[Person, Contact],
) -> None:
    person, _wife = case
    tab = feature.mail_tab
    host.show_case_tab(tab)
    tab.parcel_button.click()
    assert host.changes == [Change.PARCELS]
    dialog = modal(qtbot)
    assert isinstance(dialog, ParcelDialog)
    assert f"({person.case_number})" in dialog.recipient.text()
    dialog.close()
    wait_idle(qtbot, host)
    assert tab.parcels.rowCount() == 1
    assert tab.parcels_title.text() == "<b>Parcels</b> (1)"
    headers = [tab.parcels.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Parcel number", "Status", "Items", "Since"]
    tab.parcels_view.setFocus()
    tab.parcels_view.selectRow(0)
    qtbot.keyClick(tab.parcels_view, Qt.Key.Key_Return)
    again = modal(qtbot)
    assert isinstance(again, ParcelDialog) and again.parcel_id == dialog.parcel_id
