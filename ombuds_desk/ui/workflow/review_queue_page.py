"""The "Review queue" page: stalled cases, longest first, for a supervisor to work through.

A supervisor sees the queue (stalled cases not deferred by a review) and may show the
deferred ones too; filters by caseworker, category, status, reason, age and review state
(each choice with its count) and a click on a column header narrow and sort it, and are
remembered. Review… opens the review dialog for one case, or the same decision for every
selected case; Enter opens the case. A caseworker sees "my cases needing action" instead,
read-only except Open. The model asks the database for the counts and the ids in order, off
the GUI thread, and fetches the rows a page at a time (51,717 stalled cases of 100,000 are
51,717 ints); nothing here decides what is stalled. The page reads when it is shown, and
again while shown when a change it displays arrives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.collation import sort_key
from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.status_rules import StalledRule
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.services.core.phrases import counted
from ombuds_desk.services.core.users import list_users
from ombuds_desk.services.workflow.queue_filters import QueueFacets, QueueSort
from ombuds_desk.services.workflow.review_queue import StalledCase
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.formatting import number
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import LoadingBadge, QueryOp
from ombuds_desk.ui.common.tables import RowsView
from ombuds_desk.ui.workflow.plurals import ReviewQueuePagePlurals
from ombuds_desk.ui.workflow.queue_filter_bar import QueueFilterBar
from ombuds_desk.ui.workflow.workflow_tables import REASON_WIDEST, QueueModel

if TYPE_CHECKING:
    from ombuds_desk.ui.workflow.bulk_review_dialog import BulkReviewDialog
    from ombuds_desk.ui.workflow.review_dialog import ReviewDialog

# What the queue shows: the cases (names, caseworkers), their statuses and blocks, reviews,
# the stalled threshold (a setting) and the staff's names.
SHOWN = Change.CASES | Change.STATUS | Change.REVIEWS | Change.SETTINGS | Change.STAFF
HEADER_STYLE = "font-size: 15pt; font-weight: bold; padding: 2px 0;"
REVIEW_KEYS = "Ctrl+Shift+R"


def _keys() -> str:
    """The review's shortcut as the reader's keyboard names it (Ctrl+Shift+R)."""
    return QKeySequence(REVIEW_KEYS).toString(QKeySequence.SequenceFormat.NativeText)


SORT_KEY = "reviewQueue/sort"
DESCENDING_KEY = "reviewQueue/descending"


class ReviewQueuePage(QWidget):
    """Reads when shown, and after a change it displays while it is shown."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewQueuePage")
        self.host = host
        self.supervising = host.actor.role.rank >= Role.SUPERVISOR.rank
        self.dialog: ReviewDialog | BulkReviewDialog | None = None

        self.counts = QLabel(self)
        self.counts.setObjectName("queueCounts")
        self.counts.setStyleSheet(HEADER_STYLE)
        self.counts.setWordWrap(True)  # long in Russian and Ukrainian, and at 200 %
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.show_deferred = QCheckBox(
            QCoreApplication.translate("ReviewQueuePage", "Show reviewed (&deferred) cases too"),
            self,
        )
        self.show_deferred.setObjectName("showDeferred")
        self.show_deferred.setVisible(self.supervising)
        self.show_deferred.toggled.connect(self.on_filter_changed)
        self.filters = QueueFilterBar(choose_caseworker=self.supervising, parent=self)
        self.filters.restore(host.settings())
        self.filters.changed.connect(self.on_filter_changed)

        self.model = QueueModel(host, self)
        # Shown again with the same cases: their rows renewed in place, no reset (nothing
        # measured again, the row chosen kept; _show_loaded updates the buttons).
        self.model.renew_in_place = True
        self._keep: int | None = None  # the case selected when the read was asked for
        self.model.head_shown.connect(self._show_head)
        self._restore_sort(host.settings())
        self.table = RowsView(self.model, "queueTable", self, multi=self.supervising)
        for column, width in enumerate((125, 230, 70, 130, REASON_WIDEST, 90, 145, 190, 90)):
            self.table.setColumnWidth(column, width)
        _sort, descending = self.model.sorted_by
        self.table.horizontalHeader().setSortIndicator(
            self.model.sort_column(),
            Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
        )
        self.table.setSortingEnabled(True)  # the model sorts in SQL, then reads
        self.table.horizontalHeader().sortIndicatorChanged.connect(self.on_sort_changed)
        self.table.open_requested.connect(self.on_open_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.review_button = QPushButton(
            QCoreApplication.translate("ReviewQueuePage", "&Review…"), self
        )
        self.review_button.setObjectName("review")
        self.review_button.setToolTip(
            QCoreApplication.translate(
                "ReviewQueuePage", "Record a decision on the selected case ({keys})"
            ).format(keys=_keys())
        )
        self.review_button.setVisible(self.supervising)
        self.review_button.clicked.connect(self.on_review_clicked)
        self.review_action = QAction(
            QCoreApplication.translate("ReviewQueuePage", "Review the selected case"), self
        )
        self.review_action.setShortcut(QKeySequence(REVIEW_KEYS))
        self.review_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.review_action.triggered.connect(self.on_review_clicked)
        if self.supervising:
            self.addAction(self.review_action)
        self.open_button = QPushButton(
            QCoreApplication.translate("ReviewQueuePage", "&Open case"), self
        )
        self.open_button.setObjectName("openCase")
        self.open_button.setToolTip(
            QCoreApplication.translate("ReviewQueuePage", "Show the case on the Cases page (Enter)")
        )
        self.open_button.clicked.connect(self.on_open_clicked)

        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(self.show_deferred)
        self.filter_line = QHBoxLayout()
        self.filter_line.addWidget(self.filters, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.open_button)
        keys = QLabel(
            QCoreApplication.translate(
                "ReviewQueuePage", "Enter opens the case · {keys} reviews it"
            ).format(keys=_keys())
            if self.supervising
            else QCoreApplication.translate("ReviewQueuePage", "Enter opens the case"),
            self,
        )
        keys.setStyleSheet("color: #606060;")
        keys.setWordWrap(True)  # at 200 % the hint wraps rather than widen the window
        buttons.addSpacing(8)
        buttons.addWidget(keys, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(self.explain)
        layout.addLayout(self.filter_line)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.loading = LoadingBadge(self.model.loader, self)
        host.signals.changed.connect(self.on_changed)
        self._update_buttons()

    # -- reading -------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Read the queue and the counts beside the filters again (off the GUI thread)."""
        self.model.recount = True
        self._read()

    def _read(self) -> None:
        """Read the queue as filtered and sorted, keeping the selected case (or the row it
        was on) once the rows are back."""
        keep_row = self.table.current_row()
        keep = self.model.id_at(keep_row) if keep_row is not None else None
        self._keep = keep
        if self.supervising:
            chosen = self.filters.current(queue_only=not self.show_deferred.isChecked())
            self.model.show(queue_only=not self.show_deferred.isChecked(), filt=chosen)
        else:  # my cases needing action: mine, not deferred by a review
            chosen = self.filters.current(queue_only=True)
            self.model.show(queue_only=True, assigned_to_id=self.host.actor.id, filt=chosen)
        self.model.after_load(lambda: self._show_loaded(keep, keep_row))

    @Slot()
    def _show_head(self) -> None:
        """The first page, before the counts and the rest: the case kept if it is on it."""
        row = self.model.row_of(self._keep) if self._keep is not None else None
        self.table.select_row(row if row is not None else 0)
        self._update_buttons()

    def _show_loaded(self, keep: int | None, keep_row: int | None) -> None:
        counts = self.model.counts
        self.filters.show_facets(self.model.facets, self.model.staff)
        self._show_counts(counts.queued, counts.deferred, self.model.threshold)
        kept = self.model.extended or self.model.unchanged
        if not (kept and self.table.current_row() is not None):
            # (After a first page, or the same cases read again, the rows shown stay, and so
            # does the row chosen on them.)
            row = self.model.row_of(keep) if keep is not None else None
            self.table.select_row(row if row is not None else keep_row or 0)
        self._update_buttons()
        if self.model.facets_due:
            QueryOp(self.host, self, self.model.facets_query()).on_success(
                lambda found: self._show_facets(*found)
            ).run()

    def _show_facets(self, facets: QueueFacets, staff: tuple[tuple[int, str], ...]) -> None:
        self.model.set_facets(facets, staff)
        self.filters.show_facets(facets, staff)

    def case_ids(self) -> list[int]:
        """The person ids of the rows shown, in order."""
        return self.model.ids()

    def _show_counts(self, queued: int, deferred: int, threshold: StalledRule) -> None:
        shown = self.model.rowCount()
        whole = queued + (deferred if not self.model.queue_only else 0)
        filtered = self.filters.is_filtered()
        if self.supervising:
            if filtered:  # "312 of 1,338 cases in the queue"
                text = (
                    ReviewQueuePagePlurals.tr("{shown} of %n cases in the queue", "", whole)
                    if self.model.queue_only
                    else ReviewQueuePagePlurals.tr("{shown} of %n cases stalled", "", whole)
                ).format(shown=number(shown))
            else:
                text = counted(
                    ReviewQueuePagePlurals.tr("%n stalled cases in the queue", "", queued),
                    queued,
                    "%n stalled cases in the queue",
                    "%n stalled case in the queue",
                )
            text += " · " + (ReviewQueuePagePlurals.tr("%n deferred by review", "", deferred))
            self.explain.setText(
                QCoreApplication.translate(
                    "ReviewQueuePage",
                    "Stalled: not final, and blocked or unchanged for longer than its status "
                    "allows ({thresholds}). A reviewed case leaves the queue until its next "
                    "review.",
                ).format(thresholds=threshold.describe())
            )
        else:
            text = QCoreApplication.translate(
                "ReviewQueuePage", "My cases needing action: {count}"
            ).format(
                count=QCoreApplication.translate("ReviewQueuePage", "{shown} of {whole}").format(
                    shown=number(shown), whole=number(whole)
                )
                if filtered
                else number(queued)
            )
            self.explain.setText(
                QCoreApplication.translate(
                    "ReviewQueuePage",
                    "Your stalled cases (blocked, or unchanged for longer than the office allows: "
                    "{thresholds}) that no review has deferred. Move them on, or ask your "
                    "supervisor.",
                ).format(thresholds=threshold.describe())
            )
        self.counts.setText(text)

    def selected_case(self) -> StalledCase | None:
        row = self.table.current_row()
        return self.model.row_at(row) if row is not None else None

    def selected_ids(self) -> list[int]:
        """The person ids of the selected rows, in the queue's order."""
        ids = (self.model.id_at(row) for row in self.table.selected_rows())
        return [i for i in ids if i is not None]

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.selected_case() is not None
        many = len(self.table.selected_rows())
        self.open_button.setEnabled(chosen)
        self.review_button.setEnabled(chosen and self.supervising)
        self.review_button.setText(
            ReviewQueuePagePlurals.tr("&Review %n cases…", "", many)
            if many > 1
            else QCoreApplication.translate("ReviewQueuePage", "&Review…")
        )

    # -- filtering and sorting -------------------------------------------------------------

    @Slot()
    def on_filter_changed(self) -> None:
        self.filters.save(self.host.settings())
        self._read()  # the counts beside the choices stay: they are the whole queue's

    @Slot(int, Qt.SortOrder)
    def on_sort_changed(self, _column: int, _order: Qt.SortOrder) -> None:
        # The model has sorted (and is reading); remember the choice for the next session.
        sort, descending = self.model.sorted_by
        settings = self.host.settings()
        settings.setValue(SORT_KEY, sort.value)
        settings.setValue(DESCENDING_KEY, "yes" if descending else "no")

    def _restore_sort(self, settings: QSettings) -> None:
        value = settings.value(SORT_KEY, QueueSort.DAYS.value)
        try:
            sort = QueueSort(str(value))
        except ValueError:
            sort = QueueSort.DAYS
        self.model.set_sort(sort, settings.value(DESCENDING_KEY, "yes") != "no")

    # -- acting --------------------------------------------------------------

    @Slot(object)
    def on_changed(self, change: Change) -> None:
        if change & SHOWN and self.host.is_shown(self):
            self.refresh()

    @Slot()
    def on_open_clicked(self) -> None:
        case = self.selected_case()
        if case is not None:
            self.host.open_case(case.person_id)

    @Slot()
    def on_review_clicked(self) -> None:
        from ombuds_desk.ui.workflow.review_dialog import ReviewDialog

        case = self.selected_case()
        if case is None or not self.supervising:
            return
        if len(self.table.selected_rows()) > 1:
            self.review_many(self.selected_ids())
            return
        # The dialog needs who may take the case and the threshold before it can open.
        found = QueryOp(
            self.host,
            self.host.window(),
            lambda session: (_staff(list_users(session)), stalled_after_days(session)),
        ).run_now()
        if found is None:
            return
        staff, threshold = found
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = ReviewDialog(self.host, case, staff, threshold, self.host.window())
        self.dialog.accepted.connect(self.on_review_saved)
        self.dialog.open()

    def review_many(self, ids: list[int]) -> BulkReviewDialog:
        """The same decision for every case of ``ids``."""
        from ombuds_desk.ui.workflow.bulk_review_dialog import BulkReviewDialog

        if self.dialog is not None:
            self.dialog.deleteLater()
        dialog = BulkReviewDialog(self.host, ids, self.host.window())
        self.dialog = dialog
        dialog.accepted.connect(self.on_review_saved)
        dialog.open()
        return dialog

    @Slot()
    def on_review_saved(self) -> None:
        # The change notification has already asked every view (this page too) to read again.
        self.table.setFocus()


def _staff(users: list[User]) -> list[User]:
    """Who can hold a case: caseworkers first, then supervisors, each by name."""
    holders = [u for u in users if u.role in (Role.CASEWORKER, Role.SUPERVISOR)]
    return sorted(holders, key=lambda u: (u.role.rank, sort_key(u.full_name)))
