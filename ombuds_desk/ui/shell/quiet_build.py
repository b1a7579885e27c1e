"""The main window built and shown with the application's naming and fitting filters set
aside, and both back once the window has painted.

Those two (``ui/common/accessibility.py``, ``ui/common/screen_fit.py``) are handlers of one
Python filter (``app_filters.ShowHook``) that Qt hands every event of every object to.
Building the first window sends it some 3,000 events (child added, polished, shown), each one
a call into Python with its object wrapped. Worse, the first object that PySide has no class
for (a combo box's private popup container, a scroll area's scroll bar container) makes it
create every Qt class not created yet, with their Python enums, to find the nearest one it
knows: some 100 enums, 60 ms of CPU, on the first combo box of the filter panel. Neither
handler does anything for the main window's first paint: no dialog is shown while it is
built, and the controls' accessible names are read by a screen reader once the window is
there. So :func:`filters_set_aside` takes the filter off the application while the window is
built and shown; :func:`filters_back`, at the first turn after the first paint
(``app.open_window``), names the window's controls as the naming handler would have at their
``Show`` events and puts the filter back.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from ombuds_desk.ui.common.accessibility import AccessibleNames, name_controls
from ombuds_desk.ui.common.app_filters import SHOW_HOOK, ShowHook


def filters_set_aside(app: QApplication) -> list[QObject]:
    """Take the application's Show filter (the naming and fitting handlers' one
    :class:`ShowHook`) off ``app``; returns it for :func:`filters_back`."""
    # Found by name: a walk over the application's children would wrap each of them, the
    # very cost this module avoids.
    hook = app.findChild(ShowHook, SHOW_HOOK)
    if hook is None:
        return []
    app.removeEventFilter(hook)
    return [hook]


def filters_back(app: QApplication, taken: list[QObject], window: QWidget) -> None:
    """Name the controls ``window`` shows (what the naming handler did at each one's ``Show``)
    and put the filters ``taken`` back on ``app``, those that still exist (a window closed
    before it painted took its own filters with it)."""
    valid = [f for f in taken if shiboken6.isValid(f)]
    naming = any(f.findChild(AccessibleNames) is not None for f in valid)
    if naming and shiboken6.isValid(window):
        name_controls(window)
    for event_filter in valid:
        app.installEventFilter(event_filter)
