"""The Parcels page (campaign progress on top, every parcel below) and parcel tables.

Search by parcel number (a scanner's Enter opens the parcel), seal number or case number,
narrow by status; Enter on a row opens the parcel. New parcel starts one for the case
selected on the Cases page. Print labels saves the selected parcels' label sheet as a PDF.
A supervisor can undo the delivery of the selected delivered parcels, with a reason (Undo
delivery…), wherever the delivery came from (a confirmation or an acknowledgement list).
Delete on the list deletes the selected parcel if it is empty and was never sealed (Undo in
the status bar); an empty list says why it is empty.
The list is read off the GUI thread: when the page is shown, when a filter changes, and
while it is shown, whenever parcels, shipments or campaigns changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.domain.enums import ParcelStatus
from ombuds_desk.domain.mail import Parcel
from ombuds_desk.services.core.permissions import Action, allowed
from ombuds_desk.services.mail import deliveries
from ombuds_desk.services.mail.mail_query import ParcelFilter, parcels_by_status
from ombuds_desk.services.mail.parcels import create_parcel, find_parcel_by_number
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.dialog_parts import accept_buttons
from ombuds_desk.ui.common.enum_combo import EnumCombo
from ombuds_desk.ui.common.errors import show_message
from ombuds_desk.ui.common.files import ask_file
from ombuds_desk.ui.common.formatting import number
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp, LoadingBadge, QueryOp
from ombuds_desk.ui.common.tables import RowsView
from ombuds_desk.ui.mail.campaign_widget import CampaignWidget
from ombuds_desk.ui.mail.empty_note import EmptyNote
from ombuds_desk.ui.mail.parcel_model import ParcelTableModel
from ombuds_desk.ui.mail.parcel_removal import delete_parcel_now
from ombuds_desk.ui.mail.plurals import plurals

if TYPE_CHECKING:
    from ombuds_desk.ui.mail.campaigns_dialog import CampaignsDialog
    from ombuds_desk.ui.mail.handover_dialog import ReasonDialog
    from ombuds_desk.ui.mail.parcel_dialog import ParcelDialog

# What the rows show: parcels, their shipment, their items' count, the recipient's name;
# the campaigns above them count parcels.
SHOWN = Change.PARCELS | Change.SHIPMENTS | Change.ITEMS | Change.CAMPAIGNS | Change.CASES
COLUMN_WIDTHS = (125, 122, 180, 92, 45, 65, 75, 0, 85, 85, 85)
SHIPMENT_COLUMN = 7


def parcel_table(parent: QWidget, model: ParcelTableModel, name: str) -> RowsView:
    """A sortable parcel list; many rows may be selected. The shipment column is hidden
    (a shipment's own list); the Parcels page shows it."""
    view = RowsView(model, name, parent, multi=True, sortable=True)
    view.setWordWrap(True)  # a long name ends at a word, as it always has
    view.verticalHeader().setDefaultSectionSize(22)
    for column, width in enumerate(COLUMN_WIDTHS):
        view.setColumnWidth(column, width)
    view.setColumnHidden(SHIPMENT_COLUMN, True)
    return view


def selected_ids(view: RowsView, model: ParcelTableModel) -> list[int]:
    return [i for i in (model.id_at(r) for r in view.selected_rows()) if i is not None]


def delivered_rows(view: RowsView, model: ParcelTableModel) -> dict[int, str]:
    """The selected parcels that are delivered: id → parcel number."""
    rows = (model.row_at(r) for r in view.selected_rows())
    return {
        r.id: r.parcel_number for r in rows if r is not None and r.status is ParcelStatus.DELIVERED
    }


class AddParcelsDialog(QDialog):
    """Packed parcels in no shipment; select many (Ctrl+A, Shift+arrows) and add them."""

    def __init__(self, host: Host, add: Callable[[list[int]], bool], parent: QWidget) -> None:
        super().__init__(parent)
        self._add = add
        self.setObjectName("addParcelsDialog")
        self.setWindowTitle(self.tr("Add packed parcels"))
        self.model = ParcelTableModel(host, self)
        self.view = parcel_table(self, self.model, "addParcelsView")
        buttons, self.add_button = accept_buttons(
            self, self.tr("&Add selected"), self.on_add_clicked, object_name=None
        )
        self.count = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(900, 480)
        self._host = host
        self.note = EmptyNote(self.view)
        self.model.count_changed.connect(self.on_count_changed)
        self.model.set_filter(ParcelFilter(status=ParcelStatus.PACKED, not_in_shipment=True))
        self.view.setFocus()

    @Slot(int)
    def on_count_changed(self, count: int) -> None:
        self.count.setText(
            self.tr("%n packed parcels wait for a shipment. Ctrl+A selects them all.", "", count)
        )
        if count == 0:
            QueryOp(
                self._host,
                self,
                lambda session: parcels_by_status(session, not_in_shipment=True),
            ).on_success(self._say_why_empty).run()

    def _say_why_empty(self, counts: dict[ParcelStatus, int]) -> None:
        assembling = counts.get(ParcelStatus.ASSEMBLING, 0)
        if assembling:
            why = self.tr("{count} parcels are still being assembled", "", assembling).format(
                count=number(assembling)
            )
            self.note.set_reason(
                self.tr(
                    "No packed parcels wait for a shipment: {why} — seal them first (open them "
                    "on the Parcels page, Alt+5, and Pack and seal)."
                ).format(why=why)
            )
        else:
            self.note.set_reason(
                self.tr(
                    "No packed parcels wait for a shipment: every sealed parcel is in a "
                    "shipment already. Make up and seal a parcel first (New parcel)."
                )
            )

    @Slot()
    def on_add_clicked(self) -> None:
        ids = selected_ids(self.view, self.model)
        if ids and self._add(ids):
            self.accept()


class ParcelsPage(QWidget):
    """Every parcel of the office, paged from SQL."""

    DEBOUNCE_MS = 150

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.setObjectName("parcelsPage")
        self.campaigns = CampaignWidget(host, self)
        self.campaigns.manage_requested.connect(self.open_campaigns)

        self.search = QLineEdit(self)
        self.search.setObjectName("parcelSearch")
        self.search.setPlaceholderText(self.tr("Parcel number (scan), seal number or case number"))
        self.search.setClearButtonEnabled(True)
        self.status = EnumCombo(ParcelStatus, none_label=self.tr("All"), parent=self)
        self.status.setObjectName("parcelStatus")
        self.loose = QCheckBox(self.tr("Not in a shi&pment"), self)
        self.count = QLabel(self)
        search_label = QLabel(self.tr("Fin&d:"), self)
        search_label.setBuddy(self.search)
        status_label = QLabel(self.tr("Stat&us:"), self)
        status_label.setBuddy(self.status)
        self.new_button = QPushButton(self.tr("&New parcel"), self)
        self.new_button.setStatusTip(self.tr("Start a parcel for the case selected on Cases"))
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setStatusTip(self.tr("Open the selected parcel (Enter)"))
        self.labels_button = QPushButton(self.tr("Print &labels…"), self)
        self.labels_button.setStatusTip(self.tr("Save the selected parcels' labels as a PDF"))
        self.undo_button = QPushButton(self.tr("Undo deliver&y…"), self)
        self.undo_button.setObjectName("undoDelivery")
        self.undo_button.setStatusTip(
            self.tr("The selected delivered parcels were not delivered after all (a reason)")
        )
        self.undo_button.setVisible(allowed(host.actor.role, Action.UNDO_DELIVERY))
        self.undo_button.setEnabled(False)
        self.undo_dialog: ReasonDialog | None = None

        self.model = ParcelTableModel(host, self)
        self.view = parcel_table(self, self.model, "parcelsView")
        self.view.setColumnHidden(SHIPMENT_COLUMN, False)
        self.view.setColumnWidth(SHIPMENT_COLUMN, 110)

        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.search, 2)
        bar.addWidget(status_label)
        bar.addWidget(self.status)
        bar.addWidget(self.loose)
        bar.addStretch(1)
        bar.addWidget(self.count)
        bar.addSpacing(12)
        for button in (self.new_button, self.open_button, self.labels_button, self.undo_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.campaigns)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.loading = LoadingBadge(self.model.loader, self)
        self.note = EmptyNote(self.view)
        self.view.installEventFilter(self)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.on_search_return_pressed)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.loose.toggled.connect(self.apply_filter)
        self.model.count_changed.connect(self.on_count_changed)
        self.view.open_requested.connect(self.open_current)
        self.open_button.clicked.connect(self.open_current)
        self.new_button.clicked.connect(self.on_new_clicked)
        self.labels_button.clicked.connect(self.on_labels_clicked)
        self.undo_button.clicked.connect(self.on_undo_clicked)
        self.view.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.model.modelReset.connect(self.on_selection_changed)
        # Shown again with the same parcels: their rows renewed in place, no reset (nothing
        # measured again, the place kept); the buttons follow the rows read.
        self.model.renew_in_place = True
        # Read when the page opens, shown at once: the first page's rows come with the ids.
        self.model.rows_with_first_read = True
        self.model.loaded.connect(self.on_selection_changed)
        host.signals.changed.connect(self.on_changed)
        self._loaded = False

    # -- reading -------------------------------------------------------------

    def current_filter(self) -> ParcelFilter:
        return ParcelFilter(
            text=self.search.text().strip(),
            status=self.status.current(),
            not_in_shipment=self.loose.isChecked(),
        )

    @Slot()
    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.current_filter())
        self._loaded = True

    def refresh(self) -> None:
        """Read the parcels and campaigns again, keeping the selected parcel selected."""
        keep = self.current_id()
        self.campaigns.refresh()
        self.apply_filter()
        if keep is not None:
            self.model.after_load(lambda: self._select_row(keep))

    @Slot(object)
    def on_changed(self, change: Change) -> None:
        if change & SHOWN and self._host.is_shown(self):
            self.refresh()

    @Slot(int)
    def on_count_changed(self, count: int) -> None:
        self.count.setText(self.tr("{count} parcels", "", count).format(count=number(count)))
        filt = self.current_filter()
        if filt.text or filt.status is not None or filt.not_in_shipment:
            self.note.set_reason(
                self.tr(
                    "No parcel matches the search and filters above: a parcel number, seal "
                    "number or case number is found by its beginning. Clear them to see "
                    "every parcel."
                )
            )
        else:
            self.note.set_reason(
                self.tr(
                    "No parcels yet: select a case on the Cases page, then New parcel (or New "
                    "parcel on the case's Mail tab)."
                )
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete on the list deletes the selected empty parcel."""
        kind = event.type()
        if watched is not self.view or kind not in (
            QEvent.Type.ShortcutOverride,
            QEvent.Type.KeyPress,
        ):
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        if event.key() != Qt.Key.Key_Delete or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress:
            self.delete_current()
        return True

    @Slot()
    def delete_current(self) -> bool:
        """Delete the selected parcel (empty, never sealed; the service says why not)."""
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            return False
        return delete_parcel_now(self._host, self, row.id, row.version)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _select_row(self, parcel_id: int) -> bool:
        row = self.model.row_of(parcel_id)
        if row is None:
            return False
        self.view.select_row(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def select_parcel(self, parcel_id: int) -> None:
        """Show this parcel selected (once the list is read), clearing the filters when they
        hide it."""
        if not self._loaded:
            self.refresh()
        self.model.after_load(lambda: self._select_or_clear(parcel_id))

    def _select_or_clear(self, parcel_id: int) -> None:
        if not self._select_row(parcel_id):
            for widget in (self.search, self.status, self.loose):
                widget.blockSignals(True)
            self.search.clear()
            self.status.set_current(None)
            self.loose.setChecked(False)
            for widget in (self.search, self.status, self.loose):
                widget.blockSignals(False)
            self.apply_filter()
            self.model.after_load(lambda: self._select_row(parcel_id))
        self.view.setFocus()

    def delivered_selected(self) -> dict[int, str]:
        """The selected parcels that are delivered, id → number (what Undo delivery acts on)."""
        return delivered_rows(self.view, self.model)

    @Slot()
    def on_selection_changed(self) -> None:
        self.undo_button.setEnabled(bool(self.delivered_selected()))

    # -- actions -------------------------------------------------------------

    @Slot()
    def on_undo_clicked(self) -> ReasonDialog | None:
        chosen = self.delivered_selected()
        if not chosen:
            return None
        self.undo_dialog = undo_delivery_dialog(self._host, chosen, self._host.window())
        self.undo_dialog.open()
        return self.undo_dialog

    @Slot()
    def open_current(self) -> ParcelDialog | None:
        from ombuds_desk.ui.mail.parcel_dialog import open_parcel_dialog

        parcel_id = self.current_id()
        return open_parcel_dialog(self._host, parcel_id) if parcel_id is not None else None

    @Slot()
    def on_search_return_pressed(self) -> None:
        """A scanner's Enter: the list narrows to the number, and its parcel opens."""
        text = self.search.text()
        self.apply_filter()
        QueryOp(self._host, self, lambda session: find_parcel_by_number(session, text)).on_success(
            self._open_found
        ).run()

    def _open_found(self, parcel: Parcel | None) -> None:
        from ombuds_desk.ui.mail.parcel_dialog import open_parcel_dialog

        if parcel is not None and parcel.id is not None:
            parcel_id = parcel.id
            self.select_parcel(parcel_id)
            open_parcel_dialog(self._host, parcel_id)

    @Slot()
    def on_new_clicked(self) -> None:
        details = self._host.current_case()
        if details is None:
            show_message(
                self,
                self.tr("No case selected"),
                self.tr("Select the recipient's case on the Cases page first."),
            )
            return
        actor, person_id, today = self._host.actor, details.id, self._host.today()
        CollectionOp(
            self._host,
            self,
            lambda session: create_parcel(session, actor, person_id, today=today),
            Change.PARCELS,
        ).on_success(self._created).run()

    def _created(self, parcel: Parcel) -> None:
        from ombuds_desk.ui.mail.parcel_dialog import open_parcel_dialog

        if parcel.id is not None:
            self.select_parcel(parcel.id)
            open_parcel_dialog(self._host, parcel.id)

    @Slot()
    def open_campaigns(self) -> CampaignsDialog | None:
        from ombuds_desk.ui.mail.campaigns_dialog import open_campaigns_dialog

        self.campaigns_dialog = open_campaigns_dialog(self._host)
        return self.campaigns_dialog

    @Slot()
    def on_labels_clicked(self) -> None:
        ids = selected_ids(self.view, self.model)
        if ids:
            self.file_dialog = ask_file(
                self,
                self.tr("Save the labels as PDF"),
                "parcel-labels.pdf",
                self.tr("PDF files (*.pdf)"),
                lambda path: self.save_labels(ids, path),
                save=True,
            )

    def save_labels(self, parcel_ids: list[int], path: str) -> None:
        """Write the parcels' label sheet to ``path`` off the GUI thread; says so when done."""
        from ombuds_desk.ui.mail.parcel_dialog import save_labels

        save_labels(
            self._host,
            self,
            parcel_ids,
            path,
            lambda saved: self._host.show_status(
                self.tr("Labels saved to {file}").format(file=saved), 8000
            ),
        )


def undo_delivery_dialog(host: Host, parcels: dict[int, str], parent: QWidget) -> ReasonDialog:
    """The reason asked before a supervisor undoes the delivery of these parcels (id → number;
    the Shipments and the Parcels page); says so in the status bar once done."""
    from ombuds_desk.ui.mail.handover_dialog import ReasonDialog

    actor, today, ids = host.actor, host.today(), list(parcels)

    def change(reason: str) -> Callable[[Session], object]:
        return lambda session: deliveries.undo_delivery(
            session, actor, ids, reason=reason, today=today
        )

    numbers = list(parcels.values())
    if len(numbers) == 1:
        about = QCoreApplication.translate(
            "UndoDelivery",
            "Undo the delivery of parcel {number}? It goes back to dispatched (or to lost, "
            "if it had been recorded lost), with its items.",
        ).format(number=numbers[0])
    else:
        shown = ", ".join(numbers[:4]) + (", …" if len(numbers) > 4 else "")
        about = plurals().undo_deliveries(len(numbers)).format(numbers=shown)
    dialog = ReasonDialog(
        host,
        QCoreApplication.translate("UndoDelivery", "Undo delivery"),
        about
        + " "
        + QCoreApplication.translate("UndoDelivery", "Why? The reason stays in their history."),
        QCoreApplication.translate("UndoDelivery", "&Undo delivery"),
        change,
        Change.SHIPMENTS | Change.PARCELS | Change.ITEMS,
        parent=parent,
    )
    dialog.setObjectName("undoDeliveryDialog")
    dialog.accepted.connect(
        lambda: host.show_status(
            plurals().deliveries_undone(len(numbers))
            if len(numbers) != 1
            else QCoreApplication.translate("UndoDelivery", "Delivery of {number} undone.").format(
                number=numbers[0]
            )
        )
    )
    return dialog
