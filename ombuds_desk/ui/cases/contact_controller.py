"""Adding, editing and removing a case's contacts, with Undo after a removal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QStatusBar, QWidget

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.cases.case_view import CaseDetails, contact_snapshot
from ombuds_desk.services.cases.contacts import remove_contact, restore_contact
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.contact_dialog import ContactDialog
from ombuds_desk.ui.common.errors import show_error
from ombuds_desk.ui.common.undo_offer import UndoOffer


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactController", text)


class ContactController(QObject):
    """``contacts_changed(person_id)`` whenever a contact was added, edited, removed or restored."""

    contacts_changed = Signal(int)

    def __init__(self, db: Database, actor: User, window: QWidget, status_bar: QStatusBar) -> None:
        super().__init__(window)
        self._db = db
        self._actor = actor
        self._window = window
        self.undo = UndoOffer(status_bar)
        self.dialog: QDialog | None = None

    def _open(self, dialog: QDialog, person_id: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.contacts_changed.emit(person_id))
        dialog.open()

    def add(self, person_id: int) -> None:
        self._open(ContactDialog(self._db, self._actor, person_id, parent=self._window), person_id)

    def edit(self, details: CaseDetails, contact_id: int) -> None:
        contact = next((c for c in details.contacts if c.id == contact_id), None)
        if contact is not None:
            dialog = ContactDialog(self._db, self._actor, details.id, contact, self._window)
            self._open(dialog, details.id)

    def remove(self, details: CaseDetails, contact_id: int) -> QMessageBox | None:
        """Ask, then remove; returns the (open, window-modal) question."""
        contact = next((c for c in details.contacts if c.id == contact_id), None)
        if contact is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _tr("Remove contact"),
            _tr("Remove %s (%s) from the contacts of %s?")
            % (contact.name, _tr(contact.relationship.label), details.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._window,
        )
        box.setObjectName("removeContactQuestion")
        box.button(QMessageBox.StandardButton.Yes).setText(_tr("&Remove"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(_result: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self._remove_now(details.id, contact.id, contact.version, contact.name)

        box.finished.connect(finished)
        box.open()
        return box

    def _remove_now(self, person_id: int, contact_id: int, version: int, name: str) -> None:
        try:
            with unit_of_work(self._db, self._actor) as session:
                removed = remove_contact(session, self._actor, contact_id, expected_version=version)
                snapshot = contact_snapshot(removed)
        except Exception as exc:
            show_error(self._window, exc)
            return
        self.contacts_changed.emit(person_id)
        self.undo.offer(
            _tr("Contact %s removed.") % name, lambda: self._restore(person_id, snapshot)
        )

    def _restore(self, person_id: int, snapshot: dict[str, Any]) -> None:
        try:
            with unit_of_work(self._db, self._actor) as session:
                restore_contact(session, self._actor, snapshot)
        except Exception as exc:
            show_error(self._window, exc)
            return
        self.contacts_changed.emit(person_id)
