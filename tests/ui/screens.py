"""Screens as the reader sees them: columns of a table whose title, or a cell in view, is cut
short (by the column's width, or by the view's right edge: a column half out of view reads no
better than a narrow one), and where screenshots go (``$OMBUDS_SHOTS`` when set, else the
test's own folder)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView


def cut_columns(view: QTableView, columns: Iterable[int], cells: bool = False) -> list[str]:
    """The ``columns`` of ``view`` whose title (and with ``cells``, a cell in view) needs more
    width than the column shows; a column of the width its header asks for is whole."""
    header, model = view.horizontalHeader(), view.model()
    found: list[str] = []
    for column in columns:
        title = model.headerData(column, Qt.Orientation.Horizontal)
        left = header.sectionViewportPosition(column)
        right = min(left + header.sectionSize(column), view.viewport().width())
        shown = right - max(left, 0)
        needed = header.sectionSizeHint(column)
        if cells:
            needed = max(needed, view.sizeHintForColumn(column))
        if shown < needed:
            found.append(f"{title!r}: {shown} < {needed}")
    return found


def shots_folder(tmp_path: Path) -> Path:
    """Where a test saves its screenshots: ``$OMBUDS_SHOTS``, else ``tmp_path``."""
    folder = Path(os.environ.get("OMBUDS_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder
