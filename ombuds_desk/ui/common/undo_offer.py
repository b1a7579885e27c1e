"""A short-lived "Undo" button in the status bar, offered after a removal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QPushButton, QStatusBar


class UndoOffer(QObject):
    """``offer(message, undo)`` shows the message and an Undo button for ``seconds``."""

    SECONDS = 10

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self._bar = status_bar
        self._undo: Callable[[], None] | None = None
        self.button = QPushButton(self.tr("&Undo"), status_bar)
        self.button.setObjectName("undoButton")
        self.button.setFlat(False)
        self.button.hide()
        status_bar.addPermanentWidget(self.button)
        self.button.clicked.connect(self.on_button_clicked)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.on_timer_timeout)

    def offer(self, message: str, undo: Callable[[], None], seconds: int | None = None) -> None:
        duration = (seconds or self.SECONDS) * 1000
        self._undo = undo
        self._bar.showMessage(message, duration)
        self.button.show()
        self._timer.start(duration)

    @property
    def pending(self) -> bool:
        return self._undo is not None

    @Slot()
    def on_button_clicked(self) -> None:
        undo, self._undo = self._undo, None
        self._timer.stop()
        self.button.hide()
        self._bar.clearMessage()
        if undo is not None:
            undo()

    @Slot()
    def on_timer_timeout(self) -> None:
        self._undo = None
        self.button.hide()
