"""The review queue's filters: caseworker, category, status, reason, age band and next review,
each choice with its count; remembered between sessions.

The bar only turns choices into a ``QueueFilter`` (and back, for ``QSettings``); the database
filters (``services/workflow/queue_filters.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from ombuds_desk.domain.enums import CaseStatus, Category
from ombuds_desk.domain.status_rules import PATHS, is_final
from ombuds_desk.services.cases.block_reasons import reason_words
from ombuds_desk.services.workflow.queue_filters import (
    AgeBand,
    NextReview,
    QueueFacets,
    QueueFilter,
    ReasonKind,
)
from ombuds_desk.ui.common.counted_combo import Choice, CountedCombo
from ombuds_desk.ui.common.filter_bar import UNASSIGNED, FilterBar, caseworker_choices

SETTINGS_GROUP = "reviewQueue/filter"
BLOCKED_PREFIX = "blocked:"  # a reason key "blocked:<the reason>" narrows to one reason


def waiting_statuses() -> list[CaseStatus]:
    """The statuses a stalled case can have, in workflow order, once each."""
    seen: dict[CaseStatus, None] = {}
    for path in PATHS.values():
        for status in path:
            if not is_final(status):
                seen.setdefault(status)
    return list(seen)


MIN_CHARACTERS = 15  # a filter's width, in characters (the review state's a little more)


class QueueFilterBar(FilterBar):
    """``changed`` after any choice; :meth:`current` is the filter chosen."""

    def __init__(self, *, choose_caseworker: bool, parent: QWidget | None = None) -> None:
        super().__init__(SETTINGS_GROUP, parent)
        self.setObjectName("queueFilterBar")
        self.caseworker = CountedCombo(
            "filterCaseworker", QCoreApplication.translate("QueueFilterBar", "Any caseworker"), self
        )
        self.caseworker.setVisible(choose_caseworker)
        self.category = CountedCombo(
            "filterCategory", QCoreApplication.translate("QueueFilterBar", "Any category"), self
        )
        self.status = CountedCombo(
            "filterStatus", QCoreApplication.translate("QueueFilterBar", "Any status"), self
        )
        self.reason = CountedCombo(
            "filterReason", QCoreApplication.translate("QueueFilterBar", "Any reason"), self
        )
        self.age = CountedCombo(
            "filterAge", QCoreApplication.translate("QueueFilterBar", "Any age"), self
        )
        self.next_review = CountedCombo(
            "filterNextReview",
            QCoreApplication.translate("QueueFilterBar", "Any review state"),
            self,
        )
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setToolTip(
            QCoreApplication.translate("QueueFilterBar", "Show the whole queue again")
        )
        self.show_facets(QueueFacets())
        combos = {
            "caseworker": self.caseworker,
            "category": self.category,
            "status": self.status,
            "reason": self.reason,
            "age": self.age,
            "next_review": self.next_review,
        }
        for combo in combos.values():
            # As wide as a short choice, not the longest (a long block reason, or Russian
            # words): the bar must fit the window; the open list shows each choice whole.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(MIN_CHARACTERS + 4 * (combo is self.next_review))
        self.lay_out(combos, self.caseworker if choose_caseworker else self.category)

    # -- the counts ------------------------------------------------------------------------

    def show_facets(self, facets: QueueFacets, staff: Sequence[tuple[int, str]] = ()) -> None:
        """Put each choice's count beside it (the queue's, whatever else is chosen)."""
        shown = (facets, tuple(staff))
        if shown == getattr(self, "_facets_shown", None):
            return  # the page shown again, the counts as they were: nothing to lay out
        self._facets_shown = shown
        total = facets.total
        self.caseworker.set_choices(caseworker_choices(facets.caseworkers, staff), total)
        self.category.set_choices(
            [
                (
                    c.value,
                    c.label,
                    facets.categories.get(c, 0),
                )
                for c in Category
            ],
            total,
        )
        self.status.set_choices(
            [
                (
                    s.value,
                    s.label,
                    facets.statuses.get(s, 0),
                )
                for s in waiting_statuses()
            ],
            total,
        )
        reasons: list[Choice] = [
            (ReasonKind.NO_CHANGE.value, QCoreApplication.translate("QueueFilterBar", "No change (not blocked)"), facets.reasons.get(ReasonKind.NO_CHANGE, 0)),
            (ReasonKind.BLOCKED.value, QCoreApplication.translate("QueueFilterBar", "Blocked, any reason"), facets.reasons.get(ReasonKind.BLOCKED, 0)),
        ]  # fmt: skip
        for text, count in facets.blocked_reasons.most_common():
            label = QCoreApplication.translate("QueueFilterBar", "Blocked: {reason}").format(
                reason=reason_words(text)
                or QCoreApplication.translate("QueueFilterBar", "no reason given")
            )
            reasons.append((BLOCKED_PREFIX + text, label, count))
        self.reason.set_choices(reasons, total)
        self.age.set_choices(
            [
                (
                    b.value,
                    b.label,
                    facets.age_bands.get(b, 0),
                )
                for b in AgeBand
            ],
            total,
        )
        self.next_review.set_choices([(n.value, n.label, None) for n in NextReview])

    # -- the filter ------------------------------------------------------------------------

    def current(self, *, queue_only: bool) -> QueueFilter:
        """The filter chosen; "deferred" shows the deferred cases whatever ``queue_only``."""
        worker = self.caseworker.key()
        reason = self.reason.key()
        blocked_reason = None
        if reason.startswith(BLOCKED_PREFIX):
            blocked_reason, reason = reason[len(BLOCKED_PREFIX) :], ReasonKind.BLOCKED.value
        next_review = NextReview(self.next_review.key()) if self.next_review.key() else None
        return QueueFilter(
            queue_only=queue_only and next_review is not NextReview.DEFERRED,
            assigned_to_id=int(worker) if worker.isdigit() else None,
            unassigned=worker == UNASSIGNED,
            category=Category(self.category.key()) if self.category.key() else None,
            status=CaseStatus(self.status.key()) if self.status.key() else None,
            reason=ReasonKind(reason) if reason else None,
            blocked_reason=blocked_reason,
            age_band=AgeBand(self.age.key()) if self.age.key() else None,
            next_review=next_review,
        )

    def chosen(self) -> int:
        """How many filters narrow the queue."""
        return sum(1 for combo in self.combos.values() if combo.isVisible() and combo.key())
