"""Asking before typed data is thrown away (Esc or Cancel on a changed form)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_discard(parent: QWidget, on_discard: Callable[[], None]) -> QMessageBox:
    """Open a window-modal question; ``on_discard`` runs only if the user chooses Discard."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("discard", "Discard what you typed?"),
        QCoreApplication.translate(
            "discard", "This form has changes that are not saved. Discard them?"
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("discardQuestion")
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("discard", "&Keep editing")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result: int) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Discard):
            on_discard()

    box.finished.connect(finished)
    box.open()
    return box
