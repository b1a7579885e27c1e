"""Chain of custody: handing a shipment over, its signed receipt, and a reason for a step.

``HandoverDialog`` records who handed the shipment over and who received it; every parcel in
it (and every item in them) becomes dispatched in one transaction. ``ReasonDialog`` asks for
the reason of a withholding, a return, a loss or a broken seal and makes the given change
with it; the service says when a reason is missing, and the dialog shows it in place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.domain.enums import Channel
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.services.core.office_settings import OFFICE_NAME, get_setting
from ombuds_desk.services.mail.shipments import (
    attach_receipt,
    get_receipt,
    get_shipment,
    hand_over_shipment,
)
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.date_fields import date_edit, picked
from ombuds_desk.ui.common.dialog_parts import (
    accept_buttons,
    field_problems,
    place_problems,
    problem_label,
    show_problem,
    stack,
)
from ombuds_desk.ui.common.errors import show_message
from ombuds_desk.ui.common.form_fields import ValidatedLine
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp, QueryOp

RECEIPT_FILES = QT_TRANSLATE_NOOP(
    "HandoverDialog", "Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"
)
# A handover dispatches the shipment's parcels and every item in them.
HANDOVER_CHANGES = Change.SHIPMENTS | Change.PARCELS | Change.ITEMS


def attach_receipt_file(
    host: Host,
    parent: QWidget,
    shipment_id: int,
    path: str,
    on_success: Callable[[], object] = lambda: None,
) -> bool:
    """Store the file at ``path`` as the shipment's signed receipt; True once stored."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        show_message(
            parent,
            QCoreApplication.translate("HandoverDialog", "Receipt not attached"),
            f"{exc.strerror or exc}: {path}",
        )
        return False
    actor, name = host.actor, Path(path).name
    return (
        CollectionOp(
            host,
            parent,
            lambda session: attach_receipt(session, actor, shipment_id, name, data),
            Change.SHIPMENTS,
        )
        .on_success(lambda _shipment: on_success())
        .run()
    )


def save_receipt_file(
    host: Host,
    parent: QWidget,
    shipment_id: int,
    path: str,
    on_saved: Callable[[str], object] = lambda _path: None,
) -> None:
    """Write the shipment's attached receipt to ``path`` once it is read (off the GUI
    thread); ``on_saved(path)`` after the file was written."""

    def write(receipt: tuple[str, bytes] | None) -> None:
        if receipt is None:
            return
        try:
            Path(path).write_bytes(receipt[1])
        except OSError as exc:
            show_message(
                parent,
                QCoreApplication.translate("HandoverDialog", "Receipt not saved"),
                f"{exc.strerror or exc}: {path}",
            )
            return
        on_saved(path)

    QueryOp(host, parent, lambda session: get_receipt(session, shipment_id)).on_success(write).run()


class ReasonDialog(QDialog):
    """Asks for a reason, then makes ``change(reason)`` (a function of the session) as one
    operation announcing ``changes``; accepted once it succeeded."""

    def __init__(
        self,
        host: Host,
        title: str,
        about: str,
        action: str,
        change: Callable[[str], Callable[[Session], object]],
        changes: Change,
        suggestions: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._change = change
        self._changes = changes
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
        CollectionOp(
            self._host, self, self._change(self.reason.currentText()), self._changes
        ).on_invalid(self._show_problem).on_success(lambda _result: self.accept()).run()

    def _show_problem(self, exc: ValidationError) -> None:
        show_problem(self.problem, field_problems(exc))
        self.reason.setFocus()


NAMES = {
    "handed_over_by": QT_TRANSLATE_NOOP("HandoverDialog", "Handed over &by *"),
    "handed_over_org": QT_TRANSLATE_NOOP("HandoverDialog", "Their &organisation"),
    "received_by": QT_TRANSLATE_NOOP("HandoverDialog", "&Received by *"),
    "received_org": QT_TRANSLATE_NOOP("HandoverDialog", "Receiving or&ganisation"),
}


@dataclass(frozen=True)
class HandoverFacts:
    """What the handover form starts from: the shipment and the office's name."""

    shipment_id: int
    reference: str
    channel: Channel
    planned: date | None
    office: str


def handover_facts(session: Session, shipment_id: int) -> HandoverFacts:
    shipment = get_shipment(session, shipment_id)
    return HandoverFacts(
        shipment_id,
        shipment.reference,
        shipment.channel,
        shipment.handover_on,
        get_setting(session, OFFICE_NAME),
    )


class HandoverDialog(QDialog):
    """Hand over the shipment of ``facts``: names, organisations and the date."""

    def __init__(self, host: Host, facts: HandoverFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._shipment_id = facts.shipment_id
        self._today = today = host.today()
        self.setObjectName("handoverDialog")
        self.setWindowTitle(
            self.tr("Hand over shipment {reference}").format(reference=facts.reference)
        )
        about = QLabel(
            self.tr(
                "Every parcel in <b>{reference}</b> ({channel}) and every item in them becomes "
                "<b>dispatched</b>. Record who handed it over and who received it."
            ).format(reference=facts.reference, channel=facts.channel.label),
            self,
        )
        about.setWordWrap(True)
        self.lines = {name: ValidatedLine(name, self) for name in NAMES}
        self.lines["handed_over_by"].edit.setText(host.actor.full_name)
        self.lines["handed_over_org"].edit.setText(facts.office)
        if facts.channel is Channel.ICRC:
            self.lines["received_org"].edit.setText(self.tr("ICRC"))
        planned = facts.planned
        on = planned if planned is not None and planned <= today else today
        self.on = date_edit(self, on, latest=today)
        self.on.setObjectName("handover_on")
        form = QFormLayout()
        for name, caption in NAMES.items():
            label = QLabel(QCoreApplication.translate("HandoverDialog", caption), self)
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
        actor, shipment_id, on, today = (
            self._host.actor,
            self._shipment_id,
            picked(self.on),
            self._today,
        )
        CollectionOp(
            self._host,
            self,
            lambda session: hand_over_shipment(
                session,
                actor,
                shipment_id,
                handed_over_by=names["handed_over_by"],
                received_by=names["received_by"],
                handed_over_org=names["handed_over_org"],
                received_org=names["received_org"],
                on=on,
                today=today,
            ),
            HANDOVER_CHANGES,
        ).on_invalid(self._show_problems).on_success(lambda _shipment: self.accept()).run()

    def _show_problems(self, exc: ValidationError) -> None:
        if place_problems(exc, self.lines) == exc.fields:  # none had a line
            show_problem(self.problem, field_problems(exc))
