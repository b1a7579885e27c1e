"""A line over an empty list that says why it is empty and what to do about it.

An empty table or list reads as "nothing here" — or as "broken". The mail lists say which:
"No screened items for this person: 3 letters wait for screening — Screen them now". The
note sits over the list's viewport while the list has no rows; a link in it (``<a href>``)
runs ``on_link``. The words come from the owner, which knows the counts; the note only
shows them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtWidgets import QAbstractItemView, QLabel

MARGIN = 10


class EmptyNote(QLabel):
    """Says why ``view`` is empty (``set_reason``) while it has no rows."""

    def __init__(
        self, view: QAbstractItemView, on_link: Callable[[str], object] | None = None
    ) -> None:
        super().__init__(view.viewport())
        self._view = view
        self._reason = ""
        self.setObjectName(f"{view.objectName() or 'list'}EmptyNote")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet("color: palette(dark); padding: 4px;")
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        if on_link is not None:
            self.linkActivated.connect(on_link)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.refresh)
        self.hide()

    def set_reason(self, text: str) -> None:
        """What the note says while the list is empty (rich text; empty: no note)."""
        self._reason = text
        self.setText(text)
        self.refresh()

    def reason(self) -> str:
        return self._reason

    def is_showing(self) -> bool:
        """The list is empty and the note says why (visible once the list is)."""
        return bool(self._reason) and self._view.model().rowCount() == 0

    @Slot()
    def refresh(self) -> None:
        showing = self.is_showing()
        if showing:
            self._place()
        self.setVisible(showing)

    def _place(self) -> None:
        port = self._view.viewport()
        width = max(port.width() - 2 * MARGIN, 60)
        self.setFixedWidth(width)
        self.adjustSize()
        self.move(MARGIN, MARGIN)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # is_showing, not isVisible: a note placed before its dialog was shown (at the
        # viewport's first, tiny width) must follow the viewport's real width once laid out.
        if event.type() == QEvent.Type.Resize and self.is_showing():
            self._place()
        return False
