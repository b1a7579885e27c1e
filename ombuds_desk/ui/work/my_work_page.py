"""The "My work" page: what needs the signed-in member of staff today, list by list, each
line opening the place to act; for a supervisor also the whole team's, grouped by person,
and the team's workloads (``workload_panel.py``).

The lines come from ``services/work/my_work.py`` (SQL, off the GUI thread: ``work_read.py``,
in a worker process where the register can be opened there: ``work_in_process.py``);
the page only lays them out in its tree (``work_tree.py``), in steps
(``TaskRunner.run_steps``): a supervisor's team can have tens of thousands of lines, and the
window keeps answering while they are laid out. Its tab says how many lines need the
signed-in user ("My work (7)"); it reads again whenever a change to what it lists arrives,
shown or not, so that count stays true.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.services.core.permissions import Action, allowed
from ombuds_desk.services.core.phrases import Plural
from ombuds_desk.services.work.my_work import (
    Place,
    WorkKind,
    WorkLine,
)
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.formatting import number
from ombuds_desk.ui.common.gui_collector import frozen_as_laid_out
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import Loader, LoadingBadge
from ombuds_desk.ui.common.tasks import Steps
from ombuds_desk.ui.work.feature import tab_title
from ombuds_desk.ui.work.work_in_process import Found, work_query, worker_language
from ombuds_desk.ui.work.work_read import WorkRead
from ombuds_desk.ui.work.work_tree import PLACE_WORDS, WorkTree
from ombuds_desk.ui.work.workload_panel import WorkloadPanel

# What the lists are made of: cases and their caseworkers, statuses, reviews, the mail, the
# thresholds (settings) and the staff.
SHOWN = (
    Change.CASES
    | Change.STATUS
    | Change.REVIEWS
    | Change.ITEMS
    | Change.PARCELS
    | Change.SHIPMENTS
    | Change.SETTINGS
    | Change.STAFF
)

if TYPE_CHECKING:
    from ombuds_desk.ui.common.reassign_dialog import ReassignDialog
MINE, TEAM = 0, 1
PAGE_NAMES = {Place.SHIPMENTS: "shipmentsPage"}


class MyWorkPagePlurals(Plural):
    """Counted words of the My work page (``MyWorkPagePlurals.tr("%n …", "", n)``)."""


class MyWorkPage(QWidget):
    """``count_changed(n)``: the signed-in user's lines, once read."""

    count_changed = Signal(int)

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myWorkPage")
        self.host = host
        self.supervising = allowed(host.actor.role, Action.VIEW_TEAM_WORK)
        self.read: WorkRead | None = None
        # The digest of ``read`` as a worker process pickled it (None: read on a thread).
        self.read_digest: str | None = None
        self.reads = 0  # reads asked for: an older one still running is cancelled
        self.only: int | None = None  # the team narrowed to one person (-1: nobody's)
        self.dialog: ReassignDialog | None = None
        self.filling: Steps | None = None  # the lines being laid out, in steps
        # What the tree holds, laid out to its end: the read, the person narrowed to, the
        # scope and the day. The same again is not laid out again (a team's tens of thousands
        # of lines: clearing the tree alone froze the window for a second).
        self.laid_out: tuple[WorkRead, tuple[int | None, bool, date]] | None = None

        self.title = QLabel(self)
        self.title.setObjectName("workTitle")
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.scope = QComboBox(self)
        self.scope.setObjectName("workScope")
        self.scope.addItem(QCoreApplication.translate("MyWorkPage", "My own work"), MINE)
        self.scope.addItem(
            QCoreApplication.translate("MyWorkPage", "The whole team, by person"), TEAM
        )
        self.scope.setVisible(self.supervising)
        if self.supervising:
            self.scope.setCurrentIndex(TEAM)
        self.scope.currentIndexChanged.connect(self.on_scope_changed)
        self.everyone_button = QPushButton(
            QCoreApplication.translate("MyWorkPage", "Show &everyone"), self
        )
        self.everyone_button.setObjectName("showEveryone")
        self.everyone_button.clicked.connect(self.on_scope_changed)
        self.everyone_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.everyone_button)
        top.addWidget(self.scope)

        self.tree = WorkTree(self)
        self.tree.itemActivated.connect(self.on_item_activated)
        self.tree.itemSelectionChanged.connect(self.on_selection_changed)
        self.empty = QLabel(self)
        self.empty.setObjectName("workEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(dark); font-size: 12pt;")
        self.empty.hide()

        self.open_button = QPushButton(QCoreApplication.translate("MyWorkPage", "&Open"), self)
        self.open_button.setObjectName("openLine")
        self.open_button.clicked.connect(self.on_open_clicked)
        self.reassign_button = QPushButton(
            QCoreApplication.translate("MyWorkPage", "&Reassign…"), self
        )
        self.reassign_button.setObjectName("reassignLines")
        self.reassign_button.setToolTip(
            QCoreApplication.translate(
                "MyWorkPage", "Hand the cases of the lines selected to someone else"
            )
        )
        self.reassign_button.clicked.connect(self.on_reassign_clicked)
        self.reassign_button.setVisible(allowed(host.actor.role, Action.ASSIGN_CASE))
        self.hint = QLabel(self)
        self.hint.setObjectName("workHint")
        self.hint.setStyleSheet("color: palette(dark);")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.reassign_button)
        buttons.addWidget(self.hint, 1)

        lists = QWidget(self)
        left = QVBoxLayout(lists)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.tree, 1)
        left.addWidget(self.empty, 1)
        left.addLayout(buttons)
        self.workload: WorkloadPanel | None = None
        body = QSplitter(self)
        body.setObjectName("workSplitter")
        body.addWidget(lists)
        if self.supervising:
            self.workload = WorkloadPanel(host, body)
            self.workload.person_chosen.connect(self.on_person_chosen)
            body.addWidget(self.workload)
            body.setStretchFactor(0, 3)
            body.setStretchFactor(1, 1)
            # Room for the workload's headers in the longer languages (Просроченные).
            body.setSizes([800, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(top)
        layout.addWidget(body, 1)

        shortcut = QShortcut(QKeySequence("Ctrl+Shift+A"), self.tree)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.tree.expandAll)
        self.loader = Loader(host, self, self)
        self.loading = LoadingBadge(self.loader, self)
        host.signals.changed.connect(self.on_changed)
        self.on_selection_changed()
        self.refresh()

    @property
    def lines(self) -> list[WorkLine]:
        """The lines laid out, in the tree's order."""
        return self.tree.lines

    # -- reading -------------------------------------------------------------------------

    def team_shown(self) -> bool:
        return self.supervising and self.scope.currentData() == TEAM

    @Slot(object)
    def on_changed(self, change: Change) -> None:
        if change & SHOWN:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the lists again off the GUI thread; the lines shown stay until then."""
        self.reads += 1
        mine = self.reads
        query = work_query(
            self.host.db,
            self.host.actor,
            self.host.today(),
            self.team_shown(),
            worker_language(),
            (self.read, self.read_digest),
            lambda: self.reads != mine,
        )
        self.loader.load(query, self._show_read)

    def _show_read(self, found: Found) -> None:
        read, self.read_digest = found
        self.show_work(read)

    def show_work(self, read: WorkRead) -> None:
        self.read = read
        count = read.own.count
        self._set_tab_title(tab_title(count))
        self.count_changed.emit(count)
        if self.workload is not None and read.loads is not None:
            self.workload.show_loads(read.loads)
        self._fill(read)

    def _set_tab_title(self, title: str) -> None:
        """The page's tab (the window's tabs hold it in their stack)."""
        holder = self.parentWidget()
        while holder is not None and not isinstance(holder, QTabWidget):
            holder = holder.parentWidget()
        if holder is not None:
            holder.setTabText(holder.indexOf(self), title)

    # -- laying the lines out --------------------------------------------------------------

    def _fill(self, read: WorkRead) -> None:
        if (
            self.laid_out is not None
            and self.laid_out[0] is read
            and self.laid_out[1] == (self._shown_as())
        ):
            return  # the same lines, laid out to the end: the tree stays (folds, selection)
        if self.filling is not None:
            self.filling.cancel()  # lines of an older read, not laid out to the end
        self.laid_out = None
        self.tree.clear_lines()
        self.filling = self.host.tasks.run_steps(self._lay_out(read), self)

    def _lay_out(self, read: WorkRead) -> Iterator[None]:
        """The title and the tree, yielding after each line (``run_steps`` slices it)."""
        today = self.host.today().strftime("%d.%m.%Y")
        work = read.team if self.team_shown() and read.team is not None else read.own
        by_owner = read.team_lines if work is read.team and read.team_lines is not None else {}
        me = self._me()
        owners: list[int | None] = []
        if work is read.own:
            count = read.own.count
            laid = len(read.own.lines)
            self.title.setText(
                QCoreApplication.translate("MyWorkPage", "Nothing needs you today, {date}").format(
                    date=today
                )
                if not count
                else QCoreApplication.translate(
                    "MyWorkPage", "What needs you today, {date}: {count}"
                ).format(date=today, count=number(count))
            )
        else:
            # The signed-in supervisor's own lines first, then everyone by name.
            owners = sorted(work.owners(), key=lambda o: o != me)
            if self.only is not None:
                wanted = None if self.only == -1 else self.only
                owners = [o for o in owners if o == wanted]
            total = laid = sum(len(k) for o in owners for k in by_owner.get(o, {}).values())
            title = (
                QCoreApplication.translate(
                    "MyWorkPage", "What needs {name} today, {date}: {count}"
                ).format(
                    name=self.tree.owner_name(work, owners[0]), date=today, count=number(total)
                )
                if self.only is not None and owners
                else QCoreApplication.translate(
                    "MyWorkPage", "What needs the team today, {date}: {count}"
                ).format(date=today, count=number(total))
            )
            self.title.setText(title)
        # Shown or not decided before the lines are laid out, so the first slice shows.
        self.everyone_button.setVisible(self.only is not None and self.team_shown())
        shown = bool(read.own.lines) if work is read.own else bool(owners)
        self.tree.setVisible(shown)
        self.empty.setVisible(not shown)
        self.empty.setText(
            QCoreApplication.translate(
                "MyWorkPage",
                "Nothing needs you today: no case escalated or reassigned to you, no review "
                "due, no captive without news, no item or parcel waiting.",
            )
        )

        def lines() -> Iterator[None]:
            if work is read.own:
                own: dict[WorkKind, list[WorkLine]] = {}
                for line in read.own.lines:
                    own.setdefault(line.kind, []).append(line)
                yield from self.tree.add_sections(None, own, owner=me, me=me)
            for owner in owners:
                yield from self.tree.add_person(work, owner, by_owner.get(owner, {}), me)

        # A team's 45,000 lines and their tree items stay until the next read: frozen as they
        # are laid out, so that no full collection walks them (170 ms of the GUI thread).
        yield from frozen_as_laid_out(lines(), laid)
        self.tree.fit_columns()
        self.on_selection_changed()
        self.laid_out = (read, self._shown_as())

    def _shown_as(self) -> tuple[int | None, bool, date]:
        """How the lines are laid out: the person narrowed to, the scope, the day."""
        return self.only, self.team_shown(), self.host.today()

    def _me(self) -> int:
        return int(self.host.actor.id or 0)

    def open_line(self, line: WorkLine) -> None:
        """The place to act: the case, or the page the line names."""
        page_name = PAGE_NAMES.get(line.place)
        if page_name is not None:
            page = self.host.window().findChild(QWidget, page_name)
            if page is not None:
                self.host.show_page(page)
                return
        if line.person_id is not None:
            self.host.open_case(line.person_id)

    @Slot(QTreeWidgetItem, int)
    def on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        line = self.tree.line_of(item)
        if line is not None:
            self.open_line(line)
        else:
            item.setExpanded(not item.isExpanded())

    @Slot()
    def on_open_clicked(self) -> None:
        line = self.tree.line_of(self.tree.currentItem())
        if line is not None:
            self.open_line(line)

    @Slot()
    def on_selection_changed(self) -> None:
        current = self.tree.line_of(self.tree.currentItem())
        self.open_button.setEnabled(current is not None)
        cases = {
            line.person_id for line in self.tree.selected_lines() if line.person_id is not None
        }
        self.reassign_button.setEnabled(bool(cases))
        self.reassign_button.setText(
            MyWorkPagePlurals.tr("&Reassign %n cases…", "", len(cases))
            if len(cases) > 1
            else QCoreApplication.translate("MyWorkPage", "&Reassign…")
        )
        self.hint.setText(
            QCoreApplication.translate("MyWorkPage", PLACE_WORDS[current.place])
            + QCoreApplication.translate("MyWorkPage", " (Enter or double click)")
            if current is not None
            else QCoreApplication.translate(
                "MyWorkPage", "Enter opens a line; Ctrl+Shift+A unfolds every list"
            )
        )

    @Slot()
    def on_reassign_clicked(self) -> None:
        from ombuds_desk.ui.common.reassign_dialog import open_reassign_dialog

        ids = list(
            dict.fromkeys(
                x.person_id for x in self.tree.selected_lines() if x.person_id is not None
            )
        )
        if not ids:
            return
        about = (
            QCoreApplication.translate("MyWorkPage", "Case {number}.").format(
                number=self.tree.selected_lines()[0].case_number
            )
            if len(ids) == 1
            else MyWorkPagePlurals.tr(
                "<b>%n</b> cases, all of them to one caseworker.", "", len(ids)
            )
        )
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = open_reassign_dialog(self.host, ids, about, self.window())

    @Slot()
    def on_scope_changed(self) -> None:
        self.only = None
        self.refresh()

    @Slot(int)
    def on_person_chosen(self, user_id: int) -> None:
        self.only = user_id
        if self.scope.currentData() != TEAM:
            self.scope.blockSignals(True)
            self.scope.setCurrentIndex(TEAM)
            self.scope.blockSignals(False)
            self.refresh()
        elif self.read is not None:
            self._fill(self.read)
        self.tree.expandToDepth(0)
