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
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Channel, ShipmentStatus
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.services.mail.mail_query import ParcelFilter, parcel_ids
from ombuds_desk.services.mail.shipments import create_shipment, list_shipments
from ombuds_desk.store.database import Database
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
from ombuds_desk.ui.common.errors import show_error
from ombuds_desk.ui.common.form_fields import ValidatedLine
from ombuds_desk.ui.common.rows_model import ListColumn, RowsTableModel
from ombuds_desk.ui.mail.parcel_model import ask_file, day, run
from ombuds_desk.ui.mail.reconcile_dialog import ReconcileDialog
from ombuds_desk.ui.mail.shipment_dialog import ShipmentPanel

if TYPE_CHECKING:
    from ombuds_desk.ui.shell.main_window import MainWindow


@dataclass(frozen=True)
class ShipmentLine:
    id: int
    reference: str
    channel: Channel
    status: ShipmentStatus
    handover_on: date | None
    parcels: int


SHIPMENT_COLUMNS: list[ListColumn[ShipmentLine]] = [
    ListColumn("Reference", lambda s: s.reference),
    ListColumn("Handover", lambda s: day(s.handover_on)),
    ListColumn("Status", lambda s: s.status.label),
    ListColumn("Parcels", lambda s: f"{s.parcels:,}"),
    ListColumn("Channel", lambda s: s.channel.label),
]


class NewShipmentDialog(QDialog):
    """Reference, channel and planned handover date; ``saved_id`` once created."""

    def __init__(self, db: Database, actor: User, today: date, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.saved_id: int | None = None
        self.setObjectName("newShipmentDialog")
        self.setWindowTitle(self.tr("New shipment"))
        self.reference = ValidatedLine("reference", self, self.tr("e.g. ICRC-2026-12"))
        self.channel = EnumCombo(Channel, parent=self)
        self.channel.set_current(Channel.ICRC)
        self.handover_on = date_edit(self, today)
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
        on = picked(self.handover_on)
        try:
            shipment = run(
                self._db,
                self._actor,
                lambda s: create_shipment(s, self._actor, reference, channel, handover_on=on),
            )
        except ValidationError as exc:
            lines = {"reference": self.reference}
            if place_problems(exc, lines, lambda _f, p: p.capitalize()) == exc.fields:
                show_problem(self.problem, field_problems(exc))  # no line for any of them
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.saved_id = shipment.id
        self.accept()


class ShipmentsPage(QWidget):
    """Shipments list and the selected shipment's panel."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.setObjectName("shipmentsPage")
        self.model: RowsTableModel[ShipmentLine] = RowsTableModel(SHIPMENT_COLUMNS, self)
        self.view = QTableView(self)
        self.view.setObjectName("shipmentsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.panel = ShipmentPanel(window.db, window.actor, window.today_fn, self)
        self.panel.changed.connect(self.on_panel_changed)
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
        split.setSizes([500, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split)
        self.view.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.new_button.clicked.connect(self.on_new_clicked)
        self.import_button.clicked.connect(self.on_import_clicked)

    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id or (self.panel.shipment.id if self.panel.shipment else None)
        with self._window.db.reading() as session:
            lines = [
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
        self.model.set_rows(lines)
        row = next((i for i, s in enumerate(lines) if s.id == keep), 0 if lines else None)
        if row is not None:
            self.view.selectRow(row)
        self.panel.show_shipment(lines[row].id if row is not None else None)

    def select_shipment(self, shipment_id: int) -> None:
        self.refresh(shipment_id)

    @Slot(QItemSelection, QItemSelection)
    def on_selection_changed(self, *_args: object) -> None:
        rows = self.view.selectionModel().selectedRows()
        line = self.model.row_at(rows[0].row()) if rows else None
        if line is not None and (self.panel.shipment is None or self.panel.shipment.id != line.id):
            self.panel.show_shipment(line.id)

    @Slot()
    def on_panel_changed(self) -> None:
        self._window.notify_changed()

    @Slot()
    def on_new_clicked(self) -> NewShipmentDialog:
        window = self._window
        self.new_dialog = NewShipmentDialog(window.db, window.actor, window.today_fn(), window)
        self.new_dialog.accepted.connect(self.on_new_accepted)
        self.new_dialog.open()
        return self.new_dialog

    @Slot()
    def on_new_accepted(self) -> None:
        saved = self.new_dialog.saved_id
        self._window.notify_changed()
        if saved is not None:
            self.refresh(saved)
            self.panel.scan.setFocus()

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

    def import_file(self, path: str) -> ReconcileDialog:
        window = self._window
        self.reconcile_dialog = ReconcileDialog(
            window.db, window.actor, window.today_fn(), path, window
        )
        self.reconcile_dialog.changed.connect(window.notify_changed)
        self.reconcile_dialog.open()
        return self.reconcile_dialog
