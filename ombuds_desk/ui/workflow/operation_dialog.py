"""Dialogs of the Operations page: record a new operation, complete one on a date, and the
question before cancelling one (which says that it can be reopened).

The dialogs hand what was typed to ``services/workflow/operations.py`` through the operation
helper; a refusal keeps the dialog open with the service's message (which names every case in
the way).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from ombuds_desk.domain.enums import Channel, OperationKind
from ombuds_desk.domain.errors import DomainError, ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.domain.operations import Operation
from ombuds_desk.domain.status_rules import completion_status
from ombuds_desk.services.workflow.operations import (
    CATEGORY_OF,
    complete_operation,
    create_operation,
)
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.date_fields import date_edit
from ombuds_desk.ui.common.dialog_parts import (
    accept_buttons,
    problem_label,
    report_problems,
    show_problem,
    stack,
)
from ombuds_desk.ui.common.discard import ask_discard
from ombuds_desk.ui.common.enum_combo import EnumCombo
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp

FACILITATORS = (Channel.ICRC, Channel.COUNTERPART_OMBUDSMAN)  # offered by label (translated)
FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("OperationsPage", "Name"),
    "completed_on": QT_TRANSLATE_NOOP("OperationsPage", "The date"),
}


def ask_cancel(parent: QWidget, name: str, on_yes: Callable[[], None]) -> QMessageBox:
    """Ask before cancelling the operation ``name``; ``on_yes`` runs only on Yes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("OperationsPage", "Cancel operation"),
        QCoreApplication.translate(
            "OperationsPage",
            "Cancel “{name}”? Nobody's status changes; the operation stays listed as cancelled, "
            "with its persons, and a supervisor can reopen it.",
        ).format(name=name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(_result: int) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            on_yes()

    box.finished.connect(answered)
    box.open()
    return box


def _field_problems(dialog: QDialog, exc: ValidationError) -> str:
    return "\n".join(
        f"{QCoreApplication.translate('OperationsPage', FIELD_NAMES.get(k, k))} {v}"
        for k, v in exc.fields.items()
    )


class OperationDialog(QDialog):
    """Records a planned operation; ``created_id`` is set once it is saved."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        today = host.today()
        self.created_id: int | None = None
        self.setObjectName("operationDialog")
        self.setWindowTitle(self.tr("New operation"))

        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("e.g. Exchange of 12 December"))
        self.kind = EnumCombo(OperationKind, parent=self)
        self.kind.setObjectName("kind")
        self.planned_on = date_edit(self, today)
        self.planned_on.setObjectName("plannedOn")
        self.facilitated_by = QComboBox(self)
        self.facilitated_by.setObjectName("facilitatedBy")
        self.facilitated_by.setEditable(True)
        self.facilitated_by.addItems([f.label for f in FACILITATORS])
        self.facilitated_by.setCurrentIndex(-1)
        self.notes = QLineEdit(self)
        self.notes.setObjectName("notes")
        self.problem = problem_label(self, "problem")

        form = QFormLayout()
        for caption, widget in (
            (self.tr("&Name:"), self.name),
            (self.tr("&Type:"), self.kind),
            (self.tr("&Date:"), self.planned_on),
            (self.tr("&Facilitated by:"), self.facilitated_by),
            (self.tr("N&otes:"), self.notes),
        ):
            label = QLabel(caption, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons, self.save_button = accept_buttons(
            self, self.tr("&Record operation"), self.on_save_clicked
        )
        stack(self, form, self.problem, buttons)
        self.setMinimumWidth(460)
        self.name.setFocus()

    def reject(self) -> None:
        if self.created_id is None and (self.name.text().strip() or self.notes.text().strip()):
            ask_discard(self, super().reject)
            return
        super().reject()

    @Slot()
    def on_save_clicked(self) -> None:
        day = self.planned_on.date().toPython()
        kind = self.kind.current()
        assert isinstance(day, date) and kind is not None
        actor, name, facilitated_by, notes = (
            self._host.actor,
            self.name.text(),
            self.facilitated_by.currentText(),
            self.notes.text(),
        )
        CollectionOp(
            self._host,
            self,
            lambda session: create_operation(
                session,
                actor,
                name=name,
                kind=kind,
                planned_on=day,
                facilitated_by=facilitated_by,
                notes=notes,
            ),
            Change.OPERATIONS,
        ).on_invalid(
            lambda exc: report_problems(self, self.problem, exc, lambda e: _field_problems(self, e))
        ).on_success(self._saved).run()

    def _saved(self, operation: Operation) -> None:
        self.created_id = operation.id
        self.accept()


class CompleteDialog(QDialog):
    """Completes ``operation`` for all of its ``members`` persons on the chosen date."""

    def __init__(
        self,
        host: Host,
        operation: Operation,
        members: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._operation = operation
        self._today = today = host.today()
        self.setObjectName("completeDialog")
        self.setWindowTitle(self.tr("Complete operation"))
        becomes = completion_status(CATEGORY_OF[operation.kind]).label.lower()
        about = QLabel(
            self.tr(
                "<b>{name}</b> ({kind})<br>All %n persons in it become <b>{status}</b> on the "
                "date below, each with a history entry naming this operation. If any one of "
                "them cannot, nothing changes.",
                "",
                members,
            ).format(name=operation.name, kind=operation.kind.label.lower(), status=becomes),
            self,
        )
        about.setWordWrap(True)
        self.completed_on = date_edit(self, min(operation.planned_on, today), latest=today)
        self.completed_on.setObjectName("completedOn")
        self.problem = problem_label(self, "problem")
        form = QFormLayout()
        label = QLabel(self.tr("&Completed on:"), self)
        label.setBuddy(self.completed_on)
        form.addRow(label, self.completed_on)
        buttons, self.save_button = accept_buttons(
            self, self.tr("&Complete operation"), self.on_save_clicked
        )
        stack(self, about, form, self.problem, buttons)
        self.setMinimumWidth(500)
        self.completed_on.setFocus()

    @Slot()
    def on_save_clicked(self) -> None:
        day = self.completed_on.date().toPython()
        assert isinstance(day, date) and self._operation.id is not None
        actor, operation_id, version, today = (
            self._host.actor,
            self._operation.id,
            self._operation.version,
            self._today,
        )
        CollectionOp(
            self._host,
            self,
            lambda session: complete_operation(
                session,
                actor,
                operation_id,
                completed_on=day,
                today=today,
                expected_version=version,
            ),
            # Everyone in it is repatriated / returned: statuses change with the operation.
            Change.OPERATIONS | Change.STATUS,
        ).on_invalid(
            lambda exc: report_problems(self, self.problem, exc, lambda e: _field_problems(self, e))
        ).on_failure(self._refused).on_success(lambda _operation: self.accept()).run()

    def _refused(self, exc: DomainError) -> bool:
        """A refusal stays in the dialog: the message names every case in the way."""
        show_problem(self.problem, exc.message)
        self.resize(self.width(), self.heightForWidth(self.width()))
        return True
