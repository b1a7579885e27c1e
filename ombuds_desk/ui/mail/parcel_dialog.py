"""One parcel: fill it with the person's screened items and other contents, seal it, label it.

Every button calls one service in one unit of work and then reads the parcel again; the
services say what is allowed (only screened items of the same person, a seal number to pack,
reopening only before shipping). ``changed`` fires after each successful write.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Direction, ItemStatus, ParcelStatus
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.mail import CorrespondenceItem
from ombuds_desk.reports.labels import render_labels
from ombuds_desk.services.cases.persons import get_person
from ombuds_desk.services.mail import parcels as svc
from ombuds_desk.services.mail.mail_events import parcel_history
from ombuds_desk.services.mail.mail_query import ItemFilter, ItemRow, item_ids, item_rows
from ombuds_desk.services.printing import label_data
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.dialog_parts import (
    field_problems,
    place_problems,
    problem_label,
    show_problem,
)
from ombuds_desk.ui.common.errors import show_error
from ombuds_desk.ui.common.form_fields import ValidatedLine
from ombuds_desk.ui.mail.handover_dialog import ReasonDialog
from ombuds_desk.ui.mail.parcel_model import ask_file, day, run, write

if TYPE_CHECKING:
    from ombuds_desk.ui.shell.main_window import MainWindow

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def item_line(item: ItemRow | CorrespondenceItem) -> str:
    parts = (item.kind.label, day(item.received_on), item.author_name, item.description)
    return " · ".join(p for p in parts if p)


def _section(text: str, parent: QWidget) -> QLabel:
    return QLabel(f"<b>{text}</b>", parent)


class ParcelDialog(QDialog):
    """Shows and changes parcel ``parcel_id``; ``changed`` after every write."""

    changed = Signal()

    def __init__(
        self, db: Database, actor: User, parcel_id: int, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._today = today
        self.parcel_id = parcel_id
        self.number = ""
        self._version = 0
        self.setObjectName("parcelDialog")
        self.title = QLabel(self)
        self.title.setObjectName("parcelTitle")
        self.title.setStyleSheet("font-size: 13pt;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recipient = QLabel(self)
        self.recipient.setWordWrap(True)

        self.inside = QListWidget(self)
        self.inside.setObjectName("inside")
        self.take_out_button = QPushButton(self.tr("&Take out"), self)
        self.take_out_button.setStatusTip(self.tr("Take the selected item out of the parcel"))
        self.available = QListWidget(self)
        self.available.setObjectName("available")
        for widget in (self.inside, self.available):
            widget.setWordWrap(True)
        self.available.setToolTip(self.tr("Space ticks an item; then Add ticked items"))
        self.add_button = QPushButton(self.tr("&Add ticked items"), self)
        self.contents = QPlainTextEdit(self)
        self.contents.setObjectName("contents")
        self.contents.setTabChangesFocus(True)
        self.contents.setPlaceholderText(self.tr("Other contents, e.g. warm socks, soap, tea"))
        self.contents.setMaximumHeight(64)
        self.weight = ValidatedLine("weight_grams", self, self.tr("grams"))
        self.weight.setMaximumWidth(120)
        self.save_contents_button = QPushButton(self.tr("Save c&ontents"), self)
        self.seal = ValidatedLine("seal_number", self, self.tr("Seal number"))
        self.pack_button = QPushButton(self.tr("&Pack and seal"), self)
        self.reopen_button = QPushButton(self.tr("&Reopen…"), self)
        self.history = QListWidget(self)
        self.history.setObjectName("history")
        self.history.setMaximumHeight(90)
        self.problem = problem_label(self)

        grid = QGridLayout()
        grid.addWidget(_section(self.tr("In this parcel"), self), 0, 0)
        grid.addWidget(_section(self.tr("Screened items of this person"), self), 0, 1)
        grid.addWidget(self.inside, 1, 0)
        grid.addWidget(self.available, 1, 1)
        grid.addWidget(self.take_out_button, 2, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.add_button, 2, 1, Qt.AlignmentFlag.AlignLeft)
        contents_row = QHBoxLayout()
        contents_row.addWidget(self.contents, 1)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Weight (g):"), self))
        side.addWidget(self.weight)
        side.addWidget(self.save_contents_button)
        contents_row.addLayout(side)
        seal_row = QHBoxLayout()
        seal_row.addWidget(QLabel(self.tr("Seal:"), self))
        seal_row.addWidget(self.seal, 1)
        seal_row.addWidget(self.pack_button)
        seal_row.addWidget(self.reopen_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.label_button = QPushButton(self.tr("Print &label…"), self)
        self.label_button.setStatusTip(self.tr("Save this parcel's label (with QR code) as a PDF"))
        buttons.addButton(self.label_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.recipient)
        layout.addLayout(grid, 1)
        layout.addWidget(_section(self.tr("Other contents"), self))
        layout.addLayout(contents_row)
        layout.addLayout(seal_row)
        layout.addWidget(self.problem)
        layout.addWidget(_section(self.tr("History"), self))
        layout.addWidget(self.history)
        layout.addWidget(buttons)
        self.resize(820, 620)

        self.take_out_button.clicked.connect(self.on_take_out_clicked)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.save_contents_button.clicked.connect(self.on_save_contents_clicked)
        self.pack_button.clicked.connect(self.on_pack_clicked)
        self.seal.edit.returnPressed.connect(self.on_pack_clicked)
        self.reopen_button.clicked.connect(self.on_reopen_clicked)
        self.label_button.clicked.connect(self.on_label_clicked)
        self.reload()
        (self.available if self.available.count() else self.contents).setFocus()

    # -- reading -------------------------------------------------------------

    def reload(self) -> None:
        with self._db.reading() as session:
            parcel = svc.get_parcel(session, self.parcel_id)
            person = get_person(session, parcel.person_id)
            inside = svc.parcel_items(session, self.parcel_id)
            available = self._available(session, parcel.person_id)
            history = parcel_history(session, self.parcel_id)
        self._version = parcel.version
        self.status = parcel.status
        self.number = parcel.parcel_number
        self.setWindowTitle(self.tr("Parcel %s") % parcel.parcel_number)
        seal = f" · {self.tr('seal')} {parcel.seal_number}" if parcel.seal_number else ""
        self.title.setText(f"<b>{parcel.parcel_number}</b> · {self.tr(parcel.status.label)}{seal}")
        place = person.detention_place or person.current_location or ""
        name = person.full_name
        self.recipient.setText(
            self.tr("For <b>%s</b> (%s)") % (name, person.case_number)
            + (f" — {place}" if place else "")
        )
        self.inside.clear()
        for item in inside:
            entry = QListWidgetItem(item_line(item))
            entry.setData(ITEM_ID_ROLE, item.id)
            self.inside.addItem(entry)
        self.available.clear()
        for row in available:
            entry = QListWidgetItem(item_line(row))
            entry.setData(ITEM_ID_ROLE, row.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.available.addItem(entry)
        if self.inside.count() and self.inside.currentRow() < 0:
            self.inside.setCurrentRow(0)
        self.contents.setPlainText(parcel.contents or "")
        self.weight.edit.setText(str(parcel.weight_grams or ""))
        self.seal.edit.setText(parcel.seal_number or "")
        self.history.clear()
        for step in history:
            reason = f" — {step.reason}" if step.reason else ""
            self.history.addItem(
                f"{day(step.effective_on)} · {self.tr(ParcelStatus(step.to_status).label)}"
                f"{reason} · {step.recorded_by}"
            )
        self._enable()

    def _available(self, session: Session, person_id: int) -> list[ItemRow]:
        filt = ItemFilter(
            person_id=person_id,
            status=ItemStatus.SCREENED,
            direction=Direction.TO_PERSON,
            not_in_parcel=True,
        )
        ids = item_ids(session, filt, limit=500)
        rows = item_rows(session, ids)
        return [rows[i] for i in ids if i in rows]

    def _enable(self) -> None:
        assembling = self.status is ParcelStatus.ASSEMBLING
        for widget in (self.take_out_button, self.add_button, self.available, self.pack_button):
            widget.setEnabled(assembling)
        self.seal.edit.setReadOnly(not assembling)
        editable = self.status in (ParcelStatus.ASSEMBLING, ParcelStatus.PACKED)
        self.contents.setReadOnly(not editable)
        self.weight.edit.setReadOnly(not editable)
        self.save_contents_button.setEnabled(editable)
        self.reopen_button.setVisible(self.status is ParcelStatus.PACKED)

    def ticked_ids(self) -> list[int]:
        return [
            int(self.available.item(i).data(ITEM_ID_ROLE))
            for i in range(self.available.count())
            if self.available.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _done(self, ok: bool) -> None:
        if ok:
            self.problem.hide()
            self.reload()
            self.changed.emit()

    # -- slots ---------------------------------------------------------------

    @Slot()
    def on_add_clicked(self) -> None:
        ids = self.ticked_ids()
        if not ids and self.available.currentItem() is not None:
            ids = [int(self.available.currentItem().data(ITEM_ID_ROLE))]
        if ids:
            self._done(
                write(
                    self,
                    self._db,
                    self._actor,
                    lambda s: svc.add_items_to_parcel(
                        s, self._actor, self.parcel_id, ids, today=self._today
                    ),
                )
                is not None
            )

    @Slot()
    def on_take_out_clicked(self) -> None:
        current = self.inside.currentItem()
        if current is not None:
            item_id = int(current.data(ITEM_ID_ROLE))
            self._done(
                write(
                    self,
                    self._db,
                    self._actor,
                    lambda s: svc.remove_item_from_parcel(
                        s, self._actor, self.parcel_id, item_id, today=self._today
                    ),
                )
                is not None
            )

    def _run_form(self, change: Callable[[Session], object]) -> None:
        """Run a change whose ValidationError is shown under the form, not in a box."""
        self.weight.set_problem(None)
        self.seal.set_problem(None)
        try:
            run(self._db, self._actor, change)
        except ValidationError as exc:
            rest = place_problems(exc, {"weight_grams": self.weight, "seal_number": self.seal})
            if rest or not exc.fields:
                show_problem(self.problem, field_problems(ValidationError(exc.message, rest)))
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self._done(True)

    @Slot()
    def on_save_contents_clicked(self) -> None:
        self._run_form(
            lambda s: svc.set_parcel_contents(
                s,
                self._actor,
                self.parcel_id,
                contents=self.contents.toPlainText(),
                weight_grams=self.weight.text(),
                expected_version=self._version,
            )
        )

    @Slot()
    def on_pack_clicked(self) -> None:
        if self.status is not ParcelStatus.ASSEMBLING:
            return
        contents, weight = self.contents.toPlainText(), self.weight.text()

        def pack(s: Session) -> object:
            parcel = svc.set_parcel_contents(
                s, self._actor, self.parcel_id, contents=contents, weight_grams=weight
            )
            return svc.pack_parcel(
                s,
                self._actor,
                self.parcel_id,
                seal_number=self.seal.text(),
                today=self._today,
                expected_version=parcel.version,
            )

        self._run_form(pack)

    @Slot()
    def on_reopen_clicked(self) -> None:
        def reopen(reason: str) -> None:
            run(
                self._db,
                self._actor,
                lambda s: svc.reopen_parcel(
                    s, self._actor, self.parcel_id, reason=reason, today=self._today
                ),
            )
            self._done(True)

        self.reopen_dialog = ReasonDialog(
            self.tr("Reopen parcel"),
            self.tr("Break the seal of this parcel to change what is in it. Why?"),
            self.tr("&Reopen"),
            reopen,
            (self.tr("Item to add"), self.tr("Seal damaged")),
            self,
        )
        self.reopen_dialog.open()

    @Slot()
    def on_label_clicked(self) -> None:
        self.file_dialog = ask_file(
            self,
            self.tr("Save the label as PDF"),
            f"{self.number}-label.pdf",
            self.tr("PDF files (*.pdf)"),
            self.save_label,
            save=True,
        )

    @Slot(str)
    def save_label(self, path: str) -> bool:
        try:
            with self._db.reading() as session:
                data = label_data(session, today=self._today, parcel_ids=[self.parcel_id])
            render_labels(data, path)
        except Exception as exc:
            show_error(self, exc)
            return False
        return True


def open_parcel_dialog(window: MainWindow, parcel_id: int) -> ParcelDialog:
    """Open parcel ``parcel_id`` over the main window; its changes notify every view."""
    dialog = ParcelDialog(window.db, window.actor, parcel_id, window.today_fn(), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.changed.connect(window.notify_changed)
    dialog.open()
    return dialog
