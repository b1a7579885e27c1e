"""Change a case's repatriation status: only the statuses the rules allow next, a date, a reason.

A supervisor may instead tick "Correct status" to put right a mistaken status: any status of
the case's category, a required reason, recorded as a correction (``correct_status``).

A final status (repatriated, returned, released, resettled, deceased, closed) is never chosen
for the user: the first status that is not final is, or none when only final ones remain.
Choosing one needs a reason and a Yes to a question that names the person. Once saved, the
status bar offers Undo for a few seconds (``undo_status_change``: one's own change, recorded
as a correction).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from ombuds_desk.domain.enums import CaseStatus
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.people import Person
from ombuds_desk.domain.status_rules import is_final, statuses_for
from ombuds_desk.services.cases.case_status import (
    change_status,
    correct_status,
    final_reason_problem,
    undo_status_change,
)
from ombuds_desk.services.cases.case_view import CaseDetails
from ombuds_desk.services.core.permissions import Action, allowed
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.date_fields import date_edit, qdate
from ombuds_desk.ui.common.dialog_parts import (
    accept_buttons,
    problem_label,
    report_problems,
    show_problem,
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
            self.tr("<b>%s</b><br>%s, now <b>%s</b> since %s (%s)")
            % (
                details.name,
                details.case_number,
                details.status.label,
                details.status_since.strftime("%d.%m.%Y"),
                self.tr("1 day")
                if details.days_in_status == 1
                else self.tr("%n days", "", details.days_in_status),
            ),
            self,
        )
        about.setWordWrap(True)

        self.new_status = EnumCombo(CaseStatus, details.next_statuses, parent=self)
        self.new_status.setObjectName("newStatus")
        self.new_status.setPlaceholderText(self.tr("Choose the new status"))
        self.question: QMessageBox | None = None
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
        can_correct = allowed(actor.role, Action.CORRECT_STATUS)
        self.correct.setVisible(can_correct)

        form = QFormLayout()
        form.addRow(self.correct)  # across both columns: its words are long in uk and ru
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
        layout = stack(self, about, form, self.problem, buttons)
        # As wide as the correction box's words need (they were cut off at the right in
        # Ukrainian and Russian: the form gave them less than their width).
        margins = layout.contentsMargins()
        need = self.correct.sizeHint().width() + margins.left() + margins.right()
        self.setMinimumWidth(max(520, need))
        self.correct.toggled.connect(self.on_correct_toggled)
        self.new_status.currentIndexChanged.connect(self.on_status_chosen)
        self.preselect()
        self.correct.setChecked(correcting and can_correct)
        self.new_status.setFocus()

    def preselect(self) -> None:
        """Never a final status for the user: the first one that is not, or none at all."""
        combo = self.new_status
        offered = [CaseStatus(combo.itemData(i)) for i in range(combo.count())]
        first = next((i for i, s in enumerate(offered) if not is_final(s)), -1)
        combo.setCurrentIndex(first)
        self.on_status_chosen()

    @Slot()
    def on_status_chosen(self) -> None:
        """Saving needs a status chosen; a final one says that it ends the case."""
        status = self.chosen_status()
        self.save_button.setEnabled(status is not None)
        ending = status is not None and is_final(status)
        self.reason.setPlaceholderText(
            self.tr("Required: this ends the case. Why, and on whose word?")
            if ending
            else self.tr("What was wrong, and on whose word (required)")
            if self.correct.isChecked()
            else self.tr("Why, and on whose word (e.g. ICRC notification)")
        )

    @Slot(bool)
    def on_correct_toggled(self, correcting: bool) -> None:
        details = self._details
        if correcting:
            others = [s for s in statuses_for(details.category) if s is not details.status]
            self.new_status.set_members(others)
            self.effective_on.setMinimumDate(QDate(1900, 1, 1))
            self.save_button.setText(self.tr("C&orrect status"))
        else:
            self.new_status.set_members(details.next_statuses)
            self.effective_on.setMinimumDate(qdate(details.status_since))
            self.save_button.setText(self.tr("&Change status"))
        self.preselect()
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
        """Save; a final status first needs a reason and a Yes naming the person."""
        status = self.chosen_status()
        if status is None:
            return
        if is_final(status):
            problem = final_reason_problem(status, self.reason.text())
            if problem:
                show_problem(self.problem, upper_first(problem))
                self.reason.setFocus()
                return
            self.question = self.ask_final(status)
            return
        self.save(status)

    def ask_final(self, status: CaseStatus) -> QMessageBox:
        """ "Mark <name>, <case number>, as deceased? This ends the case." — No by default."""
        details = self._details
        label = status.label.lower()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("End the case"),
            self.tr("Mark %s, %s, as %s? This ends the case.")
            % (details.name, details.case_number, label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("finalStatusQuestion")
        box.setInformativeText(
            self.tr("Afterwards only a supervisor can change it, by correcting the status.")
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Mark as %s") % label)
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Go back"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            self.question = None
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.save(status)

        box.finished.connect(answered)
        box.open()
        return box

    def save(self, status: CaseStatus) -> None:
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
        ).on_success(self._saved).run()

    def _saved(self, person: Person) -> None:
        """Closed; the status bar offers to undo the change for a few seconds."""
        self.accept()
        host, details = self._host, self._details
        actor, today, version = host.actor, self._today, person.version
        done = self.tr("%s: %s → %s.") % (
            details.case_number,
            details.status.label,
            person.status.label,
        )
        undone = self.tr("%s: back to %s (your change undone).") % (
            details.case_number,
            details.status.label,
        )

        def undo() -> None:
            CollectionOp(
                host,
                host.window(),
                lambda session: undo_status_change(
                    session, actor, details.id, today=today, expected_version=version
                ),
                Change.STATUS,
            ).on_success(lambda _person: host.show_status(undone)).run()

        host.offer_undo(done, undo)
