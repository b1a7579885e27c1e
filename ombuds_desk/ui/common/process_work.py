"""A background job's work run in a worker process instead of on the job's thread.

Pure-Python work (checking 10,000 rows of an import against the register, writing them)
on a thread of the window's process holds the interpreter lock most of the time, and the GUI
thread waits for it at every event it handles: the window froze for up to half a second at
a time during an import. In a worker process the work has an interpreter of its own; the
job's thread only waits on a pipe (the lock released), forwards progress and passes a
cancel on. The worker starts from the fork server of
:mod:`ombuds_desk.services.core.worker_processes` and runs below the window's priority.

``function(*args, progress=…, is_cancelled=…)`` must be importable by name (a module-level
function) and its arguments and result picklable. Its database work opens its own
:class:`Database` from the URL (:func:`worker_database`). The services' cancel
(``OperationCancelledError``) comes back as :class:`JobCancelledError`; any other error is
raised again on the job's thread.

The arguments and the result (10,000 rows of a file, the plan made of them) are pickled and
unpickled on the job's thread through a file object written in Python: pickle then hands
over each 64 KB frame by calling it, and between two calls the interpreter lock can pass to
the GUI thread; handed to ``pickle.dumps`` or a pipe's ``send`` whole, one call held the
lock for the whole object (0.1–0.4 s for 10,000 rows, over a second on a busy machine).

A result that goes back to a worker unchanged (the plan a check made, imported) is not
pickled again: its bytes from the worker are kept beside it while it lives and sent as
they are.
"""

from __future__ import annotations

import gc
import pickle
import time
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import Any

from PySide6.QtCore import QLocale

from ombuds_desk.domain import i18n
from ombuds_desk.domain.i18n import Language, translate
from ombuds_desk.services.core.long_work import OperationCancelledError
from ombuds_desk.services.core.worker_processes import lower_priority, worker_context
from ombuds_desk.store import encryption
from ombuds_desk.store.database import Database
from ombuds_desk.store.engine import make_engine
from ombuds_desk.ui.common.background_job import IsCancelled, JobCancelledError, Progress, Work

POLL_SECONDS = 0.1
# A worker that only reads and has not answered a cancel in this time is ended: it is blocked
# in one long read (a query, a lock, a large file) and would keep the cancel waiting.
CANCEL_GRACE_SECONDS = 2.0
# The worker sends progress at most this often (each message wakes the job's thread).
PROGRESS_EVERY = 0.1


def can_run_in_process(db: Database) -> bool:
    """A worker can open ``db`` the same way (not an in-memory or read-only SQLite file)."""
    return not db.read_only and not (db.path is None and db.url.startswith("sqlite"))


def window_language() -> str:
    """The window's language as a worker is told it (its locale follows the language
    installed)."""
    return QLocale().name()


def worker_translator(language: str) -> i18n.Translator | None:
    """In a worker: the catalogue of the window's ``language`` (None for English, the
    source), for ``i18n.using``."""
    from ombuds_desk.store.translations import catalogue

    chosen = Language.from_locale(language)
    return None if chosen is Language.EN else catalogue(chosen)


def worker_database(url: str, demo: bool = False) -> Database:
    """The database a worker opens: the same URL, already checked and migrated by the
    window that sent the work, so neither is done again."""
    # An encrypted file opens with the passphrase the window was given (sent in the pipe).
    engine = make_engine(url, passphrase=encryption.known_for_url(url))
    return Database(url=url, engine=engine, demo=demo)


def in_process(
    function: Callable[..., Any],
    *args: Any,
    preload: Iterable[str] = (),
    reads_only: bool = False,
) -> Work:
    """Work for a :class:`BackgroundJob` that runs ``function(*args, progress=…,
    is_cancelled=…)`` in a worker process; ``preload``: modules the fork server imports.

    ``reads_only``: the work changes nothing, so a cancel it has not answered within
    :data:`CANCEL_GRACE_SECONDS` ends the worker. Work that writes is always waited for: ended
    just after its commit, it would be reported cancelled with its changes saved."""
    modules = tuple(preload)

    def work(progress: Progress, cancelled: IsCancelled) -> Any:
        context = worker_context(modules)
        receive, send = context.Pipe()
        stop = context.Event()
        process = context.Process(  # type: ignore[attr-defined]
            target=_child, args=(send, stop, function), daemon=True
        )
        process.start()
        send.close()  # the worker's end: EOF here once it has gone
        try:
            blobs, head = _dump_args(args)
            receive.send(encryption.known_passphrases())
            receive.send(len(blobs))
            for blob in blobs:  # the bytes of earlier results, as they came
                receive.send_bytes(blob)
            receive.send_bytes(head)
            asked: float | None = None  # when the cancel was passed on
            while True:
                if cancelled() and not stop.is_set():
                    stop.set()
                    asked = time.monotonic()
                waited = 0.0 if asked is None else time.monotonic() - asked
                if reads_only and waited > CANCEL_GRACE_SECONDS:
                    _end(process)
                    raise JobCancelledError
                if not receive.poll(POLL_SECONDS):
                    if not process.is_alive() and not receive.poll(0):
                        code = process.exitcode
                        raise RuntimeError(
                            translate(
                                "ProcessWork",
                                "The background process stopped unexpectedly (exit code "
                                "{code}); nothing was changed by it.",
                            ).format(code=code)
                        )
                    continue
                try:
                    kind, *payload = receive.recv()
                except EOFError:
                    continue  # is_alive() tells the rest on the next round
                if kind == "progress":
                    # The worker waits for the answer: a cancel asked for while the progress
                    # was shown stops it before its next step, as on a thread.
                    progress(*payload)
                    receive.send(cancelled())
                elif kind == "done":
                    data = receive.recv_bytes()
                    result = loads(data)
                    _keep(result, data)
                    return result
                elif kind == "cancelled":
                    raise JobCancelledError
                else:
                    raise payload[0]
        finally:
            stop.set()
            process.join(timeout=30)
            receive.close()

    return work


def _end(process: Any) -> None:
    """End a worker that does not answer: asked first (SIGTERM), then made to."""
    process.terminate()
    process.join(timeout=1)
    if process.is_alive():
        process.kill()
        process.join(timeout=1)


def _child(send: Connection, stop: Any, function: Callable[..., Any]) -> None:
    """The worker: run ``function`` and send its progress and its outcome up the pipe."""
    lower_priority()
    encryption.remember_all(send.recv())
    blobs = [send.recv_bytes() for _ in range(send.recv())]
    args = _ArgsUnpickler(_FrameReader(send.recv_bytes()), blobs).load()
    last = [0.0]
    stopped = [False]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] >= PROGRESS_EVERY or done >= total:
            last[0] = now
            send.send(("progress", done, total))
            stopped[0] = stopped[0] or bool(send.recv())

    def is_cancelled() -> bool:
        return stopped[0] or stop.is_set()

    try:
        result = function(*args, progress=progress, is_cancelled=is_cancelled)
    except (OperationCancelledError, JobCancelledError):
        send.send(("cancelled",))
    except BaseException as exc:
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:  # an error that cannot travel: its text does
            exc = RuntimeError(f"{type(exc).__name__}: {exc}")
        send.send(("error", exc))
    else:
        send.send(("done",))
        send.send_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    finally:
        send.close()


class _Frames:
    """A file for the pickler to write its frames to, one call each (see the module's note)."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.parts.append(bytes(data))
        return len(data)


class _FrameReader:
    """A file for the unpickler to read its frames from, one call each."""

    def __init__(self, data: bytes) -> None:
        self._data = memoryview(data)
        self._at = 0

    def read(self, size: int = -1) -> bytes:
        end = len(self._data) if size < 0 else self._at + size
        chunk = self._data[self._at : end].tobytes()
        self._at += len(chunk)
        return chunk

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        chunk = self._data[self._at : self._at + len(view)]
        view[: len(chunk)] = chunk
        self._at += len(chunk)
        return len(chunk)

    def readline(self) -> bytes:
        end = bytes(self._data[self._at :]).find(b"\n")
        return self.read(-1 if end < 0 else end + 1)


# Results of workers still alive here, by id: the bytes they came as.
_pickled: dict[int, bytes] = {}


def _keep(result: Any, data: bytes) -> None:
    try:
        weakref.finalize(result, _pickled.pop, id(result), None)
    except TypeError:  # no weak reference to it (a tuple, None): nothing kept
        return
    _pickled[id(result)] = data


class _ArgsPickler(pickle.Pickler):
    """Pickles a kept result as a reference to its bytes, sent beside."""

    def __init__(self, file: _Frames) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.blobs: list[bytes] = []

    def persistent_id(self, obj: Any) -> int | None:
        data = _pickled.get(id(obj))
        if data is None:
            return None
        self.blobs.append(data)
        return len(self.blobs) - 1


class _ArgsUnpickler(pickle.Unpickler):
    def __init__(self, file: _FrameReader, blobs: list[bytes]) -> None:
        super().__init__(file)
        self.blobs = blobs

    def persistent_load(self, pid: Any) -> Any:
        return pickle.loads(self.blobs[int(pid)])


def _dump_args(args: tuple[Any, ...]) -> tuple[list[bytes], bytes]:
    frames = _Frames()
    pickler = _ArgsPickler(frames)
    with _no_collection():
        pickler.dump(args)
    return pickler.blobs, b"".join(frames.parts)


@contextmanager
def _no_collection() -> Iterator[None]:
    """The cyclic garbage collector held off: the objects of a plan made at once would set
    off full collections, each walking every object of the window (its register pages,
    Qt wrappers) with the interpreter lock held; what is made here holds no cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def dumps(value: Any) -> bytes:
    """``pickle.dumps(value)``, letting other threads run between its 64 KB frames."""
    frames = _Frames()
    with _no_collection():
        pickle.Pickler(frames, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return b"".join(frames.parts)


def loads(data: bytes) -> Any:
    """``pickle.loads(data)``, letting other threads run between its 64 KB frames."""
    with _no_collection():
        return pickle.Unpickler(_FrameReader(data)).load()
