"""Block a case with a reason (or unblock it with a note)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.services.cases.block_reasons import block_reasons
from ombuds_desk.services.cases.case_status import block_case, unblock_case
from ombuds_desk.services.cases.case_view import CaseDetails
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.dialog_parts import accept_buttons, problem_label, report_problems, stack
from ombuds_desk.ui.common.errors import show_error


class BlockDialog(QDialog):
    """Blocks ``details``' case, or unblocks it when it is blocked; accepted on success."""

    def __init__(
        self,
        db: Database,
        actor: User,
        details: CaseDetails,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._details = details
        self._today = today
        self.unblocking = details.blocked
        self.setObjectName("blockDialog")
        title = self.tr("Unblock case %s") if self.unblocking else self.tr("Block case %s")
        self.setWindowTitle(title % details.case_number)

        about = QLabel(f"<b>{details.name}</b> — {details.case_number}", self)
        form = QFormLayout()
        self.reason = QComboBox(self)
        self.reason.setObjectName("reason")
        self.reason.setEditable(True)
        self.reason.addItems(self._suggested_reasons())
        self.reason.setCurrentIndex(-1)
        line = self.reason.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Choose or type a reason"))
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        if self.unblocking:
            current = QLabel(details.blocked_reason or "", self)
            current.setWordWrap(True)
            form.addRow(self.tr("Blocked for:"), current)
            self.reason.hide()
        else:
            reason_label = QLabel(self.tr("&Reason:"), self)
            reason_label.setBuddy(self.reason)
            form.addRow(reason_label, self.reason)
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note)
        form.addRow(note_label, self.note)
        self.problem = problem_label(self, wrap=False)

        buttons, self.save_button = accept_buttons(
            self,
            self.tr("&Unblock") if self.unblocking else self.tr("&Block"),
            self.on_save_clicked,
        )
        stack(self, about, form, self.problem, buttons)
        self.setMinimumWidth(480)
        (self.note if self.unblocking else self.reason).setFocus()

    def _suggested_reasons(self) -> list[str]:
        """The office's list of block reasons (standard ones first); typing another is fine."""
        try:
            with self._db.reading() as session:
                return block_reasons(session)
        except Exception:
            return []

    @Slot()
    def on_save_clicked(self) -> None:
        try:
            with unit_of_work(self._db, self._actor) as session:
                if self.unblocking:
                    unblock_case(
                        session,
                        self._actor,
                        self._details.id,
                        today=self._today,
                        note=self.note.text(),
                        expected_version=self._details.version,
                    )
                else:
                    block_case(
                        session,
                        self._actor,
                        self._details.id,
                        self.reason.currentText(),
                        today=self._today,
                        note=self.note.text(),
                        expected_version=self._details.version,
                    )
        except ValidationError as exc:
            report_problems(
                self, self.problem, exc, lambda e: "\n".join(e.fields.values()).capitalize()
            )
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()
