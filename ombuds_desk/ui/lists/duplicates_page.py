"""The "Possible duplicates" page: pairs of cases that may be one person, to open or merge.

``duplicates.possible_duplicate_pairs`` reads the whole register (seconds on 100,000 cases),
so it runs in a :class:`BackgroundJob` with progress and Cancel (a read the user may stop,
which a page's ``Loader`` cannot offer): when the page is first shown, on **Search again**,
and when shown after cases changed (``Change.CASES``: added, edited, merged); in a worker
process when the register can be opened there (``duplicate_search.py``: pure Python for
seconds, which on a thread held the window's interpreter lock). Above the table, the page
says that it is searching (the table is empty until then, or holds the last search's pairs),
then how many pairs it found, or that the search was cancelled or failed. A supervisor
merges a pair with :class:`MergeDialog`; others see why **Merge…** is not for them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlmodel import Session

from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.services.core.reading import read
from ombuds_desk.services.lists.duplicates import (
    STRONG_SCORE,
    DuplicateCandidate,
    DuplicatePair,
    possible_duplicate_pairs,
    reason_text,
)
from ombuds_desk.ui.common.background_job import BackgroundJob, IsCancelled, Progress, cancellable
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.columns import Column
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.palette import DARK_TEXT, STALLED_BACKGROUND
from ombuds_desk.ui.common.rows_model import RowsTableModel
from ombuds_desk.ui.common.tables import RowsView
from ombuds_desk.ui.lists.merge_dialog import MergeDialog, read_pair
from ombuds_desk.ui.lists.plurals import DuplicatesPagePlurals

LIMIT = 200
QUICK_MS = 400


def _born(candidate: DuplicateCandidate) -> str:
    return str(candidate.birth_year) if candidate.birth_year is not None else ""


def strength(pair: DuplicatePair) -> str:
    """ "Strong" or "Weak": said in words, not only by the row's colour."""
    return (
        QCoreApplication.translate("DuplicatesPage", "Strong")
        if pair.strong
        else QCoreApplication.translate("DuplicatesPage", "Weak")
    )


PAIR_COLUMNS: list[Column[DuplicatePair]] = [
    Column(QT_TRANSLATE_NOOP("DuplicatesPage", "Match"), strength, value=lambda p: p.score),
    Column(
        QT_TRANSLATE_NOOP("DuplicatesPage", "Score"),
        lambda p: f"{round(p.score)}",
        value=lambda p: p.score,
        right=True,
    ),
    Column(QT_TRANSLATE_NOOP("DuplicatesPage", "Case"), lambda p: p.first.case_number),
    Column(QT_TRANSLATE_NOOP("DuplicatesPage", "Name"), lambda p: p.first.name),
    Column(
        QT_TRANSLATE_NOOP("DuplicatesPage", "Born"),
        lambda p: _born(p.first),
        value=lambda p: p.first.birth_year,
        right=True,
    ),
    Column(QT_TRANSLATE_NOOP("DuplicatesPage", "Case"), lambda p: p.second.case_number),
    Column(QT_TRANSLATE_NOOP("DuplicatesPage", "Name"), lambda p: p.second.name),
    Column(
        QT_TRANSLATE_NOOP("DuplicatesPage", "Born"),
        lambda p: _born(p.second),
        value=lambda p: p.second.birth_year,
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("DuplicatesPage", "Why"), lambda p: "; ".join(map(reason_text, p.reasons))
    ),
]
FIRST_RIGHT_COLUMN = 5  # where the right-hand case's columns begin


class PairsModel(RowsTableModel[DuplicatePair]):
    """The pairs, strongest first; a strong match's row tinted (its words say it too)."""

    CONTEXT = "DuplicatesPage"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(PAIR_COLUMNS, parent)

    def background(self, row: DuplicatePair) -> QColor | None:
        return STALLED_BACKGROUND if row.strong else None

    def foreground(self, row: DuplicatePair) -> QColor | None:
        return DARK_TEXT if row.strong else None  # readable on the tint in a dark palette


def explanation() -> str:
    """What the page lists, said before the first search's pairs are there."""
    return QCoreApplication.translate(
        "DuplicatesPage",
        "Cases that may be one person: a similar name in any spelling "
        "and the same birth year, or the same service number. A strong match "
        "(score {score} or more) is all but certainly one person; a weak one needs a look.",
    ).format(score=STRONG_SCORE)


class DuplicatesPage(QWidget):
    """The pairs, best first; ``job`` is the search running, if any; ``stale`` says the
    register changed since the pairs were found."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setObjectName("duplicatesPage")
        self.pairs: list[DuplicatePair] = []
        self.job: BackgroundJob | None = None
        self.stale = True
        self.merge_dialog: MergeDialog | None = None
        self.model = PairsModel(self)
        self.view = RowsView(self.model, "pairs", self)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.search_button = QPushButton(
            QCoreApplication.translate("DuplicatesPage", "&Search again"), self
        )
        self.open_first = QPushButton(
            QCoreApplication.translate("DuplicatesPage", "Open &left case"), self
        )
        self.open_second = QPushButton(
            QCoreApplication.translate("DuplicatesPage", "Open &right case"), self
        )
        self.merge_button = QPushButton(
            QCoreApplication.translate("DuplicatesPage", "&Merge…"), self
        )
        self.merge_button.setObjectName("merge")
        self.supervisor = host.actor.role.rank >= Role.SUPERVISOR.rank
        if not self.supervisor:
            self.merge_button.setToolTip(
                QCoreApplication.translate("DuplicatesPage", "Only a supervisor can merge cases.")
            )
        buttons = QHBoxLayout()
        for button in (self.search_button, self.open_first, self.open_second, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.search_button.clicked.connect(self.search)
        self.open_first.clicked.connect(lambda: self.open_pair_case(first=True))
        self.open_second.clicked.connect(lambda: self.open_pair_case(first=False))
        self.merge_button.clicked.connect(self.on_merge_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(self.on_pair_double_clicked)
        host.signals.changed.connect(self.on_changed)
        self.summary.setText(explanation())
        self._update_buttons()

    # -- searching -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Called when the page is shown: search if the register changed since the last time."""
        if self.stale and self.job is None:
            self.search()

    @Slot(object)
    def on_changed(self, change: Change) -> None:
        """Pairs come from persons' names, birth years and service numbers only."""
        if not change & Change.CASES:
            return
        self.stale = True
        if self.host.is_shown(self):
            self.refresh()

    @Slot()
    def search(self) -> BackgroundJob | None:
        if self.job is not None:
            return None
        # Imported at the first search, not with the page.
        from ombuds_desk.ui.common.process_work import can_run_in_process, in_process

        db = self.host.db

        def work(_progress: Progress, cancelled: IsCancelled) -> list[DuplicatePair]:
            def pairs(session: Session) -> list[DuplicatePair]:
                return possible_duplicate_pairs(session, LIMIT, is_cancelled=cancelled)

            return read(db, pairs)

        searching = cancellable(work)
        if can_run_in_process(db):
            # Pure Python for seconds: in a worker process, the window keeps its interpreter.
            from ombuds_desk.ui.lists.duplicate_search import PRELOAD, pairs_in_worker

            searching = in_process(
                pairs_in_worker, db.url, db.demo, LIMIT, preload=PRELOAD, reads_only=True
            )
        self.stale = False
        job = BackgroundJob(
            self,
            QCoreApplication.translate(
                "DuplicatesPage", "Looking for possible duplicates in the register…"
            ),
            searching,
            show_after_ms=QUICK_MS,
        )
        self.job = job
        self.search_button.setEnabled(False)
        self.summary.setText(self._searching_words())
        job.succeeded.connect(self._show_pairs)
        job.cancelled.connect(self._on_cancelled)
        job.failed.connect(self._on_failed)
        job.finished.connect(self._search_ended)
        return job.start()

    def _searching_words(self) -> str:
        """The summary while the search runs (seconds on a large register): the table is
        empty until it ends, or still holds the last search's pairs."""
        if self.pairs:
            return QCoreApplication.translate(
                "DuplicatesPage",
                "Looking for possible duplicates again… The pairs below are from the last search.",
            )
        return (
            QCoreApplication.translate(
                "DuplicatesPage", "Looking for possible duplicates in the register…"
            )
            + " "
            + explanation()
        )

    def _show_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.pairs = pairs
        self.model.set_rows(pairs)
        if not pairs:
            text = QCoreApplication.translate(
                "DuplicatesPage", "No possible duplicates in the register."
            )
        elif len(pairs) >= LIMIT:
            text = DuplicatesPagePlurals.tr(
                "The %n likeliest pairs, best first. Merge or open them, then search again.",
                "",
                len(pairs),
            )
        else:
            text = DuplicatesPagePlurals.tr(
                "%n pairs of cases that may be one person, likeliest first.", "", len(pairs)
            )
        strong = sum(p.strong for p in pairs)
        if pairs:
            text += " " + QCoreApplication.translate(
                "DuplicatesPage", "Strong matches: {strong}; weak: {weak}."
            ).format(strong=strong, weak=len(pairs) - strong)
        self.summary.setText(text)

    def _on_cancelled(self) -> None:
        self.stale = True
        self.summary.setText(
            QCoreApplication.translate(
                "DuplicatesPage", "Search cancelled. Press Search again to look for duplicates."
            )
        )

    def _on_failed(self, _error: object) -> None:
        self.stale = True  # the job's own message says why
        self.summary.setText(
            QCoreApplication.translate(
                "DuplicatesPage",
                "The search did not finish. Press Search again to look for duplicates.",
            )
        )

    @Slot()
    def _search_ended(self) -> None:
        self.job = None
        self.search_button.setEnabled(True)
        self._update_buttons()

    # -- the selected pair -----------------------------------------------------------------

    def selected_pair(self) -> DuplicatePair | None:
        row = self.view.current_row()
        return self.pairs[row] if row is not None and row < len(self.pairs) else None

    @Slot(QItemSelection, QItemSelection)
    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_pair() is not None
        self.open_first.setEnabled(chosen)
        self.open_second.setEnabled(chosen)
        self.merge_button.setEnabled(chosen and self.supervisor and self.job is None)

    @Slot(QModelIndex)
    def on_pair_double_clicked(self, index: QModelIndex) -> None:
        """A double click on the left half opens the left case, on the right half the right."""
        self.open_pair_case(first=index.column() < FIRST_RIGHT_COLUMN)

    def open_pair_case(self, first: bool) -> None:
        pair = self.selected_pair()
        if pair is not None:
            self.host.open_case((pair.first if first else pair.second).person_id)

    @Slot()
    def on_merge_clicked(self) -> MergeDialog | None:
        pair = self.selected_pair()
        if pair is None or not self.supervisor:
            return None
        cases = read_pair(self.host, self, pair.first.person_id, pair.second.person_id)
        if cases is None:  # a case merged or deleted meanwhile: the error was shown
            self.stale = True
            return None
        dialog = MergeDialog(self.host, *cases, parent=self.host.window())
        self.merge_dialog = dialog
        # The merge itself told every view (this page searches again if shown).
        dialog.accepted.connect(
            lambda: self.host.show_status(
                QCoreApplication.translate("DuplicatesPage", "Cases merged."), 8000
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
