"""The Shipments page: every shipment on the left, the selected one in full on the right.

New shipment asks for the reference, channel and planned handover date; Import
acknowledgement reads the other side's list and reconciles it (``reconcile_dialog.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.domain.enums import Channel, ShipmentStatus
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.domain.mail import Shipment
from ombuds_desk.services.mail.mail_query import ParcelFilter, parcel_ids
from ombuds_desk.services.mail.shipments import create_shipment, list_shipments
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.columns import Column
from ombuds_desk.ui.common.date_fields import date_edit, picked
from ombuds_desk.ui.common.dialog_parts import (
    accept_buttons,
    field_problems,
    place_problems,
    problem_label,
    show_problem,
    stack,
)
from ombuds_desk.ui.common.enum_combo import EnumCombo
from ombuds_desk.ui.common.files import ask_file
from ombuds_desk.ui.common.form_fields import ValidatedLine
from ombuds_desk.ui.common.formatting import day, number
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp, Loader, LoadingBadge
from ombuds_desk.ui.common.rows_model import RowsTableModel
from ombuds_desk.ui.common.tables import RowsView
from ombuds_desk.ui.mail.empty_note import EmptyNote
from ombuds_desk.ui.mail.shipment_dialog import ShipmentPanel

if TYPE_CHECKING:
    from ombuds_desk.ui.mail.reconcile_dialog import ReconcileDialog

# The list shows shipments and how many parcels each holds; the panel a shipment's parcels.
SHOWN = Change.SHIPMENTS | Change.PARCELS | Change.ITEMS | Change.CASES


@dataclass(frozen=True)
class ShipmentLine:
    id: int
    reference: str
    channel: Channel
    status: ShipmentStatus
    handover_on: date | None
    parcels: int


def shipment_lines(session: Session) -> list[ShipmentLine]:
    return [
        ShipmentLine(
            s.id or 0,
            s.reference,
            s.channel,
            s.status,
            s.handover_on,
            len(parcel_ids(session, ParcelFilter(shipment_id=s.id))),
        )
        for s in list_shipments(session)
    ]


# Each column's width is that of its longest title or value in English, Ukrainian and
# Russian (a reference as long as "ICRC-2026-12"), with the cell's margins; the list's side
# of the page starts as wide as they are together.
SHIPMENT_COLUMNS: list[Column[ShipmentLine]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Reference"), lambda s: s.reference, width=112),
    Column(QT_TRANSLATE_NOOP("Columns", "Handover"), lambda s: day(s.handover_on), width=84),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda s: s.status.label, width=92),
    Column(QT_TRANSLATE_NOOP("Columns", "Parcels"), lambda s: number(s.parcels), width=72),
    # "Омбудсмен другой стороны", "Омбудсман іншої сторони", "Counterpart ombudsman"
    Column(QT_TRANSLATE_NOOP("Columns", "Channel"), lambda s: s.channel.label, width=200),
]


class NewShipmentDialog(QDialog):
    """Reference, channel and planned handover date; ``saved_id`` once created."""

    def __init__(self, host: Host, parent: QWidget) -> None:
        super().__init__(parent)
        self._host = host
        self.saved_id: int | None = None
        self.setObjectName("newShipmentDialog")
        self.setWindowTitle(self.tr("New shipment"))
        self.reference = ValidatedLine("reference", self, self.tr("e.g. ICRC-2026-12"))
        self.channel = EnumCombo(Channel, parent=self)
        self.channel.set_current(Channel.ICRC)
        self.handover_on = date_edit(self, host.today())
        self.problem = problem_label(self, wrap=False)
        form = QFormLayout()
        for caption, widget in (
            (self.tr("&Reference *"), self.reference),
            (self.tr("&Channel"), self.channel),
            (self.tr("Planned &handover"), self.handover_on),
        ):
            label = QLabel(caption, self)
            label.setBuddy(widget.focusProxy() or widget)
            form.addRow(label, widget)
        buttons, self.ok_button = accept_buttons(
            self, self.tr("C&reate"), self.on_ok_clicked, object_name=None
        )
        stack(self, form, self.problem, buttons)
        self.setMinimumWidth(420)
        self.reference.setFocus()

    @Slot()
    def on_ok_clicked(self) -> None:
        reference, channel = self.reference.text(), self.channel.current() or Channel.OTHER
        on, actor = picked(self.handover_on), self._host.actor
        CollectionOp(
            self._host,
            self,
            lambda session: create_shipment(session, actor, reference, channel, handover_on=on),
            Change.SHIPMENTS,
        ).on_invalid(self._show_problems).on_success(self._saved).run()

    def _show_problems(self, exc: ValidationError) -> None:
        lines = {"reference": self.reference}
        if place_problems(exc, lines, lambda _f, p: p.capitalize()) == exc.fields:
            show_problem(self.problem, field_problems(exc))  # no line for any of them

    def _saved(self, shipment: Shipment) -> None:
        self.saved_id = shipment.id
        self.accept()


class ShipmentsPage(QWidget):
    """Shipments list and the selected shipment's panel; read off the GUI thread when shown
    and, while shown, whenever shipments or parcels changed."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.setObjectName("shipmentsPage")
        self.loader = Loader(host, self, self)
        self._select: int | None = None
        self.model: RowsTableModel[ShipmentLine] = RowsTableModel(SHIPMENT_COLUMNS, self)
        self.view = RowsView(self.model, "shipmentsView", self)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.panel = ShipmentPanel(host, self)
        self.new_button = QPushButton(self.tr("&New shipment…"), self)
        self.new_button.setStatusTip(self.tr("Start a batch of parcels for one handover"))
        self.import_button = QPushButton(self.tr("&Import acknowledgement…"), self)
        self.import_button.setStatusTip(
            self.tr("Read the other side's list of delivered parcels (CSV or XLSX) and reconcile")
        )
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.view, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.panel)
        split.setStretchFactor(1, 1)
        split.setSizes([self._list_width(), 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split)
        self.loading = LoadingBadge(self.loader, self)
        self.note = EmptyNote(self.view)
        self.note.set_reason(
            self.tr(
                "No shipments yet: New shipment… starts a batch of sealed parcels for one handover."
            )
        )
        self.view.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.new_button.clicked.connect(self.on_new_clicked)
        self.import_button.clicked.connect(self.on_import_clicked)
        host.signals.changed.connect(self.on_changed)

    def _list_width(self) -> int:
        """The list's starting width: its columns' (``SHIPMENT_COLUMNS``), its frame and a
        scroll bar's; the panel beside it (stretched) takes the rest."""
        columns = sum(column.width or 0 for column in SHIPMENT_COLUMNS)
        bar = self.view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return columns + 2 * self.view.frameWidth() + bar

    def refresh(self, select_id: int | None = None) -> None:
        """Read the shipments again (off the GUI thread), then show ``select_id`` (default:
        the one shown) with its panel read again."""
        self._select = select_id or self.panel.shipment_id
        self.loader.load(shipment_lines, self._show_lines)

    def _show_lines(self, lines: list[ShipmentLine]) -> None:
        keep = self._select
        self.model.set_rows(lines)
        row = next((i for i, s in enumerate(lines) if s.id == keep), 0 if lines else None)
        if row is not None:
            self.view.selectRow(row)
        self.panel.show_shipment(lines[row].id if row is not None else None)

    def select_shipment(self, shipment_id: int) -> None:
        self.refresh(shipment_id)

    @Slot(object)
    def on_changed(self, change: Change) -> None:
        if change & SHOWN and self._host.is_shown(self):
            self.refresh()

    @Slot(QItemSelection, QItemSelection)
    def on_selection_changed(self, *_args: object) -> None:
        rows = self.view.selectionModel().selectedRows()
        line = self.model.row_at(rows[0].row()) if rows else None
        if line is not None and self.panel.shipment_id != line.id:
            self.panel.show_shipment(line.id)

    @Slot()
    def on_new_clicked(self) -> NewShipmentDialog:
        self.new_dialog = NewShipmentDialog(self._host, self._host.window())
        self.new_dialog.accepted.connect(self.on_new_accepted)
        self.new_dialog.open()
        return self.new_dialog

    @Slot()
    def on_new_accepted(self) -> None:
        saved = self.new_dialog.saved_id
        if saved is not None:
            self.refresh(saved)
            # Into the scan box once the list, then the new shipment's panel, are read.
            self.loader.after_load(
                lambda: self.panel.loader.after_load(lambda: self.panel.scan.setFocus())
            )

    @Slot()
    def on_import_clicked(self) -> None:
        self.file_dialog = ask_file(
            self,
            self.tr("Import an acknowledgement list"),
            "",
            self.tr("Lists (*.csv *.xlsx *.txt);;All files (*)"),
            self.import_file,
            save=False,
        )

    def import_file(self, path: str) -> ReconcileDialog | None:
        # Imported at the first list read, not when the page opens (its file reading brings
        # charset detection: a tenth of a second of the page's first opening).
        from ombuds_desk.ui.mail.reconcile_dialog import open_reconcile_dialog

        self.reconcile_dialog = open_reconcile_dialog(self._host, path)
        return self.reconcile_dialog
