"""Importing the other side's acknowledgement list and showing what it settled and what not.

The file is read first (``read_acknowledgement_path``) so the user sees how many numbers were
found and in which columns before anything changes; Import reconciles it in one transaction
and then shows the counts and both gap lists from ``reconciliation_gaps``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import DomainError, ValidationError
from ombuds_desk.services.mail.acknowledgement_file import AckFile, read_acknowledgement_path
from ombuds_desk.services.mail.acknowledgements import (
    DEFAULT_GAP_DAYS,
    ReconcileResult,
    UnacknowledgedParcel,
    UnknownNumber,
    reconcile_acknowledgement,
    reconciliation_gaps,
)
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.dialog_parts import field_problems, problem_label, show_problem
from ombuds_desk.ui.common.errors import show_error
from ombuds_desk.ui.common.rows_model import ListColumn, RowsTableModel
from ombuds_desk.ui.mail.parcel_model import day, run

UNACKNOWLEDGED_COLUMNS: list[ListColumn[UnacknowledgedParcel]] = [
    ListColumn("Parcel", lambda r: r.parcel_number),
    ListColumn("Case", lambda r: r.case_number),
    ListColumn("Recipient", lambda r: r.person_name),
    ListColumn("Shipment", lambda r: r.shipment_reference or ""),
    ListColumn("Dispatched", lambda r: day(r.dispatched_on)),
    ListColumn("Days", lambda r: f"{r.days:,}"),
]
UNKNOWN_COLUMNS: list[ListColumn[UnknownNumber]] = [
    ListColumn("Number on their list", lambda r: r.parcel_number),
    ListColumn("Delivered", lambda r: day(r.delivered_on)),
    ListColumn("From", lambda r: r.source),
    ListColumn("File", lambda r: r.file_name or ""),
]


def _view(parent: QWidget, model: RowsTableModel) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _problem_text(exc: DomainError) -> str:
    return field_problems(exc) if isinstance(exc, ValidationError) else exc.message


def result_text(result: ReconcileResult) -> str:
    lines = [
        f"{result.lines:,} numbers on the list · {result.delivered:,} now delivered · "
        f"{result.already_delivered:,} delivered already",
    ]
    for label, numbers in (
        ("Unknown to this office", result.unknown),
        ("Not dispatched (cannot be delivered)", result.not_dispatched),
        ("Delivery date before dispatch or in the future", result.bad_dates),
    ):
        if numbers:
            shown = ", ".join(numbers[:8]) + (" …" if len(numbers) > 8 else "")
            lines.append(f"{label}: {len(numbers):,} — {shown}")
    return "\n".join(lines)


class ReconcileDialog(QDialog):
    """Shows what the file holds, imports it on request, then the gaps both ways."""

    changed = Signal()

    def __init__(
        self, db: Database, actor: User, today: date, path: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._today = today
        self._path = path
        self.ack: AckFile | None = None
        self.outcome: ReconcileResult | None = None
        self.setObjectName("reconcileDialog")
        self.setWindowTitle(self.tr("Acknowledgement — %s") % Path(path).name)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.source = QLineEdit(self)
        self.source.setObjectName("source")
        self.source.setPlaceholderText(self.tr("Who sent it, e.g. ICRC or the counterpart office"))
        self.after_days = QSpinBox(self)
        self.after_days.setRange(1, 3650)
        self.after_days.setValue(DEFAULT_GAP_DAYS)
        self.after_days.setSuffix(self.tr(" days"))
        self.problem = problem_label(self)
        self.unacknowledged: RowsTableModel[UnacknowledgedParcel] = RowsTableModel(
            UNACKNOWLEDGED_COLUMNS, self
        )
        self.unknown: RowsTableModel[UnknownNumber] = RowsTableModel(UNKNOWN_COLUMNS, self)
        self.gaps_title = QLabel(self)
        self.unknown_title = QLabel(self)
        form = QFormLayout()
        source_label = QLabel(self.tr("&Sent by *"), self)
        source_label.setBuddy(self.source)
        form.addRow(source_label, self.source)
        gap_label = QLabel(self.tr("&Unacknowledged after"), self)
        gap_label.setBuddy(self.after_days)
        form.addRow(gap_label, self.after_days)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = QPushButton(self.tr("&Import and reconcile"), self)
        self.import_button.setObjectName("import")
        self.import_button.setDefault(True)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.on_import_clicked)
        self.after_days.valueChanged.connect(self.show_gaps)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.gaps_title)
        layout.addWidget(_view(self, self.unacknowledged), 2)
        layout.addWidget(self.unknown_title)
        layout.addWidget(_view(self, self.unknown), 1)
        layout.addWidget(buttons)
        self.resize(860, 600)
        self._read()
        self.show_gaps()
        self.source.setFocus()

    def _read(self) -> None:
        try:
            self.ack = read_acknowledgement_path(self._path)
        except DomainError as exc:
            self.summary.setText(self.tr("This file cannot be read as an acknowledgement list."))
            show_problem(self.problem, _problem_text(exc))
            self.import_button.setEnabled(False)
            return
        dates = (
            self.tr("delivery dates from “%s”") % self.ack.date_column
            if self.ack.date_column
            else self.tr("no delivery dates (today is used)")
        )
        self.summary.setText(
            self.tr("%s parcel numbers in column “%s”, %s. Nothing changes until you import.")
            % (f"{len(self.ack.lines):,}", self.ack.number_column, dates)
        )

    @Slot()
    def show_gaps(self) -> None:
        with self._db.reading() as session:
            gaps = reconciliation_gaps(
                session, today=self._today, after_days=self.after_days.value()
            )
        self.unacknowledged.set_rows(gaps.unacknowledged)
        self.unknown.set_rows(gaps.unknown)
        self.gaps_title.setText(
            self.tr("<b>Dispatched, not acknowledged after %d days</b> (%d)")
            % (self.after_days.value(), len(gaps.unacknowledged))
        )
        self.unknown_title.setText(
            self.tr("<b>Acknowledged numbers this office does not know</b> (%d)")
            % len(gaps.unknown)
        )

    @Slot()
    def on_import_clicked(self) -> None:
        ack = self.ack
        if ack is None:
            return
        source, name = self.source.text(), Path(self._path).name
        self.problem.hide()
        try:
            self.outcome = run(
                self._db,
                self._actor,
                lambda s: reconcile_acknowledgement(
                    s, self._actor, source, name, ack.pairs(), today=self._today
                ),
            )
        except DomainError as exc:
            show_problem(self.problem, _problem_text(exc))
            self.source.setFocus()
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.import_button.setEnabled(False)
        self.summary.setText(result_text(self.outcome))
        self.show_gaps()
        self.changed.emit()
