"""One parcel: fill it with the person's screened items and other contents, seal it, label it.

Every button makes one change through the operation helper (which tells every view) and then
reads the parcel again off the GUI thread; the services say what is allowed (only screened
items of the same person, a seal number to pack, reopening only before shipping). Contents
saved meanwhile by someone else are not overwritten: the conflict dialog names who changed
what, and offers to reload the parcel with what the user typed put back on top.

No step is hidden: the person's items still waiting for screening are listed beside the
screened ones, with "Screen them now" to pass them here, and an empty list says why it is
empty. An item taken out can be put back with Undo in the status bar; a parcel created by
mistake (empty, never sealed) is deleted here, Undo bringing it back.

Its parts: what it reads and says of a parcel (``parcel_view.py``), its contents form
(``parcel_contents.py``, the base class), the label PDF (``parcel_labels.py``).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, Slot
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

from ombuds_desk.domain.enums import ParcelStatus
from ombuds_desk.services.mail import parcels as svc
from ombuds_desk.ui.common.conflict_dialog import (
    ConflictDialog,
    notice_label,
)
from ombuds_desk.ui.common.dialog_parts import (
    problem_label,
)
from ombuds_desk.ui.common.files import ask_file
from ombuds_desk.ui.common.form_fields import ValidatedLine
from ombuds_desk.ui.common.formatting import day
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp, Loader, QueryOp
from ombuds_desk.ui.mail.empty_note import EmptyNote
from ombuds_desk.ui.mail.history_words import reason_text
from ombuds_desk.ui.mail.item_dialog import pass_items
from ombuds_desk.ui.mail.parcel_contents import PARCEL_AND_ITEMS, ParcelContentsForm
from ombuds_desk.ui.mail.parcel_labels import save_labels
from ombuds_desk.ui.mail.parcel_removal import delete_parcel_now
from ombuds_desk.ui.mail.parcel_view import ParcelView, empty_reasons, item_line, parcel_view
from ombuds_desk.ui.mail.waiting_words import waiting_text

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _section(text: str, parent: QWidget) -> QLabel:
    return QLabel(f"<b>{text}</b>", parent)


class ParcelDialog(ParcelContentsForm, QDialog):
    """Shows and changes the parcel of ``view``; reads it again after every change."""

    def __init__(self, host: Host, view: ParcelView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._today = host.today()
        self.loader = Loader(host, self, self)
        self.parcel_id = view.parcel.id or 0
        self.number = ""
        self._version = 0
        self._shown: dict[str, str] = {}
        self.conflict_dialog: ConflictDialog | None = None
        self.status = view.parcel.status
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
        self.waiting_title = QLabel(self)
        self.waiting_title.setObjectName("waitingTitle")
        self.waiting_title.setWordWrap(True)
        self.waiting = QListWidget(self)
        self.waiting.setObjectName("waiting")
        self.waiting.setMaximumHeight(64)
        self.waiting.setToolTip(
            self.tr("Logged, not screened yet: they cannot be packed until they pass screening")
        )
        self.screen_button = QPushButton(self.tr("&Screen them now"), self)
        self.screen_button.setObjectName("screenNow")
        self.screen_button.setToolTip(
            self.tr(
                "Pass these items at screening here; to withhold one, use Withhold… on the "
                "case's Mail tab"
            )
        )
        self.delete_button = QPushButton(self.tr("&Delete parcel"), self)
        self.delete_button.setObjectName("deleteParcel")
        self.delete_button.setToolTip(
            self.tr("Delete this empty parcel, created by mistake (Undo in the status bar)")
        )
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
        self.notice = notice_label(self)

        grid = QGridLayout()
        grid.addWidget(_section(self.tr("In this parcel"), self), 0, 0)
        grid.addWidget(_section(self.tr("Screened items of this person"), self), 0, 1)
        grid.addWidget(self.inside, 1, 0)
        grid.addWidget(self.available, 1, 1)
        grid.addWidget(self.take_out_button, 2, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.add_button, 2, 1, Qt.AlignmentFlag.AlignLeft)
        waiting_box = QVBoxLayout()
        waiting_box.setSpacing(2)
        waiting_head = QHBoxLayout()
        waiting_head.addWidget(self.waiting_title, 1)
        waiting_head.addWidget(self.screen_button)
        waiting_box.addLayout(waiting_head)
        waiting_box.addWidget(self.waiting)
        grid.addLayout(waiting_box, 3, 1)
        grid.setRowStretch(1, 1)
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
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.recipient)
        layout.addLayout(grid, 1)
        layout.addWidget(_section(self.tr("Other contents"), self))
        layout.addLayout(contents_row)
        layout.addLayout(seal_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.notice)
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
        self.screen_button.clicked.connect(self.on_screen_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.inside_note = EmptyNote(self.inside)
        self.available_note = EmptyNote(self.available, self.on_note_link)
        self._waiting_ids: list[int] = []
        self.show_view(view)
        (self.available if self.available.count() else self.contents).setFocus()

    # -- reading -------------------------------------------------------------

    def reload(self) -> None:
        """Read the parcel again (off the GUI thread); the form follows once it is back."""
        parcel_id = self.parcel_id
        self.loader.load(lambda session: parcel_view(session, parcel_id), self.show_view)

    def show_view(self, view: ParcelView) -> None:
        parcel, inside, available, history = view.parcel, view.inside, view.available, view.history
        self._version = parcel.version
        self.status = parcel.status
        self.number = parcel.parcel_number
        self.setWindowTitle(self.tr("Parcel {number}").format(number=parcel.parcel_number))
        seal = (
            " · " + self.tr("seal {number}").format(number=parcel.seal_number)
            if parcel.seal_number
            else ""
        )
        self.title.setText(f"<b>{parcel.parcel_number}</b> · {parcel.status.label}{seal}")
        place = view.place
        self.recipient.setText(
            self.tr("For <b>{name}</b> ({case_number})").format(
                name=view.person_name, case_number=view.case_number
            )
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
        self._show_waiting(view)
        self.contents.setPlainText(parcel.contents or "")
        self.weight.edit.setText(str(parcel.weight_grams or ""))
        self._shown = self.content_values()
        self.seal.edit.setText(parcel.seal_number or "")
        self.history.clear()
        for step in history:
            reason = f" — {reason_text(step.reason)}" if step.reason else ""
            self.history.addItem(
                f"{day(step.effective_on)} · {ParcelStatus(step.to_status).label}"
                f"{reason} · {step.recorded_by}"
            )
        self._enable()

    def _show_waiting(self, view: ParcelView) -> None:
        """The items still to be screened, and why an empty list is empty."""
        waiting = view.waiting
        self._waiting_ids = [row.id for row in waiting]
        self.waiting.clear()
        for row in waiting:
            self.waiting.addItem(item_line(row))
        said = waiting_text(waiting) if waiting else ""
        self.waiting_title.setText(f"<b>{said[:1].upper()}{said[1:]}</b>" if said else "")
        for widget in (self.waiting_title, self.waiting, self.screen_button):
            widget.setVisible(bool(waiting))
        available, inside = empty_reasons(view)
        self.available_note.set_reason(available)
        self.inside_note.set_reason(inside)

    def _enable(self) -> None:
        assembling = self.status is ParcelStatus.ASSEMBLING
        self.delete_button.setVisible(assembling)
        self.delete_button.setEnabled(assembling and self.inside.count() == 0)
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

    def _write(self, change: Callable[[Session], object]) -> bool:
        """Make a change whose refusals are shown in a message box."""
        return (
            CollectionOp(self._host, self, change, PARCEL_AND_ITEMS)
            .on_success(lambda _result: self._done())
            .run()
        )

    def done(self, result: int) -> None:
        """Closed: gone once no read is under way (a read coming back fills this form)."""
        super().done(result)
        self.loader.after_load(self.deleteLater)

    # -- slots ---------------------------------------------------------------

    @Slot()
    def on_add_clicked(self) -> None:
        ids = self.ticked_ids()
        current = self.available.currentItem()
        if not ids and current is not None:
            ids = [int(current.data(ITEM_ID_ROLE))]
        if ids:
            actor, parcel_id, today = self._host.actor, self.parcel_id, self._today
            self._write(
                lambda session: svc.add_items_to_parcel(session, actor, parcel_id, ids, today=today)
            )

    @Slot()
    def on_take_out_clicked(self) -> None:
        current = self.inside.currentItem()
        if current is not None:
            item_id = int(current.data(ITEM_ID_ROLE))
            actor, parcel_id, today = self._host.actor, self.parcel_id, self._today
            if self._write(
                lambda session: svc.remove_item_from_parcel(
                    session, actor, parcel_id, item_id, today=today
                )
            ):
                self._offer_put_back(item_id, current.text())

    def _offer_put_back(self, item_id: int, line: str) -> None:
        """Undo in the status bar: the item back into this parcel (while it is assembled)."""
        host, actor, parcel_id, today = self._host, self._host.actor, self.parcel_id, self._today

        def undo() -> None:
            CollectionOp(
                host,
                host.window(),
                lambda session: svc.add_items_to_parcel(
                    session, actor, parcel_id, [item_id], today=today
                ),
                PARCEL_AND_ITEMS,
            ).on_success(lambda _items: self._reload_if_open()).run()

        host.offer_undo(
            self.tr("Taken out of parcel {number}: {item}").format(number=self.number, item=line),
            undo,
        )

    def _reload_if_open(self) -> None:
        if shiboken6.isValid(self) and self.isVisible():
            self.reload()

    @Slot()
    def on_screen_clicked(self) -> bool:
        """Pass the waiting items at screening here; they then appear among the screened."""
        ids = list(self._waiting_ids)
        if not ids or not pass_items(self._host, self, ids):
            return False
        self._done()
        return True

    @Slot(str)
    def on_note_link(self, link: str) -> None:
        if link == "screen":
            self.on_screen_clicked()

    @Slot()
    def on_delete_clicked(self) -> bool:
        """Delete this parcel (empty, never sealed; the service says why not otherwise)."""
        if delete_parcel_now(self._host, self, self.parcel_id, self._version):
            self.accept()
            return True
        return False

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
    def save_label(self, path: str) -> None:
        """Write this parcel's label sheet to ``path`` (read and drawn off the GUI thread)."""
        save_labels(self._host, self, [self.parcel_id], path)


def open_parcel_dialog(host: Host, parcel_id: int) -> ParcelDialog | None:
    """Open parcel ``parcel_id`` over the window (None, after saying why, when it cannot be
    read)."""
    view = QueryOp(host, host.window(), lambda session: parcel_view(session, parcel_id)).run_now()
    if view is None:
        return None
    dialog = ParcelDialog(host, view, host.window())
    dialog.open()
    return dialog
