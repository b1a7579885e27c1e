"""The Administration page's staff list: an admin adds a member of staff, changes a role,
resets a password, unlocks and deactivates (after a question naming the person) or
reactivates an account; every step leaves its entries in the audit trail, and the
service's refusals (a name taken, the last admin, one's own account) are shown as it words
them, with nothing saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Role
from ombuds_desk.services.core import auth
from ombuds_desk.services.core.audit_trail import TrailFilter, browse_ids, browse_rows
from ombuds_desk.services.core.users import list_users
from ombuds_desk.store.database import Database
from ombuds_desk.ui.admin import feature as admin_feature
from ombuds_desk.ui.admin.admin_page import AdminPage
from ombuds_desk.ui.admin.staff_dialogs import AddStaffDialog, PasswordDialog, RoleDialog
from ombuds_desk.ui.admin.staff_tab import StaffTab
from ombuds_desk.ui.common.changes import Change
from tests.conftest import PASSWORDS
from tests.ui.conftest import HostFactory
from tests.ui.helpers import type_text, wait_idle
from tests.ui.hosting import BareHost

TEMPORARY = "тимчасовий-пароль-7"


@pytest.fixture
def admin_host(make_host: HostFactory, admin: User) -> BareHost:
    return make_host(admin)


@pytest.fixture
def staff(qtbot: QtBot, admin_host: BareHost, caseworker: User) -> StaffTab:
    """The staff tab of an admin's Administration page, shown and read."""
    page = admin_feature.install(admin_host).page
    assert isinstance(page, AdminPage)
    admin_host.show_page(page)
    wait_idle(qtbot, admin_host)
    return page.staff


def _modal(qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def _cells(tab: StaffTab, username: str) -> list[str]:
    """The row of ``username`` as the list shows it."""
    rows = tab.model.rows()
    row = next(i for i, u in enumerate(rows) if u.username == username)
    return [tab.model.data(tab.model.index(row, c)) for c in range(tab.model.columnCount())]


def _user(db: Database, username: str) -> User:
    with db.reading() as session:
        return next(u for u in list_users(session, active_only=False) if u.username == username)


def _trail(db: Database, admin: User) -> list[str]:
    """What the trail says about staff accounts, newest first."""
    with db.reading() as session:
        ids = browse_ids(session, admin, TrailFilter(entity="user"))
        rows = browse_rows(session, admin, ids)
    return [rows[i].what for i in ids]


def _select(qtbot: QtBot, tab: StaffTab, username: str) -> None:
    tab.select_user(username)
    selected = tab.selected()
    assert selected is not None and selected.username == username


def test_the_list_shows_every_account(staff: StaffTab) -> None:
    titles = [staff.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert titles == [
        "User name",
        "Full name",
        "Role",
        "Active",
        "Locked until",
        "Must change password",
        "Last sign-in",
    ]
    assert _cells(staff, "o.bondar") == ["o.bondar", "Олег Бондар", "Caseworker", "yes", "", "",
                                         "never"]  # fmt: skip
    assert staff.count.text() == "2 active, 0 deactivated"
    assert not staff.role_button.isEnabled()  # nothing selected yet


def test_an_admin_adds_a_member_of_staff(
    qtbot: QtBot, admin_host: BareHost, staff: StaffTab, db: Database, admin: User
) -> None:
    staff.add_button.click()
    dialog = staff.dialog
    assert isinstance(dialog, AddStaffDialog) and dialog.isVisible()
    type_text(qtbot, dialog.username.edit, "o.bondar")
    type_text(qtbot, dialog.full_name.edit, "Ганна Їжакевич")
    dialog.role.set_current(Role.SUPERVISOR)
    type_text(qtbot, dialog.passwords.first.edit, "короткий")
    assert dialog.passwords.first.problem == "Must be at least 10 characters"  # as typed
    type_text(qtbot, dialog.passwords.first.edit, "-пароль")
    type_text(qtbot, dialog.passwords.again.edit, "короткий-пар")
    dialog.save_button.click()
    assert dialog.passwords.again.problem == "The two passwords differ."
    assert dialog.isVisible() and admin_host.changes == []

    dialog.passwords.again.edit.setText("короткий-пароль")
    dialog.save_button.click()  # the service refuses the name taken, under its field
    assert dialog.username.problem == "“o.bondar” already exists"
    assert dialog.isVisible() and admin_host.changes == []

    dialog.username.edit.setText("h.yizhakevych")
    dialog.save_button.click()
    assert not dialog.isVisible() and admin_host.changes == [Change.STAFF]
    wait_idle(qtbot, admin_host)
    assert _cells(staff, "h.yizhakevych") == ["h.yizhakevych", "Ганна Їжакевич", "Supervisor",
                                              "yes", "", "yes", "never"]  # fmt: skip
    selected = staff.selected()
    assert selected is not None and selected.username == "h.yizhakevych"
    assert admin_host.messages[-1] == (
        "Ганна Їжакевич (h.yizhakevych) added: they choose their own password when they first "
        "sign in."
    )
    assert _trail(db, admin)[0] == "Member of staff added: Ганна Їжакевич (h.yizhakevych)"
    signed = auth.sign_in(db, "h.yizhakevych", "короткий-пароль")
    assert signed.must_change_password


def test_a_role_changes_but_never_leaves_the_office_without_an_admin(
    qtbot: QtBot, admin_host: BareHost, staff: StaffTab, db: Database, admin: User
) -> None:
    _select(qtbot, staff, "o.bondar")
    staff.role_button.click()
    dialog = staff.dialog
    assert isinstance(dialog, RoleDialog)
    assert dialog.role.current() is Role.CASEWORKER
    dialog.role.set_current(Role.SUPERVISOR)
    dialog.save_button.click()
    assert not dialog.isVisible()
    wait_idle(qtbot, admin_host)
    assert _cells(staff, "o.bondar")[2] == "Supervisor"
    assert _trail(db, admin)[0] == "Role: Caseworker → Supervisor"

    _select(qtbot, staff, "admin")
    staff.role_button.click()
    dialog = staff.dialog
    assert isinstance(dialog, RoleDialog)
    dialog.role.set_current(Role.CASEWORKER)
    dialog.save_button.click()
    box = _modal(qtbot)
    assert box.text() == (
        "Адміністратор is the office's only active admin: changing their role would leave "
        "nobody to run the staff. Make someone else an admin first."
    )
    box.button(QMessageBox.StandardButton.Ok).click()
    assert dialog.isVisible()  # nothing saved; the admin may choose again or cancel
    assert _user(db, "admin").role is Role.ADMIN
    assert _trail(db, admin)[0] == "Role: Caseworker → Supervisor"


def test_a_password_reset_must_be_changed_at_the_next_sign_in(
    qtbot: QtBot, admin_host: BareHost, staff: StaffTab, db: Database, admin: User
) -> None:
    _select(qtbot, staff, "o.bondar")
    staff.password_button.click()
    dialog = staff.dialog
    assert isinstance(dialog, PasswordDialog)
    assert dialog.intro.text() == (
        "A temporary password for Олег Бондар (o.bondar). They must choose their own at the "
        "next sign-in; a locked account is unlocked too."
    )
    dialog.passwords.first.edit.setText("o.bondar")
    assert dialog.passwords.first.problem == "Must be at least 10 characters"
    dialog.passwords.first.edit.setText(TEMPORARY)
    dialog.passwords.again.edit.setText(TEMPORARY)
    dialog.save_button.click()
    assert not dialog.isVisible()
    wait_idle(qtbot, admin_host)
    assert _cells(staff, "o.bondar")[5] == "yes"
    assert admin_host.messages[-1] == "A temporary password was set for Олег Бондар."
    assert _trail(db, admin)[0] == (
        "Password reset: a temporary one, to be changed at the next sign-in"
    )
    with pytest.raises(auth.SignInError):
        auth.sign_in(db, "o.bondar", PASSWORDS["o.bondar"])  # the old one no longer works
    assert auth.sign_in(db, "o.bondar", TEMPORARY).must_change_password


def test_an_admin_unlocks_an_account(
    qtbot: QtBot, admin_host: BareHost, staff: StaffTab, db: Database, admin: User
) -> None:
    for _ in range(auth.MAX_FAILED_SIGN_INS):
        with pytest.raises(auth.SignInError):
            auth.sign_in(db, "o.bondar", "не той пароль")
    staff.refresh()
    wait_idle(qtbot, admin_host)
    _select(qtbot, staff, "o.bondar")
    assert _cells(staff, "o.bondar")[4] != ""  # locked until half an hour from now
    assert staff.unlock_button.isEnabled()
    staff.unlock_button.click()
    wait_idle(qtbot, admin_host)
    assert _cells(staff, "o.bondar")[4] == ""
    assert not staff.unlock_button.isEnabled()
    assert admin_host.messages[-1] == "Олег Бондар can sign in again."
    assert _trail(db, admin)[0] == "Unlocked"
    assert auth.sign_in(db, "o.bondar", PASSWORDS["o.bondar"]).username == "o.bondar"


def test_deactivate_asks_naming_the_person_and_reactivate_undoes_it(
    qtbot: QtBot, admin_host: BareHost, staff: StaffTab, db: Database, admin: User
) -> None:
    _select(qtbot, staff, "o.bondar")
    assert staff.active_button.text() == "&Deactivate…"
    staff.active_button.click()
    box = _modal(qtbot)
    assert box.objectName() == "deactivateQuestion"
    assert box.text().startswith("Deactivate Олег Бондар (o.bondar)?")
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert _user(db, "o.bondar").active and admin_host.changes == []

    staff.active_button.click()
    _modal(qtbot).button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, admin_host)
    assert not _user(db, "o.bondar").active
    assert _cells(staff, "o.bondar")[3] == "deactivated"
    assert staff.count.text() == "1 active, 1 deactivated"
    assert staff.active_button.text() == "Re&activate"
    assert _trail(db, admin)[0] == "Deactivated: can no longer sign in"
    with pytest.raises(auth.SignInError, match="deactivated"):
        auth.sign_in(db, "o.bondar", PASSWORDS["o.bondar"])

    staff.active_button.click()  # reactivating needs no question: it undoes
    wait_idle(qtbot, admin_host)
    assert _user(db, "o.bondar").active
    assert _trail(db, admin)[0] == "Reactivated"
    assert admin_host.changes == [Change.STAFF, Change.STAFF]


def test_ones_own_account_is_not_deactivated(
    qtbot: QtBot, admin_host: BareHost, staff: StaffTab, db: Database, admin: User
) -> None:
    before = _trail(db, admin)
    _select(qtbot, staff, "admin")
    staff.active_button.click()
    question = _modal(qtbot)
    question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not question)
    refusal = _modal(qtbot)
    assert refusal.text() == "You cannot deactivate your own account: ask another admin."
    refusal.button(QMessageBox.StandardButton.Ok).click()
    assert _user(db, "admin").active
    assert _trail(db, admin) == before and admin_host.changes == []
