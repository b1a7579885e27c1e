"""One shipment: its parcels, adding them (scan or pick many), handover, receipt, delivery.

``ShipmentPanel`` is the right-hand side of the Shipments page. A scanner types a parcel
number and Enter into the scan box: the parcel is added at once, or the reason it cannot be
is shown under the box. Every button makes one change through the operation helper; the
Shipments page, told of it, reads the list and this panel again (off the GUI thread).

Confirm delivery acts on the parcels selected (Shift and Ctrl select several), never on a
whole shipment by surprise: "Confirm all N parcels delivered…" is a separate button, a
supervisor's, that asks first and states the count. A supervisor can undo a delivery with a
reason (Undo delivery…), and is offered Undo in the status bar right after confirming.
Those delivery steps are ``shipment_delivery.py`` (the panel's base class).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.domain.enums import ParcelStatus, ShipmentStatus
from ombuds_desk.domain.errors import DomainError
from ombuds_desk.domain.mail import Parcel, Shipment
from ombuds_desk.services.core.permissions import Action, allowed
from ombuds_desk.services.mail import deliveries, shipments
from ombuds_desk.services.mail.mail_query import ParcelFilter, parcel_ids
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.date_fields import date_edit
from ombuds_desk.ui.common.files import ask_file
from ombuds_desk.ui.common.form_fields import ERROR_STYLE
from ombuds_desk.ui.common.formatting import day
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp, Loader, QueryOp
from ombuds_desk.ui.mail.empty_note import EmptyNote
from ombuds_desk.ui.mail.handover_dialog import (
    RECEIPT_FILES,
    HandoverDialog,
    ReasonDialog,
    attach_receipt_file,
    handover_facts,
    save_receipt_file,
)
from ombuds_desk.ui.mail.parcel_model import ParcelTableModel
from ombuds_desk.ui.mail.parcels_page import (
    AddParcelsDialog,
    parcel_table,
    selected_ids,
)
from ombuds_desk.ui.mail.shipment_delivery import ShipmentDeliveries

OK_STYLE = "color: #2d6a2f;"
# Parcels move in and out of a shipment.
PACKING = Change.SHIPMENTS | Change.PARCELS


@dataclass(frozen=True)
class ShipmentView:
    """The shipment shown (None: none), how many parcels it holds and how many of them are
    still on their way."""

    shipment: Shipment | None
    parcels: int
    in_transit: int = 0


def shipment_view(session: Session, shipment_id: int | None) -> ShipmentView:
    if shipment_id is None:
        return ShipmentView(None, 0)
    shipment = shipments.get_shipment(session, shipment_id)
    return ShipmentView(
        shipment,
        len(parcel_ids(session, ParcelFilter(shipment_id=shipment_id))),
        deliveries.in_transit_count(session, shipment_id),
    )


class ShipmentPanel(ShipmentDeliveries):
    """Shows a shipment (``show_shipment``) and acts on it.

    ``shipment_id`` is the shipment asked for; ``shipment`` the one shown, once read.
    """

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.loader = Loader(host, self, self)
        self.shipment_id: int | None = None
        self.shipment: Shipment | None = None
        self.in_transit = 0
        self.question: QMessageBox | None = None
        self.undo_dialog: ReasonDialog | None = None
        role = host.actor.role
        self.may_confirm_all = allowed(role, Action.CONFIRM_ALL_DELIVERIES)
        self.may_undo = allowed(role, Action.UNDO_DELIVERY)
        self.title = QLabel(self)
        self.title.setObjectName("shipmentTitle")
        self.title.setStyleSheet("font-size: 12pt;")
        self.custody = QLabel(self)
        self.custody.setWordWrap(True)
        self.scan = QLineEdit(self)
        self.scan.setObjectName("shipmentScan")
        self.scan.setPlaceholderText(self.tr("Scan or type a parcel number, then Enter"))
        self.scan_result = QLabel(self)
        self.scan_result.setObjectName("scanResult")
        self.scan_result.setWordWrap(True)
        self.pick_button = QPushButton(self.tr("Add &packed parcels…"), self)
        self.model = ParcelTableModel(host, self)
        self.view = parcel_table(self, self.model, "shipmentParcels")
        # Read when a shipment is selected, shown at once: the first page's rows come with
        # the ids (the first paint reads nothing on the GUI thread).
        self.model.rows_with_first_read = True
        self.note = EmptyNote(self.view)
        today = host.today()
        self.on_date = date_edit(self, today, latest=today)
        self.on_date.setToolTip(self.tr("Date of the delivery, return or loss"))
        self.buttons: dict[str, QPushButton] = {}
        for key, text, tip in (
            (
                "remove",
                self.tr("Ta&ke out"),
                self.tr("Take the selected parcels out of the shipment"),
            ),
            (
                "hand_over",
                self.tr("&Hand over…"),
                self.tr("Record the handover: every parcel becomes dispatched"),
            ),
            (
                "deliver",
                self.tr("Confirm &delivery"),
                self.tr("The selected parcels arrived (Shift, Ctrl: several)"),
            ),
            (
                "deliver_all",
                self.tr("Confirm &all delivered…"),
                self.tr(
                    "Every parcel of this shipment still on its way arrived; asks first (supervisors)"
                ),
            ),
            (
                "returned",
                self.tr("Mark &returned…"),
                self.tr("The selected parcel came back, with a reason"),
            ),
            ("lost", self.tr("Mark &lost…"), self.tr("The selected parcel is lost, with a reason")),
            (
                "undo_delivery",
                self.tr("Undo deliver&y…"),
                self.tr(
                    "The selected delivered parcels were not delivered after all, with a reason "
                    "(supervisors)"
                ),
            ),
            (
                "attach",
                self.tr("Attach re&ceipt…"),
                self.tr("Store the signed receipt (scan) with the shipment"),
            ),
            (
                "save_receipt",
                self.tr("Sa&ve receipt as…"),
                self.tr("Save the attached receipt to a file"),
            ),
        ):
            button = QPushButton(text, self)
            button.setObjectName(key)
            button.setStatusTip(tip)
            button.setToolTip(tip)
            self.buttons[key] = button
        scan_label = QLabel(self.tr("Add &by number:"), self)
        scan_label.setBuddy(self.scan)
        scan_row = QHBoxLayout()
        scan_row.addWidget(scan_label)
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.pick_button)
        b = self.buttons
        before = QHBoxLayout()
        after = QHBoxLayout()
        on_label = QLabel(self.tr("After the handover, o&n:"), self)
        on_label.setBuddy(self.on_date)
        for row, parts in (
            # Undo delivery sits apart from the buttons that confirm (and in the first row,
            # so that a supervisor's extra buttons leave the shipment list its width).
            (
                before,
                [
                    b["remove"],
                    b["hand_over"],
                    None,
                    b["undo_delivery"],
                    b["attach"],
                    b["save_receipt"],
                ],
            ),
            (
                after,
                [
                    on_label,
                    self.on_date,
                    b["deliver"],
                    b["deliver_all"],
                    b["returned"],
                    b["lost"],
                    None,
                ],
            ),
        ):
            for part in parts:
                row.addWidget(part) if part is not None else row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.custody)
        layout.addLayout(scan_row)
        layout.addWidget(self.scan_result)
        layout.addWidget(self.view, 1)
        layout.addLayout(before)
        layout.addLayout(after)
        self.scan.returnPressed.connect(self.on_scan_return_pressed)
        self.pick_button.clicked.connect(self.on_pick_clicked)
        b["remove"].clicked.connect(self.on_remove_clicked)
        b["hand_over"].clicked.connect(self.on_hand_over_clicked)
        b["deliver"].clicked.connect(self.on_deliver_clicked)
        b["deliver_all"].clicked.connect(self.on_deliver_all_clicked)
        b["undo_delivery"].clicked.connect(self.on_undo_delivery_clicked)
        # Whole-shipment confirmations and undoing deliveries are a supervisor's.
        b["deliver_all"].setVisible(self.may_confirm_all)
        b["undo_delivery"].setVisible(self.may_undo)
        self.view.selectionModel().selectionChanged.connect(self.on_parcels_selected)
        self.model.modelReset.connect(self.on_parcels_selected)
        b["returned"].clicked.connect(lambda: self.ask_reason(returned=True))
        b["lost"].clicked.connect(lambda: self.ask_reason(returned=False))
        b["attach"].clicked.connect(self.on_attach_clicked)
        b["save_receipt"].clicked.connect(self.on_save_receipt_clicked)
        self.show_shipment(None)

    # -- showing -------------------------------------------------------------

    def show_shipment(self, shipment_id: int | None) -> None:
        """Read this shipment (off the GUI thread) and show it; None: the hint."""
        if shipment_id != self.shipment_id:
            self.scan_result.clear()
        self.shipment_id = shipment_id
        self.model.set_filter(ParcelFilter(shipment_id=shipment_id if shipment_id else -1))
        self.loader.load(lambda session: shipment_view(session, shipment_id), self._show)

    def _show(self, view: ShipmentView) -> None:
        self.shipment = s = view.shipment
        self.in_transit = view.in_transit
        self.setEnabled(s is not None)
        if s is None:
            self.title.setText(self.tr("Select a shipment, or create one with New shipment."))
            self.note.set_reason("")
            self.custody.clear()
            return
        planned = f" · {day(s.handover_on)}" if s.handover_on else ""
        self.title.setText(
            f"<b>{s.reference}</b> · {s.channel.label} · {s.status.label}{planned} · "
            + self.tr("%n parcels", "", view.parcels)
        )
        custody = ""
        if s.status is not ShipmentStatus.PREPARING:
            custody = self.tr("Handed over on {day} by {sender} to {receiver}.").format(
                day=day(s.handover_on),
                sender=" — ".join(p for p in (s.handed_over_by, s.handed_over_org) if p),
                receiver=" — ".join(p for p in (s.received_by, s.received_org) if p),
            )
        receipt = (
            self.tr("Receipt: {file}").format(file=s.receipt_file_name)
            if s.receipt_file_name
            else self.tr("No signed receipt attached yet.")
        )
        self.custody.setText(f"{custody} {receipt}".strip())
        preparing = s.status is ShipmentStatus.PREPARING
        self.note.set_reason(
            self.tr(
                "No parcels in this shipment yet: scan or type a parcel number above, or Add "
                "packed parcels… (only sealed parcels can be shipped)."
            )
            if preparing
            else self.tr("No parcels in this shipment.")
        )
        for widget in (
            self.scan,
            self.pick_button,
            self.buttons["remove"],
            self.buttons["hand_over"],
        ):
            widget.setEnabled(preparing)
        self.buttons["save_receipt"].setEnabled(s.receipt_file_name is not None)
        self.buttons["deliver_all"].setText(
            self.tr("Confirm &all %n parcels delivered…", "", view.in_transit)
            if view.in_transit != 1
            else self.tr("Confirm the &last parcel delivered…")
        )
        self.on_parcels_selected()

    def selected_statuses(self) -> list[ParcelStatus]:
        rows = (self.model.row_at(r) for r in self.view.selected_rows())
        return [row.status for row in rows if row is not None]

    @Slot()
    def on_parcels_selected(self) -> None:
        """The buttons that act on the selection say how many parcels it holds."""
        s = self.shipment
        sent = s is not None and s.status is ShipmentStatus.HANDED_OVER
        statuses = self.selected_statuses()
        b = self.buttons
        b["deliver"].setEnabled(sent and bool(statuses))
        b["deliver"].setText(
            self.tr("Confirm &delivery of %n selected", "", len(statuses))
            if len(statuses) > 1
            else self.tr("Confirm &delivery")
        )
        b["deliver_all"].setEnabled(sent and self.in_transit > 0)
        for key in ("returned", "lost"):
            b[key].setEnabled(sent)
        b["undo_delivery"].setEnabled(ParcelStatus.DELIVERED in statuses)

    def _shipment_id(self) -> int:
        return self.shipment_id or 0

    def reload(self) -> None:
        self.show_shipment(self.shipment_id)

    def _write(self, change: Callable[[Session], object], changes: Change) -> bool:
        """Make a change (refusals in a message box); the page reads this panel again."""
        return (
            CollectionOp(self._host, self, change, changes)
            .on_success(lambda _result: self.scan_result.clear())
            .run()
        )

    # -- adding --------------------------------------------------------------

    @Slot()
    def on_scan_return_pressed(self) -> None:
        text = self.scan.text().strip()
        if not text or self.shipment is None:
            return
        actor, shipment_id = self._host.actor, self._shipment_id()
        CollectionOp(
            self._host,
            self,
            lambda session: shipments.add_parcels_to_shipment(session, actor, shipment_id, [text]),
            PACKING,
        ).on_failure(self._scan_refused).on_success(
            lambda added: self._scan_added(text, added)
        ).run()

    def _scan_refused(self, exc: DomainError) -> bool:
        """Why the scanned parcel cannot be added, under the box, selected for the next scan."""
        self.scan_result.setStyleSheet(ERROR_STYLE)
        self.scan_result.setText(exc.message)
        self.scan.selectAll()
        return True

    def _scan_added(self, text: str, added: list[Parcel]) -> None:
        self.scan.clear()
        self.scan_result.setStyleSheet(OK_STYLE)
        self.scan_result.setText(
            self.tr("Added {number}.").format(number=added[0].parcel_number)
            if added
            else self.tr("{number} is already in this shipment.").format(number=text)
        )

    def add_parcels(self, ids: list[int]) -> bool:
        actor, shipment_id = self._host.actor, self._shipment_id()
        return self._write(
            lambda session: shipments.add_parcels_to_shipment(session, actor, shipment_id, ids),
            PACKING,
        )

    @Slot()
    def on_pick_clicked(self) -> AddParcelsDialog:
        self.pick_dialog = AddParcelsDialog(self._host, self.add_parcels, self)
        self.pick_dialog.open()
        return self.pick_dialog

    @Slot()
    def on_remove_clicked(self) -> None:
        ids, shipment_id = selected_ids(self.view, self.model), self._shipment_id()
        actor = self._host.actor
        if ids:
            self._write(
                lambda session: [
                    shipments.remove_parcel_from_shipment(session, actor, shipment_id, i)
                    for i in ids
                ],
                PACKING,
            )

    # -- handover and after --------------------------------------------------

    @Slot()
    def on_hand_over_clicked(self) -> HandoverDialog | None:
        if self.shipment is None:
            return None
        shipment_id = self._shipment_id()
        facts = QueryOp(
            self._host, self, lambda session: handover_facts(session, shipment_id)
        ).run_now()
        if facts is None:
            return None
        self.handover_dialog = HandoverDialog(self._host, facts, self)
        self.handover_dialog.accepted.connect(self.scan_result.clear)
        self.handover_dialog.open()
        return self.handover_dialog

    # -- receipt -------------------------------------------------------------

    @Slot()
    def on_attach_clicked(self) -> None:
        self.file_dialog = ask_file(
            self,
            self.tr("Attach the signed receipt"),
            "",
            QCoreApplication.translate("HandoverDialog", RECEIPT_FILES),
            self.attach_receipt,
            save=False,
        )

    def attach_receipt(self, path: str) -> bool:
        return attach_receipt_file(
            self._host, self, self._shipment_id(), path, self.scan_result.clear
        )

    @Slot()
    def on_save_receipt_clicked(self) -> None:
        if self.shipment is not None and self.shipment.receipt_file_name:
            self.file_dialog = ask_file(
                self,
                self.tr("Save the receipt as"),
                self.shipment.receipt_file_name,
                self.tr("All files (*)"),
                self.save_receipt,
                save=True,
            )

    def save_receipt(self, path: str) -> None:
        """Write the attached receipt to ``path`` once it is read (off the GUI thread)."""
        save_receipt_file(self._host, self, self._shipment_id(), path)
