"""One place that turns an error into a message: a domain error as it is, anything else as
"Something went wrong" and logged; the box never blocks; an error no slot caught is shown."""

from __future__ import annotations

import gc
import logging
import sys

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from ombuds_desk.domain.errors import EditConflictError, ValidationError
from ombuds_desk.ui.common.errors import install_excepthook, show_error, show_message

LOGGER = "ombuds_desk.ui.common.errors"


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    widget.setWindowTitle("Справа CAP-2026-00042")
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _modal_box(qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def _raised(exc: BaseException) -> BaseException:
    """``exc`` as it is after being raised (with its traceback)."""
    try:
        raise exc
    except BaseException as caught:
        return caught


def test_a_domain_error_shows_its_own_title_and_message(
    parent: QWidget, caplog: pytest.LogCaptureFixture
) -> None:
    error = EditConflictError("Справу Ґудзь Євгена змінила Світлана Мельник о 10:05")
    box = show_error(parent, error)
    assert box.windowTitle() == "Changed by someone else"
    assert box.text() == "Справу Ґудзь Євгена змінила Світлана Мельник о 10:05"
    assert box.icon() == QMessageBox.Icon.Warning
    assert QApplication.activeModalWidget() is box
    assert not caplog.records  # nothing unexpected happened


def test_a_validation_error_keeps_its_title(parent: QWidget) -> None:
    box = show_error(parent, ValidationError("", {"family_name": "не може бути порожнім"}))
    assert box.windowTitle() == "Please correct the form"
    assert box.text() == "family_name: не може бути порожнім"


def test_any_other_error_is_something_went_wrong_and_is_logged(
    parent: QWidget, caplog: pytest.LogCaptureFixture
) -> None:
    error = _raised(KeyError("пʼятниця"))
    with caplog.at_level(logging.ERROR, logger=LOGGER):
        box = show_error(parent, error)
    assert box.windowTitle() == "Something went wrong"
    assert "nothing was saved" in box.text()
    assert box.text().endswith("'пʼятниця'")
    [record] = caplog.records
    assert (record.name, record.levelno) == (LOGGER, logging.ERROR)
    assert record.exc_info is not None
    assert record.exc_info[1] is error
    assert record.exc_info[2] is error.__traceback__


def test_show_message_is_window_modal_and_does_not_block(qtbot: QtBot, parent: QWidget) -> None:
    box = show_message(parent, "Посилку не знайдено", "Немає посилки з номером Ї-0042")
    # Reached at once: open(), not exec(), so the caller's code carries on.
    assert box.isVisible()
    assert box.windowModality() == Qt.WindowModality.WindowModal
    assert box.parent() is parent
    assert (box.windowTitle(), box.text()) == (
        "Посилку не знайдено",
        "Немає посилки з номером Ї-0042",
    )
    assert box.standardButtons() == QMessageBox.StandardButton.Ok
    assert QApplication.activeModalWidget() is box
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not Shiboken.isValid(box)  # closed boxes do not pile up
    assert QApplication.activeModalWidget() is None


def test_the_excepthook_shows_an_error_that_escaped_a_slot(
    qtbot: QtBot, parent: QWidget, caplog: pytest.LogCaptureFixture
) -> None:
    def slot() -> None:
        raise RuntimeError("Збій при збереженні: Їжакевич")

    old = sys.excepthook
    try:
        install_excepthook()
        assert sys.excepthook is not old
        QTimer.singleShot(0, slot)
        box = _modal_box(qtbot)
    finally:
        sys.excepthook = old
    assert box.windowTitle() == "Something went wrong"
    assert "Збій при збереженні: Їжакевич" in box.text()
    assert any(r.exc_info and isinstance(r.exc_info[1], RuntimeError) for r in caplog.records)


def test_the_excepthook_shows_a_domain_error_over_the_active_window(
    qtbot: QtBot, parent: QWidget
) -> None:
    parent.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is parent)
    error = _raised(ValidationError("Дата захоплення в майбутньому"))
    old = sys.excepthook
    try:
        install_excepthook()
        sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = old
    box = _modal_box(qtbot)
    assert box.parent() is parent
    assert (box.windowTitle(), box.text()) == (
        "Please correct the form",
        "Дата захоплення в майбутньому",
    )


def test_the_excepthook_leaves_ctrl_c_to_python(
    parent: QWidget, capsys: pytest.CaptureFixture[str]
) -> None:
    interrupt = _raised(KeyboardInterrupt())
    old = sys.excepthook
    try:
        install_excepthook()
        sys.excepthook(KeyboardInterrupt, interrupt, interrupt.__traceback__)
    finally:
        sys.excepthook = old
    QApplication.processEvents()
    assert QApplication.activeModalWidget() is None
    assert "KeyboardInterrupt" in capsys.readouterr().err


def test_a_message_with_no_window_stays_until_it_is_read(qtbot: QtBot) -> None:
    """Before any window exists (a fault at start) a box has no parent: it is shown all the same."""
    show_message(None, "Помилка", "Базу даних пошкоджено.")

    gc.collect()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.text() == "Базу даних пошкоджено."
    box.accept()
