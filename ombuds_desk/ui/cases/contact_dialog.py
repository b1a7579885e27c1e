"""Add or edit a relative (contact) of a person.

An edit saved meanwhile by someone else is not overwritten: the contact is read again and the
conflict dialog shows who changed which field, their value and the user's, and offers to
reload it with the user's changes put back on top.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.domain.contact_rules import phone_problem, phone_short_problem
from ombuds_desk.domain.enums import Consent, Relationship
from ombuds_desk.domain.errors import EditConflictError, ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.domain.people import Contact
from ombuds_desk.services.cases.case_view import ContactRow, contact_row
from ombuds_desk.services.cases.contacts import add_contact, get_contact, update_contact
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.conflict_dialog import (
    ConflictDialog,
    FormConflict,
    notice_label,
    open_conflict,
    reloaded_text,
)
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
from ombuds_desk.ui.common.operations import CollectionOp, QueryOp

LINES = {
    "family_name": QT_TRANSLATE_NOOP("ContactDialog", "&Family name *"),
    "given_name": QT_TRANSLATE_NOOP("ContactDialog", "&Given name *"),
    "patronymic": QT_TRANSLATE_NOOP("ContactDialog", "&Patronymic"),
    "phone": QT_TRANSLATE_NOOP("ContactDialog", "P&hone"),
    "email": QT_TRANSLATE_NOOP("ContactDialog", "E-&mail"),
}
REQUIRED = ("family_name", "given_name")
# Every field in the order shown, as the conflict dialog names them.
LABELS = {
    "family_name": QT_TRANSLATE_NOOP("ContactDialog", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("ContactDialog", "Given name"),
    "patronymic": QT_TRANSLATE_NOOP("ContactDialog", "Patronymic"),
    "relationship": QT_TRANSLATE_NOOP("ContactDialog", "Relationship"),
    "phone": QT_TRANSLATE_NOOP("ContactDialog", "Phone"),
    "email": QT_TRANSLATE_NOOP("ContactDialog", "E-mail"),
    "address": QT_TRANSLATE_NOOP("ContactDialog", "Address"),
    "consent": QT_TRANSLATE_NOOP("ContactDialog", "Consent to be contacted"),
    "share_consent": QT_TRANSLATE_NOOP("ContactDialog", "Consent to be named to the counterpart"),
    "notes": QT_TRANSLATE_NOOP("ContactDialog", "Notes"),
}


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
        self.conflict_dialog: ConflictDialog | None = None
        self.setObjectName("contactDialog")
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("Add a contact"))

        # Created in the order they are shown, which is the tab order.
        self.lines = {
            n: ValidatedLine(n, self) for n in ("family_name", "given_name", "patronymic")
        }
        self.relationship = EnumCombo(Relationship, none_label=self.tr("— choose —"), parent=self)
        self.relationship.setObjectName("relationship")
        self.lines.update({n: ValidatedLine(n, self) for n in ("phone", "email")})
        self.lines["phone"].edit.setPlaceholderText("+380 44 123 45 67")
        self.address = QPlainTextEdit(self)
        self.address.setObjectName("address")
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(60)
        # Two separate answers (not asked counts as no): to be contacted by the office, and
        # to have their name and relationship given to the counterpart.
        self.consent = EnumCombo(Consent, parent=self)
        self.consent.setObjectName("consent")
        self.consent.setToolTip(self.tr("May the office contact this relative?"))
        self.share_consent = EnumCombo(Consent, parent=self)
        self.share_consent.setObjectName("shareConsent")
        self.share_consent.setToolTip(
            self.tr(
                "May this relative's name and relationship appear on documents for the "
                "counterpart? Only Yes puts them there; No and Not asked keep them off."
            )
        )
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(60)
        self.problem = problem_label(self, wrap=False)
        self.notice = notice_label(self)

        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
            (LINES["family_name"], self.lines["family_name"]),
            (LINES["given_name"], self.lines["given_name"]),
            (LINES["patronymic"], self.lines["patronymic"]),
            (self.tr("&Relationship *"), self.relationship),
            (LINES["phone"], self.lines["phone"]),
            (LINES["email"], self.lines["email"]),
            (self.tr("&Address"), self.address),
            (self.tr("&Consent to be contacted"), self.consent),
            (self.tr("Named to the coun&terpart"), self.share_consent),
            (self.tr("N&otes"), self.notes),
        ]
        for caption, widget in rows:
            text = QLabel(self.tr(caption), self)
            text.setBuddy(widget.focusProxy() or widget)
            form.addRow(text, widget)

        buttons, self.save_button = accept_buttons(self, self.tr("&Save"), self.on_save_clicked)
        stack(self, form, self.problem, self.notice, buttons)
        self.setMinimumWidth(480)

        if contact is not None:
            self._fill(contact)
        self._initial = self.values()
        for line in self.lines.values():
            line.edit.textChanged.connect(self.on_value_changed)
        # The phone is checked as it is typed (a letter at once; too few digits once the
        # cursor leaves the field), by the rule the service applies on saving.
        phone = self.lines["phone"].edit
        phone.textEdited.connect(lambda _text: self.check_phone(finished=False))
        phone.editingFinished.connect(lambda: self.check_phone(finished=True))
        self.relationship.currentIndexChanged.connect(self.on_value_changed)
        self.on_value_changed()
        self.lines["family_name"].setFocus()

    def _fill(self, contact: ContactRow) -> None:
        for name, line in self.lines.items():
            line.edit.setText(getattr(contact, name) or "")
        self.relationship.set_current(contact.relationship)
        self.consent.set_current(contact.consent)
        self.share_consent.set_current(contact.share_consent)
        self.address.setPlainText(contact.address or "")
        self.notes.setPlainText(contact.notes or "")

    def values(self) -> dict[str, str]:
        raw = {name: line.text() for name, line in self.lines.items()}
        relationship = self.relationship.current()
        raw["relationship"] = relationship.value if relationship else ""
        raw["consent"] = (self.consent.current() or Consent.UNKNOWN).value
        raw["share_consent"] = (self.share_consent.current() or Consent.UNKNOWN).value
        raw["address"] = self.address.toPlainText()
        raw["notes"] = self.notes.toPlainText()
        return raw

    def _put(self, values: Mapping[str, str]) -> None:
        """Set the fields named in ``values`` (the shape of :meth:`values`)."""
        for name, value in values.items():
            if name in self.lines:
                self.lines[name].edit.setText(value)
            elif name == "relationship":
                self.relationship.set_current(Relationship(value) if value else None)
            elif name == "consent":
                self.consent.set_current(Consent(value or Consent.UNKNOWN))
            elif name == "share_consent":
                self.share_consent.set_current(Consent(value or Consent.UNKNOWN))
            elif name == "address":
                self.address.setPlainText(value)
            elif name == "notes":
                self.notes.setPlainText(value)

    @Slot()
    def on_value_changed(self) -> None:
        raw = self.values()
        complete = all(raw[f].strip() for f in REQUIRED) and bool(raw["relationship"])
        self.save_button.setEnabled(complete)

    def check_phone(self, *, finished: bool) -> None:
        line = self.lines["phone"]
        problem = phone_problem(line.text(), finished=finished)
        short = _phone_message(phone_short_problem())
        if problem is None and line.problem == short and phone_problem(line.text()):
            return  # still typing: "too short" stays until the number is long enough
        line.set_problem(_phone_message(problem) if problem else None)

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
        ).on_conflict(self._on_conflict).on_success(self._saved).run()

    def _on_conflict(self, exc: EditConflictError) -> None:
        """Someone saved the contact since this form was opened: read it as saved now and
        let the user choose (the dialog names who changed what)."""
        if self._contact is None:
            return
        contact_id = self._contact.id
        now = QueryOp(
            self._host, self, lambda session: contact_row(get_contact(session, contact_id))
        ).run_now()
        if now is None:
            return  # removed meanwhile; the read said so
        labels = {name: self.tr(text) for name, text in LABELS.items()}
        conflict = FormConflict(exc, labels, self._initial, self.values(), _values_of(now), _shown)
        self.conflict_dialog = open_conflict(
            self._host,
            self,
            conflict,
            Change.CONTACTS,
            lambda mine: self.reload(now, mine, reloaded_text(conflict, bool(mine))),
        )

    def reload(self, contact: ContactRow, mine: Mapping[str, str], notice: str = "") -> None:
        """Show ``contact`` as saved now (its version), with ``mine`` put back on top."""
        self._contact = contact
        self._fill(contact)
        self._initial = self.values()
        self._put(mine)
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.save_button.setFocus()

    def _saved(self, contact: Contact) -> None:
        self.saved_id = contact.id
        self.accept()

    def _show_problems(self, exc: ValidationError) -> None:
        if not exc.fields:
            show_error(self, exc)
            return
        rest = place_problems(
            exc, self.lines, lambda f, p: f"{self.tr(LINES[f]).replace('&', '').rstrip(' *')} {p}"
        )
        show_rest(self.problem, rest)

    def reject(self) -> None:
        if self.values() == self._initial:
            super().reject()
            return
        ask_discard(self, lambda: QDialog.reject(self))


def _phone_message(problem: str) -> str:
    phone = QCoreApplication.translate("ContactDialog", LINES["phone"])
    return f"{phone.replace('&', '')} {problem}"


def _values_of(contact: ContactRow) -> dict[str, str]:
    """The form's values filled from ``contact`` (the shape of ``ContactDialog.values``)."""
    return {
        "family_name": contact.family_name,
        "given_name": contact.given_name,
        "patronymic": contact.patronymic or "",
        "phone": contact.phone or "",
        "email": contact.email or "",
        "relationship": contact.relationship.value,
        "consent": contact.consent.value,
        "share_consent": contact.share_consent.value,
        "address": contact.address or "",
        "notes": contact.notes or "",
    }


def _shown(field: str, value: str) -> str:
    if not value.strip():
        return "—"
    if field == "relationship":
        return Relationship(value).label
    if field in ("consent", "share_consent"):
        return Consent(value).label
    return value
