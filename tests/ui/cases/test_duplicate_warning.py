"""Registering a person who may already have a case warns first: register anyway, open the
existing case, or go back to the form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlmodel import col

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.people import Person
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.duplicate_warning import DuplicateWarningDialog
from ombuds_desk.ui.cases.person_dialog import PersonDialog
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.services.helpers import register
from tests.ui.helpers import cases_page, type_text, wait_idle

EXISTING = {"family_name": "Пʼятницька", "given_name": "Євгенія", "date_of_birth": "1990"}


def new_person_form(
    qtbot: QtBot, window: MainWindow, family: str, given: str, born: str
) -> PersonDialog:
    page = cases_page(window)
    page.new_case()
    dialog = page.cases.dialog
    assert isinstance(dialog, PersonDialog)
    for field, text in (("family_name", family), ("given_name", given), ("date_of_birth", born)):
        type_text(qtbot, dialog.lines[field].edit, text)
    assert dialog.save_button.isEnabled()
    return dialog


def warning(form: PersonDialog) -> DuplicateWarningDialog | None:
    shown = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, DuplicateWarningDialog) and w.isVisible() and w.parent() is form
    ]
    assert len(shown) <= 1
    return shown[0] if shown else None


def family_names(db: Database) -> list[str]:
    with db.reading() as session:
        return sorted(session.execute(select(col(Person.family_name))).scalars())


def save_latin_spelling(
    qtbot: QtBot, window: MainWindow, db: Database, caseworker: User, today: date
) -> tuple[Person, PersonDialog, DuplicateWarningDialog]:
    existing = register(db, caseworker, today, **EXISTING)
    dialog = new_person_form(qtbot, window, "Pyatnytska", "Yevheniia", "1990")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    shown = warning(dialog)
    assert shown is not None, "no warning before saving a likely duplicate"
    return existing, dialog, shown


def test_the_warning_lists_the_existing_case(
    qtbot: QtBot, window: MainWindow, db: Database, caseworker: User, today: date
) -> None:
    existing, _dialog, shown = save_latin_spelling(qtbot, window, db, caseworker, today)
    assert shown.model.rowCount() == 1
    row = shown.model.row_at(0)
    assert row is not None
    case, name, latin, born, category, status, why = row
    assert (case, name, born, category, status) == (
        existing.case_number,
        "Пʼятницька Євгенія",
        1990,
        "Captive",
        "Registered",
    )
    assert latin == f"{existing.family_name_latin} {existing.given_name_latin}"
    assert "1990" in why
    assert family_names(db) == ["Пʼятницька"]  # nothing saved yet


def test_register_anyway_saves(
    qtbot: QtBot, window: MainWindow, db: Database, caseworker: User, today: date
) -> None:
    page = cases_page(window)
    _existing, dialog, shown = save_latin_spelling(qtbot, window, db, caseworker, today)
    qtbot.mouseClick(shown.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.saved_id is not None
    assert family_names(db) == ["Pyatnytska", "Пʼятницька"]
    qtbot.waitUntil(lambda: page.details is not None and page.details.id == dialog.saved_id)


def test_open_existing_selects_the_existing_case(
    qtbot: QtBot, window: MainWindow, db: Database, caseworker: User, today: date
) -> None:
    page = cases_page(window)
    existing, dialog, shown = save_latin_spelling(qtbot, window, db, caseworker, today)
    qtbot.mouseClick(shown.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.saved_id is None and family_names(db) == ["Пʼятницька"]
    wait_idle(qtbot, window)  # the list is read again to show the existing case
    assert page.details is not None and page.details.id == existing.id
    assert page.table.current_person_id() == existing.id


def test_back_to_the_form_keeps_what_was_typed(
    qtbot: QtBot, window: MainWindow, db: Database, caseworker: User, today: date
) -> None:
    _existing, dialog, shown = save_latin_spelling(qtbot, window, db, caseworker, today)
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: warning(dialog) is None)
    assert dialog.isVisible() and dialog.lines["family_name"].text() == "Pyatnytska"
    dialog.lines["date_of_birth"].edit.setText("1991")  # another person
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert warning(dialog) is None and family_names(db) == ["Pyatnytska", "Пʼятницька"]


def test_no_warning_for_someone_new(
    qtbot: QtBot, window: MainWindow, db: Database, caseworker: User, today: date
) -> None:
    register(db, caseworker, today, **EXISTING)
    dialog = new_person_form(qtbot, window, "Коваленко", "Ірина", "1990")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert warning(dialog) is None and dialog.saved_id is not None
