"""PySide6's check of every module imported after it, made cheap: the same answer, read from
the module's file instead of through ``inspect.getsource``.

Once PySide6 is imported, each new module is asked whether it uses PySide (for PySide's
``from __feature__ import snake_case``, which this app never uses):
``shibokensupport.feature._mod_uses_pyside`` answers ``"PySide6" in inspect.getsource(module)``.
``getsource`` goes through ``linecache``: it opens the file with ``tokenize`` to find its
encoding, decodes and splits every line, and keeps them all in ``linecache`` for the life of
the process. Over the 450 modules the window imports after Qt (a benchmark's wrapper imports
Qt first) that was 7 % of the start's CPU (py-spy), and the sources stayed in memory.

:func:`install` puts a function in its place that searches the file's bytes for
``b"PySide6"`` (a Python source is in an ASCII-compatible encoding: the bytes hold the name
exactly when the text does), and asks PySide's own function for anything else (a module
without a ``.py`` file, one in a zip). It is called where PySide6 is first imported on the
way to the window (``ui/__init__.py``) and by ``cli.py`` when Qt came before it; where the
PySide6 in use has no such function, it does nothing.

This module imports nothing of the app and no Qt: it only looks in ``sys.modules``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_FEATURE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"
PYSIDE_NAME = b"PySide6"


def uses_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether the source of ``module`` names PySide6, as PySide's own check answers."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return PYSIDE_NAME in source.read()
        except OSError:
            pass  # gone or unreadable: PySide's own check says what it says of it
    return fallback(module)


def install() -> bool:
    """Replace PySide's check by :func:`uses_pyside` if PySide6 is imported and has it (once);
    True when it is in place."""
    feature = sys.modules.get(_FEATURE)
    original = getattr(feature, _CHECK, None) if feature is not None else None
    if original is None or not callable(original):
        return False
    if getattr(original, "__wrapped__", None) is not None:
        return True  # installed already

    def check(module: ModuleType) -> bool:
        return uses_pyside(module, original)

    check.__wrapped__ = original  # type: ignore[attr-defined]
    setattr(feature, _CHECK, check)
    return True
