"""Signing in before the window opens: user name and password, and the new password a
member of staff must choose after an admin reset theirs.

The checks are the services' (``auth.sign_in``, ``auth.change_own_password``); the dialogs
only show their answers: a refusal in the dialog itself (wrong password, locked until when,
deactivated) with the password cleared for the next try. A database that cannot be written
(locked by another program, a full disk) ends the dialog with :attr:`fault` set, so that
the start can offer its ways out.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import DatabaseUnavailableError, DomainError, ValidationError
from ombuds_desk.services.core import auth
from ombuds_desk.services.core.auth import MIN_PASSWORD_LENGTH
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.dialog_parts import accept_buttons, problem_label, show_problem
from ombuds_desk.ui.common.palette import muted_style
from ombuds_desk.ui.common.password_field import PasswordField


def heading_label(text: str, parent: QWidget) -> QLabel:
    """A dialog's first line, a little larger and bold (the office's name, a question)."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.25)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def where_label(db: Database, parent: QWidget, text: str | None = None) -> QLabel:
    """Which database (or ``text``): a small grey line, selectable (a caller on the phone
    reads it out)."""
    label = QLabel(
        text
        or QCoreApplication.translate("SignIn", "Database: {name}").format(name=db.display_name),
        parent,
    )
    label.setObjectName("databaseLine")
    label.setStyleSheet(muted_style())
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def lay_out(
    dialog: QDialog,
    top: Sequence[QWidget],
    form: QFormLayout,
    problem: QLabel,
    buttons: QWidget,
    width: int,
) -> None:
    """The start dialogs' one layout: ``top`` (a heading, the database, an explanation),
    the form, the problem line and the buttons, with room to breathe."""
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(22, 20, 22, 14)
    layout.setSpacing(10)
    for widget in top:
        layout.addWidget(widget)
    layout.addSpacing(4)
    layout.addLayout(form)
    layout.addWidget(problem)
    layout.addStretch(1)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(width)


class SignInDialog(QDialog):
    """User name and password; Enter signs in; :attr:`user` is who signed in.

    ``purpose`` says why, when it is not to open the window (restoring a backup), and
    ``where`` replaces the line naming the database.
    """

    def __init__(
        self,
        db: Database,
        office_name: str,
        username: str = "",
        parent: QWidget | None = None,
        purpose: str = "",
        where: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(QCoreApplication.translate("SignIn", "Sign in — Ombuds Desk"))
        self._db = db
        self.user: User | None = None
        self.fault: DatabaseUnavailableError | None = None

        self.username = QLineEdit(username, self)
        self.username.setObjectName("username")
        self.password = PasswordField("password", self)
        self.problem = problem_label(self, "signInProblem")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(QCoreApplication.translate("SignIn", "&User name:"), self.username)
        form.addRow(QCoreApplication.translate("SignIn", "&Password:"), self.password)
        buttons, self.sign_in_button = accept_buttons(
            self,
            QCoreApplication.translate("SignIn", "&Sign in"),
            self.on_sign_in_clicked,
            "signIn",
        )

        top = [heading_label(office_name, self), where_label(db, self, where)]
        if purpose:
            why = QLabel(purpose, self)
            why.setObjectName("signInPurpose")
            why.setWordWrap(True)
            top.append(why)
        lay_out(self, top, form, self.problem, buttons, 460)
        (self.password if username else self.username).setFocus()

    @Slot()
    def on_sign_in_clicked(self) -> None:
        name = self.username.text().strip()
        if not name:
            show_problem(self.problem, QCoreApplication.translate("SignIn", "Type your user name."))
            self.username.setFocus()
            return
        if not self.password.text():
            show_problem(self.problem, QCoreApplication.translate("SignIn", "Type your password."))
            self.password.setFocus()
            return
        try:
            self.user = auth.sign_in(self._db, name, self.password.text(), via="window")
        except DatabaseUnavailableError as exc:
            self.fault = exc
            self.reject()
            return
        except DomainError as exc:  # refused: wrong password, locked, deactivated
            show_problem(self.problem, exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


class ChangePasswordDialog(QDialog):
    """Current password, the new one twice; Save only once the new one is right.

    ``reason`` says why (after a reset: the admin's temporary password must go).
    :attr:`user` is the member of staff with their new password.
    """

    def __init__(
        self, db: Database, user: User, reason: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(
            QCoreApplication.translate("SignIn", "Choose a new password — Ombuds Desk")
        )
        self._db = db
        self.user = user
        self.fault: DatabaseUnavailableError | None = None

        self.current = PasswordField("currentPassword", self)
        self.new = PasswordField("newPassword", self)
        self.again = PasswordField("newPasswordAgain", self)
        self.problem = problem_label(self, "changePasswordProblem")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(QCoreApplication.translate("SignIn", "&Current password:"), self.current)
        form.addRow(QCoreApplication.translate("SignIn", "&New password:"), self.new)
        form.addRow(QCoreApplication.translate("SignIn", "New password &again:"), self.again)
        buttons, self.save_button = accept_buttons(
            self, QCoreApplication.translate("SignIn", "&Save and continue"), self.on_save_clicked
        )
        self.save_button.setEnabled(False)
        for field in (self.current, self.new, self.again):
            field.text_changed.connect(self.on_text_changed)
        # The service's "is not your current password" goes once it is typed again.
        self.current.text_changed.connect(lambda _text: self.current.set_problem(None))

        self.intro = intro = QLabel(
            reason
            or self.tr(
                "Choose a password of your own: at least %n characters, not your user name.",
                "",
                MIN_PASSWORD_LENGTH,
            ),
            self,
        )
        intro.setObjectName("changePasswordIntro")
        intro.setWordWrap(True)
        heading = heading_label(
            QCoreApplication.translate("SignIn", "{name}, choose a new password").format(
                name=user.full_name
            ),
            self,
        )
        lay_out(self, [heading, intro], form, self.problem, buttons, 520)
        self.current.setFocus()

    @Slot()
    def on_text_changed(self) -> None:
        self.save_button.setEnabled(self.check())

    def check(self) -> bool:
        """Show what is wrong with the new password as it is typed; True when all is right."""
        new, again = self.new.text(), self.again.text()
        problem = auth.password_problem(new, self.user.username) if new else None
        if problem is None and new and new == self.current.text():
            problem = QCoreApplication.translate("SignIn", "must differ from the current one")
        self.new.set_problem(problem)
        mismatch = bool(again) and again != new
        self.again.set_problem(
            QCoreApplication.translate("SignIn", "is not the same as the new password")
            if mismatch
            else None
        )
        return bool(self.current.text() and new and again == new and problem is None)

    @Slot()
    def on_save_clicked(self) -> None:
        if not self.check():
            return
        try:
            self.user = auth.change_own_password(
                self._db, self.user, self.current.text(), self.new.text()
            )
        except ValidationError as exc:
            if "current_password" in exc.fields:
                self.current.clear()
                self.current.set_problem(exc.fields["current_password"])
                self.current.setFocus()
            elif "new_password" in exc.fields:
                self.new.set_problem(exc.fields["new_password"])
                self.new.setFocus()
            else:
                show_problem(self.problem, exc.message)
            self.save_button.setEnabled(False)
            return
        except DatabaseUnavailableError as exc:
            self.fault = exc
            self.reject()
            return
        self.accept()
