"""The "Operations" page: exchanges of captives and group returns of evacuees.

Above, the operations; below, the persons in the selected one, with a box to paste or scan
case numbers into (the person list selects one case at a time) and a button that adds the
case open on the Cases page. Adding, removing, completing, cancelling and reopening are
``services/workflow/operations.py``'s, made through the operation helper; this page gathers
the choice and shows the outcome. Completing, cancelling and reopening are a supervisor's (the
role table says so; a caseworker does not see those buttons); after a cancel or a reopen the
status bar offers Undo for a few seconds (the opposite, recorded). The operations and their persons are read together off the
GUI thread (a few dozen operations) when the page is shown, and again while it is shown when a
change to them arrives.
"""

from __future__ import annotations

from collections.abc import Callable
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
from sqlmodel import Session

from ombuds_desk.domain.enums import OperationStatus
from ombuds_desk.domain.operations import Operation
from ombuds_desk.services.cases.case_view import CaseDetails
from ombuds_desk.services.core.permissions import Action, allowed
from ombuds_desk.services.workflow import operations
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp, Loader, LoadingBadge
from ombuds_desk.ui.common.tables import RowsView
from ombuds_desk.ui.workflow.plurals import OperationsPagePlurals
from ombuds_desk.ui.workflow.workflow_tables import MembersModel, OperationRow, OperationsModel

if TYPE_CHECKING:
    from ombuds_desk.ui.workflow.operation_dialog import CompleteDialog, OperationDialog

# What the page shows: the operations, and their persons' names and statuses.
SHOWN = Change.OPERATIONS | Change.STATUS | Change.CASES


def read_operations(session: Session) -> list[OperationRow]:
    """Every operation with the persons in it."""
    return [
        OperationRow(op, tuple(operations.members(session, op.id or 0)))
        for op in operations.list_operations(session)
    ]


class OperationsPage(QWidget):
    """Reads when shown, and after a change it displays while it is shown."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operationsPage")
        self.host = host
        role = host.actor.role
        self.may_complete = allowed(role, Action.COMPLETE_OPERATION)
        self.may_cancel = allowed(role, Action.CANCEL_OPERATION)
        self.dialog: OperationDialog | CompleteDialog | None = None
        self.question: QMessageBox | None = None
        self.loader = Loader(host, self, self)
        self._selecting = False  # the rows just read are being selected (``_show_rows``)

        self.model = OperationsModel(self)
        self.table = RowsView(self.model, "operationsTable", self)
        for column, width in enumerate((300, 110, 90, 220, 100, 80)):
            self.table.setColumnWidth(column, width)
        self.table.stretch_column(0)
        self.table.selectionModel().selectionChanged.connect(self.on_operation_selected)
        self.new_button = self._button(
            "newOperation",
            QCoreApplication.translate("OperationsPage", "&New operation…"),
            self.on_new_clicked,
        )
        self.complete_button = self._button(
            "complete",
            QCoreApplication.translate("OperationsPage", "Com&plete…"),
            self.on_complete_clicked,
        )
        self.complete_button.setToolTip(
            QCoreApplication.translate(
                "OperationsPage",
                "Make everyone in it repatriated / returned on one date (supervisors)",
            )
        )
        self.cancel_button = self._button(
            "cancelOperation",
            QCoreApplication.translate("OperationsPage", "Ca&ncel operation"),
            self.on_cancel_clicked,
        )
        self.reopen_button = self._button(
            "reopenOperation",
            QCoreApplication.translate("OperationsPage", "Reope&n operation"),
            self.on_reopen_clicked,
        )
        self.reopen_button.setToolTip(
            QCoreApplication.translate(
                "OperationsPage", "Plan a cancelled operation again, with its persons (supervisors)"
            )
        )
        self.complete_button.setVisible(self.may_complete)
        self.cancel_button.setVisible(self.may_cancel)
        self.reopen_button.setVisible(self.may_cancel)
        top = QHBoxLayout()
        for button in (
            self.new_button,
            self.complete_button,
            self.cancel_button,
            self.reopen_button,
        ):
            top.addWidget(button)
        top.addStretch(1)

        self.members_box = QGroupBox(QCoreApplication.translate("OperationsPage", "Persons"), self)
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
            QCoreApplication.translate(
                "OperationsPage",
                "Paste or scan case numbers here (CAP-2026-00042 …), any separators",
            )
        )
        self.pasted.setTabChangesFocus(True)
        self.add_button = self._button(
            "addNumbers",
            QCoreApplication.translate("OperationsPage", "&Add these case numbers"),
            self.on_add_clicked,
        )
        self.add_current_button = self._button(
            "addCurrent",
            QCoreApplication.translate("OperationsPage", "Add the case open on Cases"),
            self.on_add_current_clicked,
        )
        self.remove_button = self._button(
            "removePerson",
            QCoreApplication.translate("OperationsPage", "&Remove person"),
            self.on_remove_clicked,
        )
        self.outcome = QLabel(self.members_box)
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(
            QLabel(QCoreApplication.translate("OperationsPage", "Add persons:"), self.members_box)
        )
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
        self.loading = LoadingBadge(self.loader, self)
        host.signals.changed.connect(self.on_changed)
        # The "Add … (open on Cases)" button names the case shown there.
        host.signals.case_shown.connect(self.on_case_shown)
        self._update_buttons()

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- reading -------------------------------------------------------------

    def selected_row(self) -> OperationRow | None:
        row = self.table.current_row()
        return self.model.row_at(row) if row is not None else None

    def selected(self) -> Operation | None:
        found = self.selected_row()
        return found.operation if found else None

    @Slot()
    def refresh(self) -> None:
        """Read the operations again (off the GUI thread), keeping the one selected."""
        keep = self.selected()
        keep_id = keep.id if keep is not None else None
        self.loader.load(read_operations, lambda rows: self._show_rows(rows, keep_id))

    def _show_rows(self, rows: list[OperationRow], keep_id: int | None) -> None:
        self.model.set_rows(rows)
        ids = [r.operation.id for r in rows]
        # The persons below are filled once, after the selection (selecting a row would fill
        # them first, and fit their columns a second time).
        self._selecting = True
        try:
            self.table.select_row(ids.index(keep_id) if keep_id in ids else 0)
        finally:
            self._selecting = False
        self.on_operation_selected()

    def _select_operation(self, operation_id: int | None) -> None:
        ids = [r.operation.id for r in self.model.rows()]
        if operation_id is not None and operation_id in ids:
            self.table.select_row(ids.index(operation_id))

    @Slot()
    def on_operation_selected(self) -> None:
        if self._selecting:
            return
        found = self.selected_row()
        operation = found.operation if found else None
        people = list(found.members) if found else []
        self.members_model.planned = (
            operation is not None and operation.status is OperationStatus.PLANNED
        )
        self.members_model.set_rows(people)
        if operation is None:
            self.members_box.setTitle(QCoreApplication.translate("OperationsPage", "Persons"))
        else:
            self.members_box.setTitle(
                QCoreApplication.translate(
                    "OperationsPage", "Persons in “{name}” ({status}): {count}"
                ).format(
                    name=operation.name,
                    status=operation.status.label.lower(),
                    count=len(people),
                )
            )
        self._update_buttons()

    @Slot(object)
    def on_case_shown(self, _details: CaseDetails | None) -> None:
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        operation = self.selected()
        planned = operation is not None and operation.status is OperationStatus.PLANNED
        details = self.host.current_case()
        self.add_button.setEnabled(planned)
        self.pasted.setEnabled(planned)
        self.add_current_button.setEnabled(planned and details is not None)
        self.add_current_button.setText(
            QCoreApplication.translate("OperationsPage", "Add {number} (open on Cases)").format(
                number=details.case_number
            )
            if details is not None
            else QCoreApplication.translate("OperationsPage", "Add the case open on Cases")
        )
        self.remove_button.setEnabled(planned and self.members.current_row() is not None)
        self.complete_button.setEnabled(
            planned and self.may_complete and self.members_model.rowCount() > 0
        )
        self.cancel_button.setEnabled(planned and self.may_cancel)
        cancelled = operation is not None and operation.status is OperationStatus.CANCELLED
        self.reopen_button.setEnabled(cancelled and self.may_cancel)
        # One of the two is in the row at a time: the one the operation's state allows.
        if self.may_cancel:
            self.cancel_button.setVisible(not cancelled)
            self.reopen_button.setVisible(cancelled)

    # -- acting --------------------------------------------------------------
    # Every change notifies the host; this page, being shown, reads again on that.

    @Slot(object)
    def on_changed(self, change: Change) -> None:
        if change & SHOWN and self.host.is_shown(self):
            self.refresh()

    def _open(self, dialog: OperationDialog | CompleteDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()

    @Slot()
    def on_new_clicked(self) -> None:
        from ombuds_desk.ui.workflow.operation_dialog import OperationDialog

        dialog = OperationDialog(self.host, self.host.window())
        dialog.accepted.connect(lambda: self._created(dialog))
        self._open(dialog)

    def _created(self, dialog: OperationDialog) -> None:
        # The list is being read again: select the new operation once it is there.
        created = dialog.created_id
        self.loader.after_load(lambda: self._select_operation(created))
        self.pasted.setFocus()

    @Slot()
    def on_complete_clicked(self) -> None:
        from ombuds_desk.ui.workflow.operation_dialog import CompleteDialog

        operation = self.selected()
        if operation is None:
            return
        dialog = CompleteDialog(
            self.host, operation, self.members_model.rowCount(), self.host.window()
        )
        self._open(dialog)

    @Slot()
    def on_add_clicked(self) -> None:
        self._add(case_numbers=operations.case_numbers_in(self.pasted.toPlainText()))

    @Slot()
    def on_add_current_clicked(self) -> None:
        details = self.host.current_case()
        if details is not None:
            self._add(person_ids=[details.id])

    def _add(
        self, *, case_numbers: list[str] | None = None, person_ids: list[int] | None = None
    ) -> None:
        operation = self.selected()
        if operation is None or operation.id is None:
            return
        if case_numbers is not None and not case_numbers:
            self.outcome.setText(
                QCoreApplication.translate("OperationsPage", "No case numbers found in the box.")
            )
            return
        op_id, actor = operation.id, self.host.actor

        def added(result: operations.AddResult) -> None:
            parts = [OperationsPagePlurals.tr("Added %n.", "", len(result.added))]
            if result.already_in:
                parts.append(
                    QCoreApplication.translate("OperationsPage", "Already in: {numbers}.").format(
                        numbers=", ".join(result.already_in)
                    )
                )
            if result.unknown:
                parts.append(
                    QCoreApplication.translate("OperationsPage", "Not found: {numbers}.").format(
                        numbers=", ".join(result.unknown)
                    )
                )
            self.outcome.setText(" ".join(parts))
            if case_numbers:
                self.pasted.setPlainText("\n".join(result.unknown))

        CollectionOp(
            self.host,
            self.host.window(),
            lambda session: operations.add_persons(
                session,
                actor,
                op_id,
                case_numbers=case_numbers or (),
                person_ids=person_ids or (),
            ),
            Change.OPERATIONS,
        ).on_success(added).run()

    @Slot()
    def on_remove_clicked(self) -> None:
        operation = self.selected()
        row = self.members.current_row()
        person = self.members_model.row_at(row) if row is not None else None
        if operation is None or operation.id is None or person is None or person.id is None:
            return
        op_id, person_id, actor = operation.id, person.id, self.host.actor
        removed = QCoreApplication.translate("OperationsPage", "Removed {number}.").format(
            number=person.case_number
        )
        CollectionOp(
            self.host,
            self.host.window(),
            lambda session: operations.remove_person(session, actor, op_id, person_id),
            Change.OPERATIONS,
        ).on_success(lambda _result: self.outcome.setText(removed)).run()

    @Slot()
    def on_cancel_clicked(self) -> None:
        from ombuds_desk.ui.workflow.operation_dialog import ask_cancel

        operation = self.selected()
        if operation is None or operation.id is None:
            return
        op_id, version, name = operation.id, operation.version, operation.name
        self.question = ask_cancel(
            self.host.window(), name, lambda: self._cancel_or_reopen(op_id, version, name, True)
        )

    @Slot()
    def on_reopen_clicked(self) -> None:
        """A cancelled operation planned again (no question: Undo in the status bar)."""
        operation = self.selected()
        if operation is None or operation.id is None:
            return
        self._cancel_or_reopen(operation.id, operation.version, operation.name, False)

    def _cancel_or_reopen(self, op_id: int, version: int, name: str, cancel: bool) -> None:
        """Cancel (or reopen) the operation as last read; the status bar offers the opposite."""
        actor = self.host.actor
        service = operations.cancel_operation if cancel else operations.reopen_operation
        done = (
            QCoreApplication.translate("OperationsPage", "Operation “{name}” cancelled.")
            if cancel
            else QCoreApplication.translate("OperationsPage", "Operation “{name}” reopened.")
        )
        CollectionOp(
            self.host,
            self.host.window(),
            lambda session: service(session, actor, op_id, expected_version=version),
            Change.OPERATIONS,
        ).on_success(
            lambda saved: self.host.offer_undo(
                done.format(name=name),
                lambda: self._cancel_or_reopen(op_id, saved.version, name, not cancel),
            )
        ).run()

    @Slot()
    def on_member_open_requested(self) -> None:
        row = self.members.current_row()
        person = self.members_model.row_at(row) if row is not None else None
        if person is not None and person.id is not None:
            self.host.open_case(person.id)
