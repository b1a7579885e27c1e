"""Two caseworkers, two main windows, one SQLite file: the second save of the same record shows
who changed what (field, their value, your value), reloading puts the second caseworker's
changes back on top of the first's for them to check and save, and nothing is overwritten
without anyone seeing it — a case's edit form, a contact's and a correspondence item's."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from ombuds_desk.domain.accounts import AuditEntry, User
from ombuds_desk.domain.enums import AuditAction, CaseStatus, Role
from ombuds_desk.domain.mail import CorrespondenceItem
from ombuds_desk.domain.people import Contact, Person
from ombuds_desk.services.cases.contacts import add_contact
from ombuds_desk.services.core.audit_trail import case_history
from ombuds_desk.services.core.audit_words import read_changes
from ombuds_desk.services.core.auth import sign_in
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.core.users import create_user
from ombuds_desk.services.mail.correspondence import log_item
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.ui.cases.contact_dialog import ContactDialog
from ombuds_desk.ui.cases.person_dialog import PersonDialog
from ombuds_desk.ui.cases.status_dialog import StatusDialog
from ombuds_desk.ui.common.conflict_dialog import ConflictDialog
from ombuds_desk.ui.mail.item_dialog import ItemDialog, edit_item
from ombuds_desk.ui.shell.app import build_main_window
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.conftest import PASSWORDS
from tests.services.helpers import id_of, register
from tests.ui.helpers import action, cases_page, refresh, type_text, wait_idle

SECOND = ("h.kovalenko", "Ганна Коваленко", "caseworker-пароль-5")


@pytest.fixture
def second_caseworker(db: Database, admin: User) -> User:
    """Another caseworker of the same office, with a password of her own."""
    username, full_name, password = SECOND
    with unit_of_work(db, admin) as session:
        user = create_user(session, admin, username, full_name, Role.CASEWORKER, password)
        user.must_change_password = False
        return user


@pytest.fixture
def case_id(db: Database, caseworker: User, today: date) -> int:
    return id_of(
        register(
            db,
            caseworker,
            today,
            family_name="Ґудзь",
            given_name="Євген",
            rank="солдат",
            detention_place="Таганрог, СІЗО-2",
        )
    )


Windows = tuple[MainWindow, MainWindow]


@pytest.fixture
def windows(
    qtbot: QtBot,
    db: Database,
    db_path: Path,
    caseworker: User,
    second_caseworker: User,
    today: date,
    tmp_path: Path,
    case_id: int,
) -> Iterator[Windows]:
    """Олег Бондар's window and Ганна Коваленко's, each signed in with a password on its own
    connection to the same file (as on two desks sharing the office's database)."""
    other_db = open_database(f"sqlite:///{db_path}")
    first_user = sign_in(db, caseworker.username, PASSWORDS[caseworker.username])
    second_user = sign_in(other_db, SECOND[0], SECOND[2])
    made = []
    for n, (database, user) in enumerate(((db, first_user), (other_db, second_user))):
        settings = QSettings(str(tmp_path / f"ui-{n}.ini"), QSettings.Format.IniFormat)
        main = build_main_window(database, user, today_fn=lambda: today, settings=settings)
        main.show()
        qtbot.waitExposed(main)
        main.open_case(case_id)
        wait_idle(qtbot, main)
        made.append(main)
    yield made[0], made[1]
    for main in made:
        wait_idle(qtbot, main)
        main.close()
        main.deleteLater()
    other_db.dispose()


def _edit_form(qtbot: QtBot, window: MainWindow) -> PersonDialog:
    """Case → Edit case… (F2) on the case shown."""
    page = cases_page(window)
    action(window, "editCase").trigger()
    qtbot.waitUntil(lambda: isinstance(page.cases.dialog, PersonDialog))
    dialog = page.cases.dialog
    assert isinstance(dialog, PersonDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _retype(qtbot: QtBot, dialog: PersonDialog, field: str, text: str) -> None:
    edit = dialog.lines[field].edit
    edit.selectAll()
    type_text(qtbot, edit, text)


def _conflict(qtbot: QtBot, form: PersonDialog | ContactDialog | ItemDialog) -> ConflictDialog:
    qtbot.waitUntil(lambda: isinstance(form.conflict_dialog, ConflictDialog))
    dialog = form.conflict_dialog
    assert isinstance(dialog, ConflictDialog)
    qtbot.waitExposed(dialog)
    assert QApplication.activeModalWidget() is dialog
    return dialog


def table(dialog: ConflictDialog) -> list[tuple[str, ...]]:
    """The conflict dialog's table as a caseworker reads it, row by row."""
    grid = dialog.table
    rows = []
    for row in range(grid.rowCount()):
        cells = [grid.item(row, column) for column in range(grid.columnCount())]
        rows.append(tuple(cell.text() if cell is not None else "" for cell in cells))
    return rows


def _person(db: Database, case_id: int) -> Person:
    with db.reading() as session:
        person = session.get(Person, case_id)
        assert person is not None
        return person


def _updates(db: Database, entity: str, record_id: int) -> list[tuple[str, dict[str, object]]]:
    """Who saved the record and what each save changed, oldest first."""
    with db.reading() as session:
        users = {u.id: u.full_name for u in session.exec(select(User))}
        entries = session.exec(
            select(AuditEntry)
            .where(
                AuditEntry.entity == entity,
                AuditEntry.entity_id == record_id,
                AuditEntry.action == AuditAction.UPDATE,
            )
            .order_by(col(AuditEntry.id))
        ).all()
        return [(users[e.user_id], read_changes(e.changes) or {}) for e in entries]


def test_the_second_save_of_a_case_names_who_changed_what_and_overwrites_nothing(
    qtbot: QtBot, windows: Windows, db: Database, case_id: int, tmp_path: Path
) -> None:
    first, second = windows
    # Both caseworkers open the same case's edit form.
    mine, theirs = _edit_form(qtbot, second), _edit_form(qtbot, first)
    # Олег Бондар promotes him and saves.
    _retype(qtbot, theirs, "rank", "сержант")
    theirs.save_button.click()
    qtbot.waitUntil(lambda: not theirs.isVisible())
    # Ганна Коваленко, on the form she opened before that, changes the rank and the place of
    # detention, and saves.
    _retype(qtbot, mine, "rank", "молодший сержант")
    _retype(qtbot, mine, "detention_place", "Оленівка, ВК-120")
    mine.save_button.click()

    conflict = _conflict(qtbot, mine)
    conflict.grab().save(str(tmp_path / "conflict.png"))
    assert conflict.windowTitle() == "Changed by someone else"
    heading = conflict.findChild(type(conflict.advice), "conflictHeading")
    assert heading is not None
    assert "was changed by <b>Олег Бондар</b>" in heading.text()
    [row] = table(conflict)  # only the field that differs: her place of detention is hers
    assert row[:3] == ("Rank", "сержант", "молодший сержант")
    assert row[3].startswith("Олег Бондар, ")
    assert "Rank and Place of detention" in conflict.advice.text()
    person = _person(db, case_id)
    assert (person.rank, person.detention_place, person.version) == (
        "сержант",
        "Таганрог, СІЗО-2",
        2,
    )

    # Reload and apply my changes again: the form at the new version, her values on top.
    conflict.reapply_button.click()
    qtbot.waitUntil(lambda: not conflict.isVisible())
    assert mine.isVisible()
    assert mine.lines["rank"].text() == "молодший сержант"
    assert mine.lines["detention_place"].text() == "Оленівка, ВК-120"
    assert mine.notice.isVisible() and "Олег Бондар" in mine.notice.text()
    mine.grab().save(str(tmp_path / "reloaded.png"))
    assert _person(db, case_id).rank == "сержант"  # nothing saved without her click
    # Her window shows the case as saved now behind the form.
    page = cases_page(second)
    qtbot.waitUntil(
        lambda: page.details is not None and page.details.facts.get("rank") == "сержант"
    )

    mine.save_button.click()
    qtbot.waitUntil(lambda: not mine.isVisible())
    person = _person(db, case_id)
    assert (person.rank, person.detention_place, person.version) == (
        "молодший сержант",
        "Оленівка, ВК-120",
        3,
    )
    # The trail has both changes, each under its author's name.
    assert _updates(db, "person", case_id) == [
        ("Олег Бондар", {"rank": ["солдат", "сержант"], "version": [1, 2]}),
        (
            "Ганна Коваленко",
            {
                "rank": ["сержант", "молодший сержант"],
                "detention_place": ["Таганрог, СІЗО-2", "Оленівка, ВК-120"],
                "version": [2, 3],
            },
        ),
    ]
    with db.reading() as session:
        said = [(row.who, row.what) for row in case_history(session, case_id)]
    assert ("Олег Бондар", "Rank: солдат → сержант") in said


def test_cancel_keeps_the_form_as_typed_and_discard_shows_theirs(
    qtbot: QtBot, windows: Windows, db: Database, case_id: int
) -> None:
    first, second = windows
    mine, theirs = _edit_form(qtbot, second), _edit_form(qtbot, first)
    _retype(qtbot, theirs, "rank", "сержант")
    theirs.save_button.click()
    qtbot.waitUntil(lambda: not theirs.isVisible())
    _retype(qtbot, mine, "rank", "майор")

    mine.save_button.click()
    conflict = _conflict(qtbot, mine)
    conflict.reject()  # Cancel: back to the form as typed, still at the old version
    qtbot.waitUntil(lambda: not conflict.isVisible())
    assert mine.lines["rank"].text() == "майор"
    mine.save_button.click()  # saving again meets the same conflict: still nothing overwritten
    again = _conflict(qtbot, mine)
    assert again is not conflict
    assert _person(db, case_id).rank == "сержант"

    again.discard_button.click()
    qtbot.waitUntil(lambda: not again.isVisible())
    assert mine.lines["rank"].text() == "сержант"
    assert not mine.is_dirty()  # Esc now closes it without a question
    assert "discarded" in mine.notice.text()
    assert _person(db, case_id).version == 2


def test_a_contact_edited_in_both_windows(
    qtbot: QtBot,
    windows: Windows,
    db: Database,
    caseworker: User,
    case_id: int,
) -> None:
    with unit_of_work(db, caseworker) as session:
        wife = add_contact(
            session,
            caseworker,
            case_id,
            {
                "family_name": "Ґудзь",
                "given_name": "Ольга",
                "relationship": "wife",
                "phone": "+380 67 000 11 22",
                "email": "olha@ukr.net",
            },
        )
    contact_id = id_of(wife)
    forms = []
    for window in windows:
        page = cases_page(window)
        refresh(qtbot, window)  # F5: the contact is new
        page.on_contact_edit_requested(contact_id)
        dialog = page.contacts.dialog
        assert isinstance(dialog, ContactDialog)
        qtbot.waitExposed(dialog)
        forms.append(dialog)
    theirs, mine = forms
    phone = theirs.lines["phone"].edit
    phone.selectAll()
    type_text(qtbot, phone, "+380 50 111 22 33")
    theirs.save_button.click()
    qtbot.waitUntil(lambda: not theirs.isVisible())

    for field, text in (("phone", "+380 63 444 55 66"), ("email", "olha.gudz@ukr.net")):
        edit = mine.lines[field].edit
        edit.selectAll()
        type_text(qtbot, edit, text)
    mine.save_button.click()
    conflict = _conflict(qtbot, mine)
    [row] = table(conflict)
    assert row[:3] == ("Phone", "+380 50 111 22 33", "+380 63 444 55 66")
    assert row[3].startswith("Олег Бондар, ")
    conflict.reapply_button.click()
    qtbot.waitUntil(lambda: not conflict.isVisible())
    assert mine.lines["phone"].text() == "+380 63 444 55 66"
    mine.save_button.click()
    qtbot.waitUntil(lambda: not mine.isVisible())

    with db.reading() as session:
        saved = session.get(Contact, contact_id)
        assert saved is not None
        assert (saved.phone, saved.email, saved.version) == (
            "+380 63 444 55 66",
            "olha.gudz@ukr.net",
            3,
        )
    assert [who for who, _changes in _updates(db, "contact", contact_id)] == [
        "Олег Бондар",
        "Ганна Коваленко",
    ]


def test_an_item_corrected_in_both_windows(
    qtbot: QtBot,
    windows: Windows,
    db: Database,
    caseworker: User,
    case_id: int,
    today: date,
) -> None:
    with unit_of_work(db, caseworker) as session:
        logged = log_item(
            session,
            caseworker,
            case_id,
            {
                "kind": "letter",
                "direction": "to_person",
                "author_name": "Ґудзь Ольга",
                "author_relationship": "wife",
                "received_on": "20.11.2026",
                "pages": "2",
                "description": "Лист від дружини",
            },
            today=today,
        )
    item_id = id_of(logged)
    first, second = windows
    theirs = edit_item(first, item_id, "Ґудзь Євген", [])
    mine = edit_item(second, item_id, "Ґудзь Євген", [])
    assert theirs is not None and mine is not None
    assert mine.windowTitle() == "Edit item — Ґудзь Євген"
    assert mine.lines["description"].text() == "Лист від дружини"

    for field, text in (("pages", "3"),):
        edit = theirs.lines[field].edit
        edit.selectAll()
        type_text(qtbot, edit, text)
    theirs.save_button.click()
    qtbot.waitUntil(lambda: not theirs.isVisible())

    for field, text in (("pages", "4"), ("description", "Лист і малюнок доньки")):
        edit = mine.lines[field].edit
        edit.selectAll()
        type_text(qtbot, edit, text)
    mine.save_button.click()
    conflict = _conflict(qtbot, mine)
    [row] = table(conflict)
    assert row[:3] == ("Pages", "3", "4")
    assert row[3].startswith("Олег Бондар, ")
    conflict.reapply_button.click()
    qtbot.waitUntil(lambda: not conflict.isVisible())
    mine.save_button.click()
    qtbot.waitUntil(lambda: not mine.isVisible())

    with db.reading() as session:
        saved = session.get(CorrespondenceItem, item_id)
        assert saved is not None
        assert (saved.pages, saved.description, saved.version) == (
            4,
            "Лист і малюнок доньки",
            3,
        )
    assert [
        (who, changes.get("pages")) for who, changes in _updates(db, "correspondence_item", item_id)
    ] == [
        ("Олег Бондар", [2, 3]),
        ("Ганна Коваленко", [3, 4]),
    ]


def test_a_status_change_on_a_case_saved_meanwhile_says_who_and_reopens_on_the_new_version(
    qtbot: QtBot, windows: Windows, db: Database, case_id: int, tmp_path: Path
) -> None:
    first, second = windows
    page = cases_page(second)
    action(second, "changeStatus").trigger()
    qtbot.waitUntil(lambda: isinstance(page.cases.dialog, StatusDialog))
    status = page.cases.dialog
    assert isinstance(status, StatusDialog) and status.chosen_status() is CaseStatus.CONFIRMED
    theirs = _edit_form(qtbot, first)
    _retype(qtbot, theirs, "rank", "сержант")
    theirs.save_button.click()
    qtbot.waitUntil(lambda: not theirs.isVisible())

    status.save_button.click()  # the generic path: the status dialog handles no conflict itself
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.objectName() == "conflictMessage"
    box.grab().save(str(tmp_path / "status-conflict.png"))
    assert "Олег Бондар changed Rank" in box.text()
    assert _person(db, case_id).status is CaseStatus.REGISTERED
    box.buttons()[0].click()  # Close and show the new version
    qtbot.waitUntil(lambda: not status.isVisible())
    qtbot.waitUntil(lambda: page.details is not None and page.details.version == 2)
    assert page.details is not None and page.details.facts["rank"] == "сержант"

    action(second, "changeStatus").trigger()  # opened again, on the new version
    qtbot.waitUntil(lambda: page.cases.dialog is not status and page.cases.dialog is not None)
    again = page.cases.dialog
    assert isinstance(again, StatusDialog)
    again.save_button.click()
    qtbot.waitUntil(lambda: not again.isVisible())
    person = _person(db, case_id)
    assert (person.status, person.rank) == (CaseStatus.CONFIRMED, "сержант")
