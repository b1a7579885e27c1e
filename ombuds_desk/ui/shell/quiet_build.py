"""The main window built and shown with the application's naming and fitting filters set
aside, and both back once the window has painted.

Those two filters (``ui/common/accessibility.py``, ``ui/common/screen_fit.py``) are Python
objects that Qt hands every event of every object to. Building the first window sends them
some 3,000 events (child added, polished, shown), each one a call into Python with its object
wrapped: 25-30 ms of CPU. Worse, the first object that PySide has no class for (a combo box's
private popup container, a scroll area's scroll bar container) makes it create every Qt class
not created yet, with their Python enums, to find the nearest one it knows: some 100 enums,
60 ms of CPU, on the first combo box of the filter panel. Neither filter does anything for the
main window's first paint: no dialog is shown while it is built, and the controls' accessible
names are read by a screen reader once the window is there. So :func:`filters_set_aside`
takes them off the application while the window is built and shown; :func:`filters_back`,
at the first turn after the first paint (``app.open_window``), names the window's controls as the
naming filter would have at their ``Show`` events and puts both filters back.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from ombuds_desk.ui.common.accessibility import AccessibleNames, name_controls
from ombuds_desk.ui.common.screen_fit import FitToScreen

# The filters set aside, by class and object name (``install_once``): neither changes what
# the main window paints.
SET_ASIDE: tuple[tuple[type[QObject], str], ...] = (
    (AccessibleNames, "accessibleNames"),
    (FitToScreen, "fitToScreen"),
)


def filters_set_aside(app: QApplication) -> list[QObject]:
    """Take the naming and fitting filters off ``app``; returns them for :func:`filters_back`."""
    # Found by name: a walk over the application's children would wrap each of them, the
    # very cost this module avoids.
    taken = [f for kind, name in SET_ASIDE if (f := app.findChild(kind, name)) is not None]
    for event_filter in taken:
        app.removeEventFilter(event_filter)
    return taken


def filters_back(app: QApplication, taken: list[QObject], window: QWidget) -> None:
    """Name the controls ``window`` shows (what the naming filter did at each one's ``Show``)
    and put the filters ``taken`` back on ``app``, those that still exist (a window closed
    before it painted took its own filters with it)."""
    if shiboken6.isValid(window) and any(isinstance(f, AccessibleNames) for f in taken):
        name_controls(window)
    for event_filter in taken:
        if shiboken6.isValid(event_filter):
            app.installEventFilter(event_filter)
