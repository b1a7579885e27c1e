"""The same decision for the cases selected in the review queue: keep them waiting until a
date, or close them, with one note; the count is confirmed in a question before anything is
saved ("Keep 12 cases waiting until 15.12.2026?").

Saved in one unit of work through ``bulk_review.review_cases`` (a review per case, as the
review dialog would record it).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from ombuds_desk.domain.enums import ReviewDecision
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.domain.people import CaseReview
from ombuds_desk.services.workflow.bulk_review import BULK_DECISIONS, review_cases
from ombuds_desk.services.workflow.review_queue import DEFAULT_NEXT_REVIEW_DAYS
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.date_fields import qdate
from ombuds_desk.ui.common.dialog_parts import accept_buttons, problem_label, report_problems, stack
from ombuds_desk.ui.common.enum_combo import EnumCombo
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp
from ombuds_desk.ui.workflow.plurals import BulkReviewDialogPlurals

CHANGES = {
    ReviewDecision.KEEP_WAITING: Change.REVIEWS,
    ReviewDecision.CLOSE: Change.REVIEWS | Change.STATUS,
}
FIELD_NAMES = {
    "next_review_on": QT_TRANSLATE_NOOP("BulkReviewDialog", "Next review:"),
    "note": QT_TRANSLATE_NOOP("BulkReviewDialog", "Note:"),
}


def question(decision: ReviewDecision, count: int, until: date) -> str:
    """What the confirmation asks: the decision, how many cases, until when."""
    if decision is ReviewDecision.CLOSE:
        return BulkReviewDialogPlurals.tr(
            "Close %n cases? Closing ends each case; it needs no further review.", "", count
        )
    return BulkReviewDialogPlurals.tr("Keep %n cases waiting until {date}?", "", count).format(
        date=until.strftime("%d.%m.%Y")
    )


class BulkReviewDialog(QDialog):
    """Accepted once every review is saved; ``saved`` is how many."""

    def __init__(
        self, host: Host, person_ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._ids = list(person_ids)
        self._today = today = host.today()
        self.saved = 0
        self.confirm: QMessageBox | None = None
        self.setObjectName("bulkReviewDialog")
        count = len(self._ids)
        self.setWindowTitle(BulkReviewDialogPlurals.tr("Review %n cases", "", count))
        about = QLabel(
            BulkReviewDialogPlurals.tr(
                "The same decision for the <b>%n cases</b> selected in the queue. Each gets a "
                "review of its own, as if reviewed one by one; to reassign or escalate, "
                "review a case by itself.",
                "",
                count,
            ),
            self,
        )
        about.setWordWrap(True)
        self.decision_combo = EnumCombo(ReviewDecision, BULK_DECISIONS, parent=self)
        self.decision_combo.setObjectName("decision")
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.next_review = QDateEdit(self)
        self.next_review.setObjectName("nextReview")
        self.next_review.setDisplayFormat("dd.MM.yyyy")
        self.next_review.setCalendarPopup(True)
        self.next_review.setMinimumDate(qdate(today + timedelta(days=1)))
        self.next_review.setDate(
            qdate(today + timedelta(days=DEFAULT_NEXT_REVIEW_DAYS[ReviewDecision.KEEP_WAITING]))
        )
        self.problem = problem_label(self, "problem")
        form = QFormLayout()
        for caption, widget in (
            (
                QLabel(QCoreApplication.translate("BulkReviewDialog", "&Decision:"), self),
                self.decision_combo,
            ),
            (QLabel(QCoreApplication.translate("BulkReviewDialog", "&Note:"), self), self.note),
            (
                QLabel(QCoreApplication.translate("BulkReviewDialog", "Ne&xt review:"), self),
                self.next_review,
            ),
        ):
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        buttons, self.save_button = accept_buttons(
            self,
            QCoreApplication.translate("BulkReviewDialog", "&Save reviews…"),
            self.on_save_clicked,
        )
        stack(self, about, form, self.problem, buttons)
        self.setMinimumWidth(520)
        self.decision_combo.currentIndexChanged.connect(self.on_decision_changed)
        self.on_decision_changed()
        self.decision_combo.setFocus()

    def chosen(self) -> ReviewDecision:
        return self.decision_combo.current() or ReviewDecision.KEEP_WAITING

    def until(self) -> date:
        day = self.next_review.date().toPython()
        assert isinstance(day, date)
        return day

    @Slot()
    def on_decision_changed(self) -> None:
        closing = self.chosen() is ReviewDecision.CLOSE
        self.next_review.setEnabled(not closing)
        self.note.setPlaceholderText(
            QCoreApplication.translate("BulkReviewDialog", "Why the cases are closed (required)")
            if closing
            else QCoreApplication.translate(
                "BulkReviewDialog", "What was decided, and what happens next"
            )
        )
        self.problem.hide()

    @Slot()
    def on_save_clicked(self) -> QMessageBox:
        """Ask, with the count, before saving anything."""
        decision = self.chosen()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            question(decision, len(self._ids), self.until()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("bulkReviewQuestion")
        box.button(QMessageBox.StandardButton.Yes).setText(
            QCoreApplication.translate("BulkReviewDialog", "&Close them")
            if decision is ReviewDecision.CLOSE
            else QCoreApplication.translate("BulkReviewDialog", "&Keep them waiting")
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(_result: int) -> None:
            self.confirm = None
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.save(decision)

        box.finished.connect(finished)
        self.confirm = box
        box.open()
        return box

    def save(self, decision: ReviewDecision) -> None:
        actor, ids, today, note = self._host.actor, list(self._ids), self._today, self.note.text()
        until = None if decision is ReviewDecision.CLOSE else self.until()
        CollectionOp(
            self._host,
            self,
            lambda session: review_cases(
                session, actor, ids, decision, today=today, note=note, next_review_on=until
            ),
            CHANGES[decision],
        ).on_invalid(
            lambda exc: report_problems(self, self.problem, exc, self._field_problems)
        ).on_success(self._saved).run()

    def _field_problems(self, exc: ValidationError) -> str:
        return "\n".join(
            f"{QCoreApplication.translate('BulkReviewDialog', FIELD_NAMES.get(k, k))} {v}"
            for k, v in exc.fields.items()
        )

    def _saved(self, reviews: list[CaseReview]) -> None:
        self.saved = len(reviews)
        self._host.show_status(BulkReviewDialogPlurals.tr("%n cases reviewed.", "", self.saved))
        self.accept()
