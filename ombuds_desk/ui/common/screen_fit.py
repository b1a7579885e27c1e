"""Every dialog fits its screen, at 200 % scaling too: a dialog whose smallest size is
taller or wider than the screen's free area gets its form in a scroll area (its buttons stay
below it, always in view) and is sized to the screen.

At ``QT_SCALE_FACTOR=2`` on a 1920×1080 laptop the window has 960×540 points: a long form
(the office settings) would otherwise open with its Save button below the screen's edge,
out of reach of the mouse. :class:`FitToScreen` sees the application's Show events (through the one
``app_filters.ShowHook``) and acts when a dialog is shown; a dialog that fits is left as it is.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.ui.common.app_filters import install_on_show

SCROLLED = "fitToScreen"  # the object name of the scroll area put in


def free_area(widget: QWidget) -> QSize:
    screen = widget.screen() or QApplication.primaryScreen()
    return screen.availableGeometry().size()


def fits(dialog: QDialog) -> bool:
    need, room = dialog.minimumSizeHint(), free_area(dialog)
    return need.height() <= room.height() and need.width() <= room.width()


def _take_buttons(layout: QLayout) -> QDialogButtonBox | None:
    """The dialog's button box, when it is an item of its top layout (taken out of it)."""
    for index in range(layout.count() - 1, -1, -1):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QDialogButtonBox):
            layout.takeAt(index)
            return widget
    return None


def scroll_form(dialog: QDialog) -> QScrollArea | None:
    """Put the dialog's form in a scroll area, its button box below; None if it has none."""
    layout = dialog.layout()
    if layout is None or dialog.findChild(QScrollArea, SCROLLED) is not None:
        return None
    buttons = _take_buttons(layout)
    form = QWidget()
    form.setObjectName("fitToScreenForm")
    form.setLayout(layout)  # Qt takes the layout, and its widgets, from the dialog
    area = QScrollArea(dialog)
    area.setObjectName(SCROLLED)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(form)
    outer = QVBoxLayout(dialog)
    outer.addWidget(area, 1)
    if buttons is not None:
        outer.addWidget(buttons)
    # Made while the dialog is being shown: Qt shows new children of a shown widget only when
    # told to, and the form would stay blank (its buttons alone in view).
    form.show()
    area.show()
    if buttons is not None:
        buttons.show()
    return area


def clamp_to_screen(dialog: QDialog) -> bool:
    """Make ``dialog`` no larger than its screen's free area (a size set for a screen of 100 %
    is too large at 200 %), and inside it; True if it was resized."""
    if not shiboken6.isValid(dialog):
        return False
    room = free_area(dialog)
    size = dialog.size().boundedTo(room)
    resized = size != dialog.size()
    if resized:
        dialog.resize(size)
    screen = dialog.screen() or QApplication.primaryScreen()
    area, frame = screen.availableGeometry(), dialog.frameGeometry()
    if not area.contains(frame):
        x = min(max(frame.x(), area.x()), area.right() - frame.width() + 1)
        y = min(max(frame.y(), area.y()), area.bottom() - frame.height() + 1)
        dialog.move(max(x, area.x()), max(y, area.y()))
    return resized


def fit_to_screen(dialog: QDialog) -> bool:
    """Make ``dialog`` fit its screen: its form scrolled when even its smallest size is too
    large; then no larger than the screen. True if its form had to scroll."""
    scrolled = not fits(dialog) and scroll_form(dialog) is not None
    clamp_to_screen(dialog)
    # Once more after the dialog's own first sizing (a saved size, adjustSize) is done.
    QTimer.singleShot(0, lambda: clamp_to_screen(dialog))
    return scrolled


class FitToScreen(QObject):
    """Fits each dialog to its screen when it is shown (install once on the application)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            fit_to_screen(watched)
        return False


def install_screen_fit(app: QApplication) -> FitToScreen:
    """Install the fitting filter on ``app`` once; returns it."""
    return install_on_show(app, FitToScreen, "fitToScreen", FitToScreen)
