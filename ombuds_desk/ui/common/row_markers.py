"""What a tinted row means, said without its colour too: an icon beside the status of a
stalled (a pause sign) or blocked (a warning sign) case, and the words for its tool tip,
which a screen reader reads as the cell's description. Someone who cannot tell amber from
pink, or a window in a dark or high-contrast theme, still sees which rows are which.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ombuds_desk.domain.i18n import translate


def stalled_icon() -> QIcon:
    """The mark of a stalled case: a pause sign (no status change for too long)."""
    # Here, not at the top: QStyle's enums are 15 ms of CPU the window's start does without.
    from PySide6.QtWidgets import QStyle

    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MediaPause)


def blocked_icon() -> QIcon:
    """The mark of a blocked case: a warning sign."""
    from PySide6.QtWidgets import QStyle

    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def marker_icon(*, blocked: bool) -> QIcon:
    return blocked_icon() if blocked else stalled_icon()


def marker_word(*, blocked: bool) -> str:
    """The word for the mark, translated: "Blocked" or "Stalled"."""
    if blocked:
        return translate("RowMarkers", "Blocked")
    return translate("RowMarkers", "Stalled")


def blocked_tip(reason: str | None) -> str:
    """A blocked case's tool tip: the word and the reason."""
    if reason:
        return translate("RowMarkers", "Blocked: {reason}").format(reason=reason)
    return translate("RowMarkers", "Blocked: no reason given")
