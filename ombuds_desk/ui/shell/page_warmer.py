"""The modules of the pages made when first opened, imported while the window is idle after
it shows, one module a step: a page's first opening then only builds it.

A first opening imported its page's modules on the GUI thread, in one go (the Duplicates
page's 90 ms, the Review queue's 40, the Dashboard's QtCharts...): on a 2-core laptop, a
freeze at the moment the user waits for the page. Imported here, each module is one short
step on the GUI thread (one thread: no import lock shared with a worker), a step every
``INTERVAL_MS``, leaf first (each module's own imports are already there, so a step runs
one module's body), after the window's first reads, and only while the window is idle: no
read or laying out under way (``busy``) and the step's timer on time (a late timer means the
GUI thread was at work: painting, scrolling), so a step never lands on what the user is
waiting for. A module already imported (its page opened meanwhile) is skipped. The window's
tabs start it when they first show (``page_tabs.py``).
"""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

# A step's interval, and the wait before the first (the window's first reads come back).
INTERVAL_MS = 50
FIRST_AFTER_MS = 1000
# A step's timer this late: the GUI thread was busy (the step waits for the next tick).
LATE_SECONDS = 0.015

# What the lazy pages' first openings import, in the order those imports complete (a
# module after its own imports), as measured on a window shown on a large register
# (tests/ui/shell/test_page_warmer.py keeps the list true).
MODULES = (
    # The case view's Mail tab (made when first brought forward: ui/common/case_tab_later.py)
    "ombuds_desk.services.mail.deliveries",
    "ombuds_desk.services.mail.shipments",
    "ombuds_desk.services.mail.mail_query",
    "ombuds_desk.ui.common.tables",
    "ombuds_desk.ui.mail.empty_note",
    "ombuds_desk.ui.mail.item_corrections",
    "ombuds_desk.services.mail.news_clock",
    "ombuds_desk.ui.mail.history_words",
    "ombuds_desk.ui.mail.parcel_model",
    "ombuds_desk.ui.mail.mail_tab_rows",
    "ombuds_desk.ui.mail.parcel_removal",
    "ombuds_desk.ui.mail.waiting_words",
    "ombuds_desk.ui.mail.mail_tab",
    # My work
    "ombuds_desk.services.cases.reassignment",
    "ombuds_desk.services.work.workload",
    "ombuds_desk.ui.work.work_read",
    "ombuds_desk.ui.work.work_tree",
    "ombuds_desk.ui.common.form_fields",
    "ombuds_desk.ui.common.dialog_parts",
    "ombuds_desk.ui.common.reassign_dialog",
    "ombuds_desk.ui.work.workload_panel",
    "ombuds_desk.services.core.long_work",
    "ombuds_desk.services.core.worker_processes",
    "ombuds_desk.ui.common.process_work",
    "ombuds_desk.ui.work.work_in_process",
    "ombuds_desk.ui.work.my_work_page",
    # Review queue
    "ombuds_desk.services.workflow",
    "ombuds_desk.services.cases.age_bands",
    "ombuds_desk.services.workflow.review_queue",
    "ombuds_desk.services.workflow.queue_filters",
    "ombuds_desk.ui.workflow.plurals",
    "ombuds_desk.ui.common.counted_combo",
    "ombuds_desk.ui.common.filter_bar",
    "ombuds_desk.ui.workflow.queue_filter_bar",
    "ombuds_desk.ui.workflow.workflow_tables",
    "ombuds_desk.ui.workflow.review_queue_page",
    # Dashboard
    "ombuds_desk.services.workflow.stalled_counts",
    "ombuds_desk.services.workflow.statistics",
    "ombuds_desk.ui.workflow.dashboard_parts",
    "ombuds_desk.ui.workflow.campaign_box",
    "ombuds_desk.ui.workflow.dashboard_page",
    "ombuds_desk.ui.workflow.bar_chart",
    # Operations
    "ombuds_desk.services.workflow.operations",
    "ombuds_desk.ui.workflow.operations_page",
    # Parcels, Shipments, No news
    "ombuds_desk.ui.common.files",
    "ombuds_desk.ui.mail.parcels_page",
    "ombuds_desk.ui.common.date_fields",
    "ombuds_desk.ui.mail.handover_dialog",
    "ombuds_desk.ui.mail.shipment_delivery",
    "ombuds_desk.ui.mail.shipment_dialog",
    "ombuds_desk.ui.mail.shipments_page",
    "ombuds_desk.services.mail.no_news_filters",
    "ombuds_desk.ui.mail.news_page",
    # Duplicates
    "ombuds_desk.services.core.forked_child",
    "ombuds_desk.services.lists",
    "rapidfuzz",
    "ombuds_desk.services.lists.duplicates",
    "ombuds_desk.services.lists.merging",
    "ombuds_desk.ui.lists.merge_dialog",
    "ombuds_desk.ui.lists.duplicates_page",
    "ombuds_desk.ui.lists.duplicate_search",
)


class PageWarmer(QObject):
    """Imports ``modules`` one a step on the GUI thread; ``done`` once all are in."""

    def __init__(
        self,
        parent: QObject,
        modules: tuple[str, ...] = MODULES,
        busy: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pageWarmer")
        self._waiting = list(modules)
        self._busy = busy
        self.done = False
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.on_tick)
        self._last_tick = 0.0

    def start(self, after_ms: int = FIRST_AFTER_MS) -> None:
        QTimer.singleShot(after_ms, self, self._timer.start)

    @Slot()
    def on_tick(self) -> None:
        now = time.perf_counter()
        late = bool(self._last_tick) and now - self._last_tick > INTERVAL_MS / 1000 + LATE_SECONDS
        self._last_tick = now
        if not late and not self._busy():
            self.step()

    def step(self) -> None:
        """Import the next module not imported yet (one a step)."""
        while self._waiting and self._waiting[0] in sys.modules:
            self._waiting.pop(0)
        if self._waiting:
            importlib.import_module(self._waiting.pop(0))
            return
        self._timer.stop()
        self.done = True


def warm_pages(parent: QObject, busy: Callable[[], bool]) -> PageWarmer:
    """Start importing the lazy pages' modules at idle (``busy``: the window is at work)."""
    warmer = PageWarmer(parent, busy=busy)
    warmer.start()
    return warmer
