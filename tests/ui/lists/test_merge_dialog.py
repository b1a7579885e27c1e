"""The merge dialog: both cases side by side, the kept one chosen, the merge saved through the
operation helper (refusals shown, the dialog left open, nothing changed, nobody told)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlmodel import col

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.people import Person
from ombuds_desk.services.cases.persons import update_person
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import CASE_VIEW, Change
from ombuds_desk.ui.lists.merge_dialog import MERGED, MergeDialog, read_pair
from tests.services.helpers import id_of, register
from tests.ui.hosting import BareHost


@pytest.fixture
def twice(db: Database, caseworker: User, today: date) -> tuple[Person, Person]:
    first = register(
        db, caseworker, today, family_name="Бондар", given_name="Олег", date_of_birth="1975"
    )
    second = register(
        db,
        caseworker,
        today,
        family_name="Bondar",
        given_name="Oleh",
        date_of_birth="1975",
        service_number="A-1234",
    )
    return first, second


def open_merge(host: BareHost, first: Person, second: Person) -> MergeDialog:
    cases = read_pair(host, host, id_of(first), id_of(second))
    assert cases is not None
    dialog = MergeDialog(host, *cases, parent=host)
    dialog.open()
    return dialog


def remaining(db: Database) -> list[str]:
    with db.reading() as session:
        return sorted(session.execute(select(col(Person.case_number))).scalars())


def error_text(qtbot: QtBot) -> str:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    text = box.text()
    box.close()
    return text


def test_the_cases_side_by_side(
    qtmodeltester: ModelTester, supervisor_host: BareHost, twice: tuple[Person, Person]
) -> None:
    first, second = twice
    dialog = open_merge(supervisor_host, first, second)
    assert dialog.windowTitle() == "Merge two cases"
    model = dialog.model
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(3)] == [
        "",
        first.case_number,
        second.case_number,
    ]
    rows = {r[0]: r[1:] for r in model.rows()}
    assert rows["Name"] == ("Бондар Олег", "Bondar Oleh")
    assert rows["Status"] == ("Registered since 26.11.2026", "Registered since 26.11.2026")
    assert rows["Service number"] == ("", "A-1234")
    assert rows["Contacts"] == ("0", "0")
    qtmodeltester.check(model)
    assert dialog.keep_first.text() == f"Keep {first.case_number}"


def test_keeping_the_second_case(
    qtbot: QtBot, supervisor_host: BareHost, db: Database, twice: tuple[Person, Person]
) -> None:
    first, second = twice
    dialog = open_merge(supervisor_host, first, second)
    dialog.keep_second.click()
    text = dialog.explanation.text()
    assert text.startswith(f"Everything of {first.case_number} — contacts")
    assert f"Case number {first.case_number} then no longer exists" in text
    with qtbot.waitSignal(dialog.accepted):
        dialog.merge_button.click()
    assert dialog.kept_id == second.id
    assert remaining(db) == [second.case_number]
    assert supervisor_host.changes == [MERGED]
    # Every view of the kept case (its contacts, mail, history…) and the operations read again.
    assert MERGED & CASE_VIEW == CASE_VIEW and MERGED & Change.OPERATIONS


def test_a_case_edited_meanwhile_is_not_merged_unseen(
    qtbot: QtBot,
    supervisor_host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
    twice: tuple[Person, Person],
) -> None:
    first, second = twice
    dialog = open_merge(supervisor_host, first, second)
    with unit_of_work(db, caseworker) as session:
        update_person(
            session,
            caseworker,
            id_of(second),
            {"family_name": "Bondar", "given_name": "Oleh", "date_of_birth": "1976"},
            expected_version=None,
            today=today,
        )
    dialog.merge_button.click()
    assert "changed by someone else" in error_text(qtbot)
    assert dialog.isVisible() and dialog.kept_id is None
    assert remaining(db) == sorted([first.case_number, second.case_number])
    assert supervisor_host.changes == []


def test_only_a_supervisor_merges(
    qtbot: QtBot, host: BareHost, db: Database, twice: tuple[Person, Person]
) -> None:
    first, second = twice
    dialog = open_merge(host, first, second)  # host acts as a caseworker
    dialog.merge_button.click()
    assert error_text(qtbot) == (
        "Only a supervisor or admin can merge cases; you are signed in as a caseworker."
    )
    assert dialog.isVisible() and dialog.kept_id is None
    assert len(remaining(db)) == 2 and host.changes == []


def test_cases_of_two_categories_are_refused(
    qtbot: QtBot, supervisor_host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    captive = register(db, caseworker, today, family_name="Бондар", given_name="Олег")
    evacuee = register(
        db, caseworker, today, category="evacuee", family_name="Бондар", given_name="Олег"
    )
    dialog = open_merge(supervisor_host, captive, evacuee)
    dialog.merge_button.click()
    assert "only cases of one category can be merged" in error_text(qtbot)
    assert dialog.isVisible() and len(remaining(db)) == 2
    assert supervisor_host.changes == []
