"""Worker processes for long pure-Python work: a batch's layout, an import's checking.

Pure-Python work on a thread shares the interpreter lock with the GUI thread and starves it
(the window stalls for hundreds of milliseconds at a time); in a process of its own it
cannot. Workers are never forked from the calling process, which may run Qt threads, but
from a fork server that imports the modules the callers name once (started with the first
worker, it lives as long as the calling process), so a worker starts in milliseconds
instead of a second or two of imports. Where there is no fork server (Windows) each worker
is spawned afresh.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Iterable

# Below the window's priority, for work a window started: a worker must not take the
# processor time the window needs to answer (on a 2-core laptop two layout workers would
# otherwise hold both cores). Work from the command line keeps the normal priority.
WORKER_NICENESS = 5

_preload: set[str] = set()


def worker_context(preload: Iterable[str] = ()) -> multiprocessing.context.BaseContext:
    """The context to start workers with; ``preload``: modules the fork server imports
    (only those named before it starts are imported there; the rest on first use)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    _preload.update(preload)
    context.set_forkserver_preload(sorted(_preload))
    return context


def lower_priority() -> None:
    """Run first in a worker for a window: below its priority (where the OS allows)."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(WORKER_NICENESS)


def idle_priority() -> None:
    """Run first in a window's batch layout worker (its only thread then): in the idle class
    where the system has one (Linux's SCHED_IDLE: it runs whenever a core is free and gives
    it up at once to the window, or any other program, wanting it), else as
    :func:`lower_priority`. At niceness 5 two layout workers still kept the GUI thread
    waiting for a core for up to a second at a time. Only for work that holds nothing
    others wait for (the layout's reads are short and block no writer): an import's worker,
    starved by other busy programs, would hold the write lock the window waits for."""
    idle = getattr(os, "SCHED_IDLE", None)
    if idle is not None:
        try:
            os.sched_setscheduler(0, idle, os.sched_param(0))
        except OSError:
            pass  # refused (a sandbox): the niceness instead
        else:
            return
    lower_priority()
