"""Deliveries of a shipment's parcels (``ShipmentPanel``'s base): confirmed for the parcels
selected, or for all still on their way after a question that states the count (a
supervisor's); undone with a reason, or from the status bar right after confirming; a parcel
marked returned or lost with a reason. Its words are the panel's (context ``ShipmentPanel``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from sqlmodel import Session

from ombuds_desk.domain.mail import Parcel, Shipment
from ombuds_desk.services.mail import deliveries
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.date_fields import DateEdit, picked
from ombuds_desk.ui.common.form_fields import ERROR_STYLE
from ombuds_desk.ui.common.formatting import day
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp
from ombuds_desk.ui.common.tables import RowsView
from ombuds_desk.ui.mail.handover_dialog import ReasonDialog
from ombuds_desk.ui.mail.parcel_model import ParcelTableModel
from ombuds_desk.ui.mail.parcels_page import delivered_rows, selected_ids, undo_delivery_dialog

# Deliveries, returns and losses move parcels and their items, and may close the shipment.
DELIVERY = Change.SHIPMENTS | Change.PARCELS | Change.ITEMS


class ShipmentDeliveries(QWidget):
    """What :class:`~ombuds_desk.ui.mail.shipment_dialog.ShipmentPanel` builds and shows,
    delivered here."""

    _host: Host
    shipment: Shipment | None
    in_transit: int
    may_undo: bool
    question: QMessageBox | None
    undo_dialog: ReasonDialog | None
    reason_dialog: ReasonDialog
    view: RowsView
    model: ParcelTableModel
    on_date: DateEdit
    scan_result: QLabel

    def _shipment_id(self) -> int:
        raise NotImplementedError

    @Slot()
    def on_deliver_clicked(self) -> None:
        """The selected parcels (only they) were delivered on the date beside the button."""
        ids, on, today = selected_ids(self.view, self.model), picked(self.on_date), self._today()
        if not ids or self.shipment is None:
            return
        actor, reference = self._host.actor, self.shipment.reference
        CollectionOp(
            self._host,
            self,
            lambda session: deliveries.confirm_delivery(session, actor, ids, on=on, today=today),
            DELIVERY,
        ).on_success(lambda done: self._delivered(done, reference)).run()

    @Slot()
    def on_deliver_all_clicked(self) -> QMessageBox | None:
        """Ask, stating the count and the shipment, before confirming every parcel still on its
        way; the question is window-modal and No is the default."""
        if self.shipment is None or not self.in_transit:
            return None
        count, reference = self.in_transit, self.shipment.reference
        on, today, actor = picked(self.on_date), self._today(), self._host.actor
        shipment_id = self._shipment_id()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("ShipmentPanel", "Confirm all deliveries"),
            QCoreApplication.translate(
                "ShipmentPanel",
                "Confirm that all %n parcels of shipment {reference} still on their way were "
                "delivered on {day}?",
                "",
                count,
            ).format(reference=reference, day=day(on)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._host.window(),
        )
        box.setObjectName("confirmAllQuestion")
        box.setInformativeText(
            QCoreApplication.translate(
                "ShipmentPanel",
                "Their letters and items become delivered too. Returned and lost parcels "
                "stay as they are.",
            )
        )
        box.button(QMessageBox.StandardButton.Yes).setText(
            QCoreApplication.translate("ShipmentPanel", "Confirm %n delivered", "", count)
        )
        box.button(QMessageBox.StandardButton.No).setText(
            QCoreApplication.translate("ShipmentPanel", "Cancel")
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            self.question = None
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                CollectionOp(
                    self._host,
                    self,
                    lambda session: deliveries.confirm_shipment_delivery(
                        session, actor, shipment_id, on=on, today=today
                    ),
                    DELIVERY,
                ).on_success(lambda done: self._delivered(done, reference)).run()

        box.finished.connect(answered)
        self.question = box
        box.open()
        return box

    def _delivered(self, done: list[Parcel], reference: str) -> None:
        """Say what was confirmed; a supervisor may take it back from the status bar."""
        self.scan_result.clear()
        count = len(done)
        text = (
            QCoreApplication.translate(
                "ShipmentPanel", "Parcel {number} of {reference} confirmed delivered."
            ).format(number=done[0].parcel_number, reference=reference)
            if count == 1
            else QCoreApplication.translate(
                "ShipmentPanel", "%n parcels of {reference} confirmed delivered.", "", count
            ).format(reference=reference)
        )
        if not self.may_undo:
            self._host.show_status(text)
            return
        ids = [p.id for p in done if p.id is not None]
        actor, today = self._host.actor, self._today()
        reason = QCoreApplication.translate(
            "ShipmentPanel", "undone by {name} right after confirming it"
        ).format(name=actor.full_name)

        def undo() -> None:
            CollectionOp(
                self._host,
                self,
                lambda session: deliveries.undo_delivery(
                    session, actor, ids, reason=reason, today=today
                ),
                DELIVERY,
            ).on_success(undone_said).run()

        def undone_said(undone: list[Parcel]) -> None:
            count = len(undone)
            self._host.show_status(
                QCoreApplication.translate(
                    "ShipmentPanel", "Delivery of %n parcels undone.", "", count
                )
                if count != 1
                else QCoreApplication.translate(
                    "ShipmentPanel", "Delivery of {number} undone."
                ).format(number=undone[0].parcel_number)
            )

        self._host.offer_undo(text, undo)

    @Slot()
    def on_undo_delivery_clicked(self) -> ReasonDialog | None:
        """A supervisor takes back the delivery of the selected delivered parcels, with a
        reason that stays in each one's history."""
        chosen = delivered_rows(self.view, self.model)
        if not chosen:
            return None
        self.undo_dialog = undo_delivery_dialog(self._host, chosen, self)
        self.undo_dialog.accepted.connect(self.scan_result.clear)
        self.undo_dialog.open()
        return self.undo_dialog

    def _today(self) -> date:
        return self._host.today()

    def ask_reason(self, *, returned: bool) -> ReasonDialog | None:
        ids = selected_ids(self.view, self.model)
        if len(ids) != 1:
            self.scan_result.setStyleSheet(ERROR_STYLE)
            self.scan_result.setText(
                QCoreApplication.translate(
                    "ShipmentPanel", "Select the one parcel that came back or was lost."
                )
            )
            return None
        mark = deliveries.mark_returned if returned else deliveries.mark_lost
        actor, on, today = self._host.actor, picked(self.on_date), self._today()

        def change(reason: str) -> Callable[[Session], object]:
            return lambda session: mark(session, actor, ids[0], reason=reason, on=on, today=today)

        title = (
            QCoreApplication.translate("ShipmentPanel", "Parcel returned")
            if returned
            else QCoreApplication.translate("ShipmentPanel", "Parcel lost")
        )
        self.reason_dialog = ReasonDialog(
            self._host,
            title,
            QCoreApplication.translate(
                "ShipmentPanel", "Why? The reason stays in the parcel's history."
            ),
            QCoreApplication.translate("ShipmentPanel", "Mark &returned")
            if returned
            else QCoreApplication.translate("ShipmentPanel", "Mark &lost"),
            change,
            DELIVERY,
            parent=self,
        )
        self.reason_dialog.accepted.connect(self.scan_result.clear)
        self.reason_dialog.open()
        return self.reason_dialog
