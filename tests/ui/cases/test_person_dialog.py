"""The register/edit form: checks as you type, Latin auto-fill, category fields, Esc, conflicts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Category, Sex
from ombuds_desk.services.cases.case_view import person_form
from ombuds_desk.services.cases.persons import register_person, update_person
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.person_dialog import PersonDialog
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.conflict_dialog import ConflictDialog
from tests.ui.helpers import type_text
from tests.ui.hosting import BareHost


@pytest.fixture
def dialog(qtbot: QtBot, host: BareHost) -> PersonDialog:
    form = PersonDialog(host)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def _fill_names(qtbot: QtBot, dialog: PersonDialog) -> None:
    type_text(qtbot, dialog.lines["family_name"].edit, "Ґудзь")
    type_text(qtbot, dialog.lines["given_name"].edit, "Євген")


def test_save_is_disabled_until_the_names_are_there(qtbot: QtBot, dialog: PersonDialog) -> None:
    assert not dialog.save_button.isEnabled()
    assert dialog.lines["family_name"].problem == ""  # not nagging before anything was typed
    _fill_names(qtbot, dialog)
    assert dialog.save_button.isEnabled()


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("2027", "Date of birth is in the future"),
        ("12.2026", "Date of birth is in the future"),
        ("31.02.1990", "Date of birth: 31.02.1990 does not exist"),
        ("14/3", "Date of birth: use YYYY, MM.YYYY, DD.MM.YYYY or YYYY-MM-DD"),
    ],
)
def test_a_bad_date_is_explained_under_the_field(
    qtbot: QtBot, dialog: PersonDialog, typed: str, message: str
) -> None:
    _fill_names(qtbot, dialog)
    type_text(qtbot, dialog.lines["date_of_birth"].edit, typed)
    label = dialog.lines["date_of_birth"].problem_label
    assert label.isVisible()
    assert label.text() == message
    assert not dialog.save_button.isEnabled()


@pytest.mark.parametrize("typed", ["1985", "03.1985", "14.03.1985", "1985-03-14"])
def test_partial_and_full_dates_are_accepted(
    qtbot: QtBot, dialog: PersonDialog, typed: str
) -> None:
    _fill_names(qtbot, dialog)
    type_text(qtbot, dialog.lines["date_of_birth"].edit, typed)
    assert not dialog.lines["date_of_birth"].problem_label.isVisible()
    assert dialog.save_button.isEnabled()


def test_clearing_the_family_name_says_it_is_required(qtbot: QtBot, dialog: PersonDialog) -> None:
    _fill_names(qtbot, dialog)
    edit = dialog.lines["family_name"].edit
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert dialog.lines["family_name"].problem == "Family name is required"
    assert dialog.lines["family_name"].problem_label.isVisible()
    assert not dialog.save_button.isEnabled()


def test_a_name_with_a_latin_look_alike_letter_is_warned_of_and_may_still_be_saved(
    qtbot: QtBot, dialog: PersonDialog
) -> None:
    type_text(qtbot, dialog.lines["family_name"].edit, "Шевчeнко")  # a Latin e
    type_text(qtbot, dialog.lines["given_name"].edit, "Тарас")
    line = dialog.lines["family_name"]
    assert line.problem_label.isVisible()
    assert line.problem_label.text().startswith(
        "Family name: has Latin letters among Cyrillic ones: “e” (letter 5). They look the "
        "same, but sorting, printouts and other programs take them for other letters. "
        '<a href="one-script">Correct it to “Шевченко”</a>'
    )
    assert dialog.save_button.isEnabled()  # a warning: the name may be what was meant
    assert not dialog.lines["given_name"].problem_label.isVisible()
    line.problem_label.linkActivated.emit("one-script")  # as a click on the link does
    assert line.edit.text() == "Шевченко"  # all Cyrillic now
    assert not line.problem_label.isVisible()
    assert dialog.lines["family_name_latin"].edit.text() == "Shevchenko"


def test_latin_follows_the_name_until_typed_over(qtbot: QtBot, dialog: PersonDialog) -> None:
    type_text(qtbot, dialog.lines["family_name"].edit, "Завʼялов")
    latin = dialog.lines["family_name_latin"].edit
    assert latin.text() == "Zavialov"
    latin.selectAll()
    type_text(qtbot, latin, "Zavyalov")
    type_text(qtbot, dialog.lines["family_name"].edit, "а")
    assert latin.text() == "Zavyalov"
    type_text(qtbot, latin, "1")
    assert (
        dialog.lines["family_name_latin"].problem == "Family name, Latin must be in Latin letters"
    )


def test_category_shows_its_own_fields(qtbot: QtBot, dialog: PersonDialog) -> None:
    assert dialog.captive_box.isVisible() and not dialog.evacuee_box.isVisible()
    dialog.category.set_current(Category.EVACUEE)
    assert dialog.evacuee_box.isVisible() and not dialog.captive_box.isVisible()
    assert "service_number" not in dialog.values()


def test_escape_asks_before_discarding_typed_data(qtbot: QtBot, dialog: PersonDialog) -> None:
    _fill_names(qtbot, dialog)
    qtbot.keyClick(dialog.lines["given_name"].edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    question = QApplication.activeModalWidget()
    assert isinstance(question, QMessageBox)
    assert dialog.isVisible()
    question.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == PersonDialog.DialogCode.Rejected


def _opened(
    host: BareHost, db: Database, actor: User, today: date, **fields: str
) -> tuple[PersonDialog, int]:
    """The edit form of a new case, open; and the case's id."""
    raw = {"category": "captive", "family_name": "Коваленко", "given_name": "Ірина", **fields}
    with unit_of_work(db, actor) as session:
        person = register_person(session, actor, raw, today=today)
    assert person.id is not None
    with db.reading() as session:
        form = person_form(session, person.id)
    dialog = PersonDialog(host, form, parent=host)
    dialog.open()
    return dialog, person.id


def _saved_meanwhile(db: Database, actor: User, person_id: int, today: date, **fields: str) -> None:
    """Somebody else saves the case after the form was opened."""
    with db.reading() as session:
        form = person_form(session, person_id)
    with unit_of_work(db, actor) as session:
        update_person(
            session,
            actor,
            form.id,
            {**form.values, **fields},
            expected_version=form.version,
            today=today,
        )


def _conflict(qtbot: QtBot, dialog: PersonDialog) -> ConflictDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ConflictDialog))
    found = QApplication.activeModalWidget()
    assert isinstance(found, ConflictDialog) and found is dialog.conflict_dialog
    return found


def _rows(conflict: ConflictDialog) -> list[tuple[str, str, str]]:
    return [(r.label, r.theirs, r.yours) for r in conflict.rows]


def test_an_edit_saved_meanwhile_by_someone_else_is_a_clear_conflict(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    dialog, person_id = _opened(host, db, caseworker, today)
    assert dialog.lines["family_name_latin"].text() == "Kovalenko"
    _saved_meanwhile(db, supervisor, person_id, today, rank="сержант")
    type_text(qtbot, dialog.lines["rank"].edit, "солдат")
    dialog.save_button.click()
    conflict = _conflict(qtbot, dialog)
    assert conflict.windowTitle() == "Changed by someone else"
    assert _rows(conflict) == [("Rank", "сержант", "солдат")]
    assert conflict.rows[0].by.startswith("Світлана Мельник, ")
    conflict.reject()  # Cancel
    qtbot.waitUntil(lambda: not conflict.isVisible())
    assert dialog.isVisible() and dialog.lines["rank"].text() == "солдат"  # as typed
    assert host.changes == []  # nothing saved: no view was told to read again
    with db.reading() as session:
        assert person_form(session, person_id).values["rank"] == "сержант"


def test_reload_keeps_their_changes_and_puts_only_yours_on_top(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    dialog, person_id = _opened(host, db, caseworker, today, unit="1-ша бригада")
    _saved_meanwhile(db, supervisor, person_id, today, unit="2-га бригада", sex="female")
    family = dialog.lines["family_name"].edit
    family.selectAll()
    type_text(qtbot, family, "Ковальова")
    type_text(qtbot, dialog.lines["rank"].edit, "солдат")
    dialog.save_button.click()
    conflict = _conflict(qtbot, dialog)
    assert _rows(conflict) == [
        ("Sex", "Female", "Unknown"),
        ("Unit", "2-га бригада", "1-ша бригада"),
    ]
    assert not any(r.yours_changed for r in conflict.rows)
    conflict.reapply_button.click()
    qtbot.waitUntil(lambda: not conflict.isVisible())
    assert host.changes == [Change.CASES]
    # Theirs where the user changed nothing, the user's where they did; the Latin name still
    # follows the name as written.
    assert dialog.lines["unit"].text() == "2-га бригада"
    assert dialog.sex.current() is Sex.FEMALE
    assert dialog.lines["rank"].text() == "солдат"
    assert dialog.lines["family_name"].text() == "Ковальова"
    assert dialog.lines["family_name_latin"].text() == "Kovalova"
    type_text(qtbot, family, "а")
    assert dialog.lines["family_name_latin"].text() == "Kovalovaa"
    family.backspace()
    assert dialog.is_dirty()
    assert dialog.notice.isVisible()
    assert dialog.notice.text() == (
        "Reloaded: this is Case CAP-2026-00001 as Світлана Мельник saved it, with your "
        "changes put back (Family name, Family name, Latin and Rank). Check them, then save."
    )
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with db.reading() as session:
        saved = person_form(session, person_id)
    assert saved.version == 3
    assert (saved.values["family_name"], saved.values["rank"], saved.values["unit"]) == (
        "Ковальова",
        "солдат",
        "2-га бригада",
    )
    assert saved.values["sex"] == "female"


def test_discard_shows_the_case_as_saved_now(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    dialog, person_id = _opened(host, db, caseworker, today)
    _saved_meanwhile(db, supervisor, person_id, today, rank="сержант")
    type_text(qtbot, dialog.lines["rank"].edit, "солдат")
    dialog.save_button.click()
    conflict = _conflict(qtbot, dialog)
    conflict.discard_button.click()
    qtbot.waitUntil(lambda: not conflict.isVisible())
    assert dialog.lines["rank"].text() == "сержант" and not dialog.is_dirty()
    qtbot.keyClick(dialog.lines["rank"].edit, Qt.Key.Key_Escape)  # closes without a question
    qtbot.waitUntil(lambda: not dialog.isVisible())
