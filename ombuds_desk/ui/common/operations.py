"""The one way a window reads and changes the database (after Anki's ``CollectionOp`` and
``QueryOp``, ``qt/aqt/operations/__init__.py``).

- :class:`CollectionOp` makes a change: it opens the unit of work, runs the service call,
  sends a ``ValidationError`` back to the form that asked (``on_invalid``) and an
  ``EditConflictError`` to the form that can reload (``on_conflict``; else it shows who
  changed what, ``conflict_dialog.show_conflict``), shows every other error in one
  consistent way, and on success sends one change notification that says what kind of
  records changed, then calls ``on_success``. Changes are short (one case, one parcel), so
  they run on the GUI thread and a dialog knows at once whether to close; long ones
  (imports, batches) are :class:`BackgroundJob` work.
- :class:`QueryOp` reads: ``run()`` off the GUI thread, the result handed to
  ``on_success`` in the GUI thread; ``run_now()`` for the few reads a dialog needs before
  it can open (one case's form).
- :class:`Loader` is the read counterpart a page or a table model keeps: each ``load``
  supersedes the one before (typing fast in the search box), ``loading`` says whether a
  read is under way, and :class:`LoadingBadge` shows it on the page.

This module and ``errors.install_excepthook`` are the only places in ``ui/`` that catch
errors broadly: everything else lets them come here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget
from sqlmodel import Session

from ombuds_desk.domain.errors import DomainError, EditConflictError, ValidationError
from ombuds_desk.services.core.reading import read
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import NOTHING, Change
from ombuds_desk.ui.common.errors import show_error
from ombuds_desk.ui.common.host import Host

log = logging.getLogger(__name__)

T = TypeVar("T")


class CollectionOp(Generic[T]):
    """``CollectionOp(host, parent, lambda session: service(session, actor, …), Change.X)``
    ``.on_invalid(form.show_problems).on_success(lambda result: dialog.accept()).run()``.
    """

    def __init__(
        self,
        host: Host,
        parent: QWidget | None,
        change: Callable[[Session], T],
        changes: Change,
    ) -> None:
        self._host = host
        self._parent = parent
        self._change = change
        self._changes = changes
        self._success: Callable[[T], object] | None = None
        self._invalid: Callable[[ValidationError], object] | None = None
        self._failure: Callable[[DomainError], bool] | None = None
        self._conflict: Callable[[EditConflictError], object] | None = None

    def on_success(self, success: Callable[[T], object]) -> CollectionOp[T]:
        self._success = success
        return self

    def on_invalid(self, invalid: Callable[[ValidationError], object]) -> CollectionOp[T]:
        """Where a refused input goes: usually the form's own problem line."""
        self._invalid = invalid
        return self

    def on_failure(self, failure: Callable[[DomainError], bool]) -> CollectionOp[T]:
        """A caller that words some refusals itself returns True for those it showed."""
        self._failure = failure
        return self

    def on_conflict(self, conflict: Callable[[EditConflictError], object]) -> CollectionOp[T]:
        """Where an edit conflict goes (the record was saved by someone else since the form
        was opened): a form reads it again and offers to apply the user's changes on top
        (``conflict_dialog.open_conflict``). Without one, a caller's ``on_failure`` may word
        it; else ``show_conflict`` says who changed what and offers to close the form and
        show the new version."""
        self._conflict = conflict
        return self

    def run(self) -> bool:
        """Make the change; True when it was saved."""
        try:
            with unit_of_work(self._host.db, self._host.actor) as session:
                result = self._change(session)
        except ValidationError as exc:
            if self._invalid is not None:
                self._invalid(exc)
            elif self._failure is None or not self._failure(exc):
                show_error(self._parent, exc)
            return False
        except EditConflictError as exc:
            if self._conflict is not None:
                self._conflict(exc)
            elif self._failure is None or not self._failure(exc):
                # Imported at the first conflict, not while the window starts.
                from ombuds_desk.ui.common.conflict_dialog import show_conflict

                show_conflict(self._host, self._parent, exc, self._changes)
            return False
        except DomainError as exc:
            if self._failure is None or not self._failure(exc):
                show_error(self._parent, exc)
            return False
        except Exception as exc:  # anything unexpected: logged and shown, the window lives on
            show_error(self._parent, exc)
            return False
        if self._changes != NOTHING:
            self._host.notify(self._changes)
        if self._success is not None:
            self._success(result)
        return True


class QueryOp(Generic[T]):
    """``QueryOp(host, parent, lambda session: query(session, …)).on_success(show).run()``."""

    def __init__(self, host: Host, parent: QWidget | None, query: Callable[[Session], T]) -> None:
        self._host = host
        self._parent = parent
        self._query = query
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[BaseException], object] | None = None

    def on_success(self, success: Callable[[T], object]) -> QueryOp[T]:
        self._success = success
        return self

    def on_failure(self, failure: Callable[[BaseException], object]) -> QueryOp[T]:
        """Called after the error was shown (a page may clear what it showed)."""
        self._failure = failure
        return self

    def run(self) -> None:
        """Read on a worker thread; ``on_success`` runs here once the result is back."""
        db, query = self._host.db, self._query
        self._host.tasks.run(lambda: read(db, query), self._done)

    def run_now(self) -> T | None:
        """Read on this thread (quick reads only); None, after showing why, when it failed."""
        try:
            result = read(self._host.db, self._query)
        except Exception as exc:  # shown like every other failure of a read
            self._failed(exc)
            return None
        if self._success is not None:
            self._success(result)
        return result

    def _done(self, result: T, error: BaseException | None) -> None:
        if error is not None:
            self._failed(error)
        elif self._success is not None:
            self._success(result)

    def _failed(self, error: BaseException) -> None:
        show_error(self._parent, error)
        if self._failure is not None:
            self._failure(error)


class Loader(QObject):
    """The reads of one page or model: the newest ``load`` wins, older results are dropped.

    ``loading_changed(bool)`` when a read starts or the last one came back;
    :meth:`after_load` runs a step once the data on screen is current (Down from the search
    box into the results waits for the results of what was typed).
    """

    loading_changed = Signal(bool)

    def __init__(self, host: Host, owner: QObject, parent_widget: QWidget | None = None) -> None:
        super().__init__(owner)
        self._host = host
        self._parent_widget = parent_widget
        self._generation = 0
        self._loading = False
        self._then: list[Callable[[], object]] = []

    @property
    def loading(self) -> bool:
        return self._loading

    def load(self, query: Callable[[Session], T], on_loaded: Callable[[T], object]) -> None:
        self._generation += 1
        generation = self._generation
        self._set_loading(True)
        db = self._host.db
        self._host.tasks.run(
            lambda: self._read(db, generation, query),
            lambda result, error: self._finish(generation, on_loaded, result, error),
        )

    def _read(self, db: Database, generation: int, query: Callable[[Session], T]) -> T | None:
        # On the worker. A newer load asked meanwhile (a page set up in steps, fast typing):
        # its result would be dropped, so the database is not asked at all.
        if generation != self._generation:
            return None
        return read(db, query)

    def _finish(
        self,
        generation: int,
        on_loaded: Callable[[T], object],
        result: T,
        error: BaseException | None,
    ) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # its page was closed meanwhile, or a newer load's result is on its way
        if error is not None:
            self._then.clear()
            self._set_loading(False)
            show_error(self._parent_widget or self._host.window(), error)
            return
        on_loaded(result)
        self._set_loading(False)
        then, self._then = self._then, []
        for step in then:
            step()

    def after_load(self, step: Callable[[], object]) -> None:
        """Run ``step`` now, or once the read under way has come back."""
        if self._loading:
            self._then.append(step)
        else:
            step()

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)


class LoadingBadge(QLabel):
    """ "Loading…" in the corner of a page while its loader reads for longer than a blink."""

    DELAY_MS = 150

    def __init__(self, loader: Loader, page: QWidget) -> None:
        super().__init__(self.tr("Loading…"), page)
        self.setObjectName("loadingBadge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(
            "background: palette(highlight); color: palette(highlighted-text);"
            " padding: 3px 10px; border-radius: 3px;"
        )
        self.hide()
        self._page = page
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self._appear)
        loader.loading_changed.connect(self._on_loading_changed)

    def _on_loading_changed(self, loading: bool) -> None:
        if loading:
            self._timer.start()
        else:
            self._timer.stop()
            self.hide()

    def _appear(self) -> None:
        self.adjustSize()
        self.move(self._page.width() - self.width() - 12, 6)
        self.raise_()
        self.show()
