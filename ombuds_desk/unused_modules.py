"""Standard-library modules that a library imports but the app never uses, made only if
something reads them: ``asyncio``, which SQLAlchemy imports at every import for its async
engines (with ``ssl``, ``socket`` and ``subprocess`` behind it: some 60 ms of CPU in the
window's start), while every engine of the app is synchronous.

:func:`defer` puts a stand-in into ``sys.modules``: a module object whose attributes, at the
first read of one, run the real module's code in the stand-in, which is from then on the
real module. So ``import asyncio`` in SQLAlchemy binds the stand-in, and
``asyncio.CancelledError`` (read when a query fails) is the real class. The first read may
come from any thread: the code runs under a lock, and another thread's read waits for it
(``importlib.util.LazyLoader`` has no lock before Python 3.12: a second thread could meet a
half-made module). The stand-in knows its package's folder (``__path__``), so that its
submodules are imported once, into it, as into the real package.

``importlib.metadata`` is deferred the same way (with ``email`` and ``csv`` behind it, and
pydantic's scan of every package's entry points: some 25-35 ms of CPU): SQLAlchemy imports it
for its plugins' entry points, pydantic for its plugins (none: ``cli.py`` says so) and for a
version it reads only when an e-mail address is validated. A function another module takes
from a deferred one as it is imported (pydantic's ``from importlib.metadata import version``)
is a stand-in function that runs the real module's code at its first call.

``cli.py`` defers before it imports SQLAlchemy; a module already imported is left as it is.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
from collections.abc import Callable
from types import ModuleType

# Each deferred module, and those of its submodules whose names (``__all__``) the stand-in
# answers itself: SQLAlchemy reads ``asyncio.iscoroutine`` as it is imported, and
# ``asyncio.coroutines`` is small (no ssl, no event loop).
DEFERRED: dict[str, tuple[str, ...]] = {
    "asyncio": ("coroutines",),
    "importlib.metadata": (),
}
# Functions of a deferred module that another takes from it as it is imported; each is a
# stand-in function until the module's code has run (then the module holds the real one).
FORWARDED: dict[str, tuple[str, ...]] = {"importlib.metadata": ("entry_points", "version")}

_lock = threading.RLock()
_running: set[str] = set()  # the deferred modules whose code runs now (under the lock)

# The double-underscore names of a module that the stand-in does not hold itself.
_MODULE_NAMES = frozenset({"__all__", "__builtins__", "__getattr__", "__dir__"})


class StandIn(ModuleType):
    """A module not imported yet: any attribute it does not hold imports the real one."""

    def __getattr__(self, name: str) -> object:
        if name.startswith("__") and name.endswith("__") and name not in _MODULE_NAMES:
            # A probe such as inspect's hasattr(module, "__wrapped__"), which PySide6 makes
            # on every module imported after it: no module has those.
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")
        module = real_module(self.__name__)
        if isinstance(module, StandIn):  # its code is running in this thread: part-made
            raise AttributeError(f"partially initialised module {self.__name__!r}: {name!r}")
        return getattr(module, name)


def defer(name: str, answered: tuple[str, ...] = ()) -> None:
    """Put a stand-in for the module ``name`` into ``sys.modules``, unless it is imported;
    it holds the names of its submodules ``answered`` (the same objects the real module
    will have: its import finds those submodules imported)."""
    with _lock:
        if name in sys.modules:
            return
        spec = importlib.util.find_spec(name)  # finds the file; runs none of its code
        if spec is None:
            return
        stand_in = StandIn(name)
        stand_in.__spec__ = spec
        stand_in.__loader__ = spec.loader
        stand_in.__package__ = name if spec.submodule_search_locations is not None else spec.parent
        # Read by whatever walks sys.modules (inspect.getmodule, linecache): answered
        # without the import.
        stand_in.__file__ = spec.origin
        vars(stand_in)["__cached__"] = spec.cached
        if spec.submodule_search_locations is not None:
            stand_in.__path__ = list(spec.submodule_search_locations)
        sys.modules[name] = stand_in
        parent, _, child = name.rpartition(".")
        if parent in sys.modules:
            # A submodule is its package's attribute, as its import makes it.
            setattr(sys.modules[parent], child, stand_in)
        for function in FORWARDED.get(name, ()):
            setattr(stand_in, function, _forwarding(name, function))
        for part in answered:
            submodule = importlib.import_module(f"{name}.{part}")
            for attribute in submodule.__all__:
                setattr(stand_in, attribute, getattr(submodule, attribute))


def _forwarding(module: str, name: str) -> Callable[..., object]:
    """The function ``name`` of the deferred ``module``: its first call runs the module."""

    def forward(*args: object, **kwargs: object) -> object:
        return getattr(real_module(module), name)(*args, **kwargs)

    forward.__name__ = forward.__qualname__ = name
    return forward


def real_module(name: str) -> ModuleType:
    """The module ``name``, its code run now if only its stand-in was there. The stand-in
    becomes the real module (what imported it holds the real one): its code runs in the
    stand-in's namespace, as an import runs it in a new module's."""
    with _lock:
        module = sys.modules[name]
        if not isinstance(module, StandIn) or name in _running:
            return module
        spec = module.__spec__
        assert spec is not None and spec.loader is not None
        _running.add(name)
        try:
            spec.loader.exec_module(module)
        finally:
            _running.discard(name)
        # No longer a stand-in: reads go to its namespace.
        module.__class__ = ModuleType  # type: ignore[assignment]
        return module


def defer_unused() -> None:
    """Defer every module of :data:`DEFERRED`."""
    for name, answered in DEFERRED.items():
        defer(name, answered)
