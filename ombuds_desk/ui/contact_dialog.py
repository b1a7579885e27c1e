"""Add or edit a relative (contact) of a person."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Consent, Relationship
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.services.case_view import ContactRow
from ombuds_desk.services.contacts import add_contact, update_contact
from ombuds_desk.services.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.discard import ask_discard
from ombuds_desk.ui.enum_combo import EnumCombo
from ombuds_desk.ui.errors import show_error
from ombuds_desk.ui.form_fields import ValidatedLine

LINES = {
    "family_name": "&Family name *",
    "given_name": "&Given name *",
    "patronymic": "&Patronymic",
    "phone": "P&hone",
    "email": "E-&mail",
}
REQUIRED = ("family_name", "given_name")


class ContactDialog(QDialog):
    """Adds a contact to ``person_id`` or edits ``contact``; accepted once saved."""

    def __init__(
        self,
        db: Database,
        actor: User,
        person_id: int,
        contact: ContactRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._person_id = person_id
        self._contact = contact
        self.saved_id: int | None = None
        self.setObjectName("contactDialog")
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("Add a contact"))

        # Created in the order they are shown, which is the tab order.
        self.lines = {
            n: ValidatedLine(n, self) for n in ("family_name", "given_name", "patronymic")
        }
        self.relationship = EnumCombo(Relationship, none_label=self.tr("— choose —"), parent=self)
        self.relationship.setObjectName("relationship")
        self.lines.update({n: ValidatedLine(n, self) for n in ("phone", "email")})
        self.address = QPlainTextEdit(self)
        self.address.setObjectName("address")
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(60)
        self.consent = EnumCombo(Consent, parent=self)
        self.consent.setObjectName("consent")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(60)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()

        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
            (LINES["family_name"], self.lines["family_name"]),
            (LINES["given_name"], self.lines["given_name"]),
            (LINES["patronymic"], self.lines["patronymic"]),
            (self.tr("&Relationship *"), self.relationship),
            (LINES["phone"], self.lines["phone"]),
            (LINES["email"], self.lines["email"]),
            (self.tr("&Address"), self.address),
            (self.tr("&Consent to contact"), self.consent),
            (self.tr("N&otes"), self.notes),
        ]
        for caption, widget in rows:
            text = QLabel(self.tr(caption), self)
            text.setBuddy(widget.focusProxy() or widget)
            form.addRow(text, widget)

        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.on_save_clicked)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

        if contact is not None:
            self._fill(contact)
        self._initial = self.values()
        for line in self.lines.values():
            line.edit.textChanged.connect(self.on_value_changed)
        self.relationship.currentIndexChanged.connect(self.on_value_changed)
        self.on_value_changed()
        self.lines["family_name"].setFocus()

    def _fill(self, contact: ContactRow) -> None:
        for name, line in self.lines.items():
            line.edit.setText(getattr(contact, name) or "")
        self.relationship.set_current(contact.relationship)
        self.consent.set_current(contact.consent)
        self.address.setPlainText(contact.address or "")
        self.notes.setPlainText(contact.notes or "")

    def values(self) -> dict[str, str]:
        raw = {name: line.text() for name, line in self.lines.items()}
        relationship = self.relationship.current()
        raw["relationship"] = relationship.value if relationship else ""
        raw["consent"] = (self.consent.current() or Consent.UNKNOWN).value
        raw["address"] = self.address.toPlainText()
        raw["notes"] = self.notes.toPlainText()
        return raw

    @Slot()
    def on_value_changed(self) -> None:
        raw = self.values()
        complete = all(raw[f].strip() for f in REQUIRED) and bool(raw["relationship"])
        self.save_button.setEnabled(complete)

    @Slot()
    def on_save_clicked(self) -> None:
        raw = self.values()
        try:
            with unit_of_work(self._db, self._actor) as session:
                if self._contact is None:
                    saved = add_contact(session, self._actor, self._person_id, raw)
                else:
                    saved = update_contact(
                        session, self._actor, self._contact.id, raw,
                        expected_version=self._contact.version,
                    )  # fmt: skip
                self.saved_id = saved.id
        except ValidationError as exc:
            self._show_problems(exc)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()

    def _show_problems(self, exc: ValidationError) -> None:
        if not exc.fields:
            show_error(self, exc)
            return
        other = []
        for field, problem in exc.fields.items():
            if field in self.lines:
                caption = LINES[field].replace("&", "").rstrip(" *")
                self.lines[field].set_problem(f"{caption} {problem}")
            else:
                other.append(f"{field.replace('_', ' ').capitalize()}: {problem}")
        self.problem.setText("\n".join(other))
        self.problem.setVisible(bool(other))

    def reject(self) -> None:
        if self.values() == self._initial:
            super().reject()
            return
        ask_discard(self, lambda: QDialog.reject(self))
