"""A page of the window made when it is first opened, not while the window starts.

A feature hands the host a function that makes its page (``host.add_lazy_page(make, title,
shortcut, name)``) and gets a :class:`PageSlot` back: the tab, the Go menu entry and the
shortcut are there at once, held by a small empty widget, the *stand-in*, named as the page
will be (so ``findChild(QWidget, "shipmentsPage")`` finds it); the page's module is imported,
its widgets built and its first read started only when the page is first opened (its tab, its
shortcut, the Go menu or ``host.show_page``), or when a feature asks ``slot.page()``. The host
then puts the page where the stand-in was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget

P = TypeVar("P", bound=QWidget)

# What the host does with a page just made: put it where its stand-in was.
Place = Callable[[QWidget, QWidget], None]


class PageSlot(Generic[P]):
    """A page made at the first ``page()``; ``made`` is None until then."""

    def __init__(self, make: Callable[[], P], stand_in: QWidget, place: Place) -> None:
        self._make = make
        self._place = place
        self.stand_in = stand_in
        self.made: P | None = None
        self._then: list[Callable[[P], object]] = []

    @classmethod
    def made_now(cls, page: P) -> PageSlot[P]:
        """The slot of a page a host made at once (the tests' small host does)."""
        slot = cls(lambda: page, page, lambda _stand_in, _page: None)
        slot.made = page
        return slot

    def page(self) -> P:
        """The page, made now (and put in its tab) if it was not yet."""
        if self.made is None:
            page = self._make()
            self.made = page
            self._place(self.stand_in, page)
            for then in self._then:
                then(page)
            self._then.clear()
        return self.made

    def when_made(self, then: Callable[[P], object]) -> None:
        """Call ``then(page)`` once the page is made (at once if it is already)."""
        if self.made is not None:
            then(self.made)
        else:
            self._then.append(then)
