"""Field labels declared once for several uses (a form's rows, the conflict dialog's names)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translated(context: str, labels: dict[str, str]) -> dict[str, str]:
    """Labels declared with ``QT_TRANSLATE_NOOP(context, …)``, in the reader's language."""
    return {name: QCoreApplication.translate(context, label) for name, label in labels.items()}
