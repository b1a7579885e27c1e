"""A module imported when it is first used, not when the window starts.

``reports = lazy_module("ombuds_desk.reports")`` at the top of a feature gives a module whose
code runs at its first attribute read (``reports.render_labels``): ReportLab and the like
load when something is first printed, not while the window opens. The standard library's
``importlib.util.LazyLoader`` does the work; a module already imported is returned as it is.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy_module(name: str) -> ModuleType:
    """The module ``name``, its code run at the first use of one of its attributes."""
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module
