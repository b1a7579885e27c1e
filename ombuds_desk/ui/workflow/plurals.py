"""The counted words of the review queue, dashboard and operations (see ``Plural``)."""

from __future__ import annotations

from ombuds_desk.services.core.phrases import Plural


class BulkReviewDialogPlurals(Plural):
    """Counted words of BulkReviewDialog."""


class DashboardPagePlurals(Plural):
    """Counted words of DashboardPage."""


class OperationsPagePlurals(Plural):
    """Counted words of OperationsPage."""


class ReviewQueuePagePlurals(Plural):
    """Counted words of ReviewQueuePage."""
