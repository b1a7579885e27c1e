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

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.services.office_settings import OFFICE_NAME, get_setting
from ombuds_desk.services.shipments import (
    attach_receipt,
    get_receipt,
    get_shipment,
    hand_over_shipment,
)
from ombuds_desk.services.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.errors import show_error
from ombuds_desk.ui.form_fields import ERROR_STYLE, ValidatedLine


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_edit(parent: QWidget, value: date, latest: date | None = None) -> QDateEdit:
    """A keyboard-friendly date field (DD.MM.YYYY, calendar on Alt+Down)."""
    edit = QDateEdit(qdate(value), parent)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    if latest is not None:
        edit.setMaximumDate(qdate(latest))
    return edit


def picked(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


FIELD_NAMES = {"on": "The date", "packed_on": "The packing date"}


def field_problems(exc: ValidationError) -> str:
    """A ValidationError's field problems as lines a person can read."""
    if not exc.fields:
        return exc.message
    return "\n".join(
        f"{FIELD_NAMES.get(field, field.replace('_', ' ').capitalize())} {problem}"
        for field, problem in exc.fields.items()
    )


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
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        form = QFormLayout()
        label = QLabel(self.tr("&Reason:"), self)
        label.setBuddy(self.reason)
        form.addRow(label, self.reason)
        buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(action, self)
        self.ok_button.setObjectName("ok")
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.clicked.connect(self.on_ok_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.reason.setFocus()

    @Slot()
    def on_ok_clicked(self) -> None:
        try:
            self._change(self.reason.currentText())
        except ValidationError as exc:
            self.problem.setText(field_problems(exc))
            self.problem.show()
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
        self.problem = QLabel(self)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("&Hand over"), self)
        self.ok_button.setObjectName("handOver")
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.clicked.connect(self.on_ok_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
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
                    session, self._actor, self._shipment_id,
                    handed_over_by=names["handed_over_by"], received_by=names["received_by"],
                    handed_over_org=names["handed_over_org"], received_org=names["received_org"],
                    on=picked(self.on), today=self._today,
                )  # fmt: skip
        except ValidationError as exc:
            shown = False
            for field, problem in exc.fields.items():
                if field in self.lines:
                    self.lines[field].set_problem(problem[:1].upper() + problem[1:])
                    shown = True
            if not shown:
                self.problem.setText(field_problems(exc))
                self.problem.show()
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()
