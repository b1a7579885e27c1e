"""Python's cyclic garbage collector run on the GUI thread only (after qutebrowser's
``GarbageCollector``).

Left to itself the collector runs on whichever thread passes its allocation threshold: a
worker reading a page of rows, a job's thread planning an import. The garbage it finds there
can hold Qt wrappers (a closed dialog whose slots refer back to it); their widgets are then
deleted on that thread while the GUI thread paints, and the process dies (a segmentation
fault: a worker allocating while the GUI thread drops dialogs with a timer and a table kills
the process within seconds, every time). So once the window runs, automatic collection is off
and a timer on the GUI thread collects, a generation at a time, when the counts pass the
thresholds automatic collection would have used. Garbage freed by reference counting (nearly
all of it) goes at once as before; only cycles wait for the next tick.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# Often enough that a tick finds a few hundred thousand young objects at most (a collection of
# them is a few milliseconds), rarely enough that an idle window does nothing measurable.
INTERVAL_MS = 100
NAME = "guiThreadCollector"


class GuiThreadCollector(QObject):
    """Owns the timer; made by :func:`install`."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(NAME)
        self.threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int | None:
        """Collect as automatic collection would have by now: the oldest generation whose
        count passed its threshold, once the youngest did; returns it (None: nothing due)."""
        counts = gc.get_count()
        if counts[0] <= self.threshold[0]:
            return None
        generation = max(g for g in range(3) if counts[g] > self.threshold[g])
        gc.collect(generation)
        return generation


def install(app: QObject) -> GuiThreadCollector:
    """Collect only on ``app``'s (the GUI) thread from now on; once per application."""
    found = app.findChild(GuiThreadCollector, NAME)
    return found if isinstance(found, GuiThreadCollector) else GuiThreadCollector(app)
