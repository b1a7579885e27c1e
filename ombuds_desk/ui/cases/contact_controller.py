"""Adding, editing and removing a case's contacts, with Undo after a removal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlmodel import Session

from ombuds_desk.services.cases.case_view import CaseDetails, contact_snapshot
from ombuds_desk.services.cases.contacts import remove_contact, restore_contact
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp


class ContactController(QObject):
    """Opens the contact dialog (``dialog`` is the last one); removes with an Undo offer."""

    def __init__(self, host: Host, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.dialog: QDialog | None = None

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()

    def add(self, person_id: int) -> None:
        from ombuds_desk.ui.cases.contact_dialog import ContactDialog  # not the window's start

        self._open(ContactDialog(self._host, person_id, parent=self._host.window()))

    def edit(self, details: CaseDetails, contact_id: int) -> None:
        from ombuds_desk.ui.cases.contact_dialog import ContactDialog  # not the window's start

        contact = next((c for c in details.contacts if c.id == contact_id), None)
        if contact is not None:
            self._open(ContactDialog(self._host, details.id, contact, self._host.window()))

    def remove(self, details: CaseDetails, contact_id: int) -> QMessageBox | None:
        """Ask, then remove; returns the (open, window-modal) question."""
        contact = next((c for c in details.contacts if c.id == contact_id), None)
        if contact is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("ContactController", "Remove contact"),
            QCoreApplication.translate(
                "ContactController", "Remove %s (%s) from the contacts of %s?"
            )
            % (contact.name, contact.relationship.label, details.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._host.window(),
        )
        box.setObjectName("removeContactQuestion")
        box.button(QMessageBox.StandardButton.Yes).setText(
            QCoreApplication.translate("ContactController", "&Remove")
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(_result: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self._remove_now(contact.id, contact.version, contact.name)

        box.finished.connect(finished)
        box.open()
        return box

    def _remove_now(self, contact_id: int, version: int, name: str) -> None:
        actor = self._host.actor

        def remove(session: Session) -> dict[str, Any]:
            removed = remove_contact(session, actor, contact_id, expected_version=version)
            return contact_snapshot(removed)

        CollectionOp(self._host, self._host.window(), remove, Change.CONTACTS).on_success(
            lambda snapshot: self._host.offer_undo(
                QCoreApplication.translate("ContactController", "Contact %s removed.") % name,
                lambda: self._restore(snapshot),
            )
        ).run()

    def _restore(self, snapshot: dict[str, Any]) -> None:
        actor = self._host.actor
        CollectionOp(
            self._host,
            self._host.window(),
            lambda session: restore_contact(session, actor, snapshot),
            Change.CONTACTS,
        ).run()
