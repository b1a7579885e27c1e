"""The staff dialogs check a temporary password as it is typed (the house rule, not the
user name, the same twice) and start from what is saved (a role dialog on the current
role); nothing is saved until the rule is met."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Role
from ombuds_desk.ui.admin.staff_dialogs import AddStaffDialog, PasswordDialog, RoleDialog
from tests.ui.conftest import HostFactory
from tests.ui.helpers import type_text


def test_the_temporary_password_is_checked_as_typed(
    qtbot: QtBot, make_host: HostFactory, admin: User
) -> None:
    host = make_host(admin)
    dialog = AddStaffDialog(host, host)
    dialog.open()
    type_text(qtbot, dialog.username.edit, "ivanenko.petro")
    type_text(qtbot, dialog.passwords.first.edit, "IVANENKO.petro")
    assert dialog.passwords.first.problem == "Must not be the user name"
    dialog.passwords.first.edit.setText("Їжак-Ґава-2026")
    assert dialog.passwords.first.problem == ""
    type_text(qtbot, dialog.passwords.again.edit, "Їжак")
    assert dialog.passwords.again.problem == "The two passwords differ."
    type_text(qtbot, dialog.passwords.again.edit, "-Ґава-2026")
    assert dialog.passwords.again.problem == "" and dialog.passwords.check()


def test_a_password_is_required(qtbot: QtBot, make_host: HostFactory, admin: User) -> None:
    host = make_host(admin)
    dialog = PasswordDialog(host, admin, host)
    dialog.open()
    dialog.save_button.click()
    assert dialog.isVisible() and host.changes == []
    assert dialog.passwords.first.problem == "Type a temporary password."


def test_the_role_dialog_starts_on_the_role_now(
    make_host: HostFactory, admin: User, supervisor: User
) -> None:
    host = make_host(admin)
    dialog = RoleDialog(host, supervisor, host)
    assert dialog.role.current() is Role.SUPERVISOR
    assert [dialog.role.itemText(i) for i in range(dialog.role.count())] == [
        "Caseworker",
        "Supervisor",
        "Admin",
    ]
