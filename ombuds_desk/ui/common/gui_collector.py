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

A full collection walks every object the window holds that is not frozen (a page's cached
rows, My work's 45,000 lines): half a second at 100,000 persons. CPython's own rule is kept:
the oldest generation is collected only once the objects moved into it since the last full
collection are more than a quarter of those it held after it.

While the window allocates fast (a page laying out 45,000 lines, a read's rows arriving) the
timer ticks every ``BUSY_INTERVAL_MS`` instead: a collection's pause grows with the young
objects it walks, and at a 100 ms tick the middle generation held a second of allocations
(a 35 ms pause of the GUI thread in My work's first laying out); ten times as often, each
pause walks a tenth as much.

A page laying out more than ``FREEZE_OVER // 2`` lines, which stay until its next read,
freezes what is alive as it goes (:func:`frozen_as_laid_out`), as the start's objects are
frozen (``app.settle``): once My work's 45,000 lines and their tree items were in, a full
collection took 170 ms of the GUI thread's CPU (the window's worst stall, at a page switch or
in the middle of the laying out; 3 ms with them frozen). Reference counting still frees whatever of it is dropped (a read replaced, a
tree cleared); only a reference cycle among frozen objects, dropped later, is never collected.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

from PySide6.QtCore import QObject, QTimer

from ombuds_desk import collector

# Often enough that a tick finds a few hundred thousand young objects at most (a collection of
# them is a few milliseconds), rarely enough that an idle window does nothing measurable.
INTERVAL_MS = 100
# The tick while the young generation grows fast: more than BUSY_RATE objects a millisecond
# since the last tick (5,000 in a 100 ms tick).
BUSY_INTERVAL_MS = 10
BUSY_RATE = 50
# Objects a page's laying out leaves (two a line at least) over which they are frozen.
FREEZE_OVER = 50_000
FREEZE_EVERY = 5_000  # lines laid out between two freezes
NAME = "guiThreadCollector"


class GuiThreadCollector(QObject):
    """Owns the timer; made by :func:`install`."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(NAME)
        self.threshold = gc.get_threshold()
        # CPython's long_lived_total and long_lived_pending (see collect_due).
        self.long_lived = len(gc.get_objects(generation=2))
        self.pending = 0
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int | None:
        """Collect as automatic collection would have by now: the oldest generation whose
        count passed its threshold, once the youngest did, the oldest only when enough was
        moved into it; returns the generation collected (None: nothing due)."""
        counts = gc.get_count()
        fast = counts[0] > BUSY_RATE * self._timer.interval()
        self._timer.setInterval(BUSY_INTERVAL_MS if fast else INTERVAL_MS)
        if counts[0] <= self.threshold[0]:
            return None
        generation = max(g for g in range(3) if counts[g] > self.threshold[g])
        if generation == 2 and self.pending * 4 <= self.long_lived:
            generation = 1
        if generation == 1:
            # What survives moves into the oldest generation: at most what is young now.
            self.pending += len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))
        gc.collect(generation)
        if generation == 2:
            self.long_lived = len(gc.get_objects(generation=2))
            self.pending = 0
        return generation


def keep_laid_out(lines: int) -> bool:
    """A page laid out ``lines`` lines that stay until its next read: more than
    ``FREEZE_OVER // 2`` (``FREEZE_OVER`` objects at least), and everything alive now is
    frozen (the module's doc); True if it was."""
    if lines <= FREEZE_OVER // 2:  # a line is two objects or more (itself, its tree item)
        return False
    collector.freeze()
    return True


def frozen_as_laid_out(steps: Iterator[None], lines: int) -> Iterator[None]:
    """``steps`` (one a line, ``lines`` in all) passed on, with :func:`keep_laid_out` before
    the first (the read's lines), after every ``FREEZE_EVERY`` and after the last: a full
    collection due in the middle walks a few thousand lines, never all."""
    if not keep_laid_out(lines):
        yield from steps
        return
    for done, _step in enumerate(steps, start=1):
        if done % FREEZE_EVERY == 0:
            collector.freeze()
        yield
    collector.freeze()


def install(app: QObject) -> GuiThreadCollector:
    """Collect only on ``app``'s (the GUI) thread from now on; once per application."""
    found = app.findChild(GuiThreadCollector, NAME)
    return found if isinstance(found, GuiThreadCollector) else GuiThreadCollector(app)
