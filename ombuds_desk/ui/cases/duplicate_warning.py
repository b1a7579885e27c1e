"""The warning shown before a new person is saved who may already have a case.

``duplicates.find_candidates`` decides who is likely the same person (a similar name in any
spelling and the same birth year, or the same service number); this dialog only lists them
and lets the caseworker **Register anyway**, **Open existing case**, or go **Back to the
form**.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.domain.errors import DomainError
from ombuds_desk.services.cases.person_query import person_rows
from ombuds_desk.services.core.reading import read
from ombuds_desk.services.lists.duplicates import DuplicateCandidate, find_candidates
from ombuds_desk.ui.common.columns import value_columns
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.rows_model import RowsTableModel

log = logging.getLogger(__name__)


def candidate_rows(
    session: Session, candidates: Sequence[DuplicateCandidate], today: date
) -> list[tuple[Any, ...]]:
    """Case number, name, Latin name, birth year, category, status and why, per candidate."""
    rows = person_rows(session, [c.person_id for c in candidates], today=today, threshold_days=0)
    found = []
    for c in candidates:
        row = rows.get(c.person_id)
        if row is not None:
            found.append(
                (
                    c.case_number,
                    row.name,
                    row.latin_name,
                    c.birth_year,
                    row.category.label,
                    row.status.label,
                    "; ".join(c.reasons),
                )
            )
    return found


class DuplicateWarningDialog(QDialog):
    """``register_anyway`` or ``open_existing(person_id)``; rejected means back to the form."""

    register_anyway = Signal()
    open_existing = Signal(int)

    def __init__(
        self,
        candidates: Sequence[DuplicateCandidate],
        rows: Sequence[Sequence[Any]],
        parent: QWidget,
        typed: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateWarning")
        self.setWindowTitle(
            QCoreApplication.translate("DuplicateWarning", "This person may already have a case")
        )
        self.candidates = list(candidates)
        headers = [
            QCoreApplication.translate("DuplicateWarning", "Case"),
            QCoreApplication.translate("DuplicateWarning", "Name"),
            QCoreApplication.translate("DuplicateWarning", "Latin name"),
            QCoreApplication.translate("DuplicateWarning", "Born"),
            QCoreApplication.translate("DuplicateWarning", "Category"),
            QCoreApplication.translate("DuplicateWarning", "Status"),
            QCoreApplication.translate("DuplicateWarning", "Why it may be the same person"),
        ]
        self.model: RowsTableModel[tuple[Any, ...]] = RowsTableModel(
            value_columns(headers), self, [tuple(r) for r in rows]
        )
        self.view = QTableView(self)
        self.view.setObjectName("candidates")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.resizeColumnsToContents()
        self.view.selectRow(0)
        self.view.doubleClicked.connect(self.on_open_clicked)
        count = len(self.candidates)
        first = (
            QCoreApplication.translate(
                "DuplicateWarning", "An existing case may be the same person."
            )
            if count == 1
            else self.tr("%n existing cases may be the same person.", "", count)
        )
        why = QCoreApplication.translate(
            "DuplicateWarning",
            "Check before registering a new case: a second case would split the person's "
            "letters, parcels and history.",
        )
        registering = (
            QCoreApplication.translate("DuplicateWarning", "You are registering: %s") % typed
        )
        intro = QLabel(f"<b>{first}</b> {why}<br>{registering}", self)
        intro.setWordWrap(True)
        self.open_button = QPushButton(
            QCoreApplication.translate("DuplicateWarning", "&Open existing case"), self
        )
        self.open_button.setObjectName("openExisting")
        self.register_button = QPushButton(
            QCoreApplication.translate("DuplicateWarning", "&Register anyway"), self
        )
        self.register_button.setObjectName("registerAnyway")
        self.back_button = QPushButton(
            QCoreApplication.translate("DuplicateWarning", "&Back to the form"), self
        )
        self.back_button.setObjectName("back")
        buttons = QDialogButtonBox(Qt.Orientation.Horizontal, self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.register_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.on_open_clicked)
        self.register_button.clicked.connect(self.on_register_clicked)
        self.back_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(900, 260)

    def selected(self) -> DuplicateCandidate:
        rows = self.view.selectionModel().selectedRows()
        return self.candidates[rows[0].row() if rows else 0]

    @Slot()
    def on_open_clicked(self) -> None:
        person_id = self.selected().person_id
        self.accept()
        self.open_existing.emit(person_id)

    @Slot()
    def on_register_clicked(self) -> None:
        self.accept()
        self.register_anyway.emit()


def warn_before_register(
    parent: QWidget,
    host: Host,
    values: Mapping[str, Any],
    on_register: Callable[[], None],
    on_open: Callable[[int], None],
) -> DuplicateWarningDialog | None:
    """Open the warning if ``values`` (the form's) may be an existing case; None if not."""
    today = host.today()

    def look(session: Session) -> tuple[list[DuplicateCandidate], list[tuple[Any, ...]]]:
        candidates = find_candidates(session, values)
        return candidates, candidate_rows(session, candidates, today)

    try:
        candidates, rows = read(host.db, look)
    except DomainError:  # the check must not stop a save; the save reports a broken database
        log.exception("Looking for duplicates failed")
        return None
    if not candidates:
        return None
    dob = values.get("date_of_birth")
    born = (
        QCoreApplication.translate("DuplicateWarning", "born %s") % dob
        if dob
        else QCoreApplication.translate("DuplicateWarning", "date of birth not given")
    )
    typed = " ".join(str(values.get(k) or "") for k in ("family_name", "given_name", "patronymic"))
    dialog = DuplicateWarningDialog(
        candidates,
        rows,
        parent,
        f"<b>{html.escape(' '.join(typed.split()))}</b>, {html.escape(born)}",
    )
    dialog.register_anyway.connect(on_register)
    dialog.open_existing.connect(on_open)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
