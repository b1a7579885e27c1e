"""Regression: PySide6 6.12.0 drops a reference to None on every Qt call returning None.

On CPython 3.11 that aborts the interpreter ("Fatal Python error: none_dealloc") after a few
thousand calls such as ``index.data(role)`` for a role with no data. pyproject excludes that
release; this test fails loudly if a broken one is installed anyway.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

app = QCoreApplication([])
model = QStandardItemModel()
model.appendRow(QStandardItem("only display data"))
index = model.index(0, 0)
for _ in range(20_000):
    assert index.data(Qt.ItemDataRole.ToolTipRole) is None
print("ok")
"""


def test_20000_calls_returning_none_exit_cleanly() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
