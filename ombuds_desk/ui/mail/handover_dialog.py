"""Chain of custody: handing a shipment over, its signed receipt, and a reason for a step.

``HandoverDialog`` records who handed the shipment over and who received it; every parcel in
it (and every item in them) becomes dispatched in one transaction. ``ReasonDialog`` asks for
the reason of a withholding, a return, a loss or a broken seal and runs the given change
with it; the service says when a reason is missing, and the dialog shows it in place.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.services.core.office_settings import OFFICE_NAME, get_setting
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail.shipments import (
    attach_receipt,
    get_receipt,
    get_shipment,
    hand_over_shipment,
)
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
from ombuds_desk.ui.common.errors import show_error
from ombuds_desk.ui.common.form_fields import ValidatedLine

RECEIPT_FILES = "Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"


def attach_receipt_file(
    parent: QWidget, db: Database, actor: User, shipment_id: int, path: str
) -> bool:
    """Store the file at ``path`` as the shipment's signed receipt; errors are shown."""
    try:
        data = Path(path).read_bytes()
        with unit_of_work(db, actor) as session:
            attach_receipt(session, actor, shipment_id, Path(path).name, data)
    except Exception as exc:
        show_error(parent, exc)
        return False
    return True


def save_receipt_file(parent: QWidget, db: Database, shipment_id: int, path: str) -> bool:
    """Write the shipment's attached receipt to ``path``; errors are shown."""
    try:
        with db.reading() as session:
            receipt = get_receipt(session, shipment_id)
        if receipt is not None:
            Path(path).write_bytes(receipt[1])
    except Exception as exc:
        show_error(parent, exc)
        return False
    return receipt is not None


class ReasonDialog(QDialog):
    """Asks for a reason, then runs ``change(reason)``; accepted once it succeeded."""

    def __init__(
        self,
        title: str,
        about: str,
        action: str,
        change: Callable[[str], object],
        suggestions: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._change = change
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        text = QLabel(about, self)
        text.setWordWrap(True)
        self.reason = QComboBox(self)
        self.reason.setObjectName("reason")
        self.reason.setEditable(True)
        self.reason.addItems(list(suggestions))
        self.reason.setCurrentIndex(-1)
        line = self.reason.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Choose or type the reason"))
        self.problem = problem_label(self, "problem", wrap=False)
        form = QFormLayout()
        label = QLabel(self.tr("&Reason:"), self)
        label.setBuddy(self.reason)
        form.addRow(label, self.reason)
        buttons, self.ok_button = accept_buttons(self, action, self.on_ok_clicked, "ok")
        stack(self, text, form, self.problem, buttons)
        self.setMinimumWidth(440)
        self.reason.setFocus()

    @Slot()
    def on_ok_clicked(self) -> None:
        try:
            self._change(self.reason.currentText())
        except ValidationError as exc:
            show_problem(self.problem, field_problems(exc))
            self.reason.setFocus()
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()


NAMES = {
    "handed_over_by": "Handed over &by *",
    "handed_over_org": "Their &organisation",
    "received_by": "&Received by *",
    "received_org": "Receiving or&ganisation",
}


class HandoverDialog(QDialog):
    """Hand over shipment ``shipment_id``: names, organisations and the date."""

    def __init__(
        self,
        db: Database,
        actor: User,
        shipment_id: int,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._shipment_id = shipment_id
        self._today = today
        self.setObjectName("handoverDialog")
        with db.reading() as session:
            shipment = get_shipment(session, shipment_id)
            office = get_setting(session, OFFICE_NAME)
            reference, channel = shipment.reference, shipment.channel
            planned = shipment.handover_on
        self.setWindowTitle(self.tr("Hand over shipment %s") % reference)
        about = QLabel(
            self.tr(
                "Every parcel in <b>%s</b> (%s) and every item in them becomes "
                "<b>dispatched</b>. Record who handed it over and who received it."
            )
            % (reference, self.tr(channel.label)),
            self,
        )
        about.setWordWrap(True)
        self.lines = {name: ValidatedLine(name, self) for name in NAMES}
        self.lines["handed_over_by"].edit.setText(actor.full_name)
        self.lines["handed_over_org"].edit.setText(office)
        if channel.value == "icrc":
            self.lines["received_org"].edit.setText("ICRC")
        on = planned if planned is not None and planned <= today else today
        self.on = date_edit(self, on, latest=today)
        self.on.setObjectName("handover_on")
        form = QFormLayout()
        for name, caption in NAMES.items():
            label = QLabel(self.tr(caption), self)
            label.setBuddy(self.lines[name].edit)
            form.addRow(label, self.lines[name])
        on_label = QLabel(self.tr("Handover &date"), self)
        on_label.setBuddy(self.on)
        form.addRow(on_label, self.on)
        self.problem = problem_label(self)
        buttons, self.ok_button = accept_buttons(
            self, self.tr("&Hand over"), self.on_ok_clicked, "handOver"
        )
        stack(self, about, form, self.problem, buttons)
        self.setMinimumWidth(500)
        self.lines["received_by"].setFocus()

    def set_names(self, **names: str) -> None:
        for name, value in names.items():
            self.lines[name].edit.setText(value)

    @Slot()
    def on_ok_clicked(self) -> None:
        for line in self.lines.values():
            line.set_problem(None)
        self.problem.hide()
        names = {name: line.text() for name, line in self.lines.items()}
        try:
            with unit_of_work(self._db, self._actor) as session:
                hand_over_shipment(
                    session,
                    self._actor,
                    self._shipment_id,
                    handed_over_by=names["handed_over_by"],
                    received_by=names["received_by"],
                    handed_over_org=names["handed_over_org"],
                    received_org=names["received_org"],
                    on=picked(self.on),
                    today=self._today,
                )
        except ValidationError as exc:
            if place_problems(exc, self.lines) == exc.fields:  # none had a line
                show_problem(self.problem, field_problems(exc))
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()
