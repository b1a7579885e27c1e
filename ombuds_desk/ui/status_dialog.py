"""Change a case's repatriation status: only the statuses the rules allow next, a date, a reason.

A supervisor may instead tick "Correct status" to put right a mistaken status: any status of
the case's category, a required reason, recorded as a correction (``correct_status``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Role
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.status_rules import statuses_for
from ombuds_desk.services.case_status import change_status, correct_status
from ombuds_desk.services.case_view import CaseDetails
from ombuds_desk.services.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.enum_combo import EnumCombo
from ombuds_desk.ui.errors import show_error
from ombuds_desk.ui.form_fields import ERROR_STYLE


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class StatusDialog(QDialog):
    """Accepted once ``change_status`` succeeded."""

    def __init__(
        self,
        db: Database,
        actor: User,
        details: CaseDetails,
        today: date,
        parent: QWidget | None = None,
        correcting: bool = False,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._details = details
        self._today = today
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
        self.effective_on = QDateEdit(to_qdate(today), self)
        self.effective_on.setObjectName("effectiveOn")
        self.effective_on.setDisplayFormat("dd.MM.yyyy")
        self.effective_on.setCalendarPopup(True)
        self.effective_on.setMaximumDate(to_qdate(today))
        self.effective_on.setMinimumDate(to_qdate(details.status_since))
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
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

        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Change status"), self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.setEnabled(bool(details.next_statuses))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.on_save_clicked)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
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
            self.effective_on.setMinimumDate(to_qdate(details.status_since))
            self.reason.setPlaceholderText(
                self.tr("Why, and on whose word (e.g. ICRC notification)")
            )
            self.save_button.setText(self.tr("&Change status"))
        self.save_button.setEnabled(self.new_status.count() > 0)
        self.problem.hide()

    def chosen_status(self) -> CaseStatus | None:
        return self.new_status.current()

    @Slot()
    def on_save_clicked(self) -> None:
        status = self.chosen_status()
        if status is None:
            return
        day = self.effective_on.date().toPython()
        assert isinstance(day, date)
        try:
            with unit_of_work(self._db, self._actor) as session:
                change = correct_status if self.correct.isChecked() else change_status
                change(
                    session, self._actor, self._details.id, status,
                    effective_on=day, today=self._today, reason=self.reason.text(),
                    expected_version=self._details.version,
                )  # fmt: skip
        except ValidationError as exc:
            if exc.fields:
                names = {"effective_on": self.tr("The date"), "reason": self.tr("The reason")}
                self.problem.setText(
                    "\n".join(
                        f"{names.get(k, k)} {v}" if v.startswith("is ") else v[:1].upper() + v[1:]
                        for k, v in exc.fields.items()
                    )
                )
                self.problem.show()
            else:
                show_error(self, exc)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()
