"""The "Possible duplicates" page: pairs found in the background, opened, merged by a
supervisor (one case remains, with both cases' contacts)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QObject, Qt
from sqlalchemy import select

from ombuds_desk.domain.people import Contact, Person
from ombuds_desk.services.cases import contacts
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.ui.lists.duplicates_page import DuplicatesPage
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.services.helpers import register


@pytest.fixture
def pair(db, caseworker, today) -> tuple[Person, Person]:
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
                person.id,
                {
                    "family_name": "Харченко",
                    "given_name": name,
                    "relationship": "wife" if name == "Олена" else "mother",
                },
            )
    return first, second


def page_of(window: MainWindow) -> DuplicatesPage:
    page = window.findChild(DuplicatesPage, "duplicatesPage")
    assert isinstance(page, DuplicatesPage)
    return page


def show_pairs(qtbot, window: MainWindow) -> DuplicatesPage:
    page = page_of(window)
    window.findChild(QObject, "lists").find_duplicates.trigger()  # Case → Possible duplicates…
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.job is None and not page.stale, timeout=60_000)
    return page


@pytest.fixture
def supervisor_window(qtbot, db, supervisor, today, ui_settings):
    main = MainWindow(db, supervisor, today_fn=lambda: today, settings=ui_settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def test_pairs_are_listed_and_opened(qtbot, qtmodeltester, window, pair) -> None:
    first, second = pair
    page = show_pairs(qtbot, window)
    assert page.model.rowCount() == 1
    score, case_a, name_a, born_a, case_b, name_b, born_b, why = page.model.row_values(0)
    assert (case_a, name_a, born_a) == (first.case_number, "Харченко Юрій", 1980)
    assert (case_b, name_b, born_b) == (second.case_number, "Kharchenko Yurii", 1980)
    assert score >= 85 and "1980" in why
    qtmodeltester.check(page.model)
    assert not page.merge_button.isEnabled()  # nothing chosen yet
    page.view.selectRow(0)
    assert page.open_first.isEnabled()
    assert not page.merge_button.isEnabled() and "supervisor" in page.merge_button.toolTip()
    qtbot.mouseClick(page.open_second, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.cases_page
    assert window.details is not None and window.details.id == second.id


def test_a_supervisor_merges_a_pair(qtbot, supervisor_window, db, pair) -> None:
    window = supervisor_window
    first, second = pair
    page = show_pairs(qtbot, window)
    page.view.selectRow(0)
    assert page.merge_button.isEnabled()
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    dialog = page.merge_dialog
    assert dialog is not None and dialog.isVisible()
    rows = {
        r[0]: r[1:] for r in (dialog.model.row_values(i) for i in range(dialog.model.rowCount()))
    }
    assert rows["Name"] == ("Харченко Юрій", "Kharchenko Yurii")
    assert rows["Contacts"] == ("1", "1")
    assert f"Case number {second.case_number} then no longer exists" in dialog.explanation.text()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.kept_id == first.id and not dialog.isVisible()
    with db.reading() as session:
        kept = session.execute(select(Person.id).where(Person.family_name != "Коваль")).scalars()
        assert list(kept) == [first.id]
        wives = session.execute(select(Contact.given_name).where(Contact.person_id == first.id))
        assert sorted(wives.scalars()) == ["Марія", "Олена"]
    qtbot.waitUntil(lambda: page.job is None and not page.stale, timeout=60_000)
    assert page.model.rowCount() == 0  # searched again after the merge
    assert "No possible duplicates" in page.summary.text()
