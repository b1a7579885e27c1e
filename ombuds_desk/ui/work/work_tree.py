"""The tree of the My work page: a list per kind of line, under each person for a team; how
the lines are laid out (in steps, yielding after each line) and which line an item is.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.services.work.my_work import Place, Work, WorkKind, WorkLine
from ombuds_desk.ui.common.formatting import number

# A list longer than this starts folded, so the short ones above and below stay in view.
FOLDED_OVER = 12
LINE = Qt.ItemDataRole.UserRole
# Where each kind of line is acted on, as the button and the tooltip say it.
PLACE_WORDS = {
    Place.CASE: QT_TRANSLATE_NOOP("MyWorkPage", "Opens the case"),
    Place.SHIPMENTS: QT_TRANSLATE_NOOP("MyWorkPage", "Opens the Shipments page"),
}
# A person's lines at a glance, on their row of the team's list.
SHORT = {
    WorkKind.ESCALATED: QT_TRANSLATE_NOOP("MyWorkPage", "escalated"),
    WorkKind.REASSIGNED: QT_TRANSLATE_NOOP("MyWorkPage", "reassigned"),
    WorkKind.REVIEW_DUE: QT_TRANSLATE_NOOP("MyWorkPage", "review due"),
    WorkKind.NO_NEWS: QT_TRANSLATE_NOOP("MyWorkPage", "no news"),
    WorkKind.TO_PACK: QT_TRANSLATE_NOOP("MyWorkPage", "to pack"),
    WorkKind.TO_SEAL: QT_TRANSLATE_NOOP("MyWorkPage", "to seal"),
    WorkKind.TO_HAND_OVER: QT_TRANSLATE_NOOP("MyWorkPage", "to hand over"),
    WorkKind.NO_ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP("MyWorkPage", "unacknowledged"),
}


class WorkTree(QTreeWidget):
    """The lines laid out (``lines``: the line of each item, by ``LINE`` data); which lists
    the user folded or unfolded is remembered while the page lives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workTree")
        self.setColumnCount(3)
        self.setHeaderLabels(
            [
                QCoreApplication.translate("MyWorkPage", "Case"),
                QCoreApplication.translate("MyWorkPage", "Name"),
                QCoreApplication.translate("MyWorkPage", "What needs doing"),
            ]
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.lines: list[WorkLine] = []
        self._folded: dict[tuple[int | None, WorkKind | None], bool] = {}
        self.itemExpanded.connect(lambda item: self._remember(item, folded=False))
        self.itemCollapsed.connect(lambda item: self._remember(item, folded=True))

    def clear_lines(self) -> None:
        """No line laid out (the folds the user chose are kept)."""
        self.clear()
        self.lines = []

    def fit_columns(self) -> None:
        self.resizeColumnToContents(0)
        self.setColumnWidth(1, min(max(self.sizeHintForColumn(1), 120), 280))

    @staticmethod
    def owner_name(work: Work, owner: int | None) -> str:
        return (
            QCoreApplication.translate("MyWorkPage", "Cases nobody holds")
            if owner is None
            else work.names.get(owner, f"#{owner}")
        )

    def add_person(
        self,
        work: Work,
        owner: int | None,
        by_kind: dict[WorkKind, list[WorkLine]],
        me: int,
    ) -> Iterator[None]:
        item = QTreeWidgetItem(self)
        item.setText(
            0, f"{self.owner_name(work, owner)} ({number(sum(map(len, by_kind.values())))})"
        )
        item.setFirstColumnSpanned(False)
        counts = {kind: len(by_kind.get(kind, ())) for kind in WorkKind}
        glance = " · ".join(
            f"{QCoreApplication.translate('MyWorkPage', SHORT[k])} {number(n)}"
            for k, n in counts.items()
            if n
        )
        item.setText(2, glance)
        item.setToolTip(2, glance)  # whole when the column is narrower than the counts
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setData(0, LINE, ("person", owner))
        yield from self.add_sections(item, by_kind, owner=owner, me=me)
        item.setExpanded(not self._folded.get((owner, None), owner != me))

    def add_sections(
        self,
        parent: QTreeWidgetItem | None,
        by_kind: dict[WorkKind, list[WorkLine]],
        owner: int | None,
        me: int,
    ) -> Iterator[None]:
        places = {
            place: QCoreApplication.translate("MyWorkPage", "{action} (Enter)").format(
                action=QCoreApplication.translate("MyWorkPage", words)
            )
            for place, words in PLACE_WORDS.items()
        }
        for kind in WorkKind:
            found = by_kind.get(kind)
            if not found:
                continue
            section = QTreeWidgetItem() if parent is not None else QTreeWidgetItem(self)
            if parent is not None:
                parent.addChild(section)
            title = kind.heading if owner == me else kind.heading_of_others
            section.setText(0, f"{title} ({number(len(found))})")
            section.setFirstColumnSpanned(True)
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
            section.setData(0, LINE, ("section", owner, kind))
            for line in found:
                child = QTreeWidgetItem(section)
                child.setText(0, line.case_number)
                child.setText(1, line.name)
                what = line.said_to(owner == me)
                child.setText(2, what)
                child.setToolTip(2, f"{what}\n{places[line.place]}")
                child.setData(0, LINE, ("line", len(self.lines)))
                self.lines.append(line)
                yield
            folded = self._folded.get((owner, kind), len(found) > FOLDED_OVER)
            section.setExpanded(not folded)

    def _remember(self, item: QTreeWidgetItem, *, folded: bool) -> None:
        data = item.data(0, LINE)
        if isinstance(data, tuple) and data[0] == "section":
            self._folded[(data[1], data[2])] = folded
        elif isinstance(data, tuple) and data[0] == "person":
            self._folded[(data[1], None)] = folded

    def line_of(self, item: QTreeWidgetItem | None) -> WorkLine | None:
        data = item.data(0, LINE) if item is not None else None
        if isinstance(data, tuple) and data[0] == "line":
            return self.lines[data[1]]
        return None

    def selected_lines(self) -> list[WorkLine]:
        found = (self.line_of(item) for item in self.selectedItems())
        return [line for line in found if line is not None]
