"""The contact dialog: Save waits for the required fields, a refused value is explained under
its field, an edit starts from the contact and saves over it, Esc asks before throwing typed
data away, and one CONTACTS change is announced when it is saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Consent, Relationship
from ombuds_desk.domain.people import Contact
from ombuds_desk.services.cases.case_view import ContactRow
from ombuds_desk.services.cases.contacts import add_contact, list_contacts, update_contact
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.case_tables import CONTACT_COLUMNS
from ombuds_desk.ui.cases.contact_dialog import ContactDialog
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.conflict_dialog import ConflictDialog
from tests.services.helpers import id_of, register
from tests.ui.helpers import type_text
from tests.ui.hosting import BareHost

OLHA = {
    "family_name": "Ґава",
    "given_name": "Ольга",
    "patronymic": "Євгенівна",
    "relationship": "wife",
    "phone": "+380 67 000 11 22",
    "email": "olha.gava@ukr.net",
    "address": "Київ, вул. Їжакевича 5",
    "consent": "given",
    "share_consent": "given",
    "notes": "Дзвонити після 18:00",
}


@pytest.fixture
def case_id(db: Database, caseworker: User, today: date) -> int:
    return id_of(register(db, caseworker, today, family_name="Ґава", given_name="Євген"))


def _open(qtbot: QtBot, dialog: ContactDialog) -> ContactDialog:
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _contacts(db: Database, case_id: int) -> list[Contact]:
    with db.reading() as session:
        return list_contacts(session, case_id)


def _olha(host: BareHost, db: Database, caseworker: User, case_id: int) -> ContactRow:
    with unit_of_work(db, caseworker) as session:
        add_contact(session, caseworker, case_id, OLHA)
    details = host.select_case(case_id)
    assert details is not None
    return details.contacts[0]


def _question(qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def _conflict(qtbot: QtBot, dialog: ContactDialog) -> ConflictDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ConflictDialog))
    found = QApplication.activeModalWidget()
    assert isinstance(found, ConflictDialog) and found is dialog.conflict_dialog
    return found


def test_save_waits_for_both_names_and_the_relationship(
    qtbot: QtBot, host: BareHost, case_id: int
) -> None:
    dialog = _open(qtbot, ContactDialog(host, case_id, parent=host))
    assert dialog.windowTitle() == "Add a contact"
    assert not dialog.save_button.isEnabled()
    type_text(qtbot, dialog.lines["family_name"].edit, "Ґава")
    assert not dialog.save_button.isEnabled()
    type_text(qtbot, dialog.lines["given_name"].edit, "Ольга")
    assert not dialog.save_button.isEnabled()  # no relationship chosen yet
    dialog.relationship.set_current(Relationship.WIFE)
    assert dialog.save_button.isEnabled()
    dialog.lines["given_name"].edit.setText("   ")
    assert not dialog.save_button.isEnabled()
    dialog.lines["given_name"].edit.setText("Ольга")
    dialog.relationship.set_current(None)  # back to "— choose —"
    assert not dialog.save_button.isEnabled()


def test_a_bad_e_mail_is_explained_under_its_field(
    qtbot: QtBot, host: BareHost, db: Database, case_id: int
) -> None:
    dialog = _open(qtbot, ContactDialog(host, case_id, parent=host))
    type_text(qtbot, dialog.lines["family_name"].edit, "Ґава")
    type_text(qtbot, dialog.lines["given_name"].edit, "Ольга")
    dialog.relationship.set_current(Relationship.MOTHER)
    type_text(qtbot, dialog.lines["email"].edit, "olha at ukr.net")
    dialog.save_button.click()
    email = dialog.lines["email"]
    assert email.problem == "E-mail is not an e-mail address"
    assert email.problem_label.isVisible()
    assert not dialog.lines["phone"].problem_label.isVisible()
    assert not dialog.problem.isVisible()  # every problem has its field here
    assert dialog.isVisible() and QApplication.activeModalWidget() is dialog
    assert host.changes == [] and _contacts(db, case_id) == []


def test_a_new_contact_is_saved_with_everything_typed(
    qtbot: QtBot, host: BareHost, db: Database, case_id: int
) -> None:
    dialog = _open(qtbot, ContactDialog(host, case_id, parent=host))
    for field in ("family_name", "given_name", "patronymic", "phone", "email"):
        type_text(qtbot, dialog.lines[field].edit, OLHA[field])
    dialog.relationship.set_current(Relationship.WIFE)
    dialog.consent.set_current(Consent.GIVEN)
    dialog.share_consent.set_current(Consent.GIVEN)
    dialog.address.setPlainText(OLHA["address"])
    dialog.notes.setPlainText(OLHA["notes"])
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == ContactDialog.DialogCode.Accepted
    assert host.changes == [Change.CONTACTS]
    [saved] = _contacts(db, case_id)
    assert dialog.saved_id == saved.id
    assert saved.model_dump(include=set(OLHA)) == {
        **OLHA,
        "relationship": Relationship.WIFE,
        "consent": Consent.GIVEN,
        "share_consent": Consent.GIVEN,
    }


def test_an_edit_starts_from_the_contact_and_saves_over_it(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, case_id: int
) -> None:
    row = _olha(host, db, caseworker, case_id)
    dialog = _open(qtbot, ContactDialog(host, case_id, row, host))
    assert dialog.windowTitle() == "Edit contact"
    values = dialog.values()
    assert values == OLHA  # every field as saved, relationship and consent included
    assert dialog.save_button.isEnabled()
    phone = dialog.lines["phone"].edit
    phone.clear()
    type_text(qtbot, phone, "+380 50 999 00 00")
    dialog.relationship.set_current(Relationship.PARTNER)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert host.changes == [Change.CONTACTS]
    assert dialog.saved_id == row.id
    [saved] = _contacts(db, case_id)
    assert (saved.phone, saved.relationship, saved.address) == (
        "+380 50 999 00 00",
        Relationship.PARTNER,
        OLHA["address"],
    )


def test_an_edit_saved_meanwhile_by_someone_else_is_a_clear_conflict(
    qtbot: QtBot,
    host: BareHost,
    db: Database,
    caseworker: User,
    supervisor: User,
    case_id: int,
) -> None:
    row = _olha(host, db, caseworker, case_id)
    dialog = _open(qtbot, ContactDialog(host, case_id, row, host))
    with unit_of_work(db, supervisor) as session:
        update_contact(
            session, supervisor, row.id, {**OLHA, "phone": "+380 44 100 20 30"}, expected_version=1
        )
    type_text(qtbot, dialog.lines["patronymic"].edit, "ʼ")
    dialog.save_button.click()
    conflict = _conflict(qtbot, dialog)
    assert conflict.windowTitle() == "Changed by someone else"
    # Their phone beside the one on the form (the patronymic is the user's alone).
    assert [(r.label, r.theirs, r.yours, r.yours_changed) for r in conflict.rows] == [
        ("Phone", "+380 44 100 20 30", OLHA["phone"], False)
    ]
    assert conflict.rows[0].by.startswith("Світлана Мельник, ")
    conflict.reject()  # Cancel
    qtbot.waitUntil(lambda: not conflict.isVisible())
    assert dialog.isVisible()  # what was typed is still there
    assert dialog.lines["patronymic"].text() == "Євгенівнаʼ"
    assert host.changes == []
    assert [c.phone for c in _contacts(db, case_id)] == ["+380 44 100 20 30"]


def test_reload_puts_the_users_changes_on_top_of_theirs(
    qtbot: QtBot,
    host: BareHost,
    db: Database,
    caseworker: User,
    supervisor: User,
    case_id: int,
) -> None:
    row = _olha(host, db, caseworker, case_id)
    dialog = _open(qtbot, ContactDialog(host, case_id, row, host))
    with unit_of_work(db, supervisor) as session:
        update_contact(
            session,
            supervisor,
            row.id,
            {**OLHA, "phone": "+380 44 100 20 30", "consent": "refused", "notes": ""},
            expected_version=1,
        )
    phone = dialog.lines["phone"].edit
    phone.selectAll()
    type_text(qtbot, phone, "+380 50 200 30 40")
    dialog.address.setPlainText("Львів, вул. Ґонти 1")
    dialog.save_button.click()
    conflict = _conflict(qtbot, dialog)
    assert [(r.label, r.theirs, r.yours) for r in conflict.rows] == [
        ("Phone", "+380 44 100 20 30", "+380 50 200 30 40"),
        ("Consent to be contacted", "No", "Yes"),
        ("Notes", "—", OLHA["notes"]),
    ]
    conflict.reapply_button.click()
    qtbot.waitUntil(lambda: not conflict.isVisible())
    assert host.changes == [Change.CONTACTS]
    assert dialog.consent.current() is Consent.REFUSED and dialog.notes.toPlainText() == ""
    assert dialog.lines["phone"].text() == "+380 50 200 30 40"
    assert dialog.address.toPlainText() == "Львів, вул. Ґонти 1"
    assert "(Phone and Address)" in dialog.notice.text()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [saved] = _contacts(db, case_id)
    assert (saved.phone, saved.address, saved.consent, saved.notes, saved.version) == (
        "+380 50 200 30 40",
        "Львів, вул. Ґонти 1",
        Consent.REFUSED,
        None,
        3,
    )


def test_escape_asks_before_discarding_what_was_typed(
    qtbot: QtBot, host: BareHost, db: Database, case_id: int
) -> None:
    dialog = _open(qtbot, ContactDialog(host, case_id, parent=host))
    type_text(qtbot, dialog.lines["family_name"].edit, "Пʼятницька")
    qtbot.keyClick(dialog.lines["family_name"].edit, Qt.Key.Key_Escape)
    question = _question(qtbot)
    assert question.objectName() == "discardQuestion"
    question.button(QMessageBox.StandardButton.Cancel).click()  # "Keep editing"
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    assert dialog.isVisible() and dialog.lines["family_name"].text() == "Пʼятницька"

    qtbot.keyClick(dialog.lines["family_name"].edit, Qt.Key.Key_Escape)
    _question(qtbot).button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == ContactDialog.DialogCode.Rejected
    assert host.changes == [] and _contacts(db, case_id) == []


def test_an_address_typed_counts_as_a_change_too(
    qtbot: QtBot, host: BareHost, case_id: int
) -> None:
    dialog = _open(qtbot, ContactDialog(host, case_id, parent=host))
    dialog.address.setPlainText("Харків")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Escape)
    question = _question(qtbot)
    assert question.objectName() == "discardQuestion"
    question.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_escape_on_an_untouched_edit_closes_at_once(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, case_id: int
) -> None:
    row = _olha(host, db, caseworker, case_id)
    dialog = _open(qtbot, ContactDialog(host, case_id, row, host))
    qtbot.keyClick(dialog.lines["given_name"].edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert QApplication.activeModalWidget() is None  # nothing typed: nothing to ask
    assert host.changes == []


def test_the_phone_is_checked_as_it_is_typed(
    qtbot: QtBot, host: BareHost, db: Database, case_id: int
) -> None:
    dialog = _open(qtbot, ContactDialog(host, case_id, parent=host))
    phone = dialog.lines["phone"]
    dialog.activateWindow()
    phone.setFocus()
    qtbot.waitUntil(phone.edit.hasFocus)
    type_text(qtbot, phone.edit, "+380 67")
    assert not phone.problem_label.isVisible()  # still typing: not too short yet
    dialog.lines["email"].setFocus()  # leaves the field
    qtbot.waitUntil(lambda: phone.problem_label.isVisible())
    assert phone.problem == ("Phone is too short for a phone number: type at least 7 digits")
    assert phone.problem_label.isVisible()
    phone.edit.setFocus()
    phone.edit.end(False)
    type_text(qtbot, phone.edit, " 0")
    assert phone.problem_label.isVisible()  # 6 digits: still too short, it stays said
    type_text(qtbot, phone.edit, "00 11 22")
    assert not phone.problem_label.isVisible()  # a number now: the message goes at once
    type_text(qtbot, phone.edit, " дод.")
    assert phone.problem == "Phone may hold only digits, spaces, ( ) and -, with + only in front"
    # Saving refuses it with the same words, and nothing is stored.
    type_text(qtbot, dialog.lines["family_name"].edit, "Ґава")
    type_text(qtbot, dialog.lines["given_name"].edit, "Ольга")
    dialog.relationship.set_current(Relationship.MOTHER)
    dialog.save_button.click()
    assert phone.problem == "Phone may hold only digits, spaces, ( ) and -, with + only in front"
    assert host.changes == [] and _contacts(db, case_id) == []


def test_both_consents_are_shown_and_saved(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, case_id: int
) -> None:
    row = _olha(host, db, caseworker, case_id)
    dialog = _open(qtbot, ContactDialog(host, case_id, row, host))
    assert dialog.consent.current() is Consent.GIVEN
    assert dialog.share_consent.current() is Consent.GIVEN
    assert "Only Yes puts them there" in dialog.share_consent.toolTip()
    assert [dialog.share_consent.itemText(i) for i in range(3)] == ["Not asked", "Yes", "No"]
    dialog.share_consent.set_current(Consent.REFUSED)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [saved] = _contacts(db, case_id)
    assert (saved.consent, saved.share_consent) == (Consent.GIVEN, Consent.REFUSED)
    details = host.select_case(case_id)
    assert details is not None
    shown = {c.title: c.text(details.contacts[0]) for c in CONTACT_COLUMNS}
    assert (shown["Contact?"], shown["Counterpart?"]) == ("Yes", "No")
