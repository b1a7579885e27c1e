"""My work's read as it runs in a worker process
(:func:`~ombuds_desk.ui.common.process_work.in_process`): a module-level function a worker
imports by name, opening the register afresh from its URL.

A supervisor's team read is seconds of pure Python (45,000 lines at 100,000 persons): on a
thread of the window's process it held the interpreter lock, and the GUI thread waited for
it at every event, the page's first opening and each later showing (the page reads again
whenever it is shown). In a worker the window's job thread only waits on a pipe.

The lines are words in the window's language (the worker has no Qt translator: it is given
the language and says them from the catalogue). The worker sends the read pickled, with a
digest of those bytes; given the digest of the read the window shows, it sends no lines when
they are the same (the usual case when the page is shown again), so the window neither
unpickles nor compares 45,000 lines. Equal reads may pickle differently (strings shared or
not): then they are only laid out again, never taken for the same when they differ.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlmodel import Session

from ombuds_desk.domain import i18n
from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core.long_work import Cancelled, Progress
from ombuds_desk.services.core.reading import read
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.background_job import IsCancelled
from ombuds_desk.ui.common.process_work import (
    can_run_in_process,
    in_process,
    loads,
    window_language,
    worker_database,
    worker_translator,
)
from ombuds_desk.ui.common.translators import PseudoTranslator
from ombuds_desk.ui.work.work_read import WorkRead, read_work

# What the workers' fork server imports beforehand: the read's services and the catalogue.
PRELOAD = ("ombuds_desk.ui.work.work_read", "ombuds_desk.store.translations")

Pickled = tuple[str, bytes | None]
"""A read's digest, and its bytes (None: the same digest as the window's, nothing sent)."""
Found = tuple[WorkRead, str | None]
"""A read and its digest (None: read on a thread, where no digest is made)."""


def worker_language() -> str | None:
    """The window's language as a worker says it (from its catalogue); None under a
    translator no worker has (the tests' pseudo-language, which marks every word)."""
    app = QCoreApplication.instance()
    if app is not None and app.findChildren(PseudoTranslator):
        return None
    return window_language()


def work_query(
    db: Database,
    actor: User,
    today: date,
    team: bool,
    language: str | None,
    shown: tuple[WorkRead | None, str | None],
    cancelled: IsCancelled,
) -> Callable[[Session], Found]:
    """The page's read for its loader's thread: in a worker process where the register can be
    opened there, else (an in-memory register) on the thread itself. ``shown``: the read on
    screen and its digest; the same lines again come back as that very read, so the page
    keeps its tree (folds, selection). ``language``: :func:`worker_language` (None: the
    thread, where the window's translator says the words)."""
    before, known = shown
    if language is None or not can_run_in_process(db):

        def on_thread(session: Session) -> Found:
            found = read_work(session, actor, today, team)
            # Compared off the GUI thread, as the lines were read.
            return (before if before is not None and found == before else found), None

        return on_thread

    work = in_process(
        read_in_worker,
        db.url,
        db.demo,
        actor,
        today,
        team,
        language,
        known if before is not None else None,
        preload=PRELOAD,
        reads_only=True,
    )

    def off_process(_session: Session) -> Found:
        # The loader's thread only waits on the worker's pipe (its session stays unused).
        digest, data = work(lambda _done, _total: None, cancelled)
        if data is None:
            assert before is not None  # no bytes only for the digest of the read shown
            return before, digest  # nothing unpickled, nothing compared
        return loads(data), digest

    return off_process


def read_in_worker(
    url: str,
    demo: bool,
    actor: User,
    today: date,
    team: bool,
    language: str,
    known: str | None,
    *,
    progress: Progress,
    is_cancelled: Cancelled,
) -> Pickled:
    """:func:`read_work` of the register at ``url`` in ``language``, pickled; no bytes when
    their digest is ``known`` (the read shown)."""
    db = worker_database(url, demo)

    def lines(session: Session) -> WorkRead:
        return read_work(session, actor, today, team)

    try:
        with i18n.using(worker_translator(language)):
            found = read(db, lines)
    finally:
        db.engine.dispose()  # the window keeps the file (its checkpoint, its statistics)
    data = pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL)
    digest = hashlib.sha256(data).hexdigest()
    return digest, None if digest == known else data
