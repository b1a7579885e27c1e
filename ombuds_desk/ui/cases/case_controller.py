"""What the Case menu does: open the right dialog for the selected case, report what changed.

Dialogs call the services themselves (so a refused save keeps the form open); this class
only opens them and tells the window which case changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Category
from ombuds_desk.services.cases.case_view import CaseDetails, person_form
from ombuds_desk.services.cases.notes import add_note
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.block_dialog import BlockDialog
from ombuds_desk.ui.cases.person_dialog import PersonDialog
from ombuds_desk.ui.cases.status_dialog import StatusDialog
from ombuds_desk.ui.common.errors import show_error


class CaseController(QObject):
    """``case_saved`` after a register or edit; ``case_changed`` after status, block or note."""

    case_saved = Signal(int)
    case_changed = Signal(int)

    def __init__(
        self, db: Database, actor: User, today_fn: Callable[[], date], window: QWidget
    ) -> None:
        super().__init__(window)
        self._db = db
        self._actor = actor
        self._today_fn = today_fn
        self._window = window
        self.dialog: QDialog | None = None

    def _open(self, dialog: QDialog, on_accepted: Callable[[], None]) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.accepted.connect(on_accepted)
        dialog.open()

    def new_case(self, category: Category | None = None) -> None:
        dialog = PersonDialog(
            self._db, self._actor, self._today_fn(), category=category, parent=self._window
        )
        dialog.open_existing_requested.connect(self._open_existing)
        self._open(dialog, lambda: self._saved(dialog))

    def _open_existing(self, person_id: int) -> None:
        """The duplicate warning's "Open existing case": show that case in the window."""
        open_case = getattr(self._window, "open_case", None)
        if callable(open_case):
            open_case(person_id)

    def edit_case(self, person_id: int) -> None:
        try:
            with self._db.reading() as session:
                form = person_form(session, person_id)
        except Exception as exc:
            show_error(self._window, exc)
            return
        dialog = PersonDialog(self._db, self._actor, self._today_fn(), form, parent=self._window)
        self._open(dialog, lambda: self._saved(dialog))

    def _saved(self, dialog: PersonDialog) -> None:
        if dialog.saved_id is not None:
            self.case_saved.emit(dialog.saved_id)

    def change_status(self, details: CaseDetails) -> None:
        dialog = StatusDialog(self._db, self._actor, details, self._today_fn(), self._window)
        self._open(dialog, lambda: self.case_changed.emit(details.id))

    def toggle_block(self, details: CaseDetails) -> None:
        dialog = BlockDialog(self._db, self._actor, details, self._today_fn(), self._window)
        self._open(dialog, lambda: self.case_changed.emit(details.id))

    def add_note(self, person_id: int, text: str) -> bool:
        try:
            with unit_of_work(self._db, self._actor) as session:
                add_note(session, self._actor, person_id, text)
        except Exception as exc:
            show_error(self._window, exc)
            return False
        self.case_changed.emit(person_id)
        return True
