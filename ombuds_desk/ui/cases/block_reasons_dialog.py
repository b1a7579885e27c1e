"""The office's list of block reasons: which may be printed for the counterpart.

Each reason has a tick, "shareable with the counterpart"; an unticked reason is internal and
never appears on a counterpart document (nor does the block it explains, nor any reason typed
for one case only). Supervisors tick reasons and add the office's own; everyone else sees the
list read-only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.services.cases.block_reasons import (
    ReasonRow,
    add_block_reason,
    mark_block_reason,
    reason_rows,
    reason_words,
)
from ombuds_desk.services.core.permissions import Action, allowed
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.dialog_parts import (
    accept_buttons,
    problem_label,
    report_problems,
    show_problem,
    stack,
)
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp, QueryOp


class BlockReasonsDialog(QDialog):
    """Tick the reasons the counterpart may read; add a reason. Accepted once saved."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.setObjectName("blockReasonsDialog")
        self.setWindowTitle(self.tr("Block reasons"))
        self.editable = allowed(host.actor.role, Action.ADD_BLOCK_REASON)
        about = QLabel(
            self.tr(
                "Ticked reasons are <b>shareable</b>: a counterpart document may say the case "
                "is held up for that reason. Unticked reasons are <b>internal</b>: neither the "
                "reason nor the block is printed for the counterpart, and neither is any note "
                "or reason typed for one case only."
            ),
            self,
        )
        about.setWordWrap(True)
        self.reasons = QListWidget(self)
        self.reasons.setObjectName("reasons")
        self.new_reason = QLineEdit(self)
        self.new_reason.setObjectName("newReason")
        self.new_reason.setPlaceholderText(self.tr("Another reason for the office's list"))
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setObjectName("addReason")
        self.add_button.clicked.connect(self.on_add_clicked)
        self.new_reason.installEventFilter(self)
        adding = QHBoxLayout()
        adding.addWidget(self.new_reason)
        adding.addWidget(self.add_button)
        self.problem = problem_label(self, "problem")
        buttons, self.save_button = accept_buttons(self, self.tr("&Save"), self.on_save_clicked)
        stack(self, about, self.reasons, adding, self.problem, buttons)
        self.setMinimumSize(520, 420)
        self._saved: dict[str, bool] = {}
        self._added: list[str] = []
        rows = QueryOp(host, self, reason_rows).run_now() or []
        for row in rows:
            self._add_item(row)
        for widget in (self.new_reason, self.add_button, self.save_button):
            widget.setEnabled(self.editable)
        if not self.editable:
            self.save_button.setToolTip(self.tr("Only a supervisor can change the list."))
        self.reasons.setFocus()

    def _add_item(self, row: ReasonRow) -> QListWidgetItem:
        label = reason_words(row.text) + (self.tr("  (standard)") if row.standard else "")
        item = QListWidgetItem(label, self.reasons)
        item.setData(Qt.ItemDataRole.UserRole, row.text)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags)
        item.setCheckState(Qt.CheckState.Checked if row.shareable else Qt.CheckState.Unchecked)
        self._saved[row.text] = row.shareable
        return item

    def marks(self) -> dict[str, bool]:
        """Every reason shown, shareable or not, as ticked now."""
        found: dict[str, bool] = {}
        for n in range(self.reasons.count()):
            item = self.reasons.item(n)
            text = str(item.data(Qt.ItemDataRole.UserRole))
            found[text] = item.checkState() == Qt.CheckState.Checked
        return found

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the new reason's line adds it, rather than saving the whole list."""
        if (
            watched is self.new_reason
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.on_add_clicked()
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def on_add_clicked(self) -> None:
        text = " ".join(self.new_reason.text().split())
        if not text:
            return
        if text.casefold() in (t.casefold() for t in self.marks()):
            show_problem(self.problem, self.tr("“%s” is already on the list.") % text)
            return
        item = self._add_item(ReasonRow(text, shareable=False, standard=False))
        self._saved.pop(text)  # new: saved by Save
        self._added.append(text)
        self.reasons.setCurrentItem(item)
        self.new_reason.clear()
        self.problem.hide()

    @Slot()
    def on_save_clicked(self) -> None:
        actor, added, saved, marks = self._host.actor, list(self._added), self._saved, self.marks()
        changed = {t: v for t, v in marks.items() if t not in added and saved.get(t) != v}

        def change(session: Session) -> int:
            for text in added:
                add_block_reason(session, actor, text, shareable=marks[text])
            for text, shareable in changed.items():
                mark_block_reason(session, actor, text, shareable=shareable)
            return len(added) + len(changed)

        CollectionOp(self._host, self, change, Change.SETTINGS).on_invalid(
            lambda exc: report_problems(
                self, self.problem, exc, lambda e: "\n".join(e.fields.values())
            )
        ).on_success(lambda _n: self.accept()).run()
