"""Python's garbage collector through the start: paused while the app makes what it keeps for
its whole run, then that frozen out of its walks and the collector running again.

The start makes some 120,000 objects that live as long as the process (modules, classes,
mappers, the window) and next to no garbage. The collector walking them again and again while
they were made took 0.4-0.7 s of a 2.4 s start on a busy machine (timed by ``gc.callbacks``;
two full walks alone 0.33 s), though only 4 % of its instructions: it is memory it walks.
So ``cli.py`` pauses it for its imports and until a command runs, or, for the window, until
the window shows (``ui/shell/app.settle``). Paused, every new object stays in the youngest generation:
turned back on as it was, the first collection would walk them all. :func:`resume` freezes
them first (``gc.freeze``: never walked again). The window, once shown, freezes them too and
hands collecting to its GUI thread (``ui/common/gui_collector.py``: a collection on a worker
thread can delete widgets there and crash the process).

This module imports nothing of the app: ``cli.py`` pauses the collector before it imports
the rest.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


def pause() -> bool:
    """Pause the collector; returns whether it was running (for :func:`resume`)."""
    running = gc.isenabled()
    gc.disable()
    return running


def freeze() -> None:
    """Keep every object made so far out of the collector's walks for good."""
    gc.freeze()


def resume(running: bool = True) -> None:
    """:func:`freeze`, and run the collector again if it was running (``running``, from
    :func:`pause`)."""
    freeze()
    if running:
        gc.enable()


@contextmanager
def collecting() -> Iterator[None]:
    """The collector running for bulk work during a paused start (the demo office built,
    every search key rewritten), which makes garbage to find; paused again after."""
    paused = not gc.isenabled()
    resume()
    try:
        yield
    finally:
        if paused:
            gc.disable()
