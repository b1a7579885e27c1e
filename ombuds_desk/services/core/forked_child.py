"""A copy of this process that does one piece of work and sends its results through a pipe.

``os.fork``, not a ``multiprocessing.Process``: the window's long work (an import) runs in a
daemonic worker process, which multiprocessing refuses any child. Linux only, as its callers
check; the copy ends with ``os._exit`` whatever happens, so nothing of this process (its
connections' finalisers, its exit handlers) runs twice.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable
from multiprocessing.connection import Connection


def fork_sending(work: Callable[[Connection], None]) -> tuple[int, Connection]:
    """Start a copy of this process running ``work(sending end)``; returns the copy's
    process id and the receiving end (this process's sending end is closed, so that a
    receive sees the end when the copy ends)."""
    receiving, sending = multiprocessing.get_context("fork").Pipe(duplex=False)
    child = os.fork()
    if child == 0:  # pragma: no cover - the copy (its coverage is not collected)
        try:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)  # this process's handlers are not its
            receiving.close()
            work(sending)
        finally:
            os._exit(0)
    sending.close()
    return child, receiving
