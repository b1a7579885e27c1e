"""Importing the other side's acknowledgement list and showing what it settled and what not.

The file is read first (``read_acknowledgement_path``) so the user sees how many numbers were
found and in which columns before anything changes; Import reconciles it in one transaction
and then shows the counts and both gap lists from ``reconciliation_gaps`` (read before the
dialog opens, and again off the GUI thread after the import or a new number of days).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.domain.errors import DomainError, ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.services.mail.acknowledgement_file import AckFile, read_acknowledgement_path
from ombuds_desk.services.mail.acknowledgements import (
    DEFAULT_GAP_DAYS,
    Gaps,
    ReconcileResult,
    UnacknowledgedParcel,
    UnknownNumber,
    reconcile_acknowledgement,
    reconciliation_gaps,
)
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.columns import Column
from ombuds_desk.ui.common.dialog_parts import field_problems, problem_label, show_problem
from ombuds_desk.ui.common.formatting import day, number
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp, Loader, QueryOp
from ombuds_desk.ui.common.rows_model import RowsTableModel
from ombuds_desk.ui.common.tables import RowsView

# Delivering parcels moves their items too, and may close a shipment.
RECONCILED = Change.PARCELS | Change.ITEMS | Change.SHIPMENTS

UNACKNOWLEDGED_COLUMNS: list[Column[UnacknowledgedParcel]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Parcel"), lambda r: r.parcel_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Case"), lambda r: r.case_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Recipient"), lambda r: r.person_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Shipment"), lambda r: r.shipment_reference or ""),
    Column(QT_TRANSLATE_NOOP("Columns", "Dispatched"), lambda r: day(r.dispatched_on)),
    Column(QT_TRANSLATE_NOOP("Columns", "Days"), lambda r: number(r.days)),
]
UNKNOWN_COLUMNS: list[Column[UnknownNumber]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Number on their list"), lambda r: r.parcel_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Delivered"), lambda r: day(r.delivered_on)),
    Column(QT_TRANSLATE_NOOP("Columns", "From"), lambda r: r.source),
    Column(QT_TRANSLATE_NOOP("Columns", "File"), lambda r: r.file_name or ""),
]


def _view(parent: QWidget, model: RowsTableModel[Any], name: str) -> RowsView:
    view = RowsView(model, name, parent, multi=True)
    view.setWordWrap(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def _problem_text(exc: DomainError) -> str:
    return field_problems(exc) if isinstance(exc, ValidationError) else exc.message


def result_text(result: ReconcileResult) -> str:
    lines = [
        translate(
            "ReconcileDialog",
            "{numbers} numbers on the list · {delivered} now delivered · "
            "{already} delivered already",
        ).format(
            numbers=number(result.lines),
            delivered=number(result.delivered),
            already=number(result.already_delivered),
        ),
    ]
    for label, numbers in (
        (translate("ReconcileDialog", "Unknown to this office"), result.unknown),
        (
            translate("ReconcileDialog", "Not dispatched (cannot be delivered)"),
            result.not_dispatched,
        ),
        (
            translate("ReconcileDialog", "Delivery date before dispatch or in the future"),
            result.bad_dates,
        ),
    ):
        if numbers:
            shown = ", ".join(numbers[:8]) + (" …" if len(numbers) > 8 else "")
            lines.append(f"{label}: {number(len(numbers))} — {shown}")
    return "\n".join(lines)


def gaps_query(today: date, after_days: int) -> Callable[[Session], Gaps]:
    return lambda session: reconciliation_gaps(session, today=today, after_days=after_days)


def open_reconcile_dialog(host: Host, path: str) -> ReconcileDialog | None:
    """Show what the file at ``path`` holds and the gaps as they are now, over the window
    (None, after saying why, when the register cannot be read)."""
    gaps = QueryOp(host, host.window(), gaps_query(host.today(), DEFAULT_GAP_DAYS)).run_now()
    if gaps is None:
        return None
    dialog = ReconcileDialog(host, path, gaps, host.window())
    dialog.open()
    return dialog


class ReconcileDialog(QDialog):
    """Shows what the file holds, imports it on request, then the gaps both ways."""

    def __init__(self, host: Host, path: str, gaps: Gaps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._today = host.today()
        self._path = path
        self.loader = Loader(host, self, self)
        self.ack: AckFile | None = None
        self.outcome: ReconcileResult | None = None
        self.setObjectName("reconcileDialog")
        self.setWindowTitle(self.tr("Acknowledgement — {file}").format(file=Path(path).name))
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
        self.after_days.valueChanged.connect(self.read_gaps)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.gaps_title)
        layout.addWidget(_view(self, self.unacknowledged, "unacknowledgedView"), 2)
        layout.addWidget(self.unknown_title)
        layout.addWidget(_view(self, self.unknown, "unknownView"), 1)
        layout.addWidget(buttons)
        self.resize(860, 600)
        self._read()
        self.show_gaps(gaps, DEFAULT_GAP_DAYS)
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
            self.tr("delivery dates from “{column}”").format(column=self.ack.date_column)
            if self.ack.date_column
            else self.tr("no delivery dates (today is used)")
        )
        self.summary.setText(
            self.tr(
                "{count} parcel numbers in column “{column}”, {dates}. Nothing changes until "
                "you import.",
                "",
                len(self.ack.lines),
            ).format(count=number(len(self.ack.lines)), column=self.ack.number_column, dates=dates)
        )

    @Slot()
    def read_gaps(self) -> None:
        """Read both gap lists again (off the GUI thread) for the number of days chosen."""
        after = self.after_days.value()
        self.loader.load(gaps_query(self._today, after), lambda gaps: self.show_gaps(gaps, after))

    def show_gaps(self, gaps: Gaps, after_days: int) -> None:
        self.unacknowledged.set_rows(gaps.unacknowledged)
        self.unknown.set_rows(gaps.unknown)
        self.gaps_title.setText(
            self.tr(
                "<b>Dispatched, not acknowledged after {days} days</b> ({count})", "", after_days
            ).format(days=after_days, count=len(gaps.unacknowledged))
        )
        self.unknown_title.setText(
            self.tr("<b>Acknowledged numbers this office does not know</b> ({count})").format(
                count=len(gaps.unknown)
            )
        )

    @Slot()
    def on_import_clicked(self) -> None:
        ack = self.ack
        if ack is None:
            return
        source, name = self.source.text(), Path(self._path).name
        actor, today, pairs = self._host.actor, self._today, ack.pairs()
        self.problem.hide()
        CollectionOp(
            self._host,
            self,
            lambda session: reconcile_acknowledgement(
                session, actor, source, name, pairs, today=today
            ),
            RECONCILED,
        ).on_invalid(self._refused).on_failure(self._refused).on_success(self._imported).run()

    def _refused(self, exc: DomainError) -> bool:
        """The file or the form is refused: said under the form, not in a box."""
        show_problem(self.problem, _problem_text(exc))
        self.source.setFocus()
        return True

    def _imported(self, outcome: ReconcileResult) -> None:
        self.outcome = outcome
        self.import_button.setEnabled(False)
        self.summary.setText(result_text(outcome))
        self.read_gaps()
