"""One shipment: its parcels, adding them (scan or pick many), handover, receipt, delivery.

``ShipmentPanel`` is the right-hand side of the Shipments page. A scanner types a parcel
number and Enter into the scan box: the parcel is added at once, or the reason it cannot be
is shown under the box. Every button calls one service; ``changed`` fires after each write.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ShipmentStatus
from ombuds_desk.domain.mail import Shipment
from ombuds_desk.services.mail import deliveries, shipments
from ombuds_desk.services.mail.mail_query import ParcelFilter
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.form_fields import ERROR_STYLE
from ombuds_desk.ui.mail.handover_dialog import (
    RECEIPT_FILES,
    HandoverDialog,
    ReasonDialog,
    attach_receipt_file,
    date_edit,
    picked,
    save_receipt_file,
)
from ombuds_desk.ui.mail.parcel_model import ParcelTableModel, ask_file, day, run, write
from ombuds_desk.ui.mail.parcels_page import AddParcelsDialog, parcel_table, selected_ids

OK_STYLE = "color: #2d6a2f;"


class ShipmentPanel(QWidget):
    """Shows shipment ``shipment_id`` (``show_shipment``) and acts on it."""

    changed = Signal()

    def __init__(
        self, db: Database, actor: User, today_fn: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._today_fn = today_fn
        self.shipment: Shipment | None = None
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
        self.model = ParcelTableModel(db, self)
        self.view = parcel_table(self, self.model)
        self.view.setObjectName("shipmentParcels")
        self.on_date = date_edit(self, today_fn(), latest=today_fn())
        self.on_date.setToolTip(self.tr("Date of the delivery, return or loss"))
        self.buttons: dict[str, QPushButton] = {}
        for key, text, tip in (
            ("remove", "Ta&ke out", "Take the selected parcels out of the shipment"),
            ("hand_over", "&Hand over…", "Record the handover: every parcel becomes dispatched"),
            ("deliver", "Confirm &delivery", "The selected parcels (or all on their way) arrived"),
            ("returned", "Mark &returned…", "The selected parcel came back, with a reason"),
            ("lost", "Mark &lost…", "The selected parcel is lost, with a reason"),
            ("attach", "Attach re&ceipt…", "Store the signed receipt (scan) with the shipment"),
            ("save_receipt", "Sa&ve receipt as…", "Save the attached receipt to a file"),
        ):
            button = QPushButton(self.tr(text), self)
            button.setObjectName(key)
            button.setStatusTip(self.tr(tip))
            button.setToolTip(self.tr(tip))
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
            (before, [b["remove"], b["hand_over"], None, b["attach"], b["save_receipt"]]),
            (after, [on_label, self.on_date, b["deliver"], b["returned"], b["lost"], None]),
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
        b["returned"].clicked.connect(lambda: self.ask_reason(returned=True))
        b["lost"].clicked.connect(lambda: self.ask_reason(returned=False))
        b["attach"].clicked.connect(self.on_attach_clicked)
        b["save_receipt"].clicked.connect(self.on_save_receipt_clicked)
        self.show_shipment(None)

    # -- showing -------------------------------------------------------------

    def show_shipment(self, shipment_id: int | None) -> None:
        self.shipment = None
        if shipment_id is not None:
            with self._db.reading() as session:
                self.shipment = session.get(Shipment, shipment_id)
        s = self.shipment
        self.setEnabled(s is not None)
        self.scan_result.clear()
        self.model.set_filter(ParcelFilter(shipment_id=s.id if s else -1))
        if s is None:
            self.title.setText(self.tr("Select a shipment, or create one with New shipment."))
            self.custody.clear()
            return
        planned = f" · {day(s.handover_on)}" if s.handover_on else ""
        self.title.setText(
            f"<b>{s.reference}</b> · {self.tr(s.channel.label)} · "
            f"{self.tr(s.status.label)}{planned} · "
            + (
                self.tr("1 parcel")
                if self.model.rowCount() == 1
                else self.tr("%d parcels") % self.model.rowCount()
            )
        )
        custody = ""
        if s.status is not ShipmentStatus.PREPARING:
            custody = self.tr("Handed over on %s by %s to %s.") % (
                day(s.handover_on),
                " — ".join(p for p in (s.handed_over_by, s.handed_over_org) if p),
                " — ".join(p for p in (s.received_by, s.received_org) if p),
            )
        receipt = (
            self.tr("Receipt: %s") % s.receipt_file_name
            if s.receipt_file_name
            else self.tr("No signed receipt attached yet.")
        )
        self.custody.setText(f"{custody} {receipt}".strip())
        preparing = s.status is ShipmentStatus.PREPARING
        for widget in (
            self.scan,
            self.pick_button,
            self.buttons["remove"],
            self.buttons["hand_over"],
        ):
            widget.setEnabled(preparing)
        for key in ("deliver", "returned", "lost"):
            self.buttons[key].setEnabled(s.status is ShipmentStatus.HANDED_OVER)
        self.buttons["save_receipt"].setEnabled(s.receipt_file_name is not None)

    def _shipment_id(self) -> int:
        return (self.shipment.id or 0) if self.shipment else 0

    def reload(self) -> None:
        self.show_shipment(self.shipment.id if self.shipment else None)

    def _done(self) -> None:
        self.changed.emit()
        self.reload()

    def _write(self, change: Callable[[Session], object]) -> bool:
        if write(self, self._db, self._actor, change) is None:
            return False
        self._done()
        return True

    # -- adding --------------------------------------------------------------

    @Slot()
    def on_scan_return_pressed(self) -> None:
        text = self.scan.text().strip()
        if not text or self.shipment is None:
            return
        shipment_id = self._shipment_id()
        try:
            added = run(
                self._db,
                self._actor,
                lambda s: shipments.add_parcels_to_shipment(s, self._actor, shipment_id, [text]),
            )
        except Exception as exc:
            self.scan_result.setStyleSheet(ERROR_STYLE)
            self.scan_result.setText(getattr(exc, "message", str(exc)))
            self.scan.selectAll()
            return
        self._done()
        self.scan.clear()
        self.scan_result.setStyleSheet(OK_STYLE)
        self.scan_result.setText(
            self.tr("Added %s.") % added[0].parcel_number
            if added
            else self.tr("%s is already in this shipment.") % text
        )

    def add_parcels(self, ids: list[int]) -> bool:
        shipment_id = self._shipment_id()
        return self._write(
            lambda s: shipments.add_parcels_to_shipment(s, self._actor, shipment_id, ids)
        )

    @Slot()
    def on_pick_clicked(self) -> AddParcelsDialog:
        self.pick_dialog = AddParcelsDialog(self._db, self.add_parcels, self)
        self.pick_dialog.open()
        return self.pick_dialog

    @Slot()
    def on_remove_clicked(self) -> None:
        ids, shipment_id = selected_ids(self.view, self.model), self._shipment_id()
        if ids:
            self._write(
                lambda s: [
                    shipments.remove_parcel_from_shipment(s, self._actor, shipment_id, i)
                    for i in ids
                ]
            )

    # -- handover and after --------------------------------------------------

    @Slot()
    def on_hand_over_clicked(self) -> HandoverDialog | None:
        if self.shipment is None:
            return None
        self.handover_dialog = HandoverDialog(
            self._db, self._actor, self.shipment.id or 0, self._today_fn(), self
        )
        self.handover_dialog.accepted.connect(self._done)
        self.handover_dialog.open()
        return self.handover_dialog

    @Slot()
    def on_deliver_clicked(self) -> None:
        ids, on, today = selected_ids(self.view, self.model), picked(self.on_date), self._today_fn()
        shipment_id = self._shipment_id()
        if ids:
            self._write(
                lambda s: deliveries.confirm_delivery(s, self._actor, ids, on=on, today=today)
            )
        else:
            self._write(
                lambda s: deliveries.confirm_shipment_delivery(
                    s, self._actor, shipment_id, on=on, today=today
                )
            )

    def ask_reason(self, *, returned: bool) -> ReasonDialog | None:
        ids = selected_ids(self.view, self.model)
        if len(ids) != 1:
            self.scan_result.setStyleSheet(ERROR_STYLE)
            self.scan_result.setText(self.tr("Select the one parcel that came back or was lost."))
            return None
        mark = deliveries.mark_returned if returned else deliveries.mark_lost
        on, today = picked(self.on_date), self._today_fn()

        def change(reason: str) -> None:
            run(
                self._db,
                self._actor,
                lambda s: mark(s, self._actor, ids[0], reason=reason, on=on, today=today),
            )
            self._done()

        title = self.tr("Parcel returned") if returned else self.tr("Parcel lost")
        self.reason_dialog = ReasonDialog(
            title,
            self.tr("Why? The reason stays in the parcel's history."),
            self.tr("Mark &returned") if returned else self.tr("Mark &lost"),
            change,
            parent=self,
        )
        self.reason_dialog.open()
        return self.reason_dialog

    # -- receipt -------------------------------------------------------------

    @Slot()
    def on_attach_clicked(self) -> None:
        self.file_dialog = ask_file(
            self,
            self.tr("Attach the signed receipt"),
            "",
            self.tr(RECEIPT_FILES),
            self.attach_receipt,
            save=False,
        )

    def attach_receipt(self, path: str) -> bool:
        if attach_receipt_file(self, self._db, self._actor, self._shipment_id(), path):
            self._done()
            return True
        return False

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

    def save_receipt(self, path: str) -> bool:
        return save_receipt_file(self, self._db, self._shipment_id(), path)
