"""Answering the modal dialogs a start opens one after another with ``exec()``, as a user
would: each step waits for a dialog of its kind to be the active modal one, then acts on it
(types, clicks). A dialog nobody expected, or a step that fails, is recorded and the dialog
closed, so that a test fails with a reason instead of hanging in ``exec()``."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget


@dataclass
class Step:
    kind: type[QWidget]
    act: Callable[[Any], None]


class Answers:
    """``Answers().then(SignInDialog, sign_in_as(...)).then(...)``; start it before ``exec``."""

    def __init__(self, tick_ms: int = 20) -> None:
        self._steps: deque[Step] = deque()
        self.problems: list[str] = []
        self.seen: list[QWidget] = []
        self._timer = QTimer()
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def then(self, kind: type[QWidget], act: Callable[[Any], None]) -> Answers:
        self._steps.append(Step(kind, act))
        return self

    @property
    def left(self) -> int:
        return len(self._steps)

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        """Every step taken, and nothing unexpected on the way."""
        self.stop()
        assert not self.problems, self.problems
        assert not self._steps, f"{len(self._steps)} steps never came: {list(self._steps)}"

    def _tick(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        if not self._steps or not isinstance(widget, self._steps[0].kind):
            expected = self._steps[0].kind.__name__ if self._steps else "nothing"
            self.problems.append(f"{type(widget).__name__} opened, {expected} expected")
            self._close(widget)
            return
        step = self._steps.popleft()
        self.seen.append(widget)
        try:
            step.act(widget)
        except BaseException as exc:  # an assertion in a step: recorded, and the dialog closed
            self.problems.append(f"{type(widget).__name__}: {type(exc).__name__}: {exc}")
            self._steps.clear()
            self._close(widget)

    @staticmethod
    def _close(widget: QWidget) -> None:
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()
