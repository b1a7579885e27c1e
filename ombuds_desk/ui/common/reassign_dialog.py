"""Reassign one case or many to another caseworker, with a reason (a supervisor's).

Opened from the Cases list (the rows selected), from My work (the lines selected) or from a
caseworker's workload (their open, stalled or overdue cases). The dialog gathers whom and
why, says how many cases move, and hands them over through ``reassignment.reassign_cases``
in one unit of work; the status bar then offers to undo it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.services.cases.reassignment import (
    Reassigned,
    case_holders,
    reassign_cases,
    undo_reassignment,
)
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.dialog_parts import accept_buttons, problem_label, report_problems, stack
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp, QueryOp

FIELD_NAMES = {
    "to_user": QT_TRANSLATE_NOOP("ReassignDialog", "Reassign to:"),
    "reason": QT_TRANSLATE_NOOP("ReassignDialog", "Reason:"),
    "cases": QT_TRANSLATE_NOOP("ReassignDialog", "Cases:"),
}
# A reassignment changes the case (its caseworker) and My work's lists.
CHANGES = Change.CASES | Change.REVIEWS


class ReassignDialog(QDialog):
    """Accepted once the cases are handed over; ``done`` says what moved."""

    def __init__(
        self,
        host: Host,
        person_ids: Sequence[int],
        about: str,
        staff: list[User],
        parent: QWidget | None = None,
        *,
        current_holder_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._ids = list(dict.fromkeys(person_ids))
        self.done_: Reassigned | None = None
        self.setObjectName("reassignDialog")
        count = len(self._ids)
        self.setWindowTitle(self.tr("Reassign %n cases", "", count))
        heading = QLabel(about, self)
        heading.setWordWrap(True)
        self.to_user = QComboBox(self)
        self.to_user.setObjectName("toUser")
        for user in staff:
            if user.id != current_holder_id:
                self.to_user.addItem(
                    self.tr("{name} ({role})").format(name=user.full_name, role=user.role.label),
                    user.id,
                )
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why (the new caseworker reads it on My work)"))
        self.reason.setMaxLength(500)
        self.problem = problem_label(self, "problem")
        form = QFormLayout()
        for caption, widget in (
            (QLabel(self.tr("Reassign &to:"), self), self.to_user),
            (QLabel(self.tr("&Reason:"), self), self.reason),
        ):
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        text = self.tr("&Reassign %n cases", "", count)
        buttons, self.save_button = accept_buttons(self, text, self.on_save_clicked)
        stack(self, heading, form, self.problem, buttons)
        self.setMinimumWidth(520)
        self.reason.setFocus()

    def _field_problems(self, exc: ValidationError) -> str:
        return "\n".join(f"{self.tr(FIELD_NAMES.get(k, k))} {v}" for k, v in exc.fields.items())

    @Slot()
    def on_save_clicked(self) -> None:
        actor, ids = self._host.actor, self._ids
        to_user, reason = self.to_user.currentData(), self.reason.text()
        CollectionOp(
            self._host,
            self,
            lambda session: reassign_cases(session, actor, ids, to_user, reason),
            CHANGES,
        ).on_invalid(
            lambda exc: report_problems(self, self.problem, exc, self._field_problems)
        ).on_success(self._saved).run()

    def _saved(self, done: Reassigned) -> None:
        self.done_ = done
        host = self._host
        words = self.tr("%n cases reassigned to {name}.", "", done.count).format(name=done.to_name)
        if done.already_theirs:
            words += " " + self.tr("%n were already theirs.", "", len(done.already_theirs))

        def undo() -> None:
            actor = host.actor
            CollectionOp(
                host,
                host.window(),
                lambda session: undo_reassignment(session, actor, done),
                CHANGES,
            ).on_success(
                lambda back: host.show_status(self.tr("%n cases given back.", "", back))
            ).run()

        host.offer_undo(words, undo)
        self.accept()


def open_reassign_dialog(
    host: Host,
    person_ids: Sequence[int],
    about: str,
    parent: QWidget | None = None,
    *,
    current_holder_id: int | None = None,
) -> ReassignDialog | None:
    """Read who can take cases, then open the dialog (None when that read failed)."""
    staff = QueryOp(host, host.window(), case_holders).run_now()
    if staff is None:
        return None
    dialog = ReassignDialog(
        host, person_ids, about, staff, parent or host.window(),
        current_holder_id=current_holder_id,
    )  # fmt: skip
    dialog.open()
    return dialog
