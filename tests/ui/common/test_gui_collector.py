"""Collecting on the GUI thread only (``ui/common/gui_collector.py``): automatic collection
off, cycles dropped while a worker allocates wait for the GUI thread's timer, each
generation collected when its count passes the threshold, and a worker allocating while the
GUI thread drops dialogs no longer kills the process."""

from __future__ import annotations

import gc
import subprocess
import sys
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.common.gui_collector import (
    BUSY_INTERVAL_MS,
    BUSY_RATE,
    FREEZE_EVERY,
    FREEZE_OVER,
    INTERVAL_MS,
    GuiThreadCollector,
    frozen_as_laid_out,
    install,
    keep_laid_out,
)

ROOT = Path(__file__).resolve().parents[3]


class Cycle:
    """An object only the cyclic collector frees; says on which thread it went."""

    freed_on: list[int]

    def __init__(self, freed_on: list[int]) -> None:
        self.me = self
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.get_ident())


def test_installed_once_and_automatic_collection_off(qapp: QApplication) -> None:
    collector = install(qapp)
    assert install(qapp) is collector
    assert qapp.findChildren(GuiThreadCollector) == [collector]
    assert not gc.isenabled()


def test_a_cycle_dropped_while_a_worker_allocates_goes_on_the_gui_thread(
    qtbot: QtBot, qapp: QApplication
) -> None:
    install(qapp)
    freed_on: list[int] = []
    alive = weakref.ref(Cycle(freed_on))
    gc.collect()  # settles what earlier tests left, so the counts start low

    kept: list[list[int]] = []

    def allocate() -> None:
        kept.extend([i] for i in range(200_000))  # far past every threshold, and alive

    dropped = Cycle(freed_on)
    dropped_ref = weakref.ref(dropped)
    del dropped
    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert dropped_ref() is not None  # the worker collected nothing
    assert alive() is None  # the first one went at the explicit collection, on this thread
    qtbot.waitUntil(lambda: dropped_ref() is None)
    assert set(freed_on) == {threading.get_ident()}
    assert len(kept) == 200_000


def test_each_generation_is_collected_when_its_count_passes_the_threshold(
    qapp: QApplication,
) -> None:
    collector = install(qapp)
    gc.collect()
    assert collector.collect_due() is None  # nothing young yet
    young, _, _ = collector.threshold
    made = [[i] for i in range(young + 100)]
    assert collector.collect_due() == 0
    assert gc.get_count()[0] < young
    for _ in range(collector.threshold[1] + 1):
        made.extend([i] for i in range(young + 100))
        collector.collect_due()
    assert gc.get_count()[1] == 0  # the middle generation was collected in turn
    del made


CHURN = """
import sys, threading, time
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QDialog, QTableView, QVBoxLayout
from ombuds_desk.ui.common.gui_collector import install

app = QApplication([])
install(app)
stop = False

def allocate():
    while not stop:
        junk = [[i] for i in range(2000)]

worker = threading.Thread(target=allocate)
worker.start()
end = time.monotonic() + 3
while time.monotonic() < end:
    dialog = QDialog()
    dialog.me = dialog  # a cycle: only the collector frees it
    layout = QVBoxLayout(dialog)
    timer = QTimer(dialog)
    timer.timeout.connect(dialog.update)
    timer.start(5)
    view = QTableView(dialog)
    view.setModel(QStandardItemModel(50, 5, dialog))
    layout.addWidget(view)
    dialog.show()
    del dialog, layout, timer, view
    for _ in range(5):
        app.processEvents()
stop = True
worker.join()
print("alive")
"""


def test_a_worker_allocating_while_dialogs_are_dropped_does_not_kill_the_process(
    tmp_path: Path,
) -> None:
    """Without the GUI thread's collector this process dies of a segmentation fault within
    seconds, every time (the worker's automatic collections delete the dialogs)."""
    result = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", CHURN],
        cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "alive"


def test_the_oldest_generation_waits_until_a_quarter_more_was_moved_into_it(
    qapp: QApplication,
) -> None:
    """CPython's rule: a full collection walks everything the window holds, so it waits until
    the objects moved into the oldest generation since the last one are a quarter of it."""
    collector = install(qapp)
    held = [[i] for i in range(300_000)]
    gc.collect()
    collector.long_lived, collector.pending = len(gc.get_objects(generation=2)), 0
    young = collector.threshold[0] + 100
    rounds = (collector.threshold[2] + 2) * (collector.threshold[1] + 1)
    seen = []
    kept: list[list[list[int]]] = []
    for _ in range(rounds):  # the oldest generation's count passes its threshold, little moves
        kept.append([[i] for i in range(young)])
        seen.append(collector.collect_due())
    assert gc.get_count()[2] > collector.threshold[2]
    assert 2 not in seen and 1 in seen
    while 2 not in seen:  # now much survives: a full collection comes, then starts again
        kept.append([[i] for i in range(50_000)])
        seen.append(collector.collect_due())
    assert collector.pending == 0
    assert collector.long_lived >= len(held) + sum(len(k) for k in kept)


def test_the_timer_ticks_faster_while_the_young_generation_grows_fast(
    qapp: QApplication,
) -> None:
    """A collection's pause grows with the young objects it walks: while many are made, the
    collector looks ten times as often (smaller collections), and slows down again after."""
    collector = install(qapp)
    timer = collector.findChild(QTimer)
    assert isinstance(timer, QTimer)
    gc.collect()
    collector.collect_due()
    assert timer.interval() == INTERVAL_MS
    made = [[i] for i in range(BUSY_RATE * INTERVAL_MS + 1000)]
    collector.collect_due()
    assert timer.interval() == BUSY_INTERVAL_MS
    made.extend([i] for i in range(BUSY_RATE * BUSY_INTERVAL_MS + 100))
    collector.collect_due()
    assert timer.interval() == BUSY_INTERVAL_MS  # still fast for its shorter tick
    gc.collect()
    collector.collect_due()
    assert timer.interval() == INTERVAL_MS
    del made


def test_a_page_that_laid_out_many_lines_freezes_them_a_small_one_does_not() -> None:
    gc.collect()
    frozen = gc.get_freeze_count()
    assert not keep_laid_out(400)  # a small register's lines: walked as before
    assert gc.get_freeze_count() == frozen
    lines = [[i] for i in range(FREEZE_OVER)]  # a team's lines at 100,000 persons
    try:
        assert keep_laid_out(len(lines))
        assert gc.get_freeze_count() >= frozen + len(lines)
        assert not any(obj is lines for obj in gc.get_objects())
    finally:
        gc.unfreeze()  # the other tests' objects walked again, as before this one
        del lines


def test_a_long_laying_out_is_frozen_as_it_goes_a_short_one_is_not() -> None:
    gc.collect()
    frozen = gc.get_freeze_count()
    done: list[int] = []

    def steps(count: int) -> Iterator[None]:
        for i in range(count):
            done.append(i)
            yield

    assert list(frozen_as_laid_out(steps(10), 10)) == [None] * 10
    assert done == list(range(10)) and gc.get_freeze_count() == frozen
    lines = [[i] for i in range(FREEZE_OVER)]  # the read's lines, frozen before the first
    laid: list[list[int]] = []
    counts: dict[int, int] = {}  # (the freeze count is a walk: taken twice only)
    try:
        for step, _ in enumerate(
            frozen_as_laid_out(steps(FREEZE_EVERY + 10), FREEZE_EVERY + 10 + FREEZE_OVER)
        ):
            if step in (0, FREEZE_EVERY):
                counts[step] = gc.get_freeze_count()
            laid.append([len(laid)])  # a tree item
        assert counts[0] >= frozen + len(lines)
        assert counts[FREEZE_EVERY] >= counts[0] + FREEZE_EVERY  # the items laid out so far
        assert not any(obj is laid for obj in gc.get_objects())  # the last ones too
    finally:
        gc.unfreeze()  # the other tests' objects walked again, as before this one
        del lines, laid
