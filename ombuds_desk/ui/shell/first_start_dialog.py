"""The first start of a new database: the office's name and its first admin.

Nobody can sign in to a new database, so the first person to start it names the office
(printed on every document) and creates the admin account that adds the rest of the staff
(``users.create_first_admin``; ``ombuds-desk init`` does the same headlessly). The password
rules (``auth.password_problem``) are shown under the field as it is typed, and Save stays
off until every field is right.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QWidget

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import DatabaseUnavailableError, ValidationError
from ombuds_desk.services.core import auth, users
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.dialog_parts import accept_buttons, problem_label, show_problem
from ombuds_desk.ui.common.form_fields import ValidatedLine
from ombuds_desk.ui.common.password_field import PasswordField
from ombuds_desk.ui.shell.sign_in_dialog import heading_label, lay_out, where_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("first_start", text)


class FirstStartDialog(QDialog):
    """Office name, the admin's full name, user name, password twice; :attr:`user` once saved."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(_tr("A new database — Ombuds Desk"))
        self._db = db
        self.user: User | None = None
        self.fault: DatabaseUnavailableError | None = None

        self.office = ValidatedLine("officeName", self, _tr("e.g. Office of the Ombudsman"))
        self.full_name = ValidatedLine("fullName", self, _tr("e.g. Ірина Коваленко"))
        self.username = ValidatedLine("username", self, _tr("e.g. i.kovalenko"))
        self.password = PasswordField("password", self)
        self.again = PasswordField("passwordAgain", self)
        self.problem = problem_label(self, "firstStartProblem")
        self.fields: dict[str, ValidatedLine | PasswordField] = {
            "office_name": self.office,
            "full_name": self.full_name,
            "username": self.username,
            "password": self.password,
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(_tr("&Office name:"), self.office)
        form.addRow(_tr("Your &full name:"), self.full_name)
        form.addRow(_tr("Your &user name:"), self.username)
        form.addRow(_tr("&Password:"), self.password)
        form.addRow(_tr("Password &again:"), self.again)
        buttons, self.save_button = accept_buttons(
            self, _tr("&Create and sign in"), self.on_save_clicked
        )
        self.save_button.setEnabled(False)
        for line in (self.office, self.full_name, self.username):
            line.edit.textChanged.connect(self.on_text_changed)
            # A refusal from the last Save goes once the field is typed again.
            line.edit.textChanged.connect(lambda _text, ln=line: ln.set_problem(None))
        for field in (self.password, self.again):
            field.text_changed.connect(self.on_text_changed)

        intro = QLabel(
            _tr(
                "Nobody can sign in to this database yet. Name the office and create the "
                "first admin account: the admin adds the rest of the staff and gives each "
                "a role. The password must have at least %d characters. Keep it safe: "
                "nobody can read it back, and only an admin can reset it."
            )
            % auth.MIN_PASSWORD_LENGTH,
            self,
        )
        intro.setObjectName("firstStartIntro")
        intro.setWordWrap(True)
        heading = heading_label(_tr("Welcome to Ombuds Desk"), self)
        lay_out(self, [heading, where_label(db, self), intro], form, self.problem, buttons, 560)
        self.office.setFocus()

    @Slot()
    def on_text_changed(self) -> None:
        self.save_button.setEnabled(self.check())

    def check(self) -> bool:
        """Show the password's problems as it is typed; True when Save may be pressed.

        An empty field is not called wrong while the form is being filled in; it only keeps
        Save off. The user name's own rules are the service's, shown after Save.
        """
        password, again = self.password.text(), self.again.text()
        problem = auth.password_problem(password, self.username.text()) if password else None
        self.password.set_problem(_tr(problem) if problem else None)
        mismatch = bool(again) and again != password
        self.again.set_problem(_tr("is not the same as the password") if mismatch else None)
        filled = all(line.text().strip() for line in (self.office, self.full_name, self.username))
        return filled and bool(password) and problem is None and again == password

    @Slot()
    def on_save_clicked(self) -> None:
        if not self.check():
            return
        try:
            founder = users.create_first_admin(
                self._db,
                self.username.text(),
                self.full_name.text(),
                self.password.text(),
                office_name=self.office.text(),
            )
            # The window is then theirs: a sign-in like any other, on the record.
            self.user = auth.sign_in(
                self._db, founder.username, self.password.text(), via="first start"
            )
        except ValidationError as exc:
            shown = False
            for key, problem in exc.fields.items():
                field = self.fields.get(key)
                if field is not None:
                    field.set_problem(_tr(problem))
                    shown = True
            if not shown:
                show_problem(self.problem, _tr(exc.message))
            return
        except DatabaseUnavailableError as exc:
            self.fault = exc
            self.reject()
            return
        self.accept()
