"""The colours rows share across pages: what amber (stalled), pink (blocked or gone wrong) and
green (delivered) mean is the same in every table, with dark text on a tinted row so it
stays readable on a dark system palette."""

from __future__ import annotations

from PySide6.QtGui import QColor

STALLED_BACKGROUND = QColor("#ffe3a3")
BLOCKED_BACKGROUND = QColor("#f8c4b4")
DONE_BACKGROUND = QColor("#d4edc9")
DARK_TEXT = QColor("#202020")
DEFERRED_TEXT = QColor("#707070")
DUE_TEXT = QColor("#b00020")
