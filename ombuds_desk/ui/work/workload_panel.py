"""The team's workloads on the My work page (a supervisor's): each caseworker's open,
stalled and overdue cases, and from there their cases reassigned.

"Reassign…" hands on the chosen caseworker's open, stalled or overdue cases (as chosen
beside the button) through the shared reassign dialog; "Show on My work" narrows the team's
list to that person.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.services.work.workload import Held, Workload, held_case_ids
from ombuds_desk.ui.common.columns import Column
from ombuds_desk.ui.common.formatting import number
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import QueryOp
from ombuds_desk.ui.common.reassign_dialog import ReassignDialog, open_reassign_dialog
from ombuds_desk.ui.common.rows_model import RowsTableModel
from ombuds_desk.ui.common.tables import RowsView, fit_columns

WORKLOAD_COLUMNS: list[Column[Workload]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Caseworker"),
        lambda w: (
            w.name
            if w.user_id is not None
            else QCoreApplication.translate("WorkloadPanel", "Nobody")
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Open"),
        lambda w: number(w.open),
        value=lambda w: w.open,
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Stalled"),
        lambda w: number(w.stalled),
        value=lambda w: w.stalled,
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Overdue"),
        lambda w: number(w.overdue),
        value=lambda w: w.overdue,
        right=True,
    ),
]
HELD_WORDS = {
    Held.OPEN: QT_TRANSLATE_NOOP("WorkloadPanel", "open cases"),
    Held.STALLED: QT_TRANSLATE_NOOP("WorkloadPanel", "stalled cases"),
    Held.OVERDUE: QT_TRANSLATE_NOOP("WorkloadPanel", "overdue cases"),
}


class WorkloadPanel(QGroupBox):
    """``person_chosen(user_id or -1)`` when "Show on My work" is pressed (-1: nobody's)."""

    person_chosen = Signal(int)

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("WorkloadPanel", "Workload"), parent)
        self.setObjectName("workloadPanel")
        self.host = host
        self.dialog: ReassignDialog | None = None
        self.model: RowsTableModel[Workload] = RowsTableModel(WORKLOAD_COLUMNS, self)
        self.table = RowsView(self.model, "workloadTable", self)
        self.table.stretch_column(0)
        self.table.open_requested.connect(self.on_show_clicked)
        self.which = QComboBox(self)
        self.which.setObjectName("heldWhich")
        for held in Held:
            self.which.addItem(
                QCoreApplication.translate("WorkloadPanel", HELD_WORDS[held]), held.value
            )
        self.which.setCurrentIndex(1)  # stalled: what a supervisor most often shares out
        self.reassign_button = QPushButton(
            QCoreApplication.translate("WorkloadPanel", "Rea&ssign…"), self
        )
        self.reassign_button.setObjectName("reassignHeld")
        self.reassign_button.setToolTip(
            QCoreApplication.translate(
                "WorkloadPanel", "Hand the chosen caseworker's cases to someone else"
            )
        )
        self.reassign_button.clicked.connect(self.on_reassign_clicked)
        self.show_button = QPushButton(
            QCoreApplication.translate("WorkloadPanel", "Show on My work"), self
        )
        self.show_button.setObjectName("showPerson")
        self.show_button.clicked.connect(self.on_show_clicked)
        row = QHBoxLayout()
        row.addWidget(self.reassign_button)
        row.addWidget(self.which, 1)
        caption = QLabel(
            QCoreApplication.translate(
                "WorkloadPanel",
                "Open: not final. Stalled: as the review queue counts them. Overdue: the "
                "next review date has passed. Enter shows a person's lines.",
            ),
            self,
        )
        caption.setWordWrap(True)
        caption.setStyleSheet("color: palette(dark);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(caption)
        layout.addLayout(row)
        layout.addWidget(self.show_button)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.on_selection_changed()

    def show_loads(self, loads: list[Workload]) -> None:
        chosen = self.chosen()
        keep = chosen.user_id if chosen is not None else None
        self.model.set_rows(loads)
        fit_columns(self.table)
        # The name stretches, so the last column is not left with what remains of the
        # width: its title runs longer in Russian and Ukrainian (Просроченные).
        self.table.resizeColumnToContents(len(WORKLOAD_COLUMNS) - 1)
        rows = [i for i, w in enumerate(loads) if w.user_id == keep]
        if chosen is not None and rows:
            self.table.select_row(rows[0])
        self.on_selection_changed()

    def chosen(self) -> Workload | None:
        row = self.table.current_row()
        return self.model.row_at(row) if row is not None else None

    @Slot()
    def on_selection_changed(self) -> None:
        chosen = self.chosen()
        self.reassign_button.setEnabled(chosen is not None and chosen.open > 0)
        self.show_button.setEnabled(chosen is not None)

    @Slot()
    def on_show_clicked(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.person_chosen.emit(chosen.user_id if chosen.user_id is not None else -1)

    @Slot()
    def on_reassign_clicked(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        which = Held(self.which.currentData())
        actor, today, user_id = self.host.actor, self.host.today(), chosen.user_id
        ids = QueryOp(
            self.host,
            self.host.window(),
            lambda session: held_case_ids(session, actor, user_id, which, today=today),
        ).run_now()
        if ids is None:
            return
        if not ids:
            self.host.show_status(
                QCoreApplication.translate("WorkloadPanel", "{name} has no {which}.").format(
                    name=chosen.name,
                    which=QCoreApplication.translate("WorkloadPanel", HELD_WORDS[which]),
                )
            )
            return
        about = QCoreApplication.translate(
            "WorkloadPanel", "{name}'s {which}: <b>{count}</b>, all of them to one caseworker."
        ).format(
            name=chosen.name,
            which=QCoreApplication.translate("WorkloadPanel", HELD_WORDS[which]),
            count=len(ids),
        )
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = open_reassign_dialog(
            self.host, ids, about, self.window(), current_holder_id=user_id
        )
