"""Change a case's repatriation status: only the statuses the rules allow next, a date, a reason.

A supervisor may instead tick "Correct status" to put right a mistaken status: any status of
the case's category, a required reason, recorded as a correction (``correct_status``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ombuds_desk.domain.enums import CaseStatus, Role
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.status_rules import statuses_for
from ombuds_desk.services.cases.case_status import change_status, correct_status
from ombuds_desk.services.cases.case_view import CaseDetails
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.date_fields import date_edit, qdate
from ombuds_desk.ui.common.dialog_parts import (
    accept_buttons,
    problem_label,
    report_problems,
    stack,
    upper_first,
)
from ombuds_desk.ui.common.enum_combo import EnumCombo
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp


class StatusDialog(QDialog):
    """Accepted once ``change_status`` succeeded."""

    def __init__(
        self,
        host: Host,
        details: CaseDetails,
        parent: QWidget | None = None,
        correcting: bool = False,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._details = details
        self._today = today = host.today()
        actor = host.actor
        self.setObjectName("statusDialog")
        self.setWindowTitle(self.tr("Change status — %s") % details.case_number)

        about = QLabel(
            self.tr("<b>%s</b><br>%s, now <b>%s</b> since %s (%d days)")
            % (
                details.name,
                details.case_number,
                self.tr(details.status.label),
                details.status_since.strftime("%d.%m.%Y"),
                details.days_in_status,
            ),
            self,
        )
        about.setWordWrap(True)

        self.new_status = EnumCombo(CaseStatus, details.next_statuses, parent=self)
        self.new_status.setObjectName("newStatus")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why, and on whose word (e.g. ICRC notification)"))
        self.effective_on = date_edit(self, today, latest=today)
        self.effective_on.setObjectName("effectiveOn")
        self.effective_on.setMinimumDate(qdate(details.status_since))
        self.problem = problem_label(self, "problem")
        self.correct = QCheckBox(
            self.tr("Correct a &mistaken status (any status, reason required)"), self
        )
        self.correct.setObjectName("correct")
        can_correct = actor.role.rank >= Role.SUPERVISOR.rank
        self.correct.setVisible(can_correct)

        form = QFormLayout()
        form.addRow("", self.correct)
        for caption, widget in (
            (self.tr("&New status:"), self.new_status),
            (self.tr("&Reason:"), self.reason),
            (self.tr("&Effective on:"), self.effective_on),
        ):
            text = QLabel(caption, self)
            text.setBuddy(widget)
            form.addRow(text, widget)

        buttons, self.save_button = accept_buttons(
            self, self.tr("&Change status"), self.on_save_clicked
        )
        self.save_button.setEnabled(bool(details.next_statuses))
        stack(self, about, form, self.problem, buttons)
        self.setMinimumWidth(520)
        self.correct.toggled.connect(self.on_correct_toggled)
        self.correct.setChecked(correcting and can_correct)
        self.new_status.setFocus()

    @Slot(bool)
    def on_correct_toggled(self, correcting: bool) -> None:
        details = self._details
        if correcting:
            others = [s for s in statuses_for(details.category) if s is not details.status]
            self.new_status.set_members(others)
            self.effective_on.setMinimumDate(QDate(1900, 1, 1))
            self.reason.setPlaceholderText(self.tr("What was wrong, and on whose word (required)"))
            self.save_button.setText(self.tr("C&orrect status"))
        else:
            self.new_status.set_members(details.next_statuses)
            self.effective_on.setMinimumDate(qdate(details.status_since))
            self.reason.setPlaceholderText(
                self.tr("Why, and on whose word (e.g. ICRC notification)")
            )
            self.save_button.setText(self.tr("&Change status"))
        self.save_button.setEnabled(self.new_status.count() > 0)
        self.problem.hide()

    def _field_problems(self, exc: ValidationError) -> str:
        names = {"effective_on": self.tr("The date"), "reason": self.tr("The reason")}
        return "\n".join(
            f"{names.get(k, k)} {v}" if v.startswith("is ") else upper_first(v)
            for k, v in exc.fields.items()
        )

    def chosen_status(self) -> CaseStatus | None:
        return self.new_status.current()

    @Slot()
    def on_save_clicked(self) -> None:
        status = self.chosen_status()
        if status is None:
            return
        day = self.effective_on.date().toPython()
        assert isinstance(day, date)
        change = correct_status if self.correct.isChecked() else change_status
        actor, details, reason = self._host.actor, self._details, self.reason.text()
        CollectionOp(
            self._host,
            self,
            lambda session: change(
                session,
                actor,
                details.id,
                status,
                effective_on=day,
                today=self._today,
                reason=reason,
                expected_version=details.version,
            ),
            Change.STATUS,
        ).on_invalid(
            lambda exc: report_problems(self, self.problem, exc, self._field_problems)
        ).on_success(lambda _event: self.accept()).run()
