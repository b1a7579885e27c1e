"""Block a case with a reason (or unblock it with a note).

Once saved, the status bar offers Undo for a few seconds: the opposite, recorded as such (an
undone block is an unblock with a note saying so; an undone unblock blocks the case again for
the reason and note it had).
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.domain.errors import DomainError
from ombuds_desk.domain.people import Person
from ombuds_desk.services.cases.block_reasons import reason_rows, reason_words
from ombuds_desk.services.cases.case_status import block_case, unblock_case
from ombuds_desk.services.cases.case_view import CaseDetails
from ombuds_desk.services.core.reading import read
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.dialog_parts import accept_buttons, problem_label, report_problems, stack
from ombuds_desk.ui.common.form_fields import grow_to_fit
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp


class BlockDialog(QDialog):
    """Blocks ``details``' case, or unblocks it when it is blocked; accepted on success."""

    def __init__(self, host: Host, details: CaseDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._details = details
        self.unblocking = details.blocked
        self.setObjectName("blockDialog")
        title = self.tr("Unblock case %s") if self.unblocking else self.tr("Block case %s")
        self.setWindowTitle(title % details.case_number)

        about = QLabel(f"<b>{details.name}</b> — {details.case_number}", self)
        form = QFormLayout()
        self.reason = QComboBox(self)
        self.reason.setObjectName("reason")
        self.reason.setEditable(True)
        self._shareable: dict[str, bool] = {}
        self._fill_reasons()
        line = self.reason.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Choose or type a reason"))
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        if self.unblocking:
            current = QLabel(reason_words(details.blocked_reason), self)
            current.setWordWrap(True)
            form.addRow(self.tr("Blocked for:"), current)
            self.reason.hide()
        else:
            reason_label = QLabel(self.tr("&Reason:"), self)
            reason_label.setBuddy(self.reason)
            self.reasons_button = QPushButton(self.tr("Reaso&ns…"), self)
            self.reasons_button.setObjectName("editReasons")
            self.reasons_button.setToolTip(
                self.tr("The office's list of reasons: which the counterpart may read")
            )
            self.reasons_button.clicked.connect(self.on_reasons_clicked)
            chooser = QHBoxLayout()
            chooser.addWidget(self.reason, 1)
            chooser.addWidget(self.reasons_button)
            form.addRow(reason_label, chooser)
            # Whether what is chosen may reach the counterpart, said before it is saved.
            self.sharing = QLabel(self)
            self.sharing.setObjectName("sharing")
            self.sharing.setWordWrap(True)
            form.addRow("", self.sharing)
            self.reason.currentTextChanged.connect(self.on_reason_changed)
            self.on_reason_changed(self.reason.currentText())
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note)
        self.note.setPlaceholderText(self.tr("Internal: never printed for the counterpart"))
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

    def _fill_reasons(self) -> None:
        """The office's list of block reasons (standard ones first); typing another is fine."""
        typed = self.reason.currentText()
        try:
            rows = read(self._host.db, reason_rows)
        except DomainError:  # a database problem: the save will say so; typing still works
            rows = []
        # A standard reason shows in the reader's language; either spelling finds its mark.
        self._shareable = {r.text.casefold(): r.shareable for r in rows} | {
            reason_words(r.text).casefold(): r.shareable for r in rows
        }
        self.reason.clear()
        self.reason.addItems([reason_words(r.text) for r in rows])
        self.reason.setCurrentIndex(-1)
        self.reason.setEditText(typed)

    def sharing_text(self, reason: str) -> str:
        """What a counterpart document will say of a block for ``reason``."""
        key = " ".join(reason.split()).casefold()
        if not key:
            return ""
        if self._shareable.get(key):
            return self.tr("Shareable: counterpart documents will give this reason.")
        if key in self._shareable:
            return self.tr("Internal: counterpart documents will not mention this block.")
        return self.tr(
            "Not on the office's list, so internal: counterpart documents will not mention "
            "this block."
        )

    @Slot(str)
    def on_reason_changed(self, text: str) -> None:
        self.sharing.setText(self.sharing_text(text))
        grow_to_fit(self.sharing)  # a longer sentence wraps onto a second line

    @Slot()
    def on_reasons_clicked(self) -> None:
        from ombuds_desk.ui.cases.block_reasons_dialog import BlockReasonsDialog

        dialog = BlockReasonsDialog(self._host, self)
        self.reasons_dialog = dialog
        dialog.accepted.connect(self._fill_reasons)
        dialog.accepted.connect(lambda: self.on_reason_changed(self.reason.currentText()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @Slot()
    def on_save_clicked(self) -> None:
        actor, details, today = self._host.actor, self._details, self._host.today()
        note, reason = self.note.text(), self.reason.currentText()

        def change(session: Session) -> Person:
            if self.unblocking:
                return unblock_case(
                    session,
                    actor,
                    details.id,
                    today=today,
                    note=note,
                    expected_version=details.version,
                )
            return block_case(
                session,
                actor,
                details.id,
                reason,
                today=today,
                note=note,
                expected_version=details.version,
            )

        CollectionOp(self._host, self, change, Change.STATUS).on_invalid(
            lambda exc: report_problems(
                self, self.problem, exc, lambda e: "\n".join(e.fields.values()).capitalize()
            )
        ).on_success(self._saved).run()

    def _saved(self, person: Person) -> None:
        """Closed; the status bar offers to undo it: the opposite, recorded."""
        self.accept()
        host, details = self._host, self._details
        actor, today, version = host.actor, host.today(), person.version
        number = details.case_number
        if self.unblocking:
            reason, note = details.blocked_reason or "", details.blocked_note
            done = self.tr("Case %s unblocked.") % number
            undone = self.tr("Case %s blocked again (unblocking undone).") % number

            def opposite(session: Session) -> object:
                return block_case(
                    session, actor, details.id, reason, today=today, note=note,
                    expected_version=version,
                )  # fmt: skip
        else:
            done = self.tr("Case %s blocked: %s.") % (number, reason_words(person.blocked_reason))
            undone = self.tr("Case %s unblocked again (block undone).") % number
            why = self.tr("Block undone by %s: it was a mistake") % actor.full_name

            def opposite(session: Session) -> object:
                return unblock_case(
                    session, actor, details.id, today=today, note=why, expected_version=version
                )

        def undo() -> None:
            CollectionOp(host, host.window(), opposite, Change.STATUS).on_success(
                lambda _person: host.show_status(undone)
            ).run()

        host.offer_undo(done, undo)
