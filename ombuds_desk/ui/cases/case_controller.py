"""What the Case menu opens: the right dialog for the case shown, one at a time.

The dialogs save through the operation helper (so a refused save keeps the form open and a
saved one tells every view); this class only opens them and, after a register or an edit,
asks the host to show the saved case. The dialogs' modules are imported when one is first
opened, not while the window starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from ombuds_desk.domain.enums import Category
from ombuds_desk.services.cases.case_view import CaseDetails, person_form
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import QueryOp

if TYPE_CHECKING:
    from ombuds_desk.ui.cases.person_dialog import PersonDialog


class CaseController(QObject):
    """Opens the register, edit, status and block dialogs; ``dialog`` is the last one opened."""

    def __init__(self, host: Host, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.dialog: QDialog | None = None

    def _open(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_case(self, category: Category | None = None) -> None:
        from ombuds_desk.ui.cases.person_dialog import PersonDialog

        dialog = PersonDialog(self._host, category=category, parent=self._host.window())
        dialog.open_existing_requested.connect(self._host.open_case)
        dialog.accepted.connect(lambda: self._saved(dialog))
        self._open(dialog)

    def edit_case(self, person_id: int) -> None:
        form = QueryOp(
            self._host, self._host.window(), lambda session: person_form(session, person_id)
        ).run_now()
        if form is None:
            return
        from ombuds_desk.ui.cases.person_dialog import PersonDialog

        dialog = PersonDialog(self._host, form, parent=self._host.window())
        dialog.accepted.connect(lambda: self._saved(dialog))
        self._open(dialog)

    def _saved(self, dialog: PersonDialog) -> None:
        if dialog.saved_id is not None:
            self._host.open_case(dialog.saved_id)

    def change_status(self, details: CaseDetails, correcting: bool = False) -> None:
        from ombuds_desk.ui.cases.status_dialog import StatusDialog

        self._open(StatusDialog(self._host, details, self._host.window(), correcting=correcting))

    def toggle_block(self, details: CaseDetails) -> None:
        from ombuds_desk.ui.cases.block_dialog import BlockDialog

        self._open(BlockDialog(self._host, details, self._host.window()))
