"""Fixtures of the Print menu: the printing feature installed in a small real host."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject

from ombuds_desk.ui.printing import feature as printing
from ombuds_desk.ui.printing.feature import PrintingFeature
from tests.ui.hosting import BareHost


@pytest.fixture
def feature(host: BareHost) -> PrintingFeature:
    """The Print menu of ``host`` (a caseworker's), as ``install`` leaves it."""
    printing.install(host)
    found = host.findChild(QObject, "printing")
    assert isinstance(found, PrintingFeature)
    return found
