"""Merge two cases of one person (supervisors): both side by side, choose the one to keep.

Everything of the other case (contacts, letters and items, parcels, history, notes) moves to
the kept one and the other case number disappears; ``merging.merge_persons`` does it and
refuses anyone but a supervisor. The dialog passes the versions it showed, so a case edited
meanwhile is not merged unseen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.domain.people import Person
from ombuds_desk.services.cases.block_reasons import reason_words
from ombuds_desk.services.cases.case_view import CaseDetails, case_details
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.services.lists.merging import merge_persons
from ombuds_desk.ui.common.changes import CASE_VIEW, Change
from ombuds_desk.ui.common.columns import value_columns
from ombuds_desk.ui.common.field_labels import label
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp, QueryOp
from ombuds_desk.ui.common.rows_model import RowsTableModel

# Everything of the dropped case moves to the kept one (contacts, items, parcels, history,
# notes, reviews, operation memberships) and the dropped case disappears.
MERGED = CASE_VIEW | Change.OPERATIONS


def _since(case: CaseDetails) -> str:
    return QCoreApplication.translate("MergeDialog", "{status} since {date}").format(
        status=case.status.label, date=f"{case.status_since:%d.%m.%Y}"
    )


def comparison_rows(first: CaseDetails, second: CaseDetails) -> list[tuple[str, str, str]]:
    """Field, first case, second case: the case's facts, status and what hangs on it."""
    rows = [
        (QCoreApplication.translate("MergeDialog", "Name"), first.name, second.name),
        (
            QCoreApplication.translate("MergeDialog", "Latin name"),
            first.latin_name,
            second.latin_name,
        ),
        (
            QCoreApplication.translate("MergeDialog", "Status"),
            _since(first),
            _since(second),
        ),
        (
            QCoreApplication.translate("MergeDialog", "Blocked"),
            reason_words(first.blocked_reason) if first.blocked else "",
            reason_words(second.blocked_reason) if second.blocked else "",
        ),
        (
            QCoreApplication.translate("MergeDialog", "Assigned to"),
            first.assigned_to,
            second.assigned_to,
        ),
    ]
    shown = {
        "family_name",
        "given_name",
        "patronymic",
        "family_name_latin",
        "given_name_latin",
        "patronymic_latin",
    }
    for name in dict.fromkeys([*first.facts, *second.facts]):
        if name not in shown:
            rows.append((label(name), first.facts.get(name, ""), second.facts.get(name, "")))
    rows.append(
        (
            QCoreApplication.translate("MergeDialog", "Contacts"),
            str(len(first.contacts)),
            str(len(second.contacts)),
        )
    )
    rows.append(
        (
            QCoreApplication.translate("MergeDialog", "Status history entries"),
            str(len(first.history)),
            str(len(second.history)),
        )
    )
    rows.append(
        (
            QCoreApplication.translate("MergeDialog", "Notes"),
            str(len(first.notes)),
            str(len(second.notes)),
        )
    )
    return rows


def read_pair(
    host: Host, parent: QWidget | None, first_id: int, second_id: int
) -> tuple[CaseDetails, CaseDetails] | None:
    """Both cases as they are now (the quick read before the dialog opens); None, after
    saying why, when one of them is gone (merged or deleted meanwhile)."""
    today = host.today()

    def both(session: Session) -> tuple[CaseDetails, CaseDetails]:
        days = stalled_after_days(session)
        first, second = (
            case_details(session, pid, today=today, threshold_days=days)
            for pid in (first_id, second_id)
        )
        return first, second

    return QueryOp(host, parent, both).run_now()


class MergeDialog(QDialog):
    """``kept_id`` holds the kept case once the merge is saved (the dialog is then accepted)."""

    def __init__(
        self,
        host: Host,
        first: CaseDetails,
        second: CaseDetails,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.kept_id: int | None = None
        self.setObjectName("mergeDialog")
        self.setWindowTitle(QCoreApplication.translate("MergeDialog", "Merge two cases"))
        self.first, self.second = first, second
        self.model: RowsTableModel[tuple[Any, ...]] = RowsTableModel(
            value_columns(["", first.case_number, second.case_number]),
            self,
            comparison_rows(first, second),
        )
        table = QTableView(self)
        table.setObjectName("comparison")
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnWidth(0, 170)
        table.setColumnWidth(1, 330)
        self.keep_first = QRadioButton(
            QCoreApplication.translate("MergeDialog", "Keep {number}").format(
                number=first.case_number
            ),
            self,
        )
        self.keep_second = QRadioButton(
            QCoreApplication.translate("MergeDialog", "Keep {number}").format(
                number=second.case_number
            ),
            self,
        )
        self.keep_first.setObjectName("keepFirst")
        self.keep_second.setObjectName("keepSecond")
        self.keep_first.setChecked(True)
        self.keep_first.toggled.connect(self._explain)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.merge_button = QPushButton(QCoreApplication.translate("MergeDialog", "&Merge"), self)
        self.merge_button.setObjectName("merge")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.clicked.connect(self.on_merge_clicked)
        buttons.rejected.connect(self.reject)
        keep = QHBoxLayout()
        keep.addWidget(
            QLabel(QCoreApplication.translate("MergeDialog", "Which case number stays?"), self)
        )
        keep.addWidget(self.keep_first)
        keep.addWidget(self.keep_second)
        keep.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(table, 1)
        layout.addLayout(keep)
        layout.addWidget(self.explanation)
        layout.addWidget(buttons)
        self._explain()
        self.resize(860, 560)

    def keep_and_drop(self) -> tuple[CaseDetails, CaseDetails]:
        if self.keep_first.isChecked():
            return self.first, self.second
        return self.second, self.first

    @Slot()
    def _explain(self) -> None:
        keep, drop = self.keep_and_drop()
        self.explanation.setText(
            QCoreApplication.translate(
                "MergeDialog",
                "Everything of {dropped} — contacts, letters and items, parcels, status history "
                "and notes — moves to {kept}. Empty fields of {kept} are filled from {dropped}; "
                "values that differ are kept in a note. Case number {dropped} then no longer "
                "exists. This cannot be undone.",
            ).format(dropped=drop.case_number, kept=keep.case_number)
        )

    @Slot()
    def on_merge_clicked(self) -> None:
        keep, drop = self.keep_and_drop()
        actor, today = self.host.actor, self.host.today()

        def merge(session: Session) -> Person:
            return merge_persons(
                session,
                actor,
                keep.id,
                drop.id,
                today=today,
                expected_versions=(keep.version, drop.version),
            )

        CollectionOp(self.host, self, merge, MERGED).on_success(
            lambda _kept: self._merged(keep.id)
        ).run()

    def _merged(self, kept_id: int) -> None:
        self.kept_id = kept_id
        self.accept()
