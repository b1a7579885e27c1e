"""The "Possible duplicates" page: pairs found in the background, opened, merged by a
supervisor (one case remains, with both cases' contacts), searched again when cases change."""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlmodel import Session, col

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.domain.people import Contact, Person
from ombuds_desk.services.cases import contacts
from ombuds_desk.services.core.long_work import Cancelled, check_cancelled
from ombuds_desk.services.core.reading import read
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.lists.duplicates import (
    STRONG_SCORE,
    DuplicatePair,
    possible_duplicate_pairs,
    reason_text,
)
from ombuds_desk.services.lists.merging import merge_persons
from ombuds_desk.store.database import Database
from ombuds_desk.store.files import copy_sqlite
from ombuds_desk.ui.common import process_work
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.lists import duplicates_page
from ombuds_desk.ui.lists.duplicates_page import DuplicatesPage
from ombuds_desk.ui.lists.merge_dialog import MERGED
from tests.services.helpers import id_of, register
from tests.ui.hosting import BareHost


@pytest.fixture
def pair(db: Database, caseworker: User, today: date) -> tuple[Person, Person]:
    """One man registered twice (Cyrillic, then a Latin spelling), each case with a contact."""
    since = today - timedelta(days=10)
    first = register(
        db,
        caseworker,
        today,
        family_name="Харченко",
        given_name="Юрій",
        date_of_birth="1980",
        status_since=since,
    )
    second = register(
        db,
        caseworker,
        today,
        family_name="Kharchenko",
        given_name="Yurii",
        date_of_birth="12.05.1980",
        status_since=since,
    )
    register(db, caseworker, today, family_name="Коваль", given_name="Ганна", date_of_birth="1980")
    with unit_of_work(db, caseworker) as session:
        for person, name in ((first, "Олена"), (second, "Марія")):
            contacts.add_contact(
                session,
                caseworker,
                id_of(person),
                {
                    "family_name": "Харченко",
                    "given_name": name,
                    "relationship": "wife" if name == "Олена" else "mother",
                },
            )
    return first, second


def searched(qtbot: QtBot, page: DuplicatesPage) -> DuplicatesPage:
    qtbot.waitUntil(lambda: page.job is None and not page.stale, timeout=60_000)
    return page


def show_pairs(qtbot: QtBot, host: BareHost) -> DuplicatesPage:
    """The page in ``host``, shown (which searches)."""
    page = DuplicatesPage(host)
    host.add_page(page, "Duplicates")
    host.show_page(page)
    assert page.job is not None  # the search runs in the background
    return searched(qtbot, page)


def on_the_jobs_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """The search made on the job's thread, as for a register no worker process can open
    (an in-memory one): the page's ``possible_duplicate_pairs`` is then the one called."""
    monkeypatch.setattr(process_work, "can_run_in_process", lambda db: False)


def error_box() -> QMessageBox:
    (box,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    return box


def test_pairs_are_listed_and_opened(
    qtbot: QtBot, qtmodeltester: ModelTester, host: BareHost, pair: tuple[Person, Person]
) -> None:
    first, second = pair
    page = show_pairs(qtbot, host)
    assert page.model.rowCount() == 1
    row = page.model.row_at(0)
    assert row is not None
    cells = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert cells == [
        "Weak",  # the same name and only the same birth year: a weak match, said in words
        f"{round(row.score)}",
        first.case_number,
        "Харченко Юрій",
        "1980",
        second.case_number,
        "Kharchenko Yurii",
        "1980",
        "same name, both born 1980",
    ]
    assert not row.strong and 0 < row.score < STRONG_SCORE
    assert page.summary.text() == (
        "1 pair of cases that may be one person. Strong matches: 0; weak: 1."
    )
    assert [page.model.headerData(i, Qt.Orientation.Horizontal) for i in (0, 1, 2, 8)] == [
        "Match",
        "Score",
        "Case",
        "Why",
    ]
    qtmodeltester.check(page.model)
    assert not page.merge_button.isEnabled() and not page.open_first.isEnabled()  # none chosen
    page.view.selectRow(0)
    assert page.open_first.isEnabled()
    assert not page.merge_button.isEnabled() and "supervisor" in page.merge_button.toolTip()
    assert page.on_merge_clicked() is None  # a caseworker cannot merge
    qtbot.mouseClick(page.open_second, Qt.MouseButton.LeftButton)
    assert host.opened == [second.id]
    shown = host.current_case()
    assert shown is not None and shown.id == second.id
    qtbot.mouseClick(page.open_first, Qt.MouseButton.LeftButton)
    assert host.opened == [second.id, first.id]


def test_a_double_click_opens_the_case_of_its_half(
    qtbot: QtBot, host: BareHost, pair: tuple[Person, Person]
) -> None:
    first, second = pair
    page = show_pairs(qtbot, host)
    page.view.selectRow(0)
    page.view.doubleClicked.emit(page.model.index(0, 6))  # the right case's name
    page.view.doubleClicked.emit(page.model.index(0, 2))  # the left case's number
    assert host.opened == [second.id, first.id]


def test_a_supervisor_merges_a_pair(
    qtbot: QtBot, supervisor_host: BareHost, db: Database, pair: tuple[Person, Person]
) -> None:
    host = supervisor_host
    first, second = pair
    page = show_pairs(qtbot, host)
    page.view.selectRow(0)
    assert page.merge_button.isEnabled()
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    dialog = page.merge_dialog
    assert dialog is not None and dialog.isVisible() and dialog.parent() is host
    rows = {r[0]: r[1:] for r in dialog.model.rows()}
    assert rows["Name"] == ("Харченко Юрій", "Kharchenko Yurii")
    assert rows["Contacts"] == ("1", "1")
    assert f"Case number {second.case_number} then no longer exists" in dialog.explanation.text()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.kept_id == first.id and not dialog.isVisible()
    with db.reading() as session:
        kept = session.execute(
            select(col(Person.id)).where(col(Person.family_name) != "Коваль")
        ).scalars()
        assert list(kept) == [first.id]
        wives = session.execute(
            select(col(Contact.given_name)).where(col(Contact.person_id) == first.id)
        )
        assert sorted(wives.scalars()) == ["Марія", "Олена"]
    assert host.changes == [MERGED]  # told once, by the merge
    assert host.messages == ["Cases merged."]
    searched(qtbot, page)
    assert page.model.rowCount() == 0  # searched again after the merge
    assert "No possible duplicates" in page.summary.text()


def test_a_pair_gone_meanwhile_is_not_offered_for_merging(
    qtbot: QtBot,
    supervisor_host: BareHost,
    db: Database,
    supervisor: User,
    today: date,
    pair: tuple[Person, Person],
) -> None:
    host = supervisor_host
    first, second = pair
    page = show_pairs(qtbot, host)
    page.view.selectRow(0)
    with unit_of_work(db, supervisor) as session:  # someone else merged them
        merge_persons(session, supervisor, id_of(first), id_of(second), today=today)
    assert page.on_merge_clicked() is None
    assert error_box().text() == f"No case with id {second.id}; it may have been merged or removed."
    assert page.merge_dialog is None and page.stale
    assert host.changes == []


def test_the_page_searches_again_only_after_cases_changed(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    page = show_pairs(qtbot, host)
    assert page.model.rowCount() == 0
    register(db, caseworker, today, family_name="Мельник", given_name="Іван", date_of_birth="1970")
    register(db, caseworker, today, family_name="Melnyk", given_name="Ivan", date_of_birth="1970")
    host.notify(Change.ITEMS | Change.PARCELS)  # no name changed: nothing to search
    assert page.job is None and not page.stale
    host.notify(Change.CASES)  # shown: searches at once
    assert page.job is not None
    searched(qtbot, page)
    assert page.model.rowCount() == 1

    host.pages.setCurrentIndex(0)  # another page in front
    host.notify(Change.CASES)
    assert page.job is None and page.stale  # searched when shown again
    host.show_page(page)
    assert page.job is not None
    searched(qtbot, page)
    host.show_page(page)  # nothing changed since: no new search
    assert page.job is None


def test_a_cancelled_search_can_be_started_again(
    qtbot: QtBot, host: BareHost, pair: tuple[Person, Person], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = duplicates_page.possible_duplicate_pairs

    def until_cancelled(
        session: Session, limit: int, *, is_cancelled: Cancelled | None = None
    ) -> list[DuplicatePair]:
        """A search of a large register: still going when Cancel is pressed."""
        assert is_cancelled is not None
        deadline = time.monotonic() + 30
        while not is_cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        check_cancelled(is_cancelled)
        return []

    monkeypatch.setattr(duplicates_page, "possible_duplicate_pairs", until_cancelled)
    on_the_jobs_thread(monkeypatch)
    page = DuplicatesPage(host)
    host.add_page(page, "Duplicates")
    host.show_page(page)
    job = page.job
    assert job is not None and not page.search_button.isEnabled()
    with qtbot.waitSignal(job.cancelled, timeout=60_000):
        job.cancel()
    qtbot.waitUntil(lambda: page.job is None)
    assert page.stale and page.search_button.isEnabled()
    assert page.summary.text() == "Search cancelled. Press Search again to look for duplicates."
    monkeypatch.setattr(duplicates_page, "possible_duplicate_pairs", real)
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    searched(qtbot, page)
    assert page.model.rowCount() == 1


def test_strong_matches_come_first_said_in_words_and_fit_their_columns(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    for family, given in (("Гнатюк", "Ілля"), ("Hnatiuk", "Illia")):
        register(
            db, caseworker, today, family_name=family, given_name=given, date_of_birth="14.03.1985"
        )
    for family, given, born in (("Бондаренко", "Олесь", "1962"), ("Бондаренко", "Олекс", "1962")):
        register(db, caseworker, today, family_name=family, given_name=given, date_of_birth=born)
    host.resize(1280, 720)
    page = show_pairs(qtbot, host)
    model = page.model
    assert model.rowCount() == 2
    assert [model.index(r, 0).data() for r in range(2)] == ["Strong", "Weak"]
    assert [model.index(r, 8).data() for r in range(2)] == [
        "same name and birth date",
        "similar name, both born 1962",
    ]
    assert int(model.index(0, 1).data()) > int(model.index(1, 1).data())
    # The strong row is tinted with dark text on it; the weak one keeps the palette's.
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    # Numbers and names are not cut: each column is at least as wide as its widest text.
    view = page.view
    metrics = view.fontMetrics()
    for column in range(model.columnCount() - 1):
        widest = max(metrics.horizontalAdvance(model.index(r, column).data()) for r in range(2))
        assert view.columnWidth(column) >= widest, column
    last = model.columnCount() - 1
    assert view.columnWidth(last) >= max(view.columnWidth(c) for c in range(last))


def test_the_search_runs_in_a_worker_process_and_finds_what_the_service_finds(
    qtbot: QtBot,
    host: BareHost,
    db: Database,
    pair: tuple[Person, Person],
    monkeypatch: pytest.MonkeyPatch,
    caseworker: User,
    today: date,
    tmp_path: Path,
) -> None:
    """On a register a worker can open, the window's own search is never called (it held the
    interpreter lock for seconds); the pairs the worker sends are those the service finds."""
    expected = read(db, lambda session: possible_duplicate_pairs(session, duplicates_page.LIMIT))
    assert db.path is not None
    copy_sqlite(db.path, tmp_path / "backup.sqlite3")  # as File → Back up now does

    def not_here(session: Session, limit: int, *, is_cancelled: Cancelled | None = None) -> None:
        raise AssertionError("searched on the window's thread")

    monkeypatch.setattr(duplicates_page, "possible_duplicate_pairs", not_here)
    page = show_pairs(qtbot, host)
    assert page.pairs == expected and len(expected) == 1
    assert [reason_text(r) for r in page.pairs[0].reasons] == ["same name, both born 1980"]
    # The worker closed its connection and the window's file is as it was: its log in place
    # (the backup's reading of the file took the window's locks away, and the worker then
    # deleted the log: "file is not a database"), what the window saves seen by others.
    assert db.path.with_name(db.path.name + "-wal").exists()
    register(db, caseworker, today, family_name="Ґудзь", given_name="Їв")
    with closing(sqlite3.connect(db.path)) as other:
        assert other.execute("SELECT count(*) FROM person").fetchone()[0] == 4


def test_the_page_says_it_is_searching_and_what_it_found(
    qtbot: QtBot, host: BareHost, pair: tuple[Person, Person]
) -> None:
    """Seconds on a large register: the empty table is not left without words."""
    page = DuplicatesPage(host)
    host.add_page(page, "Duplicates")
    host.show_page(page)
    assert page.job is not None
    assert page.summary.text().startswith("Looking for possible duplicates in the register…")
    searched(qtbot, page)
    assert page.summary.text().startswith("1 pair of cases that may be one person.")
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)  # the pairs stay meanwhile
    assert page.job is not None and page.model.rowCount() == 1
    assert page.summary.text() == (
        "Looking for possible duplicates again… The pairs below are from the last search."
    )
    searched(qtbot, page)
    assert page.summary.text().startswith("1 pair of cases that may be one person.")


def test_a_failed_search_says_so_and_is_made_again(
    qtbot: QtBot, host: BareHost, pair: tuple[Person, Person], monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(session: Session, limit: int, *, is_cancelled: Cancelled | None = None) -> None:
        raise DatabaseUnavailableError("The database is locked by another program or user.")

    monkeypatch.setattr(duplicates_page, "possible_duplicate_pairs", failing)
    on_the_jobs_thread(monkeypatch)
    page = DuplicatesPage(host)
    host.add_page(page, "Duplicates")
    host.show_page(page)
    qtbot.waitUntil(lambda: page.job is None, timeout=60_000)
    box = error_box()
    assert "locked by another program" in box.text()
    box.close()
    assert page.stale and page.search_button.isEnabled()
    assert page.summary.text() == (
        "The search did not finish. Press Search again to look for duplicates."
    )
