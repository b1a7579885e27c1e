"""The "Operations" page: exchanges of captives and group returns of evacuees.

Above, the operations; below, the persons in the selected one, with a box to paste or scan
case numbers into (the person list selects one case at a time) and a button that adds the
case open on the Cases page. Adding, removing, completing and cancelling are
``services/operations.py``'s; this page gathers the choice and shows the outcome.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.domain.enums import OperationStatus, Role
from ombuds_desk.domain.operations import Operation
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.workflow import operations
from ombuds_desk.ui.common.errors import show_error
from ombuds_desk.ui.common.rows_model import RowsTableModel
from ombuds_desk.ui.workflow.operation_dialog import CompleteDialog, OperationDialog, ask_cancel
from ombuds_desk.ui.workflow.workflow_tables import (
    OPERATION_COLUMNS,
    MembersModel,
    OperationRow,
    RowsView,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlmodel import Session

    from ombuds_desk.ui.shell.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("OperationsPage", text)


class OperationsPage(QWidget):
    """Refreshes when shown and after every change while it is visible."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("operationsPage")
        self._window = window
        self.supervising = window.actor.role.rank >= Role.SUPERVISOR.rank
        self.dialog: OperationDialog | CompleteDialog | None = None
        self.question: QMessageBox | None = None

        self.model = RowsTableModel(OPERATION_COLUMNS, self)
        self.table = RowsView(self.model, "operationsTable", self)
        for column, width in enumerate((300, 110, 90, 220, 100, 80)):
            self.table.setColumnWidth(column, width)
        self.table.stretch_column(0)
        self.table.selectionModel().selectionChanged.connect(self.on_operation_selected)
        self.new_button = self._button("newOperation", "&New operation…", self.on_new_clicked)
        self.complete_button = self._button("complete", "Com&plete…", self.on_complete_clicked)
        self.complete_button.setToolTip(
            _tr("Make everyone in it repatriated / returned on one date (supervisors)")
        )
        self.cancel_button = self._button(
            "cancelOperation", "Ca&ncel operation", self.on_cancel_clicked
        )
        top = QHBoxLayout()
        for button in (self.new_button, self.complete_button, self.cancel_button):
            top.addWidget(button)
        top.addStretch(1)

        self.members_box = QGroupBox(_tr("Persons"), self)
        self.members_model = MembersModel(self)
        self.members = RowsView(self.members_model, "membersTable", self.members_box)
        for column, width in enumerate((125, 260, 80, 160, 90)):
            self.members.setColumnWidth(column, width)
        self.members.stretch_column(1)
        self.members.open_requested.connect(self.on_member_open_requested)
        self.members.selectionModel().selectionChanged.connect(self._update_buttons)
        self.pasted = QPlainTextEdit(self.members_box)
        self.pasted.setObjectName("caseNumbers")
        self.pasted.setPlaceholderText(
            _tr("Paste or scan case numbers here (CAP-2026-00042 …), any separators")
        )
        self.pasted.setTabChangesFocus(True)
        self.add_button = self._button("addNumbers", "&Add these case numbers", self.on_add_clicked)
        self.add_current_button = self._button(
            "addCurrent", "Add the case open on Cases", self.on_add_current_clicked
        )
        self.remove_button = self._button("removePerson", "&Remove person", self.on_remove_clicked)
        self.outcome = QLabel(self.members_box)
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(QLabel(_tr("Add persons:"), self.members_box))
        side.addWidget(self.pasted, 1)
        for widget in (self.add_button, self.add_current_button, self.outcome):
            side.addWidget(widget)
        side.addSpacing(12)
        side.addWidget(self.remove_button)
        inner = QHBoxLayout(self.members_box)
        inner.addWidget(self.members, 3)
        inner.addLayout(side, 1)

        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(self.members_box)
        splitter.setSizes([280, 420])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(splitter)
        window.data_changed.connect(self.on_data_changed)
        self._update_buttons()

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(_tr(text), self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- reading -------------------------------------------------------------

    def selected(self) -> Operation | None:
        row = self.table.current_row()
        found = self.model.row_at(row) if row is not None else None
        return found.operation if found else None

    @Slot()
    def refresh(self) -> None:
        keep = self.selected()
        try:
            with self._window.db.reading() as session:
                rows = [
                    OperationRow(op, len(operations.members(session, op.id or 0)))
                    for op in operations.list_operations(session)
                ]
        except Exception as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        ids = [r.operation.id for r in rows]
        self.table.select_row(ids.index(keep.id) if keep is not None and keep.id in ids else 0)
        self.on_operation_selected()

    @Slot()
    def on_operation_selected(self) -> None:
        operation = self.selected()
        people: list[Person] = []
        if operation is not None and operation.id is not None:
            try:
                with self._window.db.reading() as session:
                    people = operations.members(session, operation.id)
            except Exception as exc:
                show_error(self, exc)
        self.members_model.planned = (
            operation is not None and operation.status is OperationStatus.PLANNED
        )
        self.members_model.set_rows(people)
        if operation is None:
            self.members_box.setTitle(_tr("Persons"))
        else:
            self.members_box.setTitle(
                _tr("Persons in “%s” (%s): %d")
                % (operation.name, _tr(operation.status.label).lower(), len(people))
            )
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        operation = self.selected()
        planned = operation is not None and operation.status is OperationStatus.PLANNED
        details = self._window.details
        self.add_button.setEnabled(planned)
        self.pasted.setEnabled(planned)
        self.add_current_button.setEnabled(planned and details is not None)
        self.add_current_button.setText(
            _tr("Add %s (open on Cases)") % details.case_number
            if details is not None
            else _tr("Add the case open on Cases")
        )
        self.remove_button.setEnabled(planned and self.members.current_row() is not None)
        self.complete_button.setEnabled(
            planned and self.supervising and self.members_model.rowCount() > 0
        )
        self.cancel_button.setEnabled(planned)

    # -- acting --------------------------------------------------------------

    @Slot()
    def on_data_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def _changed(self, *, statuses: bool = False) -> None:
        if statuses:
            self._window.on_refresh_triggered()
        self._window.notify_changed()
        if not self.isVisible():
            self.refresh()

    def _open(self, dialog: OperationDialog | CompleteDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()

    @Slot()
    def on_new_clicked(self) -> None:
        dialog = OperationDialog(self._window.db, self._window.actor, self._window.today_fn(), self)
        dialog.accepted.connect(lambda: self._created(dialog))
        self._open(dialog)

    def _created(self, dialog: OperationDialog) -> None:
        self._changed()
        rows = (self.model.row_at(i) for i in range(self.model.rowCount()))
        ids = [r.operation.id if r else None for r in rows]
        if dialog.created_id in ids:
            self.table.select_row(ids.index(dialog.created_id))
        self.pasted.setFocus()

    @Slot()
    def on_complete_clicked(self) -> None:
        operation = self.selected()
        if operation is None:
            return
        dialog = CompleteDialog(
            self._window.db,
            self._window.actor,
            operation,
            self.members_model.rowCount(),
            self._window.today_fn(),
            self,
        )
        dialog.accepted.connect(lambda: self._changed(statuses=True))
        self._open(dialog)

    def _write(self, work: Callable[[Session], object]) -> bool:
        try:
            with unit_of_work(self._window.db, self._window.actor) as session:
                work(session)
        except Exception as exc:
            show_error(self, exc)
            return False
        return True

    @Slot()
    def on_add_clicked(self) -> None:
        self._add(case_numbers=operations.case_numbers_in(self.pasted.toPlainText()))

    @Slot()
    def on_add_current_clicked(self) -> None:
        details = self._window.details
        if details is not None:
            self._add(person_ids=[details.id])

    def _add(
        self, *, case_numbers: list[str] | None = None, person_ids: list[int] | None = None
    ) -> None:
        operation = self.selected()
        if operation is None or operation.id is None:
            return
        if case_numbers is not None and not case_numbers:
            self.outcome.setText(_tr("No case numbers found in the box."))
            return
        results: list[operations.AddResult] = []
        op_id, actor = operation.id, self._window.actor

        def add(session: Session) -> None:
            added = operations.add_persons(
                session,
                actor,
                op_id,
                case_numbers=case_numbers or (),
                person_ids=person_ids or (),
            )
            results.append(added)

        if not self._write(add):
            return
        result = results[0]
        parts = [_tr("Added %d.") % len(result.added)]
        if result.already_in:
            parts.append(_tr("Already in: %s.") % ", ".join(result.already_in))
        if result.unknown:
            parts.append(_tr("Not found: %s.") % ", ".join(result.unknown))
        self.outcome.setText(" ".join(parts))
        if case_numbers:
            self.pasted.setPlainText("\n".join(result.unknown))
        self._changed()

    @Slot()
    def on_remove_clicked(self) -> None:
        operation = self.selected()
        row = self.members.current_row()
        person = self.members_model.row_at(row) if row is not None else None
        if operation is None or operation.id is None or person is None or person.id is None:
            return
        op_id, person_id = operation.id, person.id
        if self._write(lambda s: operations.remove_person(s, self._window.actor, op_id, person_id)):
            self.outcome.setText(_tr("Removed %s.") % person.case_number)
            self._changed()

    @Slot()
    def on_cancel_clicked(self) -> None:
        operation = self.selected()
        if operation is None or operation.id is None:
            return
        op_id = operation.id

        def cancel() -> None:
            if self._write(lambda s: operations.cancel_operation(s, self._window.actor, op_id)):
                self._changed()

        self.question = ask_cancel(self, operation.name, cancel)

    @Slot()
    def on_member_open_requested(self) -> None:
        row = self.members.current_row()
        person = self.members_model.row_at(row) if row is not None else None
        if person is not None and person.id is not None:
            self._window.open_case(person.id)
