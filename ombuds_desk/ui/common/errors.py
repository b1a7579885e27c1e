"""One place that turns an error into a message box: domain errors as they are, others logged;
and the top-level handler for an error no operation caught."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ombuds_desk.domain.errors import DomainError
from ombuds_desk.store.url_redaction import redact

log = logging.getLogger(__name__)


# A box with no parent window is owned by no one: kept here until it is closed, or Python
# would collect it (and Qt close it) before anyone could read it.
_ORPHANS: set[QMessageBox] = set()


def show_message(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """A window-modal warning that does not block the caller (``open()``, not ``exec()``)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:
        _ORPHANS.add(box)
        box.finished.connect(lambda _result: _ORPHANS.discard(box))
    box.open()
    return box


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """Show ``exc``: a DomainError with its own title and message, anything else generically."""
    if isinstance(exc, DomainError):
        return show_message(parent, exc.title, redact(exc.message))
    log.error("Unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    return show_message(
        parent,
        QCoreApplication.translate("ErrorBox", "Something went wrong"),
        QCoreApplication.translate(
            "ErrorBox",
            "Ombuds Desk hit an unexpected problem and nothing was saved. "
            "The details were written to the log; please tell your administrator.\n\n{problem}",
        ).format(problem=redact(str(exc))),
    )


def install_excepthook() -> None:
    """The one top-level handler: an error that escaped a slot is logged and shown, and the
    window stays open (Qt would otherwise print it and carry on as if nothing happened)."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        show_error(QApplication.activeWindow(), exc.with_traceback(tb))

    sys.excepthook = hook
