"""Before a shipment's labels are printed: where on the sheet to start, and what is missing.

Label stock is often partly used, so the dialog asks for the first free label (1–8, left to
right, top to bottom; a small map of the sheet shows it). A parcel whose place of detention
is not recorded is named here, before anything is printed: the
button then says "Preview anyway", and Cancel is the default.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.services.printing.labels import LabelSheet, describe_incomplete, label_sheet
from ombuds_desk.ui.common.operations import QueryOp

if TYPE_CHECKING:
    from ombuds_desk.ui.printing.feature import PrintingFeature

COLUMNS, ROWS = 2, 4
PER_SHEET = COLUMNS * ROWS


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


class LabelOptionsDialog(QDialog):
    """The start position on the sheet, and the parcels whose labels would lack a place."""

    def __init__(self, sheet: LabelSheet, parent: QWidget) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.setObjectName("labelOptions")
        self.setWindowTitle(_tr("Parcel labels"))
        layout = QVBoxLayout(self)
        count = len(sheet.labels)
        layout.addWidget(QLabel(_tr("%d labels of %s.") % (count, sheet.title), self))
        form = QFormLayout()
        self.start = QSpinBox(self)
        self.start.setObjectName("startPosition")
        self.start.setRange(1, PER_SHEET)
        self.start.setValue(1)
        self.start.setToolTip(
            _tr(
                "On a partly used sheet: the first free label, counted left to right, top to bottom"
            )
        )
        label = QLabel(_tr("&Start at label:"), self)
        label.setBuddy(self.start)
        form.addRow(label, self.start)
        layout.addLayout(form)
        self.map = QWidget(self)
        self.cells: list[QLabel] = []
        grid = QGridLayout(self.map)
        grid.setSpacing(2)
        for n in range(PER_SHEET):
            cell = QLabel(str(n + 1), self.map)
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setFixedSize(44, 26)
            grid.addWidget(cell, n // COLUMNS, n % COLUMNS)
            self.cells.append(cell)
        layout.addWidget(self.map)
        self.sheets = QLabel(self)
        self.sheets.setObjectName("sheetCount")
        layout.addWidget(self.sheets)
        self.warning: QLabel | None = None
        if sheet.incomplete:
            self.warning = QLabel(self)
            self.warning.setObjectName("missingPlaces")
            self.warning.setWordWrap(True)
            self.warning.setTextFormat(Qt.TextFormat.PlainText)
            self.warning.setStyleSheet("color: #a4262c;")
            missing = len(sheet.incomplete)
            text = (
                _tr("1 of these parcels lacks a place of detention; its label will say")
                if missing == 1
                else _tr("%d of these parcels lack a place of detention; their labels will say")
                % missing
            )
            self.warning.setText(
                text
                + _tr(" it is not recorded. Record it in the case first, or preview anyway:\n")
                + describe_incomplete(sheet)
            )
            layout.addWidget(self.warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        text = _tr("&Preview anyway") if sheet.incomplete else _tr("&Preview labels")
        self.preview = QPushButton(text, self)
        buttons.addButton(self.preview, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # With a parcel lacking its place, Enter must not print it by accident.
        (cancel if sheet.incomplete else self.preview).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.start.valueChanged.connect(self._show_start)
        self._show_start(1)

    @property
    def first_position(self) -> int:
        return self.start.value()

    @Slot(int)
    def _show_start(self, first: int) -> None:
        for n, cell in enumerate(self.cells, start=1):
            used = n < first
            cell.setStyleSheet(
                "border: 1px solid #9aa7b4;"
                + (" background: #d0d4d8; color: #59636e;" if used else " background: white;")
            )
            cell.setToolTip(_tr("Already used") if used else _tr("Free"))
        count = len(self.sheet.labels)
        sheets = max(1, -(-(first - 1 + count) // PER_SHEET))
        self.sheets.setText(
            _tr("Uses %d sheet(s); labels %d–%d of the first sheet are left empty.")
            % (sheets, 1, first - 1)
            if first > 1
            else _tr("Uses %d sheet(s).") % sheets
        )


def ask_labels(feature: PrintingFeature, reference: str) -> None:
    """Read the labels of shipment ``reference`` (off the GUI thread), ask where to start and
    name what is missing, then build them in the preview."""
    today = feature.host.today()

    def ask(sheet: LabelSheet) -> None:
        dialog = LabelOptionsDialog(sheet, feature.window)
        dialog.accepted.connect(
            lambda: feature.print_shipment(reference, True, first_position=dialog.first_position)
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    read = lambda session: label_sheet(session, today=today, shipment_reference=reference)  # noqa: E731
    QueryOp(feature.host, feature.window, read).on_success(ask).run()
