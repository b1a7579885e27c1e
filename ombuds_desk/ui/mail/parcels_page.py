"""The Parcels page (campaign progress on top, every parcel below) and parcel tables.

Search by parcel number (a scanner's Enter opens the parcel), seal number or case number,
narrow by status; Enter on a row opens the parcel. New parcel starts one for the case
selected on the Cases page. Print labels saves the selected parcels' label sheet as a PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.domain.enums import ParcelStatus
from ombuds_desk.reports.labels import render_labels
from ombuds_desk.services.mail.mail_query import ParcelFilter
from ombuds_desk.services.mail.parcels import create_parcel, find_parcel_by_number
from ombuds_desk.services.printing import label_data
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.dialog_parts import accept_buttons
from ombuds_desk.ui.common.enum_combo import EnumCombo
from ombuds_desk.ui.common.errors import show_error, show_message
from ombuds_desk.ui.mail.campaign_widget import CampaignWidget
from ombuds_desk.ui.mail.campaigns_dialog import CampaignsDialog
from ombuds_desk.ui.mail.parcel_dialog import ParcelDialog, open_parcel_dialog
from ombuds_desk.ui.mail.parcel_model import ParcelTableModel, ask_file, write

if TYPE_CHECKING:
    from ombuds_desk.ui.shell.main_window import MainWindow


def parcel_table(parent: QWidget, model: ParcelTableModel) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate((125, 122, 180, 92, 45, 65, 75, 0, 85, 85, 85)):
        view.setColumnWidth(column, width)
    view.setColumnHidden(7, True)  # the shipment: this one
    return view


def selected_ids(view: QTableView, model: ParcelTableModel) -> list[int]:
    rows = sorted(i.row() for i in view.selectionModel().selectedRows())
    return [i for i in (model.id_at(r) for r in rows) if i is not None]


class AddParcelsDialog(QDialog):
    """Packed parcels in no shipment; select many (Ctrl+A, Shift+arrows) and add them."""

    def __init__(self, db: Database, add: Callable[[list[int]], bool], parent: QWidget) -> None:
        super().__init__(parent)
        self._add = add
        self.setObjectName("addParcelsDialog")
        self.setWindowTitle(self.tr("Add packed parcels"))
        self.model = ParcelTableModel(db, self)
        self.model.set_filter(ParcelFilter(status=ParcelStatus.PACKED, not_in_shipment=True))
        self.view = parcel_table(self, self.model)
        buttons, self.add_button = accept_buttons(
            self, self.tr("&Add selected"), self.on_add_clicked, object_name=None
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("%d packed parcels wait for a shipment. Ctrl+A selects them all.")
                % self.model.rowCount(),
                self,
            )
        )
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(900, 480)
        self.view.setFocus()

    @Slot()
    def on_add_clicked(self) -> None:
        ids = selected_ids(self.view, self.model)
        if ids and self._add(ids):
            self.accept()


class ParcelsPage(QWidget):
    """Every parcel of the office, paged from SQL."""

    DEBOUNCE_MS = 150

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.setObjectName("parcelsPage")
        self.campaigns = CampaignWidget(window.db, window.today_fn, self)
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

        self.model = ParcelTableModel(window.db, self)
        self.view = parcel_table(self, self.model)
        self.view.setObjectName("parcelsView")
        self.view.setColumnHidden(7, False)
        self.view.setColumnWidth(7, 110)

        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.search, 2)
        bar.addWidget(status_label)
        bar.addWidget(self.status)
        bar.addWidget(self.loose)
        bar.addStretch(1)
        bar.addWidget(self.count)
        bar.addSpacing(12)
        for button in (self.new_button, self.open_button, self.labels_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.campaigns)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.on_search_return_pressed)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.loose.toggled.connect(self.apply_filter)
        self.model.count_changed.connect(self.on_count_changed)
        self.view.activated.connect(self.open_current)
        self.open_button.clicked.connect(self.open_current)
        self.new_button.clicked.connect(self.on_new_clicked)
        self.labels_button.clicked.connect(self.on_labels_clicked)
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
        self.model.set_filter(self.current_filter())
        self._loaded = True
        if keep is not None:
            self._select_row(keep)

    @Slot(int)
    def on_count_changed(self, count: int) -> None:
        self.count.setText(
            self.tr("1 parcel") if count == 1 else self.tr("%s parcels") % f"{count:,}"
        )

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _select_row(self, parcel_id: int) -> bool:
        row = self.model.row_of(parcel_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def select_parcel(self, parcel_id: int) -> None:
        """Show this parcel selected, clearing the filters when they hide it."""
        if not self._loaded:
            self.refresh()
        if not self._select_row(parcel_id):
            for widget in (self.search, self.status, self.loose):
                widget.blockSignals(True)
            self.search.clear()
            self.status.set_current(None)
            self.loose.setChecked(False)
            for widget in (self.search, self.status, self.loose):
                widget.blockSignals(False)
            self.apply_filter()
            self._select_row(parcel_id)
        self.view.setFocus()

    # -- actions -------------------------------------------------------------

    @Slot()
    def open_current(self) -> ParcelDialog | None:
        parcel_id = self.current_id()
        return open_parcel_dialog(self._window, parcel_id) if parcel_id is not None else None

    @Slot()
    def on_search_return_pressed(self) -> None:
        with self._window.db.reading() as session:
            parcel = find_parcel_by_number(session, self.search.text())
        self.apply_filter()
        if parcel is not None and parcel.id is not None:
            self.select_parcel(parcel.id)
            open_parcel_dialog(self._window, parcel.id)

    @Slot()
    def on_new_clicked(self) -> None:
        window = self._window
        details = window.details
        if details is None:
            show_message(
                self,
                self.tr("No case selected"),
                self.tr("Select the recipient's case on the Cases page first."),
            )
            return
        parcel = write(
            self,
            window.db,
            window.actor,
            lambda s: create_parcel(s, window.actor, details.id, today=window.today_fn()),
        )
        if parcel is not None and parcel.id is not None:
            window.notify_changed()
            self.select_parcel(parcel.id)
            open_parcel_dialog(window, parcel.id)

    @Slot()
    def open_campaigns(self) -> CampaignsDialog:
        window = self._window
        self.campaigns_dialog = CampaignsDialog(window.db, window.actor, window.today_fn(), window)
        self.campaigns_dialog.changed.connect(window.notify_changed)
        self.campaigns_dialog.open()
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

    def save_labels(self, parcel_ids: list[int], path: str) -> bool:
        try:
            with self._window.db.reading() as session:
                data = label_data(session, today=self._window.today_fn(), parcel_ids=parcel_ids)
            render_labels(data, path)
        except Exception as exc:
            show_error(self, exc)
            return False
        self._window.statusBar().showMessage(self.tr("Labels saved to %s") % path, 8000)
        return True
