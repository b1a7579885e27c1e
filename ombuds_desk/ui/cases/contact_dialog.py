"""Add or edit a relative (contact) of a person."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.domain.enums import Consent, Relationship
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.people import Contact
from ombuds_desk.services.cases.case_view import ContactRow
from ombuds_desk.services.cases.contacts import add_contact, update_contact
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.dialog_parts import (
    accept_buttons,
    place_problems,
    problem_label,
    show_rest,
    stack,
)
from ombuds_desk.ui.common.discard import ask_discard
from ombuds_desk.ui.common.enum_combo import EnumCombo
from ombuds_desk.ui.common.errors import show_error
from ombuds_desk.ui.common.form_fields import ValidatedLine
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp

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
        host: Host,
        person_id: int,
        contact: ContactRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._host = host
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
        self.problem = problem_label(self, wrap=False)

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

        buttons, self.save_button = accept_buttons(self, self.tr("&Save"), self.on_save_clicked)
        stack(self, form, self.problem, buttons)
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
        raw, actor, contact, person_id = (
            self.values(),
            self._host.actor,
            self._contact,
            self._person_id,
        )

        def change(session: Session) -> Contact:
            if contact is None:
                return add_contact(session, actor, person_id, raw)
            return update_contact(session, actor, contact.id, raw, expected_version=contact.version)

        CollectionOp(self._host, self, change, Change.CONTACTS).on_invalid(
            self._show_problems
        ).on_success(self._saved).run()

    def _saved(self, contact: Contact) -> None:
        self.saved_id = contact.id
        self.accept()

    def _show_problems(self, exc: ValidationError) -> None:
        if not exc.fields:
            show_error(self, exc)
            return
        rest = place_problems(
            exc, self.lines, lambda f, p: f"{LINES[f].replace('&', '').rstrip(' *')} {p}"
        )
        show_rest(self.problem, rest)

    def reject(self) -> None:
        if self.values() == self._initial:
            super().reject()
            return
        ask_discard(self, lambda: QDialog.reject(self))
