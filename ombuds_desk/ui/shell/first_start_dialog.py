"""The first start of a new database: the office's name and its first admin.

Nobody can sign in to a new database, so the first person to start it names the office
(printed on every document) and creates the admin account that adds the rest of the staff
(``users.create_first_admin``; ``ombuds-desk init`` does the same headlessly). The password
rules (``auth.password_problem``) are shown under the field as it is typed, and Save stays
off until every field is right.

The office may choose to keep the database encrypted (SQLCipher) with a passphrase, typed
twice; the file is then encrypted before the office's name or the admin is written to it
(``encryption.encrypt_new_database``), and the passphrase is asked at every start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLabel, QWidget

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import DatabaseUnavailableError, DomainError, ValidationError
from ombuds_desk.services.core import auth, users
from ombuds_desk.services.core.auth import MIN_PASSWORD_LENGTH
from ombuds_desk.services.core.encryption import encrypt_new_database, passphrase_problem
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.dialog_parts import accept_buttons, problem_label, show_problem
from ombuds_desk.ui.common.form_fields import ValidatedLine
from ombuds_desk.ui.common.password_field import PasswordField
from ombuds_desk.ui.shell.sign_in_dialog import heading_label, lay_out, where_label


class FirstStartDialog(QDialog):
    """Office name, the admin's full name, user name, password twice; :attr:`user` once saved."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(
            QCoreApplication.translate("FirstStartDialog", "A new database — Ombuds Desk")
        )
        self._db = db
        self.user: User | None = None
        self.fault: DatabaseUnavailableError | None = None

        self.office = ValidatedLine(
            "officeName",
            self,
            QCoreApplication.translate("FirstStartDialog", "e.g. Office of the Ombudsman"),
        )
        self.full_name = ValidatedLine(
            "fullName", self, QCoreApplication.translate("FirstStartDialog", "e.g. Ірина Коваленко")
        )
        self.username = ValidatedLine(
            "username", self, QCoreApplication.translate("FirstStartDialog", "e.g. i.kovalenko")
        )
        self.password = PasswordField("password", self)
        self.again = PasswordField("passwordAgain", self)
        self.encrypt = QCheckBox(
            QCoreApplication.translate(
                "FirstStartDialog", "&Encrypt the database file with a passphrase"
            ),
            self,
        )
        self.encrypt.setObjectName("encryptDatabase")
        self.encrypt.setToolTip(
            QCoreApplication.translate(
                "FirstStartDialog",
                "Recommended on a laptop or a shared computer: without the passphrase, the "
                "file and its backups cannot be read by anyone who takes them.",
            )
        )
        self.passphrase = PasswordField("passphrase", self)
        self.passphrase_again = PasswordField("passphraseAgain", self)
        self.encrypt_note = QLabel(
            QCoreApplication.translate(
                "FirstStartDialog",
                "Asked at every start, stored nowhere: if it is lost, nobody can open the "
                "database or its backups. Keep it written down somewhere safe.",
            ),
            self,
        )
        self.encrypt_note.setObjectName("encryptNote")
        self.encrypt_note.setWordWrap(True)
        self.problem = problem_label(self, "firstStartProblem")
        self.fields: dict[str, ValidatedLine | PasswordField] = {
            "office_name": self.office,
            "full_name": self.full_name,
            "username": self.username,
            "password": self.password,
            "passphrase": self.passphrase,
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(QCoreApplication.translate("FirstStartDialog", "&Office name:"), self.office)
        form.addRow(
            QCoreApplication.translate("FirstStartDialog", "Your &full name:"), self.full_name
        )
        form.addRow(
            QCoreApplication.translate("FirstStartDialog", "Your &user name:"), self.username
        )
        form.addRow(QCoreApplication.translate("FirstStartDialog", "&Password:"), self.password)
        form.addRow(QCoreApplication.translate("FirstStartDialog", "Password &again:"), self.again)
        form.addRow("", self.encrypt)
        form.addRow(QCoreApplication.translate("FirstStartDialog", "P&assphrase:"), self.passphrase)
        form.addRow(
            QCoreApplication.translate("FirstStartDialog", "Passphrase a&gain:"),
            self.passphrase_again,
        )
        form.addRow(self.encrypt_note)
        self._form = form
        buttons, self.save_button = accept_buttons(
            self,
            QCoreApplication.translate("FirstStartDialog", "&Create and sign in"),
            self.on_save_clicked,
        )
        self.save_button.setEnabled(False)
        for line in (self.office, self.full_name, self.username):
            line.edit.textChanged.connect(self.on_text_changed)
            # A refusal from the last Save goes once the field is typed again.
            line.edit.textChanged.connect(lambda _text, ln=line: ln.set_problem(None))
        for field in (self.password, self.again, self.passphrase, self.passphrase_again):
            field.text_changed.connect(self.on_text_changed)
        self.encrypt.toggled.connect(self.on_encrypt_toggled)
        self.on_encrypt_toggled(False)

        intro = QLabel(
            self.tr(
                "Nobody can sign in to this database yet. Name the office and create the "
                "first admin account: the admin adds the rest of the staff and gives each "
                "a role. The password must have at least %n characters. Keep it safe: "
                "nobody can read it back, and only an admin can reset it.",
                "",
                MIN_PASSWORD_LENGTH,
            ),
            self,
        )
        intro.setObjectName("firstStartIntro")
        intro.setWordWrap(True)
        heading = heading_label(
            QCoreApplication.translate("FirstStartDialog", "Welcome to Ombuds Desk"), self
        )
        lay_out(self, [heading, where_label(db, self), intro], form, self.problem, buttons, 620)
        self.office.setFocus()

    @Slot(bool)
    def on_encrypt_toggled(self, checked: bool) -> None:
        for field in (self.passphrase, self.passphrase_again, self.encrypt_note):
            self._form.setRowVisible(field, checked)
        self.save_button.setEnabled(self.check())
        if checked:
            self.passphrase.setFocus()
        # The rows shown or hidden change the height the form needs (a wrapped label's
        # height follows its width, which the layout does not ask by itself).
        width = max(self.width(), self.minimumWidth()) - 44  # the layout's margins
        self.encrypt_note.setMinimumHeight(self.encrypt_note.heightForWidth(width))
        self.adjustSize()

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
        self.password.set_problem(problem)
        mismatch = bool(again) and again != password
        self.again.set_problem(
            QCoreApplication.translate("FirstStartDialog", "is not the same as the password")
            if mismatch
            else None
        )
        filled = all(line.text().strip() for line in (self.office, self.full_name, self.username))
        ready = filled and bool(password) and problem is None and again == password
        return ready and self._passphrase_ready()

    def _passphrase_ready(self) -> bool:
        """Without encryption, True; with it, the passphrase's problems shown as typed."""
        if not self.encrypt.isChecked():
            return True
        phrase, again = self.passphrase.text(), self.passphrase_again.text()
        problem = passphrase_problem(phrase) if phrase else None
        self.passphrase.set_problem(problem)
        mismatch = bool(again) and again != phrase
        self.passphrase_again.set_problem(
            QCoreApplication.translate("FirstStartDialog", "is not the same as the passphrase")
            if mismatch
            else None
        )
        return bool(phrase) and problem is None and again == phrase

    @Slot()
    def on_save_clicked(self) -> None:
        if not self.check():
            return
        try:
            if self.encrypt.isChecked():
                encrypt_new_database(self._db, self.passphrase.text())
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
                    field.set_problem(problem)
                    shown = True
            if not shown:
                show_problem(self.problem, exc.message)
            return
        except DatabaseUnavailableError as exc:
            self.fault = exc
            self.reject()
            return
        except DomainError as exc:  # the encryption could not be done: the file is as it was
            show_problem(self.problem, exc.message)
            return
        self.accept()
