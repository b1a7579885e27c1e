"""The Duplicates page's search as it runs in a worker process
(:func:`~ombuds_desk.ui.common.process_work.in_process`): a module-level function a worker
imports by name, opening the register afresh from its URL.

The search is pure Python over the whole register (seconds at 100,000 persons): on a thread
of the window's process it held the interpreter lock, and the window froze for a tenth of a
second at a time while the user went on to another page. The pairs' reasons are phrases,
said in the reader's language when shown, so the worker needs no translator.
"""

from __future__ import annotations

from sqlmodel import Session

from ombuds_desk.services.core.long_work import Cancelled, Progress
from ombuds_desk.services.core.reading import read
from ombuds_desk.services.lists.duplicates import DuplicatePair, possible_duplicate_pairs
from ombuds_desk.ui.common.process_work import worker_database

# What the workers' fork server imports beforehand: the search's service.
PRELOAD = ("ombuds_desk.services.lists.duplicates",)


def pairs_in_worker(
    url: str, demo: bool, limit: int, *, progress: Progress, is_cancelled: Cancelled
) -> list[DuplicatePair]:
    """The likeliest ``limit`` pairs of the register at ``url``, in a read of its own."""
    db = worker_database(url, demo)

    def pairs(session: Session) -> list[DuplicatePair]:
        return possible_duplicate_pairs(session, limit, is_cancelled=is_cancelled)

    try:
        return read(db, pairs)
    finally:
        db.engine.dispose()  # the window keeps the file (its checkpoint, its statistics)
