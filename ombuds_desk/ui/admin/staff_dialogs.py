"""The staff administration's dialogs: a new member of staff, another role, a temporary
password. Each saves through the operation helper; a refusal (a user name taken, a password
too short, the office's last admin) shows under its field or in a message, as the service
words it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget
from sqlmodel import Session

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.services.core.auth import MIN_PASSWORD_LENGTH, password_problem
from ombuds_desk.services.core.users import create_user, reset_password, set_role
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.dialog_parts import (
    accept_buttons,
    place_problems,
    problem_label,
    show_rest,
    stack,
    upper_first,
)
from ombuds_desk.ui.common.enum_combo import EnumCombo
from ombuds_desk.ui.common.errors import show_error
from ombuds_desk.ui.common.form_fields import ValidatedLine
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp
from ombuds_desk.ui.common.palette import muted_style


def _hint(text: str, parent: QWidget) -> QLabel:
    hint = QLabel(text, parent)
    hint.setWordWrap(True)
    hint.setStyleSheet(muted_style())
    return hint


class PasswordPair:
    """A temporary password typed twice, checked as typed: the house rule under the first
    line, a difference under the second."""

    def __init__(self, parent: QWidget, username: Callable[[], str]) -> None:
        self._username = username
        self.first = ValidatedLine("password", parent)
        self.again = ValidatedLine("password_again", parent)
        for line in (self.first, self.again):
            line.edit.setEchoMode(QLineEdit.EchoMode.Password)
            line.edit.textChanged.connect(self.check)

    def text(self) -> str:
        return self.first.text()

    @Slot()
    def check(self) -> bool:
        """Show what is wrong so far; True when both lines hold the same good password."""
        first, again = self.first.text(), self.again.text()
        problem = password_problem(first, self._username()) if first else None
        self.first.set_problem(upper_first(problem) if problem else None)
        differs = bool(again) and again != first
        self.again.set_problem(
            QCoreApplication.translate("PasswordPair", "The two passwords differ.")
            if differs
            else None
        )
        return bool(first) and problem is None and again == first


def _show_problems(
    dialog: QDialog, lines: dict[str, ValidatedLine], problem: QLabel, exc: ValidationError
) -> None:
    """A refused save: field problems under their lines, the rest (the last admin) in a box."""
    if not exc.fields:
        show_error(dialog, exc)
        return
    show_rest(problem, place_problems(exc, lines))


class AddStaffDialog(QDialog):
    """A new member of staff with a role and a temporary password; accepted once saved."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.saved: User | None = None
        self.setObjectName("addStaffDialog")
        self.setWindowTitle(self.tr("Add a member of staff"))
        self.username = ValidatedLine("username", self, self.tr("e.g. o.bondar"))
        self.full_name = ValidatedLine("full_name", self, self.tr("as it appears in the records"))
        self.role = EnumCombo(Role, parent=self)
        self.role.setObjectName("role")
        self.passwords = PasswordPair(self, self.username.text)
        self.problem = problem_label(self)

        form = QFormLayout()
        for caption, widget in (
            (self.tr("&User name:"), self.username),
            (self.tr("&Full name:"), self.full_name),
            (self.tr("&Role:"), self.role),
            (self.tr("&Temporary password:"), self.passwords.first),
            (self.tr("&Again:"), self.passwords.again),
        ):
            label = QLabel(caption, self)
            label.setBuddy(widget.focusProxy() or widget)
            form.addRow(label, widget)
        hint = _hint(
            self.tr(
                "At least %n characters. Give it to them in person: they choose their own "
                "password when they first sign in.",
                "",
                MIN_PASSWORD_LENGTH,
            ),
            self,
        )
        buttons, self.save_button = accept_buttons(self, self.tr("&Add"), self.on_save_clicked)
        stack(self, form, hint, self.problem, buttons)
        self.setMinimumWidth(460)
        self.username.edit.textChanged.connect(self.passwords.check)
        self.username.setFocus()

    @Slot()
    def on_save_clicked(self) -> None:
        if not self.passwords.check():
            if not self.passwords.text():
                self.passwords.first.set_problem(self.tr("Type a temporary password."))
            return
        actor, role = self._host.actor, self.role.current() or Role.CASEWORKER
        username, full_name = self.username.text(), self.full_name.text()
        password = self.passwords.text()

        def change(session: Session) -> User:
            return create_user(session, actor, username, full_name, role, password)

        lines = {"username": self.username, "password": self.passwords.first}
        CollectionOp(self._host, self, change, Change.STAFF).on_invalid(
            lambda exc: _show_problems(self, lines, self.problem, exc)
        ).on_success(self._saved).run()

    def _saved(self, user: User) -> None:
        self.saved = user
        self.accept()


class RoleDialog(QDialog):
    """Another role for one member of staff."""

    def __init__(self, host: Host, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._user = user
        self.setObjectName("roleDialog")
        self.setWindowTitle(self.tr("Change role"))
        self.role = EnumCombo(Role, parent=self)
        self.role.setObjectName("role")
        self.role.set_current(user.role)
        form = QFormLayout()
        label = QLabel(self.tr("&Role of {name}:").format(name=user.full_name), self)
        label.setBuddy(self.role)
        form.addRow(label, self.role)
        hint = _hint(
            self.tr(
                "A caseworker does the daily work; a supervisor also corrects, merges, exports "
                "and sets office figures; an admin also runs the staff, backups and the trail."
            ),
            self,
        )
        buttons, self.save_button = accept_buttons(self, self.tr("&Change"), self.on_save_clicked)
        stack(self, form, hint, buttons)
        self.setMinimumWidth(420)

    @Slot()
    def on_save_clicked(self) -> None:
        actor, user_id = self._host.actor, int(self._user.id or 0)
        role = self.role.current() or self._user.role
        CollectionOp(
            self._host, self, lambda s: set_role(s, actor, user_id, role), Change.STAFF
        ).on_success(lambda _user: self.accept()).run()


class PasswordDialog(QDialog):
    """A temporary password for one member of staff, to be changed at their next sign-in."""

    def __init__(self, host: Host, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._user = user
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Reset password"))
        self.passwords = PasswordPair(self, lambda: user.username)
        self.problem = problem_label(self)
        intro = QLabel(
            self.tr(
                "A temporary password for {name} ({username}). They must choose their own at "
                "the next sign-in; a locked account is unlocked too."
            ).format(name=user.full_name, username=user.username),
            self,
        )
        intro.setObjectName("passwordIntro")
        intro.setWordWrap(True)
        self.intro = intro
        form = QFormLayout()
        for caption, widget in (
            (self.tr("&Temporary password:"), self.passwords.first),
            (self.tr("&Again:"), self.passwords.again),
        ):
            label = QLabel(caption, self)
            label.setBuddy(widget.edit)
            form.addRow(label, widget)
        buttons, self.save_button = accept_buttons(self, self.tr("&Reset"), self.on_save_clicked)
        stack(self, intro, form, self.problem, buttons)
        self.setMinimumWidth(460)
        self.passwords.first.setFocus()

    @Slot()
    def on_save_clicked(self) -> None:
        if not self.passwords.check():
            if not self.passwords.text():
                self.passwords.first.set_problem(self.tr("Type a temporary password."))
            return
        actor, user_id, password = self._host.actor, int(self._user.id or 0), self.passwords.text()
        lines = {"password": self.passwords.first}
        CollectionOp(
            self._host,
            self,
            lambda s: reset_password(s, actor, user_id, password),
            Change.STAFF,
        ).on_invalid(lambda exc: _show_problems(self, lines, self.problem, exc)).on_success(
            lambda _user: self.accept()
        ).run()
