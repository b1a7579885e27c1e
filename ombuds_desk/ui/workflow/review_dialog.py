"""A supervisor's review of a stalled case: a decision, a note and the next review date.

The dialog gathers the choice; ``review_queue.review_case`` checks it and acts (reassign
and close change the case at once), through the operation helper. Escalating asks whom the
case goes to (a supervisor or colleague, required). A refused review keeps the form open with
the reason.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.collation import sort_key
from ombuds_desk.domain.enums import ReviewDecision
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.domain.status_rules import StalledRule
from ombuds_desk.services.workflow.review_queue import (
    DEFAULT_NEXT_REVIEW_DAYS,
    StalledCase,
    review_case,
)
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.date_fields import qdate
from ombuds_desk.ui.common.dialog_parts import accept_buttons, problem_label, report_problems, stack
from ombuds_desk.ui.common.enum_combo import EnumCombo
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp

FIELD_NAMES = {
    "next_review_on": QT_TRANSLATE_NOOP("ReviewDialog", "Next review:"),
    "reassign_to": QT_TRANSLATE_NOOP("ReviewDialog", "Reassign to:"),
    "escalate_to": QT_TRANSLATE_NOOP("ReviewDialog", "Escalate to:"),
    "note": QT_TRANSLATE_NOOP("ReviewDialog", "Note:"),
}
# What a review changes besides the review itself: reassigning moves the case to another
# caseworker, closing changes its status.
CHANGES = {
    ReviewDecision.KEEP_WAITING: Change.REVIEWS,
    ReviewDecision.ESCALATE: Change.REVIEWS,
    ReviewDecision.REASSIGN: Change.REVIEWS | Change.CASES,
    ReviewDecision.CLOSE: Change.REVIEWS | Change.STATUS,
}


class ReviewDialog(QDialog):
    """Accepted once the review is saved; ``decision`` tells what was decided."""

    def __init__(
        self,
        host: Host,
        case: StalledCase,
        staff: list[User],
        threshold_days: StalledRule | int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._case = case
        self._today = today = host.today()
        self.decision: ReviewDecision | None = None
        self.setObjectName("reviewDialog")
        self.setWindowTitle(self.tr("Review case {number}").format(number=case.case_number))

        last = (
            self.tr("last reviewed {date} ({decision})").format(
                date=case.last_review_on.strftime("%d.%m.%Y"), decision=case.last_decision.label
            )
            if case.last_review_on and case.last_decision
            else self.tr("never reviewed")
        )
        about = QLabel(
            self.tr(
                "<b>{name}</b> — {number}<br>{status}, %n days stalled: {reason}<br>"
                "Caseworker: {caseworker} · {last}",
                "",
                case.days_stalled,
            ).format(
                name=case.name,
                number=case.case_number,
                status=case.status.label,
                reason=case.reason(threshold_days),
                caseworker=case.assigned_to or self.tr("nobody"),
                last=last,
            ),
            self,
        )
        about.setWordWrap(True)

        self.decision_combo = EnumCombo(ReviewDecision, parent=self)
        self.decision_combo.setObjectName("decision")
        self.caseworker = QComboBox(self)
        self.caseworker.setObjectName("reassignTo")
        for user in staff:
            if user.id != case.assigned_to_id:
                self.caseworker.addItem(f"{user.full_name} ({user.role.label})", user.id)
        # Supervisors first: an escalation most often goes up.
        self.recipient = QComboBox(self)
        self.recipient.setObjectName("escalateTo")
        for user in sorted(staff, key=lambda u: (-u.role.rank, sort_key(u.full_name))):
            if user.id != host.actor.id:
                self.recipient.addItem(f"{user.full_name} ({user.role.label})", user.id)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("What was decided, and what happens next"))
        self.next_review = QDateEdit(self)
        self.next_review.setObjectName("nextReview")
        self.next_review.setDisplayFormat("dd.MM.yyyy")
        self.next_review.setCalendarPopup(True)
        self.next_review.setMinimumDate(qdate(today + timedelta(days=1)))
        self.next_hint = QLabel(self)
        self.next_hint.setWordWrap(True)
        self.problem = problem_label(self, "problem")

        form = QFormLayout()
        self._caseworker_label = QLabel(self.tr("Reassign &to:"), self)
        self._recipient_label = QLabel(self.tr("Escalate &to:"), self)
        for caption, widget in (
            (QLabel(self.tr("&Decision:"), self), self.decision_combo),
            (self._caseworker_label, self.caseworker),
            (self._recipient_label, self.recipient),
            (QLabel(self.tr("&Note:"), self), self.note),
            (QLabel(self.tr("Ne&xt review:"), self), self.next_review),
        ):
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        form.addRow("", self.next_hint)

        buttons, self.save_button = accept_buttons(
            self, self.tr("&Save review"), self.on_save_clicked
        )
        stack(self, about, form, self.problem, buttons)
        self.setMinimumWidth(540)
        self.decision_combo.currentIndexChanged.connect(self.on_decision_changed)
        self.on_decision_changed()
        self.decision_combo.setFocus()

    def _field_problems(self, exc: ValidationError) -> str:
        return "\n".join(f"{self.tr(FIELD_NAMES.get(k, k))} {v}" for k, v in exc.fields.items())

    def chosen(self) -> ReviewDecision:
        return self.decision_combo.current() or ReviewDecision.KEEP_WAITING

    @Slot()
    def on_decision_changed(self) -> None:
        decision = self.chosen()
        reassign = decision is ReviewDecision.REASSIGN
        self.caseworker.setVisible(reassign)
        self._caseworker_label.setVisible(reassign)
        escalate = decision is ReviewDecision.ESCALATE
        self.recipient.setVisible(escalate)
        self._recipient_label.setVisible(escalate)
        closing = decision is ReviewDecision.CLOSE
        self.next_review.setEnabled(not closing)
        if closing:
            self.next_hint.setText(self.tr("Closing ends the case; it needs no further review."))
            self.note.setPlaceholderText(self.tr("Why the case is closed (required)"))
        else:
            days = DEFAULT_NEXT_REVIEW_DAYS[decision]
            self.next_review.setDate(qdate(self._today + timedelta(days=days)))
            self.next_hint.setText(
                self.tr("The case leaves the queue until then (it stays stalled in the figures).")
            )
            self.note.setPlaceholderText(self.tr("What was decided, and what happens next"))
        self.problem.hide()
        self.adjustSize()

    @Slot()
    def on_save_clicked(self) -> None:
        decision = self.chosen()
        day = self.next_review.date().toPython()
        assert isinstance(day, date)
        reassign_to = self.caseworker.currentData() if decision is ReviewDecision.REASSIGN else None
        escalate_to = self.recipient.currentData() if decision is ReviewDecision.ESCALATE else None
        actor, person_id, today, note = (
            self._host.actor,
            self._case.person_id,
            self._today,
            self.note.text(),
        )
        CollectionOp(
            self._host,
            self,
            lambda session: review_case(
                session,
                actor,
                person_id,
                decision,
                today=today,
                note=note,
                next_review_on=None if decision is ReviewDecision.CLOSE else day,
                reassign_to_id=reassign_to,
                escalate_to_id=escalate_to,
            ),
            CHANGES[decision],
        ).on_invalid(
            lambda exc: report_problems(self, self.problem, exc, self._field_problems)
        ).on_success(lambda _review: self._saved(decision)).run()

    def _saved(self, decision: ReviewDecision) -> None:
        self.decision = decision
        self.accept()
