"""Python's cyclic collector kept out of the way while a list of many rows is read, planned
and written.

Reading, planning and writing 100,000 rows makes millions of objects that live until the
import ends (the table's rows, the plan, its cleaned values) and next to no cyclic garbage,
yet the collector walked them all again each time they grew by a quarter: in a command's
import of 100,000 persons, nine full walks took 1.6 s and the younger generations' 1.0 s
more (timed by ``gc.callbacks`` on a busy machine).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ombuds_desk import collector


@contextmanager
def unwalked() -> Iterator[None]:
    """The collector paused for the work inside, and what it made frozen out of its walks
    after (``collector.resume``: objects of an import are let go by their reference counts,
    as before). Where the collector is not running (the window collects on its GUI thread,
    ``ui/common/gui_collector.py``; a start still pausing it), this leaves it alone."""
    running = collector.pause()
    try:
        yield
    finally:
        if running:
            collector.resume(running)
