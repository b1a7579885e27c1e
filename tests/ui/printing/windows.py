"""Finding the windows the Print menu opened."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QApplication, QWidget

W = TypeVar("W", bound=QWidget)


def visible(kind: type[W], name: str | None = None) -> list[W]:
    """The top-level windows of ``kind`` shown now (named ``name``, when given)."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, kind) and w.isVisible() and (name is None or w.objectName() == name)
    ]
