"""The one application-wide filter for Show events (``ui/common/app_filters.py``): the
handlers installed through it see each Show and nothing else, the last installed first, and
a handler taken away is no longer called."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.common.accessibility import AccessibleNames, install_accessible_names
from ombuds_desk.ui.common.app_filters import SHOW_HOOK, ShowHook, install_on_show
from ombuds_desk.ui.common.screen_fit import FitToScreen, install_screen_fit


class Recorder(QObject):
    """A handler that writes down what it was handed."""

    seen: list[tuple[str, QEvent.Type]]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.seen.append((self.objectName(), event.type()))
        return False


@pytest.fixture
def recorders(qapp: QApplication) -> Iterator[tuple[Recorder, Recorder]]:
    seen: list[tuple[str, QEvent.Type]] = []
    made = []
    for name in ("firstRecorder", "secondRecorder"):
        recorder = install_on_show(qapp, Recorder, name, Recorder)
        recorder.seen = seen
        made.append(recorder)
    yield made[0], made[1]
    for recorder in made:
        recorder.setParent(None)
        recorder.deleteLater()


def test_the_names_and_the_fitting_share_one_filter_on_the_application(
    qapp: QApplication,
) -> None:
    names = install_accessible_names(qapp)
    fitter = install_screen_fit(qapp)
    assert install_accessible_names(qapp) is names  # once
    hooks = qapp.findChildren(ShowHook)
    assert len(hooks) == 1 and hooks[0].objectName() == SHOW_HOOK
    assert isinstance(names, AccessibleNames) and isinstance(fitter, FitToScreen)
    assert names.parent() is hooks[0] and fitter.parent() is hooks[0]


def test_handlers_see_each_show_and_nothing_else_the_last_installed_first(
    qtbot: QtBot, recorders: tuple[Recorder, Recorder]
) -> None:
    first, _second = recorders
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(200, 100)
    widget.setWindowTitle("Ґанок і їжак")  # events of every kind before the show
    widget.show()
    qtbot.waitExposed(widget)
    widget.update()
    qtbot.wait(20)
    show = QEvent.Type.Show
    assert first.seen
    assert {kind for _name, kind in first.seen} == {show}
    # Each Show to both, in Qt's order for filters: the one installed last is asked first.
    assert first.seen[:2] == [("secondRecorder", show), ("firstRecorder", show)]
    assert len(first.seen) % 2 == 0


def test_a_handler_taken_away_is_no_longer_called(
    qtbot: QtBot, recorders: tuple[Recorder, Recorder]
) -> None:
    first, second = recorders
    second.setParent(None)  # as the tests' clean-up takes the app's filters away
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert first.seen and {name for name, _kind in first.seen} == {"firstRecorder"}
    second.deleteLater()
