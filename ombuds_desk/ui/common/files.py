"""Choosing a file without blocking the window (``QFileDialog.open()``, not ``exec()``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget


def ask_file(
    parent: QWidget,
    title: str,
    name: str,
    name_filter: str,
    on_chosen: Callable[[str], object],
    *,
    save: bool,
) -> QFileDialog:
    """A file dialog (``save``: where to write ``name``); ``on_chosen(path)`` once chosen."""
    dialog = QFileDialog(parent, title, str(Path.home() / name) if save else str(Path.home()))
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
    )
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(name_filter)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(on_chosen)
    dialog.open()
    return dialog
